import { InvalidArgumentError, Option, type Command } from "commander";
import { loadApiContext } from "../../api/context.js";
import { loadExportControlTables } from "../../api/rule-tables.js";
import { openStore } from "../../db/connect.js";
import { allStoreChips, type StoreChip } from "../../db/queries/chip-export.js";
import { storeExists } from "../../db/write-store.js";
import { countryNames } from "../../ingest/normalize/country.js";
import {
  answerChip,
  chipFromStore,
  CONFIDENCE_NL,
  inputNames,
  resultIn,
  type ChipOverrides,
  type FactConfidence,
  type LocalizedResult,
  type PlainAnswer,
  type PlainLanguage,
  type ChipParameters,
  type InputIssue,
  type LicenceAnswer,
} from "../../rules/export-control/index.js";
import { print, UserError, type CliIo } from "../io.js";
import { exportGridCommand } from "./export-grid.js";
import type { Settings, SettingFlags } from "../settings.js";

/** `wedloop export-check`: does exporting a chip to a country on a date need a US licence, and why. */
export interface ExportCheckFlags extends SettingFlags {
  readonly chip?: string;
  readonly name?: string;
  readonly to?: string;
  readonly date?: string;
  readonly grid: boolean;
  readonly lang: PlainLanguage;
  readonly endUserHq?: string;
  readonly mode: "enforced" | "as_written";
  readonly tpp?: number;
  readonly pd?: number;
  readonly dieArea?: number;
  readonly datacenter?: boolean;
  readonly interconnect?: number;
  readonly dramBandwidth?: number;
  readonly json: boolean;
}

/** Engine field -> the flag that sets it, so a bad value is reported as the user typed it. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  destination: "--to",
  endUserHq: "--end-user-hq",
  date: "--date",
  mode: "--mode",
  "chip.tpp": "--tpp",
  "chip.pd": "--pd",
  "chip.applicableDieAreaMm2": "--die-area",
  "chip.datacenter": "--datacenter",
  "chip.interconnectBidirGBps": "--interconnect",
  "chip.dramBandwidthGBps": "--dram-bandwidth",
  "chip.name": "--name",
};

function number(flag: string) {
  return (text: string) => {
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) throw new InvalidArgumentError(`${flag} must be a number`);
    return value;
  };
}

const country = (text: string) => {
  if (!/^[A-Za-z]{2}$/.test(text)) throw new InvalidArgumentError("an ISO 3166-1 alpha-2 country code such as CN");
  return text.toUpperCase();
};

/** Adds the command to a commander program; `action` receives the parsed flags (main.ts turns them into an exit code). */
export function defineExportCheckCommand(
  program: Command,
  action: (flags: ExportCheckFlags) => Promise<void>,
): Command {
  return program
    .command("export-check")
    .description("does exporting a chip to a country on a date need a US licence (EAR 3A090/4A090), and why")
    .option("--chip <name>", 'a chip in the store by name or id, e.g. "NVIDIA H20" (close matches are suggested)')
    .option("--to <country>", "destination, ISO 3166-1 alpha-2, e.g. CN (required unless --grid)", country)
    .option("--date <YYYY-MM-DD>", "day of the export (required unless --grid)")
    .option("--end-user-hq <country>", "country of the end user's headquarters", country)
    .addOption(
      new Option("--mode <mode>", "enforced, or as_written to apply the AI Diffusion rule")
        .choices(["enforced", "as_written"])
        .default("enforced"),
    )
    .option(
      "--tpp <n>",
      "total processing performance (TPP), for a chip not in the data or in place of Epoch's",
      number("--tpp"),
    )
    .option("--pd <n>", "performance density (TPP per mm² of applicable die area)", number("--pd"))
    .option("--die-area <mm2>", "applicable die area in mm² (logic dies on a non-planar node)", number("--die-area"))
    .option("--datacenter", "the chip is designed or marketed for data centres")
    .option("--no-datacenter", "the chip is not designed or marketed for data centres")
    .option(
      "--interconnect <GBps>",
      "aggregate bidirectional I/O to non-memory ICs in GB/s (the 2022 test)",
      number("--interconnect"),
    )
    .option("--dram-bandwidth <GBps>", "peak DRAM bandwidth in GB/s", number("--dram-bandwidth"))
    .option("--name <name>", "a name for a custom chip (is-informed letters match model names)")
    .option(
      "--db <path-or-url>",
      "SQLite file or postgres:// URL (default: WEDLOOP_DB, else ~/.wedloop/wedloop.sqlite)",
    )
    .option("--json", "print the answer as JSON", false)
    .addOption(new Option("--lang <language>", "language of the answer: en or nl").choices(["en", "nl"]).default("en"))
    .option(
      "--grid",
      "answer every chip in the store for 12 destinations and 7 dates; print the count of each answer code and the indeterminate answers",
      false,
    )
    .addHelpText("after", () => codeLegend())
    .action(action);
}

