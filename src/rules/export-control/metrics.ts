import {
  APPLICABLE_DIE_AREA,
  BIT_LENGTH_READING,
  BIT_LENGTHS,
  DENSE_NOT_SPARSE,
  TF32_READING,
  TPP_DEFINITION,
} from "./data/bit-lengths.js";
import type { Die, Throughput, ValidChip } from "./input-schema.js";
import type { Caveat, Reason, Sourced } from "./types.js";

/** TPP and performance density of one IC, with the arithmetic as text. */
export interface ChipMetrics {
  readonly tpp: number | null;
  readonly applicableDieAreaMm2: number | null;
  readonly pd: number | null;
  /** The arithmetic, one line per step. */
  readonly steps: readonly string[];
  /** Facts the computation used. */
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
  /** Inputs that would let a missing value be computed. */
  readonly missingForTpp: readonly string[];
  readonly missingForPd: readonly string[];
}

// One formatter for every call: building one per number (toLocaleString) was most of an answer's time.
const ENGLISH_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return ENGLISH_NUMBER.format(value);
}

export function reasonFrom(fact: Sourced & { readonly text: string }): Reason {
  return { text: fact.text, citation: fact.citation, confidence: fact.confidence };
}

export function caveatFrom(fact: Sourced & { readonly text: string }): Caveat {
  return {
    text: fact.text,
    kind: fact.confidence === "disputed" ? "disputed_fact" : "unconfirmed_fact",
    citation: fact.citation,
  };
}

interface TppPart {
  readonly precision: string;
  readonly value: number;
  readonly steps: string[];
}

function throughputTpp(throughput: Throughput): TppPart {
  const bits = BIT_LENGTHS[throughput.precision];
  const steps: string[] = [];
  let dense = throughput.tops;
  if (throughput.sparse) {
    dense = throughput.denseTops ?? throughput.tops / 2;
    steps.push(
      throughput.denseTops === undefined
        ? `${throughput.precision}: ${formatNumber(throughput.tops)} TOPS stated with sparsity, halved to ${formatNumber(dense)} dense`
        : `${throughput.precision}: ${formatNumber(throughput.tops)} TOPS stated with sparsity, dense value given as ${formatNumber(dense)}`,
    );
  }
  const value = dense * bits;
  steps.push(`${throughput.precision}: ${formatNumber(dense)} TOPS x ${bits} bits = ${formatNumber(value)}`);
  return { precision: throughput.precision, value, steps };
}

export function totalProcessingPerformance(
  chip: ValidChip,
): Pick<ChipMetrics, "tpp" | "steps" | "reasons" | "caveats" | "missingForTpp"> {
  if (chip.tpp !== undefined) {
    return {
      tpp: chip.tpp,
      steps: [`TPP given as input: ${formatNumber(chip.tpp)}`],
      reasons: [],
      caveats: [],
      missingForTpp: [],
    };
  }
  if (!chip.throughputs) {
    return {
      tpp: null,
      steps: ["TPP unknown: no throughputs given"],
      reasons: [],
      caveats: [],
      missingForTpp: ["chip.throughputs", "chip.tpp"],
    };
  }
  const parts = chip.throughputs.map(throughputTpp);
  const best = parts.reduce((max, part) => (part.value > max.value ? part : max));
  const steps = parts.flatMap((part) => part.steps);
  steps.push(
    `TPP = max(${parts.map((part) => formatNumber(part.value)).join(", ")}) = ${formatNumber(best.value)} (${best.precision})`,
  );
  const caveats: Caveat[] = [caveatFrom(BIT_LENGTH_READING)];
  const reasons: Reason[] = [reasonFrom(TPP_DEFINITION)];
  if (chip.throughputs.some((throughput) => throughput.sparse && throughput.denseTops === undefined)) {
    reasons.push(reasonFrom(DENSE_NOT_SPARSE));
    caveats.push({ text: DENSE_NOT_SPARSE.text, kind: "input_note", citation: DENSE_NOT_SPARSE.citation });
  }
  if (best.precision === "TF32") caveats.push(caveatFrom(TF32_READING));
  return { tpp: best.value, steps, reasons, caveats, missingForTpp: [] };
}

type DieVerdict = "included" | "excluded" | "undecided";

function dieVerdict(die: Die): { verdict: DieVerdict; why: string } {
  if (die.kind !== "logic") return { verdict: "excluded", why: `${die.kind} die` };
  const transistor = die.transistor ?? nodeArchitecture(die.processNm);
  if (transistor === "non_planar")
    return {
      verdict: "included",
      why: die.transistor ? "non-planar logic" : `logic at ${die.processNm} nm, non-planar`,
    };
  if (transistor === "planar")
    return { verdict: "excluded", why: die.transistor ? "planar logic" : `logic at ${die.processNm} nm, planar` };
  return { verdict: "undecided", why: "logic die of unknown transistor architecture" };
}

