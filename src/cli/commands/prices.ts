import { InvalidArgumentError, type Command } from "commander";
import { loadObservations } from "../../db/queries/observations.js";
import { dayDateSchema } from "../../domain/source.js";
import { blocGroup } from "../../indicators/groups.js";
import { eciIndex, levelSpec, parseBlend } from "../../indicators/capability-price.js";
import { cheapestFor, priceOfCapability, priceOfCapabilityParams } from "../../indicators/price-of-capability.js";
import { parseParams } from "../../indicators/registry.js";
import { print, UserError, type CliIo } from "../io.js";
import type { Settings, SettingFlags } from "../settings.js";
import { formatTable } from "../table.js";
import { withStore } from "./inspect.js";

export interface PricesFlags extends SettingFlags {
  readonly level: string;
  readonly at?: string;
  readonly blend: string;
  readonly blocs: string;
  readonly hosts: "include" | "exclude";
  readonly json: boolean;
}

function checked<T>(flag: string, parse: (text: string) => T | null, expected: string) {
  return (text: string): string => {
    if (parse(text) === null) throw new InvalidArgumentError(`${flag} must be ${expected}, got '${text}'`);
    return text;
  };
}

/** `wedloop prices`: what a capability level cost from the cheapest provider of each bloc on a day. */
export function definePricesCommand(program: Command, run: (flags: PricesFlags) => Promise<void>): Command {
  return program
    .command("prices")
    .description(
      "what a level of AI capability costs per million tokens from the cheapest US, Chinese and European provider on a day, and how fast it falls",
    )
    .requiredOption(
      "--level <level>",
      "capability level: GPT-4, o1, year-ago-best or an ECI score such as 135",
      checked("--level", levelSpec, "GPT-4, o1, year-ago-best or an ECI score"),
    )
    .option(
      "--at <date>",
      "the day, YYYY-MM-DD (default: today)",
      checked("--at", (text) => (dayDateSchema.safeParse(text).success ? text : null), "a date as YYYY-MM-DD"),
    )
    .option(
      "--blend <in:out>",
      "blended price rule as input:output weights",
      checked("--blend", parseBlend, "input:output weights such as 3:1"),
      "3:1",
    )
    .option("--blocs <ids>", "blocs to compare, comma-separated", "us,china,eu")
    .option(
      "--hosts <rule>",
      "include or exclude third-party hosts of open-weights models",
      checked("--hosts", (text) => (["include", "exclude"].includes(text) ? text : null), "include or exclude"),
      "include",
    )
    .option(
      "--db <path-or-url>",
      "SQLite file or postgres:// URL (default: WEDLOOP_DB, else ~/.wedloop/wedloop.sqlite)",
    )
    .option("--json", "print the answer as one JSON object", false)
    .action(async (flags: PricesFlags) => run(flags));
}

export async function pricesCommand(settings: Settings, flags: PricesFlags, io: CliIo, today: string): Promise<number> {
  const at = flags.at ?? today;
  const level = levelSpec(flags.level)!;
  const blend = parseBlend(flags.blend)!;
  const observations = await withStore(settings, (db) => loadObservations(db));
  if (observations.prices.length === 0)
    throw new UserError("the store has no prices: rebuild it with `wedloop build` (data/prices/)");
  const eci = eciIndex(observations.capabilities);
  const blocIds = flags.blocs
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const groups = blocIds.map((id) => {
    try {
      return blocGroup(id, observations.blocs, "--blocs");
    } catch (error) {
      throw new UserError((error as Error).message, 2);
    }
  });
  const fall = priceOfCapability(
    observations,
    parseParams(priceOfCapabilityParams, {
      levels: flags.level,
      blocs: blocIds,
      blend: flags.blend,
      hosts: flags.hosts,
    }),
  ).tables[1]!.rows;

  let levelEci: number | null = null;
  const rows = groups.map((group) => {
    const { level: placed, cheapest } = cheapestFor(observations, group, level, at, blend, flags.hosts, eci);
    levelEci = placed?.eci ?? levelEci;
    const fit = fall.find((row) => row.group === group.id);
    return {
      bloc: group.id,
      usdPerMtok: cheapest ? Number(cheapest.blendedUsdPerMtok.toFixed(4)) : null,
      inputUsdPerMtok: cheapest?.price.inputUsdPerMtok ?? null,
      outputUsdPerMtok: cheapest?.price.outputUsdPerMtok ?? null,
      model: cheapest?.price.model ?? null,
      provider: cheapest?.price.providerName ?? null,
      modelEci: cheapest ? Number(cheapest.capability.eci.toFixed(1)) : null,
      priceSince: cheapest?.price.effective ?? null,
      sourceId: cheapest?.price.sourceId ?? null,
      fallPerYear: fit?.fallPerYear ?? null,
      fallPerYearLow: fit?.fallPerYearLow ?? null,
      fallPerYearHigh: fit?.fallPerYearHigh ?? null,
      fitN: fit?.n ?? 0,
    };
  });
  const answer = {
    level: level.id,
    levelLabel: level.label.en,
    levelEci: levelEci === null ? null : Number((levelEci as number).toFixed(1)),
    at,
    blend: `${blend.input}:${blend.output}`,
    hosts: flags.hosts,
    rows,
    credit:
      "Capability scores: Epoch AI, Epoch Capabilities Index (CC BY 4.0). Prices: the providers' own pages or, where marked, third-party listings; see /api/v1/prices.",
  };
  if (flags.json) {
    print(io.stdout, JSON.stringify(answer, null, 2));
    return 0;
  }
  print(
    io.stdout,
    `${answer.levelLabel} level (ECI ${answer.levelEci ?? "unknown"}) on ${at}, blended ${answer.blend} input:output, US dollars per million tokens`,
  );
  print(
    io.stdout,
    formatTable(
      ["bloc", "cheapest", "model", "provider", "price as of", "fall/year (interval, n)"],
      rows.map((row) => [
        row.bloc,
        row.usdPerMtok === null ? "none at this level" : `$${row.usdPerMtok}`,
        row.model ?? "",
        row.provider ?? "",
        row.priceSince ?? "",
        row.fallPerYear === null
          ? `no fit (n=${row.fitN})`
          : `${row.fallPerYear}× (${row.fallPerYearLow}–${row.fallPerYearHigh}, n=${row.fitN})`,
      ]),
    ),
  );
  print(io.stdout, answer.credit);
  return 0;
}