/** Every answer code with its meaning, for --help (English, the CLI's language). */
function codeLegend(): string {
  const legend = loadExportControlTables().plainTexts.en.legend;
  const width = Math.max(...Object.keys(legend).map((code) => code.length));
  return [
    "",
    "Answer codes (the first line of an answer says the same in words):",
    ...Object.entries(legend).map(([code, meaning]) => `  ${code.padEnd(width)}  ${meaning}`),
  ].join("\n");
}

const tokens = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== "");

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

export type ChipMatch =
  | { readonly kind: "found"; readonly chip: StoreChip }
  | { readonly kind: "not_found"; readonly suggestions: readonly string[] };

/**
 * A chip by name: its exact name or id, else the one chip whose name holds every word given ("NVIDIA H20"
 * finds "NVIDIA HGX H20"). Otherwise the candidates, or the closest names, are suggested.
 */
export function findChipByName(query: string, chips: readonly StoreChip[]): ChipMatch {
  const wanted = query.trim().toLowerCase();
  const exact = chips.find((chip) => chip.name.toLowerCase() === wanted || chip.id === wanted);
  if (exact) return { kind: "found", chip: exact };
  const words = tokens(query);
  const holding =
    words.length === 0 ? [] : chips.filter((chip) => words.every((word) => tokens(chip.name).includes(word)));
  if (holding.length === 1) return { kind: "found", chip: holding[0]! };
  if (holding.length > 1) return { kind: "not_found", suggestions: holding.map((chip) => chip.name).slice(0, 10) };
  const ranked = chips
    .map((chip) => ({
      name: chip.name,
      distance:
        editDistance(wanted, chip.name.toLowerCase()) -
        (words.some((word) => tokens(chip.name).includes(word)) ? wanted.length : 0),
    }))
    .sort((a, b) => a.distance - b.distance);
  return { kind: "not_found", suggestions: ranked.slice(0, 5).map((entry) => entry.name) };
}

/** The chip and the Epoch attribution of the store's snapshot. */
async function storeChip(settings: Settings, name: string): Promise<{ chip: StoreChip; attribution: string }> {
  if (!storeExists(settings.store))
    throw new UserError(
      `no store at ${settings.store.target}: run \`wedloop build\` first (or give --tpp and --pd for a chip not in the data)`,
    );
  const db = openStore(settings.store);
  try {
    const match = findChipByName(name, await allStoreChips(db));
    if (match.kind === "found") return { chip: match.chip, attribution: (await loadApiContext(db, "")).attribution };
    throw new UserError(
      `no chip named "${name}" in the store; did you mean: ${match.suggestions.map((suggestion) => `"${suggestion}"`).join(", ")}?`,
      1,
    );
  } finally {
    await db.destroy();
  }
}

function customChip(flags: ExportCheckFlags): ChipParameters {
  if (flags.tpp === undefined)
    throw new UserError(
      "give --chip <name> for a chip in the data, or --tpp (with --pd or --die-area) for one that is not",
      2,
    );
  return {
    ...(flags.name ? { name: flags.name } : {}),
    tpp: flags.tpp,
    ...(flags.pd !== undefined ? { pd: flags.pd } : {}),
    ...(flags.dieArea !== undefined ? { applicableDieAreaMm2: flags.dieArea } : {}),
    datacenter: flags.datacenter ?? null,
    interconnectBidirGBps: flags.interconnect ?? null,
    dramBandwidthGBps: flags.dramBandwidth ?? null,
  };
}

function inputError(issues: readonly InputIssue[]): UserError {
  const lines = issues.map((issue) => `${FLAG_OF_FIELD[issue.field] ?? issue.field}: ${issue.message}`);
  return new UserError(`invalid input: ${lines.join("; ")}`, 2);
}

