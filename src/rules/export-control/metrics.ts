import {
  describeInterval,
  divideInterval,
  intervalOf,
  isPoint,
  sumIntervals,
  type Amount,
  type Interval,
} from "./bounds.js";
import type { Die, Throughput, ValidChip } from "./input-schema.js";
import { CONFIDENCE_NL, type Caveat, type DetailLine, type Reason, type Sourced } from "./types.js";
import { ruleTables } from "./tables/installed.js";

/** TPP and performance density of one IC, with the arithmetic as text. */
export interface ChipMetrics {
  readonly tpp: number | null;
  /** The area and PD when known exactly (null when unknown or known only as a bound). */
  readonly applicableDieAreaMm2: number | null;
  readonly pd: number | null;
  /** What is known of them: the exact value as [v, v], or the interval a bounded die area allows. */
  readonly applicableDieAreaRange: Interval | null;
  readonly pdRange: Interval | null;
  /** The arithmetic, one line per step, in English and Dutch. */
  readonly steps: readonly DetailLine[];
  /** Facts the computation used. */
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
  /** Inputs that would let a missing value be computed. */
  readonly missingForTpp: readonly string[];
  readonly missingForPd: readonly string[];
}

// One formatter for every call: building one per number (toLocaleString) was most of an answer's time.
const NUMBER_FORMATS = {
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
  nl: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }),
};

/** A number as the language writes it: 1,234.5 in English, 1.234,5 in Dutch. */
export function formatNumber(value: number, language: "en" | "nl" = "en"): string {
  return NUMBER_FORMATS[language].format(value);
}

/** A value or its bound as the language writes it: "664", "at most 664", "ten minste 7,33". */
export function formatAmount(amount: Amount | Interval, language: "en" | "nl" = "en"): string {
  const interval = typeof amount === "number" || !("lo" in amount) ? intervalOf(amount) : amount;
  return describeInterval(interval, language, (value) => formatNumber(value, language));
}

export function reasonFrom(fact: Sourced & DetailLine): Reason {
  return { text: fact.text, nl: fact.nl, citation: fact.citation, confidence: fact.confidence };
}

export function caveatFrom(fact: Sourced & DetailLine): Caveat {
  return {
    text: fact.text,
    nl: fact.nl,
    kind: fact.confidence === "disputed" ? "disputed_fact" : "unconfirmed_fact",
    citation: fact.citation,
  };
}

interface TppPart {
  readonly precision: string;
  readonly value: number;
  readonly steps: DetailLine[];
}

function throughputTpp(throughput: Throughput): TppPart {
  const bits = ruleTables().bitLengths[throughput.precision];
  const steps: DetailLine[] = [];
  let dense = throughput.tops;
  if (throughput.sparse) {
    dense = throughput.denseTops ?? throughput.tops / 2;
    const p = throughput.precision;
    steps.push(
      throughput.denseTops === undefined
        ? {
            text: `${p}: ${formatNumber(throughput.tops)} TOPS stated with sparsity, halved to ${formatNumber(dense)} dense`,
            nl: `${p}: ${formatNumber(throughput.tops, "nl")} TOPS opgegeven met sparsity, gehalveerd tot ${formatNumber(dense, "nl")} dense`,
          }
        : {
            text: `${p}: ${formatNumber(throughput.tops)} TOPS stated with sparsity, dense value given as ${formatNumber(dense)}`,
            nl: `${p}: ${formatNumber(throughput.tops, "nl")} TOPS opgegeven met sparsity, dense waarde opgegeven als ${formatNumber(dense, "nl")}`,
          },
    );
  }
  const value = dense * bits;
  steps.push({
    text: `${throughput.precision}: ${formatNumber(dense)} TOPS x ${bits} bits = ${formatNumber(value)}`,
    nl: `${throughput.precision}: ${formatNumber(dense, "nl")} TOPS x ${bits} bits = ${formatNumber(value, "nl")}`,
  });
  return { precision: throughput.precision, value, steps };
}

