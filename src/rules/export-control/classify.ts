import type { ValidChip } from "./input-schema.js";
import { earlyApplication } from "./letters.js";
import { below, intervalOf, type Interval } from "./bounds.js";
import { formatAmount, formatNumber, type ChipMetrics } from "./metrics.js";
import type { Caveat, IsoDay, Reason, RuleVersionId } from "./types.js";
import { ruleTables } from "./tables/installed.js";
import { ruleVersion } from "./tables/lookup.js";

/** Which definition of 3A090 governs a chip on a date. */
export type Regime = "none" | "letters_only" | "rule2022" | "rule2023";

export type Eccn =
  | "3A090"
  | "3A090.a"
  | "3A090.a.1"
  | "3A090.a.2"
  | "3A090.b.1"
  | "3A090.b.2"
  | "3A090.c"
  | "4A090"
  | "4A090.a"
  | "4A090.b";

export interface Classification {
  readonly regime: Regime;
  /** The rule version whose definition was applied (RV1 for 2022, RV2 for 2023, RV3 for HBM); null before any rule. */
  readonly ruleVersion: RuleVersionId | null;
  readonly status: "controlled" | "not_controlled" | "indeterminate";
  /** Most specific paragraph met; "3A090.a" alone marks a non-datacenter (or datacenter-unknown) 3A090.a item. */
  readonly eccn: Eccn | null;
  /** Every 3A090 paragraph the IC meets (a DC chip can meet a.1 and a.2). */
  readonly paragraphsMet: readonly string[];
  /** Paragraph tier the licence logic keys on. */
  readonly tier: "a" | "b" | "c" | "2022" | null;
  /** NAC/ACA can cover it (non-datacenter .a, or .b); null when the datacenter flag is needed and missing. */
  readonly exceptionEligible: boolean | null;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
  readonly decidingInputs: readonly string[];
}

const nlNumber = (value: number) => formatNumber(value, "nl");

export interface ClassifyOptions {
  readonly exporterRole: "front_end_fabricator" | "osat" | "other";
  readonly foundryPresumptionRebutted: boolean;
}

const NO_OPTIONS: ClassifyOptions = { exporterRole: "other", foundryPresumptionRebutted: false };

export function regimeAt(chip: ValidChip, date: IsoDay): { regime: Regime; earlyBy?: string; reasons: Reason[] } {
  if (date < ruleVersion("RV0").effective) return { regime: "none", reasons: [] };
  if (date < ruleVersion("RV1").effective) return { regime: "letters_only", reasons: [] };
  if (date >= ruleVersion("RV2").effective) return { regime: "rule2023", reasons: [] };
  const early = earlyApplication(chip, date);
  if (early) {
    const reason: Reason = {
      text: `the 2023 rule applies early to this product from ${early.effective} (${early.id})`,
      nl: `de regel van 2023 geldt voor dit product al vanaf ${early.effective} (${early.id})`,
      citation: early.citation,
      confidence: early.confidence,
      ruleVersion: early.ruleVersion,
    };
    return { regime: "rule2023", earlyBy: early.id, reasons: [reason] };
  }
  return { regime: "rule2022", reasons: [] };
}

const result = (partial: Partial<Classification> & Pick<Classification, "regime" | "status">): Classification => ({
  ruleVersion: null,
  eccn: null,
  paragraphsMet: [],
  tier: null,
  exceptionEligible: null,
  reasons: [],
  caveats: [],
  decidingInputs: [],
  ...partial,
});

function classifyHbm(density: number, date: IsoDay): Classification {
  const rv3 = ruleVersion("RV3");
  const citation = ruleTables().thresholds.hbm.citation;
  if (date < rv3.effective) {
    return result({
      regime: date < ruleVersion("RV1").effective ? "none" : "rule2023",
      status: "not_controlled",
      reasons: [
        {
          text: `3A090.c (HBM) does not exist before ${rv3.effective}`,
          nl: `3A090.c (HBM) bestaat niet vóór ${rv3.effective}`,
          citation: rv3.citation,
          confidence: rv3.confidence,
        },
      ],
    });
  }
  if (rv3.compliance && date < rv3.compliance) {
    return result({
      regime: "rule2023",
      ruleVersion: "RV3",
      status: "not_controlled",
      caveats: [
        {
          text: `3A090.c is in force from ${rv3.effective} but compliance is due only from ${rv3.compliance}; answered as before`,
          nl: `3A090.c is van kracht vanaf ${rv3.effective}, maar naleving is pas verplicht vanaf ${rv3.compliance}; beantwoord als daarvoor`,
          kind: "compliance_pending",
          citation: rv3.citation,
        },
      ],
    });
  }
  const over = density > ruleTables().thresholds.hbm.densityAboveGBpsPerMm2;
  const limit = ruleTables().thresholds.hbm.densityAboveGBpsPerMm2;
  const text = `memory bandwidth density ${formatNumber(density)} GB/s/mm² is ${over ? "greater than" : "not greater than"} ${formatNumber(limit)}`;
  const nl = `geheugenbandbreedtedichtheid ${nlNumber(density)} GB/s/mm² is ${over ? "groter dan" : "niet groter dan"} ${nlNumber(limit)}`;
  return result({
    regime: "rule2023",
    ruleVersion: "RV3",
    status: over ? "controlled" : "not_controlled",
    eccn: over ? "3A090.c" : null,
    paragraphsMet: over ? ["3A090.c"] : [],
    tier: over ? "c" : null,
    exceptionEligible: over ? density < ruleTables().thresholds.hbm.exceptionBelowGBpsPerMm2 : null,
    reasons: [{ text, nl, citation, confidence: ruleTables().thresholds.hbm.confidence, ruleVersion: "RV3" }],
  });
}

