import { boundOf, isPoint, type Bound, type Interval } from "./bounds.js";
import { inputNames } from "./input-names.js";
import { classifyIc, computerClassification } from "./classify.js";
import type { Classification } from "./classify.js";
import type { CheckContext } from "./context.js";
import { indeterminate, licenceRequired, withMore, type Decision } from "./decision.js";
import { effectiveCountry, testScope } from "./destination.js";
import { applyAiDiffusion } from "./ai-diffusion.js";
import {
  ExportCheckInputError,
  parseExportCheckInput,
  type ExportCheckInput,
  type InputIssue,
  type ValidExportCheckInput,
} from "./input-schema.js";
import { letterFindings } from "./letter-answer.js";
import { chipMetrics, type ChipMetrics } from "./metrics.js";
import { ruleDecision } from "./rule-answer.js";
import {
  CONFIDENCE_NL,
  CONFIDENCE_ORDER,
  type AnswerCode,
  type Caveat,
  type Citation,
  type FactConfidence,
  type LicenceAnswer,
  type Mode,
  type Reason,
  type RuleVersionId,
} from "./types.js";
import { ruleTables } from "./tables/installed.js";
import { ruleVersion } from "./tables/lookup.js";

export interface ExportCheckResult {
  readonly question: {
    readonly destination: string;
    /** Destination as the rules read it (Hong Kong as China). */
    readonly effectiveDestination: string;
    readonly endUserHq: string | null;
    readonly ultimateParentHq: string | null;
    readonly date: string;
    readonly mode: Mode;
    readonly item: "ic" | "computer";
    readonly quantity: number;
  };
  readonly metrics: Pick<ChipMetrics, "tpp" | "pd" | "applicableDieAreaMm2" | "steps"> & {
    /** Set when the die area is known only as a bound: what the area and PD are then known to be. */
    readonly applicableDieAreaBound: Bound | null;
    readonly pdBound: Bound | null;
  };
  readonly classification: Classification;
  readonly answer: LicenceAnswer;
  /** The spec's legend code (NLR, LR-D, NAC-N, ...), see types.ts. */
  readonly code: AnswerCode;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
  /** The weakest confidence of any fact the reasons used. */
  readonly confidence: FactConfidence;
  readonly citations: readonly Citation[];
  /** Rule versions that have taken effect by the date. */
  readonly ruleVersionsInForce: readonly RuleVersionId[];
}

const boundOrNull = (range: Interval | null): Bound | null =>
  range === null || isPoint(range) ? null : boundOf(range);

const NOT_EVALUATED: Caveat = {
  text: "end-use and end-user controls (§744, incl. §744.23), the Entity List and the foreign-direct-product rules are not fully evaluated",
  nl: "controles op eindgebruik en eindgebruiker (§744, incl. §744.23), de Entity List en de foreign-direct-product-regels zijn niet volledig beoordeeld",
  kind: "not_evaluated",
};

function embargoDecision(context: CheckContext, decision: Decision): Decision {
  for (const embargo of ruleTables().embargoes) {
    const hit = testScope(embargo, context.destination, context.date, "destination");
    if (!hit.inScope) continue;
    const reasons: Reason[] = [
      ...hit.reasons,
      { text: embargo.text, nl: embargo.nl, citation: embargo.citation, confidence: embargo.confidence },
    ];
    if (decision.answer.kind === "licence_required") return withMore(decision, reasons, hit.caveats);
    return licenceRequired(
      "embargo",
      "not_stated",
      embargo.confidence,
      [...decision.reasons, ...reasons],
      [...decision.caveats, ...hit.caveats],
      "LR-E",
    );
  }
  return decision;
}

/** Rules first, then the AI Diffusion overlay, then is-informed letters, then embargoes. */
function decide(context: CheckContext): Decision {
  if (!context.input.subjectToEar) {
    const rv7 = ruleVersion("RV7");
    const gp10: Caveat[] =
      context.date >= rv7.effective && context.classification.tier === "a"
        ? [
            {
              text: "a PRC-made IC meeting 3A090.a: using it risks General Prohibition 10 (BIS guidance of 2025-05-13)",
              nl: "een in China gemaakte IC die aan 3A090.a voldoet: gebruik ervan riskeert General Prohibition 10 (BIS-richtsnoer van 2025-05-13)",
              kind: "not_evaluated",
              citation: rv7.citation,
            },
          ]
        : [];
    return {
      answer: { kind: "no_licence" },
      code: "NLR",
      reasons: [
        {
          text: "the item is not subject to the EAR (as stated in the input)",
          nl: "het goed valt niet onder de EAR (zoals opgegeven)",
          citation: { instrument: "EAR §734.3", sources: ["R27"] },
          confidence: "secondary",
        },
      ],
      caveats: gp10,
    };
  }
  const rules = applyAiDiffusion(context, ruleDecision(context));
  const letters = letterFindings(context);
  let decision: Decision;
  if (rules.answer.kind === "licence_required") {
    decision = letters.decision
      ? withMore(rules, letters.decision.reasons.slice(-1), letters.caveats)
      : withMore(rules, [], letters.caveats);
  } else if (letters.decision) {
    decision = withMore(letters.decision, [], letters.caveats);
  } else if (rules.answer.kind === "indeterminate" || letters.decidingInputs.length > 0) {
    const inputs = [
      ...(rules.answer.kind === "indeterminate" ? rules.answer.decidingInputs : []),
      ...letters.decidingInputs,
    ];
    decision = indeterminate(inputs, rules.reasons, [...rules.caveats, ...letters.caveats]);
  } else {
    decision = withMore(rules, [], letters.caveats);
  }
  return embargoDecision(context, decision);
}