export function totalProcessingPerformance(
  chip: ValidChip,
): Pick<ChipMetrics, "tpp" | "steps" | "reasons" | "caveats" | "missingForTpp"> {
  if (chip.tpp !== undefined) {
    return {
      tpp: chip.tpp,
      steps: [
        { text: `TPP given as input: ${formatNumber(chip.tpp)}`, nl: `TPP opgegeven: ${formatNumber(chip.tpp, "nl")}` },
      ],
      reasons: [],
      caveats: [],
      missingForTpp: [],
    };
  }
  if (!chip.throughputs) {
    return {
      tpp: null,
      steps: [{ text: "TPP unknown: no throughputs given", nl: "TPP onbekend: geen rekenkracht opgegeven" }],
      reasons: [],
      caveats: [],
      missingForTpp: ["chip.throughputs", "chip.tpp"],
    };
  }
  const parts = chip.throughputs.map(throughputTpp);
  const best = parts.reduce((max, part) => (part.value > max.value ? part : max));
  const steps = parts.flatMap((part) => part.steps);
  steps.push({
    text: `TPP = max(${parts.map((part) => formatNumber(part.value)).join(", ")}) = ${formatNumber(best.value)} (${best.precision})`,
    nl: `TPP = max(${parts.map((part) => formatNumber(part.value, "nl")).join("; ")}) = ${formatNumber(best.value, "nl")} (${best.precision})`,
  });
  const readings = ruleTables().readings;
  const caveats: Caveat[] = [caveatFrom(readings.bitLength)];
  const reasons: Reason[] = [reasonFrom(readings.tppDefinition)];
  if (chip.throughputs.some((throughput) => throughput.sparse && throughput.denseTops === undefined)) {
    const { text, nl, citation } = readings.denseNotSparse;
    reasons.push(reasonFrom(readings.denseNotSparse));
    caveats.push({ text, nl, kind: "input_note", citation });
  }
  if (best.precision === "TF32") caveats.push(caveatFrom(readings.tf32));
  return { tpp: best.value, steps, reasons, caveats, missingForTpp: [] };
}

type DieVerdict = "included" | "excluded" | "undecided";

const DIE_KIND_NL: Record<Die["kind"], string> = {
  logic: "logica-die",
  memory: "geheugen-die",
  interposer: "interposer",
  dummy: "dummy-die",
};

function dieVerdict(die: Die): { verdict: DieVerdict; why: DetailLine } {
  if (die.kind !== "logic") return { verdict: "excluded", why: { text: `${die.kind} die`, nl: DIE_KIND_NL[die.kind] } };
  const transistor = die.transistor ?? nodeArchitecture(die.processNm);
  const nm = die.processNm ?? 0;
  if (transistor === "non_planar")
    return {
      verdict: "included",
      why: die.transistor
        ? { text: "non-planar logic", nl: "niet-planaire logica" }
        : { text: `logic at ${nm} nm, non-planar`, nl: `logica op ${nm} nm, niet-planair` },
    };
  if (transistor === "planar")
    return {
      verdict: "excluded",
      why: die.transistor
        ? { text: "planar logic", nl: "planaire logica" }
        : { text: `logic at ${nm} nm, planar`, nl: `logica op ${nm} nm, planair` },
    };
  return {
    verdict: "undecided",
    why: {
      text: "logic die of unknown transistor architecture",
      nl: "logica-die met onbekende transistorarchitectuur",
    },
  };
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
  range: Interval | null;
  steps: DetailLine[];
  undecided: string[];
} {
  const verdicts = dies.map((die, index) => ({ die, index, ...dieVerdict(die) }));
  const name = (entry: (typeof verdicts)[number]) => entry.die.label ?? `die ${entry.index + 1}`;
  const sum = (language: "en" | "nl") =>
    included
      .map(
        (entry) =>
          `${formatAmount(entry.die.areaMm2, language)} (${name(entry)}, ${language === "nl" ? entry.why.nl : entry.why.text})`,
      )
      .join(" + ") || "0";
  const list = (entries: typeof verdicts, language: "en" | "nl", withArea: boolean) =>
    entries
      .map(
        (entry) =>
          `${withArea ? `${formatAmount(entry.die.areaMm2, language)} mm² ` : ""}(${name(entry)}, ${language === "nl" ? entry.why.nl : entry.why.text})`,
      )
      .join(", ");
  const included = verdicts.filter((entry) => entry.verdict === "included");
  const excluded = verdicts.filter((entry) => entry.verdict === "excluded");
  const undecided = verdicts.filter((entry) => entry.verdict === "undecided");
  const area = sumIntervals(included.map((entry) => intervalOf(entry.die.areaMm2)));
  const steps: DetailLine[] = [
    {
      text: `Applicable die area = ${sum("en")} = ${formatAmount(area)} mm²`,
      nl: `Toepasselijk die-oppervlak = ${sum("nl")} = ${formatAmount(area, "nl")} mm²`,
    },
  ];
  if (excluded.length > 0) {
    steps.push({
      text: `Excluded: ${list(excluded, "en", true)}`,
      nl: `Niet meegeteld: ${list(excluded, "nl", true)}`,
    });
  }
  if (undecided.length > 0) {
    steps.push({
      text: `Undecided: ${list(undecided, "en", false)}`,
      nl: `Onbeslist: ${list(undecided, "nl", false)}`,
    });
    return {
      areaMm2: null,
      range: null,
      steps,
      undecided: undecided.map((entry) => `chip.dies[${entry.index}].transistor`),
    };
  }
  return { areaMm2: isPoint(area) ? area.lo : null, range: area, steps, undecided: [] };
}

