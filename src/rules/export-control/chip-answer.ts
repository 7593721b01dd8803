import type { CuratedChip } from "../../domain/chip-facts.js";
import type { EpochHardwareSpecs } from "../../domain/hardware-specs.js";
import { tryCheckExport, type ExportCheckResult } from "./check-export.js";
import { withCuratedFacts } from "./curated-chip.js";
import { chipFromEpochHardware } from "./epoch-hardware.js";
import { formatNumber } from "./metrics.js";
import type { ChipParameters, InputIssue } from "./input-schema.js";
import { plainAnswer, type PlainAnswer } from "./plain-answer.js";
import type { PlainLanguage } from "./plain-facts.js";
import type { Mode } from "./types.js";

/**
 * One chip of the store as the engine's input, and its answer composed for a reader: the one path the API
 * and the CLI both take (issue 12). Pure: the store record and the country names come in.
 */

/** What the engine needs of a stored chip: Epoch's row and the curated facts that complete it. */
export interface StoredChipRecord {
  readonly specs: Omit<EpochHardwareSpecs, "datacenter">;
  readonly curated: CuratedChip | null;
}

/** Values a user gives in place of (or in addition to) what the data says. */
export interface ChipOverrides {
  readonly datacenter?: boolean | undefined;
  readonly tpp?: number | undefined;
  readonly applicableDieAreaMm2?: number | undefined;
  readonly pd?: number | undefined;
  readonly interconnectBidirGBps?: number | undefined;
  readonly dramBandwidthGBps?: number | undefined;
}

type Note = NonNullable<ChipParameters["notes"]>[number];

/** Picks the first defined entry as the chip's performance figure (throughputs, else TPP). */
function performanceOf(tppOverride: number | undefined, throughputs: ChipParameters["throughputs"], tpp?: number) {
  if (tppOverride !== undefined) return { tpp: tppOverride };
  if (throughputs) return { throughputs };
  return tpp !== undefined ? { tpp } : {};
}

/** The chip's density input: the user's PD or area, else the dies, else an area or PD from the data. */
function densityOf(
  pdOverride: number | undefined,
  areaOverride: number | undefined,
  data: Pick<ChipParameters, "dies" | "applicableDieAreaMm2" | "pd">,
) {
  if (pdOverride !== undefined) return { pd: pdOverride };
  if (areaOverride !== undefined) return { applicableDieAreaMm2: areaOverride };
  if (data.dies) return { dies: data.dies };
  if (data.applicableDieAreaMm2 !== undefined) return { applicableDieAreaMm2: data.applicableDieAreaMm2 };
  return data.pd !== undefined ? { pd: data.pd } : {};
}

/**
 * A stored chip as engine input: Epoch's row through `chipFromEpochHardware`, completed by the curated facts,
 * then the user's overrides, each noted (and so shown as a caveat) because it replaces the data's value.
 */
export function chipFromStore(chip: StoredChipRecord, overrides: ChipOverrides = {}): ChipParameters {
  const {
    throughputs,
    tpp,
    dies,
    applicableDieAreaMm2,
    pd,
    notes = [],
    ...rest
  } = withCuratedFacts(chipFromEpochHardware({ ...chip.specs, datacenter: null }), chip.curated);
  const replaced = new Set<string>();
  const added: Note[] = [];
  const override = <T extends number | boolean>(field: string, value: T | undefined, removes: readonly string[]) => {
    if (value === undefined) return undefined;
    for (const name of removes) replaced.add(name);
    added.push({
      field,
      text: `${typeof value === "number" ? formatNumber(value) : value ? "yes" : "no"} given by the user in place of the data's value`,
      nl: `${typeof value === "number" ? formatNumber(value, "nl") : value ? "ja" : "nee"} opgegeven door de gebruiker in plaats van de waarde uit de gegevens`,
      confidence: "secondary",
    });
    return value;
  };
  const tppOverride = override("chip.tpp", overrides.tpp, ["chip.throughputs", "chip.tpp"]);
  const pdOverride = override("chip.pd", overrides.pd, ["chip.dies"]);
  const areaOverride =
    pdOverride === undefined
      ? override("chip.applicableDieAreaMm2", overrides.applicableDieAreaMm2, ["chip.dies"])
      : undefined;
  const interconnect = override("chip.interconnectBidirGBps", overrides.interconnectBidirGBps, [
    "chip.interconnectBidirGBps",
  ]);
  const dram = override("chip.dramBandwidthGBps", overrides.dramBandwidthGBps, ["chip.dramBandwidthGBps"]);
  const datacenter = override("chip.datacenter", overrides.datacenter, ["chip.datacenter"]);
  return {
    ...rest,
    ...(datacenter !== undefined ? { datacenter } : {}),
    ...performanceOf(tppOverride, throughputs, tpp),
    ...densityOf(pdOverride, areaOverride, {
      ...(dies ? { dies } : {}),
      ...(applicableDieAreaMm2 !== undefined ? { applicableDieAreaMm2 } : {}),
      ...(pd !== undefined ? { pd } : {}),
    }),
    ...(interconnect !== undefined ? { interconnectBidirGBps: interconnect } : {}),
    ...(dram !== undefined ? { dramBandwidthGBps: dram } : {}),
    notes: [...notes.filter((note) => !replaced.has(note.field)), ...added],
  };
}

/** One question about a chip, as the API and the CLI put it. */
export interface ChipQuestion {
  readonly destination: string;
  readonly date: string;
  readonly endUserHq?: string | null | undefined;
  readonly mode?: Mode | undefined;
}

export interface ChipAnswerContext {
  readonly chipName: string;
  readonly language: PlainLanguage;
  readonly countryName: (code: string, language: PlainLanguage) => string;
}

/** The engine's result and the answer a person reads, or the input issues that stop it. */
export type ChipAnswer =
  | { readonly ok: true; readonly result: ExportCheckResult; readonly plain: PlainAnswer }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** The plain answer of a result, in the asked language. */
export function plainOf(result: ExportCheckResult, chip: ChipParameters, context: ChipAnswerContext): PlainAnswer {
  return plainAnswer(result, {
    chipName: context.chipName,
    vendor: chip.vendor ?? null,
    chip,
    language: context.language,
    countryName: context.countryName,
  });
}

/** Checks one chip against one question and composes the answer a person reads. */
export function answerChip(chip: ChipParameters, question: ChipQuestion, context: ChipAnswerContext): ChipAnswer {
  const outcome = tryCheckExport({
    chip,
    destination: question.destination,
    endUserHq: question.endUserHq ?? null,
    date: question.date,
    mode: question.mode ?? "enforced",
  });
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  return { ok: true, result: outcome.result, plain: plainOf(outcome.result, chip, context) };
}