function classify2022(chip: ValidChip, metrics: ChipMetrics): Classification {
  const t = ruleTables().thresholds.rule2022;
  const base = { regime: "rule2022" as const, ruleVersion: "RV1" as const };
  const cite = (text: string, nl: string): Reason => ({
    text,
    nl,
    citation: t.citation,
    confidence: t.confidence,
    ruleVersion: "RV1",
  });
  const io = chip.interconnectBidirGBps;
  const ioBelow = io === null ? null : below(intervalOf(io), t.interconnectMinGBps);
  if (metrics.tpp !== null && metrics.tpp < t.tppMin) {
    return result({
      ...base,
      status: "not_controlled",
      reasons: [
        cite(
          `TPP ${formatNumber(metrics.tpp)} < ${formatNumber(t.tppMin)}: not 3A090 (2022)`,
          `TPP ${nlNumber(metrics.tpp)} < ${nlNumber(t.tppMin)}: niet 3A090 (2022)`,
        ),
      ],
    });
  }
  if (io !== null && ioBelow === true) {
    return result({
      ...base,
      status: "not_controlled",
      reasons: [
        cite(
          `I/O ${formatAmount(io)} GB/s < ${formatNumber(t.interconnectMinGBps)}: not 3A090 (2022)`,
          `I/O ${formatAmount(io, "nl")} GB/s < ${nlNumber(t.interconnectMinGBps)}: niet 3A090 (2022)`,
        ),
      ],
    });
  }
  if (metrics.tpp === null || io === null || ioBelow === null) {
    return result({
      ...base,
      status: "indeterminate",
      decidingInputs: [...metrics.missingForTpp, ...(ioBelow === null ? ["chip.interconnectBidirGBps"] : [])],
    });
  }
  return result({
    ...base,
    status: "controlled",
    eccn: "3A090",
    paragraphsMet: ["3A090 (2022)"],
    tier: "2022",
    exceptionEligible: false,
    reasons: [
      cite(
        `TPP ${formatNumber(metrics.tpp)} >= ${formatNumber(t.tppMin)} and I/O ${formatAmount(io)} >= ${formatNumber(t.interconnectMinGBps)} GB/s: 3A090 (2022)`,
        `TPP ${nlNumber(metrics.tpp)} >= ${nlNumber(t.tppMin)} en I/O ${formatAmount(io, "nl")} >= ${nlNumber(t.interconnectMinGBps)} GB/s: 3A090 (2022)`,
      ),
    ],
  });
}

/** The 3A090.a/.b paragraphs a datacenter IC meets, or null when PD is needed and unknown. */
function paragraphs2023(tpp: number, pd: number | null): string[] | null {
  const t = ruleTables().thresholds.rule2023;
  const met: string[] = [];
  if (tpp >= t.a1.tppMin) met.push("3A090.a.1");
  if (pd === null) return met.length > 0 || tpp < t.a2.tppMin ? met : null;
  if (tpp >= t.a2.tppMin && pd >= t.a2.pdMin) met.push("3A090.a.2");
  if (tpp >= t.b1.tppMin && tpp < t.b1.tppBelow && pd >= t.b1.pdMin && pd < t.b1.pdBelow) met.push("3A090.b.1");
  if (tpp >= t.b2.tppMin && pd >= t.b2.pdMin && pd < t.b2.pdBelow && !met.some((p) => p.startsWith("3A090.a")))
    met.push("3A090.b.2");
  return met;
}

/**
 * A PD that every paragraph test reads alike over the whole range, or null: when no PD threshold that the TPP
 * brings into play falls inside the range, each comparison is decided and any point of it stands for all.
 */