/** TPP, applicable die area and PD (§1.1, §1.3). PD stays null when TPP or the area is unknown. */
export function chipMetrics(chip: ValidChip): ChipMetrics {
  const tppPart = totalProcessingPerformance(chip);
  const steps = [...tppPart.steps];
  const reasons = [...tppPart.reasons];
  const caveats = [...tppPart.caveats];
  let area: Interval | null = null;
  let missingForPd: string[] = [];
  const known = (range: Interval | null) => (range !== null && isPoint(range) ? range.lo : null);

  if (chip.pd !== undefined) {
    steps.push({
      text: `PD given as input: ${formatNumber(chip.pd)}`,
      nl: `PD opgegeven: ${formatNumber(chip.pd, "nl")}`,
    });
    return {
      tpp: tppPart.tpp,
      applicableDieAreaMm2: null,
      pd: chip.pd,
      applicableDieAreaRange: null,
      pdRange: { lo: chip.pd, hi: chip.pd },
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
    reasons.push(reasonFrom(ruleTables().readings.applicableDieArea));
    area = result.range;
    missingForPd = result.undecided;
  } else if (chip.applicableDieAreaMm2 !== undefined) {
    area = { lo: chip.applicableDieAreaMm2, hi: chip.applicableDieAreaMm2 };
    steps.push({
      text: `Applicable die area given as input: ${formatNumber(chip.applicableDieAreaMm2)} mm²`,
      nl: `Toepasselijk die-oppervlak opgegeven: ${formatNumber(chip.applicableDieAreaMm2, "nl")} mm²`,
    });
  } else {
    missingForPd = ["chip.dies", "chip.applicableDieAreaMm2", "chip.pd"];
    steps.push({ text: "PD unknown: no die area given", nl: "PD onbekend: geen die-oppervlak opgegeven" });
  }
  if (
    area !== null &&
    chip.dieAreaConfidence !== "quoted" &&
    chip.dieAreaConfidence !== "computed" &&
    chip.dieAreaConfidence !== "secondary"
  ) {
    caveats.push({
      text: `die area is ${chip.dieAreaConfidence} (most die areas are die-shot estimates)`,
      nl: `die-oppervlak is ${CONFIDENCE_NL[chip.dieAreaConfidence]} (de meeste die-oppervlakken zijn schattingen uit die-foto's)`,
      kind: "unconfirmed_fact",
    });
  }

  let pd: Interval | null = null;
  if (area !== null && area.hi === 0) {
    steps.push({
      text: "PD undefined: applicable die area is 0 mm²",
      nl: "PD ongedefinieerd: toepasselijk die-oppervlak is 0 mm²",
    });
    missingForPd = ["chip.dies"];
  } else if (area !== null && tppPart.tpp !== null) {
    pd = divideInterval(tppPart.tpp, area);
    steps.push({
      text: `PD = ${formatNumber(tppPart.tpp)} / ${formatAmount(area)} mm² = ${formatAmount(pd)}`,
      nl: `PD = ${formatNumber(tppPart.tpp, "nl")} / ${formatAmount(area, "nl")} mm² = ${formatAmount(pd, "nl")}`,
    });
  }
  return {
    tpp: tppPart.tpp,
    applicableDieAreaMm2: known(area),
    pd: known(pd),
    applicableDieAreaRange: area,
    pdRange: pd,
    steps,
    reasons,
    caveats,
    missingForTpp: tppPart.missingForTpp,
    missingForPd,
  };
}