function answerLine(answer: LicenceAnswer, code: string, language: PlainLanguage): string {
  const nl = language === "nl";
  const words = (value: string) => value.replace(/_/g, " ");
  switch (answer.kind) {
    case "no_licence":
      return nl ? `geen vergunning nodig (${code})` : `no licence required (${code})`;
    case "licence_required":
      return nl
        ? `vergunning nodig (${code}); grond: ${words(answer.basis)}; beoordelingsbeleid: ${words(answer.reviewPolicy)} [${CONFIDENCE_NL[answer.reviewPolicyConfidence]}]`
        : `licence required (${code}); basis: ${words(answer.basis)}; review policy: ${words(answer.reviewPolicy)} [${answer.reviewPolicyConfidence}]`;
    case "licence_exception": {
      const notice = answer.notificationRequired;
      return nl
        ? `vergunningsuitzondering ${answer.exception} beschikbaar (${code}); melding ${notice === null ? "niet vermeld" : notice ? "verplicht" : "niet verplicht"}`
        : `licence exception ${answer.exception} available (${code}); notification ${notice === null ? "requirement not stated" : notice ? "required" : "not required"}`;
    }
    case "indeterminate":
      return nl
        ? `onbeslist (${code}): het antwoord hangt af van ${inputNames(answer.decidingInputs, "nl")}`
        : `indeterminate (${code}): the answer depends on ${inputNames(answer.decidingInputs)}`;
  }
}

const WEAK = new Set(["unconfirmed", "disputed"]);
const CAVEAT_MARK: Readonly<Record<PlainLanguage, Readonly<Record<string, string>>>> = {
  en: {
    unconfirmed_fact: "UNCONFIRMED",
    disputed_fact: "DISPUTED",
    missing_input: "MISSING INPUT",
    not_evaluated: "not evaluated",
    compliance_pending: "compliance pending",
    input_note: "input note",
  },
  nl: {
    unconfirmed_fact: "ONBEVESTIGD",
    disputed_fact: "BETWIST",
    missing_input: "ONTBREKEND GEGEVEN",
    not_evaluated: "niet beoordeeld",
    compliance_pending: "naleving nog niet verplicht",
    input_note: "opmerking bij de invoer",
  },
};

const DETAIL_HEADINGS = {
  en: {
    answer: "Answer",
    classification: "Classification",
    noEccn: "no ECCN",
    decidedBy: "would be decided by the",
    confidence: "Confidence",
    weakest: "the weakest fact used",
    arithmetic: "Arithmetic",
    reasons: "Reasons",
    caveats: "Caveats",
    readAs: "read as",
    on: "on",
    hq: "end user headquartered in",
  },
  nl: {
    answer: "Antwoord",
    classification: "Classificatie",
    noEccn: "geen ECCN",
    decidedBy: "zou beslist worden door",
    confidence: "Zekerheid",
    weakest: "het zwakste gebruikte gegeven",
    arithmetic: "Berekening",
    reasons: "Redenen",
    caveats: "Kanttekeningen",
    readAs: "gelezen als",
    on: "op",
    hq: "hoofdkantoor eindgebruiker in",
  },
} as const;

/** The answer for a reader: what, the arithmetic, each reason with its citation, then the caveats. */
export function formatExportCheck(chipName: string, result: LocalizedResult, language: PlainLanguage = "en"): string {
  const { question, classification } = result;
  const h = DETAIL_HEADINGS[language];
  const confidence = (value: FactConfidence) => (language === "nl" ? CONFIDENCE_NL[value] : value);
  const destination =
    question.effectiveDestination === question.destination
      ? question.destination
      : `${question.destination} (${h.readAs} ${question.effectiveDestination})`;
  const lines = [
    `${chipName} -> ${destination} ${h.on} ${question.date} (${question.mode}${question.endUserHq ? `, ${h.hq} ${question.endUserHq}` : ""})`,
    `${h.answer}: ${answerLine(result.answer, result.code, language)}`,
    `${h.classification}: ${classification.eccn ?? h.noEccn} (${classification.status.replace(/_/g, " ")}${classification.ruleVersion ? `, ${classification.ruleVersion}` : ""})${
      classification.decidingInputs.length > 0
        ? `; ${h.decidedBy} ${inputNames(classification.decidingInputs, language)}`
        : ""
    }`,
    `${h.confidence}: ${confidence(result.confidence)} (${h.weakest})`,
    "",
    `${h.arithmetic}:`,
    ...result.metrics.steps.map((step) => `  ${step}`),
    "",
    `${h.reasons}:`,
    ...result.reasons.flatMap((reason, index) => [
      `  ${index + 1}. ${WEAK.has(reason.confidence) ? `[${confidence(reason.confidence).toUpperCase()}] ` : ""}${reason.text}`,
      `     ${reason.citation.instrument}${reason.citation.sources.length > 0 ? ` [${reason.citation.sources.join(", ")}]` : ""} (${confidence(reason.confidence)})`,
    ]),
    "",
    `${h.caveats}:`,
    ...result.caveats.map((caveat) => `  - ${CAVEAT_MARK[language][caveat.kind] ?? caveat.kind}: ${caveat.text}`),
  ];
  return lines.join("\n");
}