function decidedPd(tpp: number, range: Interval | null): number | null {
  if (range === null) return null;
  const t = ruleTables().thresholds.rule2023;
  const thresholds = [
    ...(tpp >= t.a2.tppMin ? [t.a2.pdMin] : []),
    ...(tpp >= t.b1.tppMin && tpp < t.b1.tppBelow ? [t.b1.pdMin, t.b1.pdBelow] : []),
    ...(tpp >= t.b2.tppMin ? [t.b2.pdMin, t.b2.pdBelow] : []),
  ];
  return thresholds.every((threshold) => below(range, threshold) !== null) ? range.lo : null;
}

function classify2023(chip: ValidChip, metrics: ChipMetrics): Classification {
  const t = ruleTables().thresholds.rule2023;
  const base = { regime: "rule2023" as const, ruleVersion: "RV2" as const };
  const cite = (text: string, nl: string): Reason => ({
    text,
    nl,
    citation: t.citation,
    confidence: t.confidence,
    ruleVersion: "RV2",
  });
  const tpp = metrics.tpp;
  if (tpp === null) return result({ ...base, status: "indeterminate", decidingInputs: metrics.missingForTpp });
  const pd = decidedPd(tpp, metrics.pdRange);
  const range = pd === null ? null : metrics.pdRange;
  const pdText = range === null ? "PD unknown" : `PD ${formatAmount(range)}`;
  const pdNl = range === null ? "PD onbekend" : `PD ${formatAmount(range, "nl")}`;

  if (chip.datacenter === false) {
    if (tpp >= t.nonDatacenterTppMin) {
      return result({
        ...base,
        status: "controlled",
        eccn: "3A090.a",
        paragraphsMet: ["3A090.a.1"],
        tier: "a",
        exceptionEligible: true,
        reasons: [
          cite(
            `not designed for data centres, TPP ${formatNumber(tpp)} >= ${formatNumber(t.nonDatacenterTppMin)}: 3A090.a (Note 2 does not free it)`,
            `niet ontworpen voor datacenters, TPP ${nlNumber(tpp)} >= ${nlNumber(t.nonDatacenterTppMin)}: 3A090.a (Note 2 stelt hem niet vrij)`,
          ),
        ],
      });
    }
    return result({
      ...base,
      status: "not_controlled",
      reasons: [
        cite(
          `Note 2: not designed for data centres and TPP ${formatNumber(tpp)} < ${formatNumber(t.nonDatacenterTppMin)}: outside 3A090`,
          `Note 2: niet ontworpen voor datacenters en TPP ${nlNumber(tpp)} < ${nlNumber(t.nonDatacenterTppMin)}: buiten 3A090`,
        ),
      ],
    });
  }

  const met = paragraphs2023(tpp, pd);
  if (met === null) {
    return result({
      ...base,
      status: "indeterminate",
      reasons: [
        cite(`TPP ${formatNumber(tpp)} needs PD to classify`, `TPP ${nlNumber(tpp)}: PD is nodig om te classificeren`),
      ],
      // A die area known only as a bound that straddles a PD threshold leaves nothing "missing" but the area itself.
      decidingInputs: [
        ...(metrics.missingForPd.length > 0 ? metrics.missingForPd : ["chip.dies"]),
        ...(chip.datacenter === null ? ["chip.datacenter"] : []),
      ],
    });
  }
  const eccn = (met[0] ?? null) as Eccn | null;
  const tier = eccn === null ? null : eccn.startsWith("3A090.a") ? "a" : "b";
  if (chip.datacenter === null) {
    if (tier === "a" && tpp >= t.nonDatacenterTppMin) {
      return result({
        ...base,
        status: "controlled",
        eccn: "3A090.a",
        paragraphsMet: met,
        tier: "a",
        exceptionEligible: null,
        reasons: [
          cite(
            `TPP ${formatNumber(tpp)} >= ${formatNumber(t.a1.tppMin)}: 3A090.a whether or not designed for data centres`,
            `TPP ${nlNumber(tpp)} >= ${nlNumber(t.a1.tppMin)}: 3A090.a, of hij nu voor datacenters ontworpen is of niet`,
          ),
        ],
        decidingInputs: ["chip.datacenter"],
      });
    }
    if (tier !== null) {
      return result({
        ...base,
        status: "indeterminate",
        paragraphsMet: met,
        reasons: [
          cite(
            `meets ${met.join(", ")} if designed for data centres; Note 2 frees it otherwise`,
            `voldoet aan ${met.join(", ")} als hij voor datacenters ontworpen is; anders stelt Note 2 hem vrij`,
          ),
        ],
        decidingInputs: ["chip.datacenter"],
      });
    }
  }
  if (eccn === null) {
    return result({
      ...base,
      status: "not_controlled",
      reasons: [
        cite(
          `TPP ${formatNumber(tpp)}, ${pdText}: meets no 3A090.a/.b paragraph`,
          `TPP ${nlNumber(tpp)}, ${pdNl}: voldoet aan geen enkele paragraaf van 3A090.a/.b`,
        ),
      ],
    });
  }
  return result({
    ...base,
    status: "controlled",
    eccn,
    paragraphsMet: met,
    tier,
    exceptionEligible: tier === "b",
    reasons: [
      cite(
        `TPP ${formatNumber(tpp)}, ${pdText}: ${met.join(" and ")}`,
        `TPP ${nlNumber(tpp)}, ${pdNl}: ${met.join(" en ")}`,
      ),
    ],
  });
}

