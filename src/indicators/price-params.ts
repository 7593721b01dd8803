/** Parameters the price indicators share: the blend rule and whether third-party hosts count. */
import { z } from "zod";
import { parseBlend } from "./capability-price.js";

export const priceFields = {
  blend: z
    .string()
    .default("3:1")
    .refine((text) => parseBlend(text) !== null, "blend must be input:output weights such as 3:1, 1:1 or 1:0")
    .describe("Blended price rule as input:output token weights (default 3:1: three input tokens per output token)."),
  hosts: z
    .enum(["include", "exclude"], { error: "hosts must be 'include' or 'exclude'" })
    .default("include")
    .describe(
      "Whether prices of third-party hosts of open-weights models count ('include', default) or only the developers' own ('exclude').",
    ),
};
