import type { CheckContext } from "./context.js";
import { exception, licenceRequired, withMore, type Decision } from "./decision.js";
import { testScope } from "./destination.js";
import { caveatFrom, formatNumber, reasonFrom } from "./metrics.js";
import type { Reason } from "./types.js";
import { ruleTables } from "./tables/installed.js";
import { licenceException, ruleVersion } from "./tables/lookup.js";

/**
 * The AI Diffusion rule (RV4, §3.7) over the answer of the other rules. In mode `enforced` it never changes
 * the answer; in `as_written` it applies from its compliance date to 3A090.a / 4A090.a items.
 */
export function applyAiDiffusion(context: CheckContext, ruleAnswer: Decision): Decision {
  const rv4 = ruleVersion("RV4");
  const rv7 = ruleVersion("RV7");
  const tierA = context.classification.status === "controlled" && context.classification.tier === "a";
  if (!tierA || context.date < rv4.effective) return ruleAnswer;
  if (context.input.mode === "enforced") {
    return withMore(ruleAnswer, [
      {
        text: `AI Diffusion rule not applied (mode enforced): compliance was due ${rv4.compliance}, non-enforcement announced ${rv7.effective}`,
        nl: `AI Diffusion-regel niet toegepast (modus 'gehandhaafd'): naleving was verplicht vanaf ${rv4.compliance}, niet-handhaving aangekondigd op ${rv7.effective}`,
        citation: rv7.citation,
        confidence: rv7.confidence,
        ruleVersion: "RV7",
      },
    ]);
  }
  if (rv4.compliance && context.date < rv4.compliance) {
    return withMore(
      ruleAnswer,
      [],
      [
        {
          text: `AI Diffusion rule in force from ${rv4.effective}, compliance due ${rv4.compliance}: answered as before`,
          nl: `AI Diffusion-regel van kracht vanaf ${rv4.effective}, naleving verplicht vanaf ${rv4.compliance}: beantwoord als daarvoor`,
          kind: "compliance_pending",
          citation: rv4.citation,
        },
      ],
    );
  }

  const { rule, openPoints: unsettled, nonDatacenter } = ruleTables().aiDiffusion;
  const cite = (text: string, nl: string): Reason => ({
    text,
    nl,
    citation: rule.citation,
    confidence: rule.confidence,
    ruleVersion: "RV4",
  });
  const openPoints = caveatFrom(unsettled);
  const tier3 = testScope(
    {
      countries: ["MO"],
      groups: ["D:5"],
      citation: rule.citation,
      confidence: rule.confidence,
    },
    context.destination,
    context.date,
    "destination",
  );
  const notified = ruleAnswer.answer.kind === "licence_exception" && ruleAnswer.answer.notificationRequired === true;
  if (tier3.inScope || ruleAnswer.answer.kind === "licence_required" || notified) {
    const tierText = tier3.inScope
      ? "Tier 3 (D:5 and Macau): the earlier rules' answer stands"
      : "the earlier rules already require a licence; how AIA/LPP interact with them is unconfirmed";
    const tierNl = tier3.inScope
      ? "Tier 3 (D:5 en Macau): het antwoord van de eerdere regels blijft staan"
      : "de eerdere regels vereisen al een vergunning; hoe AIA/LPP daarmee samengaan is onbevestigd";
    return withMore(
      ruleAnswer,
      [cite(`AI Diffusion as written: ${tierText}`, `AI Diffusion-regel zoals geschreven: ${tierNl}`)],
      [openPoints],
    );
  }
  if (rule.tier1.includes(context.destination)) {
    const aia = licenceException("AIA");
    return exception(
      "AIA",
      false,
      [
        ...context.classification.reasons,
        cite(
          `AI Diffusion as written: ${context.destination} is Tier 1`,
          `AI Diffusion-regel zoals geschreven: ${context.destination} is Tier 1`,
        ),
        {
          text: `License Exception AIA: ${aia.text}`,
          nl: `vergunningsuitzondering AIA: ${aia.nl}`,
          citation: aia.citation,
          confidence: aia.confidence,
          ruleVersion: "RV4",
        },
      ],
      [openPoints],
    );
  }
  const tier2 = cite(
    `AI Diffusion as written: ${context.destination} is Tier 2 (neither Tier 1 nor D:5/Macau)`,
    `AI Diffusion-regel zoals geschreven: ${context.destination} is Tier 2 (niet Tier 1 en niet D:5/Macau)`,
  );
  if (context.classification.exceptionEligible) {
    if (ruleAnswer.answer.kind === "licence_exception")
      return withMore(ruleAnswer, [tier2, reasonFrom(nonDatacenter)], [openPoints]);
    return exception("ACA", false, [...context.classification.reasons, tier2, reasonFrom(nonDatacenter)], [openPoints]);
  }
  const tpp = context.metrics.tpp ?? 0;
  const chips = context.input.computer?.chipCount ?? 1;
  const total = tpp * chips * context.input.quantity;
  const lpp = licenceException("LPP");
  const arithmetic = `${formatNumber(context.input.quantity)} unit(s) x ${formatNumber(chips)} IC(s) x TPP ${formatNumber(tpp)} = ${formatNumber(total)} TPP`;
  const arithmeticNl = `${formatNumber(context.input.quantity, "nl")} eenheid/eenheden x ${formatNumber(chips, "nl")} IC('s) x TPP ${formatNumber(tpp, "nl")} = ${formatNumber(total, "nl")} TPP`;
  if (total <= rule.lppTppPerConsigneePerYear) {
    return exception(
      "LPP",
      null,
      [
        ...context.classification.reasons,
        tier2,
        cite(
          `${arithmetic} <= ${formatNumber(rule.lppTppPerConsigneePerYear)} per consignee per year`,
          `${arithmeticNl} <= ${formatNumber(rule.lppTppPerConsigneePerYear, "nl")} per ontvanger per jaar`,
        ),
        {
          text: `License Exception LPP: ${lpp.text}`,
          nl: `vergunningsuitzondering LPP: ${lpp.nl}`,
          citation: lpp.citation,
          confidence: lpp.confidence,
          ruleVersion: "RV4",
        },
      ],
      [
        openPoints,
        {
          text: "LPP counts all shipments to the consignee in the calendar year; only this shipment was counted",
          nl: "LPP telt alle leveringen aan de ontvanger in het kalenderjaar; alleen deze levering is geteld",
          kind: "not_evaluated",
          citation: lpp.citation,
        },
      ],
    );
  }
  return licenceRequired(
    "rule",
    "not_stated",
    rule.confidence,
    [
      ...context.classification.reasons,
      tier2,
      cite(
        `${arithmetic} > ${formatNumber(rule.lppTppPerConsigneePerYear)}: LPP not available; a licence or a VEU authorization is needed`,
        `${arithmeticNl} > ${formatNumber(rule.lppTppPerConsigneePerYear, "nl")}: LPP niet beschikbaar; een vergunning of VEU-machtiging is nodig`,
      ),
    ],
    [openPoints],
  );
}
