import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { unconfirmedRules } from "./catalogue.js";
import { REGULATION_TABLES } from "../../../test/support/regulation-tables.js";

const DOC = readFileSync(fileURLToPath(new URL("../../../docs/ai-regulation.md", import.meta.url)), "utf8");

describe("docs/ai-regulation.md", () => {
  it("lists every rule kept with an unconfirmed mark", () => {
    const missing = unconfirmedRules(REGULATION_TABLES).filter(
      (rule) => !DOC.includes(`\`${rule.id}\` [${rule.confidence}]`),
    );
    expect(missing.map((rule) => rule.id)).toEqual([]);
  });
});