/** Every unconfirmed or disputed fact an answer used is repeated as a caveat, so no guess passes silently. */
export function weakReasonCaveats(reasons: readonly Reason[]): Caveat[] {
  return reasons
    .filter((reason) => reason.confidence === "unconfirmed" || reason.confidence === "disputed")
    .map((reason) => ({
      text: `${reason.confidence}: ${reason.text}`,
      nl: `${CONFIDENCE_NL[reason.confidence]}: ${reason.nl}`,
      kind: reason.confidence === "disputed" ? "disputed_fact" : "unconfirmed_fact",
      citation: reason.citation,
    }));
}

function weakest(reasons: readonly Reason[]): FactConfidence {
  return reasons.reduce<FactConfidence>(
    (min, reason) =>
      CONFIDENCE_ORDER.indexOf(reason.confidence) < CONFIDENCE_ORDER.indexOf(min) ? reason.confidence : min,
    "quoted",
  );
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/** Answers a validated question. */
export function checkValidExport(input: ValidExportCheckInput): ExportCheckResult {
  const destination = effectiveCountry(input.destination);
  const headquarters = (["endUserHq", "ultimateParentHq"] as const).flatMap((field) => {
    const country = input[field];
    return country === null ? [] : [{ field, country: effectiveCountry(country).code }];
  });
  const metrics = chipMetrics(input.chip);
  const ic = classifyIc(input.chip, metrics, input.date, input);
  const classification = input.computer ? computerClassification(ic, input.computer.chipCount) : ic;
  const context: CheckContext = {
    input,
    date: input.date,
    destination: destination.code,
    headquarters,
    metrics,
    classification,
  };
  const decision = decide(context);

  const reasons = uniqueBy([...destination.reasons, ...metrics.reasons, ...decision.reasons], (reason) => reason.text);
  const noteCaveats: Caveat[] = input.chip.notes.map((note) => ({
    text: `${inputNames([note.field])}: ${note.text}`,
    nl: `${inputNames([note.field], "nl")}: ${note.nl ?? note.text}`,
    kind:
      note.confidence === "unconfirmed"
        ? "unconfirmed_fact"
        : note.confidence === "disputed"
          ? "disputed_fact"
          : "input_note",
  }));
  const caveats = uniqueBy(
    [...metrics.caveats, ...noteCaveats, ...decision.caveats, ...weakReasonCaveats(reasons), NOT_EVALUATED],
    (caveat) => caveat.text,
  );
  return {
    question: {
      destination: input.destination,
      effectiveDestination: destination.code,
      endUserHq: input.endUserHq,
      ultimateParentHq: input.ultimateParentHq,
      date: input.date,
      mode: input.mode,
      item: input.computer ? "computer" : "ic",
      quantity: input.quantity,
    },
    metrics: {
      tpp: metrics.tpp,
      pd: metrics.pd,
      applicableDieAreaMm2: metrics.applicableDieAreaMm2,
      applicableDieAreaBound: boundOrNull(metrics.applicableDieAreaRange),
      pdBound: boundOrNull(metrics.pdRange),
      steps: metrics.steps,
    },
    classification,
    answer: decision.answer,
    code: decision.code,
    reasons,
    caveats,
    confidence: weakest(reasons),
    citations: uniqueBy(
      reasons.map((reason) => reason.citation),
      (citation) => `${citation.instrument}|${citation.sources.join(",")}`,
    ),
    ruleVersionsInForce: ruleTables()
      .ruleVersions.filter((version) => input.date >= version.effective)
      .map((version) => version.id),
  };
}

/** Validates and answers; throws ExportCheckInputError naming each bad field. */
export function checkExport(input: ExportCheckInput): ExportCheckResult {
  const parsed = parseExportCheckInput(input);
  if (!parsed.ok) throw new ExportCheckInputError(parsed.issues);
  return checkValidExport(parsed.value);
}

/** As checkExport, but returns the validation issues instead of throwing (for the API and CLI). */
export function tryCheckExport(
  input: unknown,
): { ok: true; result: ExportCheckResult } | { ok: false; issues: readonly InputIssue[] } {
  const parsed = parseExportCheckInput(input);
  return parsed.ok ? { ok: true, result: checkValidExport(parsed.value) } : { ok: false, issues: parsed.issues };
}