/** FinFET arrived at 16/14 nm; 20-22 nm nodes were either, so they stay undecided. */
function nodeArchitecture(processNm: number | undefined): "non_planar" | "planar" | undefined {
  if (processNm === undefined) return undefined;
  if (processNm <= 16) return "non_planar";
  if (processNm >= 28) return "planar";
  return undefined;
}

export function applicableDieArea(dies: readonly Die[]): {
  areaMm2: number | null;
  steps: string[];
  undecided: string[];
} {
  const verdicts = dies.map((die, index) => ({ die, index, ...dieVerdict(die) }));
  const name = (entry: (typeof verdicts)[number]) => entry.die.label ?? `die ${entry.index + 1}`;
  const included = verdicts.filter((entry) => entry.verdict === "included");
  const excluded = verdicts.filter((entry) => entry.verdict === "excluded");
  const undecided = verdicts.filter((entry) => entry.verdict === "undecided");
  const area = included.reduce((sum, entry) => sum + entry.die.areaMm2, 0);
  const steps = [
    `Applicable die area = ${included.map((entry) => `${formatNumber(entry.die.areaMm2)} (${name(entry)}, ${entry.why})`).join(" + ") || "0"} = ${formatNumber(area)} mm²`,
  ];
  if (excluded.length > 0) {
    steps.push(
      `Excluded: ${excluded.map((entry) => `${formatNumber(entry.die.areaMm2)} mm² (${name(entry)}, ${entry.why})`).join(", ")}`,
    );
  }
  if (undecided.length > 0) {
    steps.push(`Undecided: ${undecided.map((entry) => `${name(entry)} (${entry.why})`).join(", ")}`);
    return { areaMm2: null, steps, undecided: undecided.map((entry) => `chip.dies[${entry.index}].transistor`) };
  }
  return { areaMm2: area, steps, undecided: [] };
}

/** TPP, applicable die area and PD (§1.1, §1.3). PD stays null when TPP or the area is unknown. */
export function chipMetrics(chip: ValidChip): ChipMetrics {
  const tppPart = totalProcessingPerformance(chip);
  const steps = [...tppPart.steps];
  const reasons = [...tppPart.reasons];
  const caveats = [...tppPart.caveats];
  let area: number | null = null;
  let missingForPd: string[] = [];

  if (chip.pd !== undefined) {
    steps.push(`PD given as input: ${formatNumber(chip.pd)}`);
    return {
      tpp: tppPart.tpp,
      applicableDieAreaMm2: null,
      pd: chip.pd,
      steps,
      reasons,
      caveats,
      missingForTpp: tppPart.missingForTpp,
      missingForPd,
    };
  }
  if (chip.dies) {
    const result = applicableDieArea(chip.dies);
    steps.push(...result.steps);
    reasons.push(reasonFrom(APPLICABLE_DIE_AREA));
    area = result.areaMm2;
    missingForPd = result.undecided;
  } else if (chip.applicableDieAreaMm2 !== undefined) {
    area = chip.applicableDieAreaMm2;
    steps.push(`Applicable die area given as input: ${formatNumber(area)} mm²`);
  } else {
    missingForPd = ["chip.dies", "chip.applicableDieAreaMm2", "chip.pd"];
    steps.push("PD unknown: no die area given");
  }
  if (
    area !== null &&
    chip.dieAreaConfidence !== "quoted" &&
    chip.dieAreaConfidence !== "computed" &&
    chip.dieAreaConfidence !== "secondary"
  ) {
    caveats.push({
      text: `die area is ${chip.dieAreaConfidence} (most die areas are die-shot estimates)`,
      kind: "unconfirmed_fact",
    });
  }

  let pd: number | null = null;
  if (area === 0) {
    steps.push("PD undefined: applicable die area is 0 mm²");
    missingForPd = ["chip.dies"];
  } else if (area !== null && tppPart.tpp !== null) {
    pd = tppPart.tpp / area;
    steps.push(`PD = ${formatNumber(tppPart.tpp)} / ${formatNumber(area)} mm² = ${formatNumber(pd)}`);
  }
  return {
    tpp: tppPart.tpp,
    applicableDieAreaMm2: area,
    pd,
    steps,
    reasons,
    caveats,
    missingForTpp: tppPart.missingForTpp,
    missingForPd,
  };
}