/** RV5 Note 1 to 3A090.a: a fabricator or OSAT presumes an advanced logic IC is a datacenter 3A090.a item unless rebutted. */
function foundryPresumption(chip: ValidChip, date: IsoDay, options: ClassifyOptions): Classification | null {
  const rv5 = ruleVersion("RV5");
  if (options.exporterRole === "other" || options.foundryPresumptionRebutted || chip.hbm || date < rv5.effective)
    return null;
  const reason: Reason = {
    text: "foundry presumption (Note 1 to 3A090.a): presumed 3A090.a and designed for data centres unless rebutted",
    nl: "vermoeden voor de foundry (Note 1 bij 3A090.a): vermoed 3A090.a en ontworpen voor datacenters, tenzij weerlegd",
    citation: rv5.citation,
    confidence: rv5.confidence,
    ruleVersion: "RV5",
  };
  if (rv5.compliance && date < rv5.compliance) return null;
  const advanced = chip.dies?.some(
    (die) =>
      die.kind === "logic" && (die.transistor === "non_planar" || (die.processNm !== undefined && die.processNm <= 16)),
  );
  if (!advanced) {
    return result({
      regime: "rule2023",
      ruleVersion: "RV5",
      status: "indeterminate",
      reasons: [reason],
      decidingInputs: ["chip.dies (process node or transistor architecture)"],
    });
  }
  return result({
    regime: "rule2023",
    ruleVersion: "RV5",
    status: "controlled",
    eccn: "3A090.a",
    paragraphsMet: ["3A090.a (presumed)"],
    tier: "a",
    exceptionEligible: false,
    reasons: [reason],
  });
}

/** Classification of one IC (or HBM stack) as of `date`. */
export function classifyIc(
  chip: ValidChip,
  metrics: ChipMetrics,
  date: IsoDay,
  options: ClassifyOptions = NO_OPTIONS,
): Classification {
  if (chip.hbm) return classifyHbm(chip.hbm.memoryBandwidthDensityGBpsPerMm2, date);
  const { regime, reasons } = regimeAt(chip, date);
  if (regime === "none" || regime === "letters_only") {
    return result({
      regime,
      status: "not_controlled",
      reasons: [
        {
          text: `3A090 does not exist before ${ruleVersion("RV1").effective}`,
          nl: `3A090 bestaat niet vóór ${ruleVersion("RV1").effective}`,
          citation: ruleVersion("RV1").citation,
          confidence: "quoted",
        },
      ],
    });
  }
  const classification =
    regime === "rule2022"
      ? classify2022(chip, metrics)
      : (foundryPresumption(chip, date, options) ?? classify2023(chip, metrics));
  return { ...classification, reasons: [...reasons, ...classification.reasons] };
}

/** A computer, board or assembly is 4A090 by the ICs it contains (§1.6); it is not aggregated for classification. */
export function computerClassification(ic: Classification, chipCount: number): Classification {
  const eccn: Eccn | null =
    ic.status !== "controlled"
      ? null
      : ic.tier === "2022"
        ? "4A090"
        : ic.tier === "a"
          ? "4A090.a"
          : ic.tier === "b"
            ? "4A090.b"
            : null;
  const reasons = [...ic.reasons];
  if (eccn) {
    reasons.push({
      text: `a computer or assembly containing ${chipCount} such IC(s) is ${eccn}`,
      nl: `een computer of samenstel met ${nlNumber(chipCount)} zulke IC('s) is ${eccn}`,
      citation: { instrument: "ECCN 4A090 (88 FR 73458; 2022: 87 FR 62186)", sources: ["R4", "R2"] },
      confidence: "quoted",
      ruleVersion: ic.ruleVersion ?? "RV1",
    });
  }
  return {
    ...ic,
    eccn,
    paragraphsMet: eccn ? [eccn, ...ic.paragraphsMet.map((p) => `contains ${p}`)] : ic.paragraphsMet,
    reasons,
  };
}