/** The answer a person reads first: the sentence, the reasons with their law, what to give when a fact is missing. */
export function formatPlain(plain: PlainAnswer): string {
  const heading = (en: string, nl: string) => (plain.language === "nl" ? nl : en);
  return [
    plain.headline,
    "",
    `${heading("Why", "Waarom")}:`,
    ...plain.reasons.map((reason) => `  - ${reason.text}${reason.citation ? ` [${reason.citation}]` : ""}`),
    ...(plain.questions.length > 0
      ? [
          "",
          `${heading("To decide it, answer", "Om te beslissen, beantwoord")}:`,
          ...plain.questions.map((question) => `  - ${question.question} (${question.flag})`),
        ]
      : []),
    "",
    `${heading("Code", "Code")} ${plain.code}: ${plain.legend}`,
    "",
    `${heading("Caveats", "Kanttekeningen")}:`,
    ...plain.caveats.map((caveat) => `  - ${caveat}`),
  ].join("\n");
}

export async function exportCheckCommand(settings: Settings, flags: ExportCheckFlags, io: CliIo): Promise<number> {
  loadExportControlTables();
  if (flags.grid) return exportGridCommand(settings, flags.json, io);
  if (flags.to === undefined) throw new UserError("--to: required (a destination such as CN), unless --grid", 2);
  if (flags.date === undefined) throw new UserError("--date: required (YYYY-MM-DD), unless --grid", 2);
  if (flags.pd !== undefined && flags.dieArea !== undefined)
    throw new UserError("--pd: give either --pd or --die-area, not both", 2);
  const found = flags.chip !== undefined ? await storeChip(settings, flags.chip) : null;
  const stored = found?.chip ?? null;
  const overrides: ChipOverrides = {
    datacenter: flags.datacenter,
    tpp: flags.tpp,
    pd: flags.pd,
    applicableDieAreaMm2: flags.dieArea,
    interconnectBidirGBps: flags.interconnect,
    dramBandwidthGBps: flags.dramBandwidth,
  };
  const chip = stored ? chipFromStore(stored, overrides) : customChip(flags);
  const chipName = stored?.name ?? flags.name ?? "custom chip";
  const outcome = answerChip(
    chip,
    { destination: flags.to, endUserHq: flags.endUserHq ?? null, date: flags.date, mode: flags.mode },
    { chipName, language: flags.lang, countryName: (code, language) => countryNames(code)[language] },
  );
  if (!outcome.ok) throw inputError(outcome.issues);
  const attribution = found?.attribution ?? null;
  const { plain } = outcome;
  if (flags.json) {
    const chipSummary = stored
      ? {
          id: stored.id,
          name: stored.name,
          manufacturer: stored.manufacturer,
          provenance: { source_id: stored.sourceId, row: stored.rowNumber },
        }
      : { name: flags.name ?? null };
    print(
      io.stdout,
      JSON.stringify(
        {
          chip: chipSummary,
          parameters: chip,
          result: resultIn(outcome.result, flags.lang),
          plain,
          ...(attribution ? { attribution } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    if (stored && stored.name.toLowerCase() !== flags.chip!.trim().toLowerCase())
      print(io.stdout, `(matched "${flags.chip}" to "${stored.name}")`);
    print(io.stdout, formatPlain(plain));
    print(
      io.stdout,
      `\n${flags.lang === "nl" ? "Details (zoals de regels ze berekenen)" : "Details (as the rules compute them)"}:`,
    );
    print(io.stdout, formatExportCheck(chipName, resultIn(outcome.result, flags.lang), flags.lang));
    if (attribution) print(io.stdout, `\n${attribution}`);
    if (flags.lang === "en") print(io.stdout, "\nEngineering research, not legal advice.");
  }
  return 0;
}
