import { inputNames } from "./input-names.js";
import type { CheckContext } from "./context.js";
import { licenceRequired, licenceUnderPolicy, type Decision } from "./decision.js";
import { membershipsAt } from "./destination.js";
import { below, intervalOf } from "./bounds.js";
import { caveatFrom, formatAmount, formatNumber } from "./metrics.js";
import type { Caveat, Reason } from "./types.js";
import { ruleTables } from "./tables/installed.js";
import { reviewPolicy, ruleVersion } from "./tables/lookup.js";

const CHINA_MACAU = ["CN", "MO"];

/** RV10 applies to datacenter 3A090.a going to China or Macau on or after 2026-01-15. */
export function rv10Applies(context: CheckContext): boolean {
  return context.date >= ruleVersion("RV10").effective && CHINA_MACAU.includes(context.destination);
}

/**
 * The 2026 review policy for China/Macau (§3.6): case-by-case when every condition holds, otherwise
 * presumption of denial. A missing input that decides between them leaves the policy undetermined.
 */
export function rv10Decision(context: CheckContext, reasons: readonly Reason[], caveats: readonly Caveat[]): Decision {
  const entry = reviewPolicy("rv10-china-macau");
  const denial = reviewPolicy("rule2023-d5-macau");
  const t = ruleTables().thresholds.rv10;
  const cite = (text: string, nl: string): Reason => ({
    text,
    nl,
    citation: t.citation,
    confidence: t.confidence,
    ruleVersion: "RV10",
  });
  const tpp = context.metrics.tpp;
  const dram = context.input.chip.dramBandwidthGBps;
  const dramBelow = dram === null ? null : below(intervalOf(dram), t.dramBandwidthBelowGBps);
  const failures: Reason[] = [];
  const missing: string[] = [];

  if (context.input.computer)
    failures.push(
      cite(
        "the case-by-case path covers 3A090.a commodities (ICs); this is a computer or assembly",
        "de beoordeling per geval geldt voor goederen onder 3A090.a (IC's); dit is een computer of samenstel",
      ),
    );
  if (tpp !== null && tpp >= t.tppBelow)
    failures.push(
      cite(
        `TPP ${formatNumber(tpp)} is not below ${formatNumber(t.tppBelow)}`,
        `TPP ${formatNumber(tpp, "nl")} is niet lager dan ${formatNumber(t.tppBelow, "nl")}`,
      ),
    );
  if (dram !== null && dramBelow === false)
    failures.push(
      cite(
        `total DRAM bandwidth ${formatAmount(dram)} GB/s is not below ${formatNumber(t.dramBandwidthBelowGBps)}`,
        `totale DRAM-bandbreedte ${formatAmount(dram, "nl")} GB/s is niet lager dan ${formatNumber(t.dramBandwidthBelowGBps, "nl")}`,
      ),
    );
  if (dramBelow === null) missing.push("chip.dramBandwidthGBps");
  if (context.input.exportFrom !== "US")
    failures.push(
      cite(
        `export from ${context.input.exportFrom}, not from the United States: reexports stay under presumption of denial`,
        `export vanuit ${context.input.exportFrom}, niet vanuit de Verenigde Staten: wederuitvoer blijft onder het vermoeden van weigering`,
      ),
    );
  const foreignD5Hq = context.headquarters.find(
    ({ country }) =>
      !CHINA_MACAU.includes(country) && membershipsAt(country, context.date).some((m) => m.group === "D:5"),
  );
  if (foreignD5Hq)
    failures.push(
      cite(
        `${foreignD5Hq.field === "endUserHq" ? "end user's headquarters" : "ultimate parent's headquarters"} ${foreignD5Hq.country} is in D:5 outside China/Macau: presumption of denial`,
        `${foreignD5Hq.field === "endUserHq" ? "hoofdkantoor van de eindgebruiker" : "hoofdkantoor van het moederbedrijf"} ${foreignD5Hq.country} is in D:5 buiten China/Macau: vermoeden van weigering`,
      ),
    );
  if (context.input.rv10CertificationsMet === false)
    failures.push(
      cite("the exporter does not meet the certifications", "de exporteur voldoet niet aan de verklaringen"),
    );

  if (failures.length > 0) return licenceUnderPolicy("rule", denial, [...reasons, ...failures], caveats);

  const dramCaveat = caveatFrom(ruleTables().thresholds.totalDramBandwidthReading);
  const unchecked: Caveat[] = [
    {
      text: "RV10 also requires the item to be commercially available in the US at publication; not evaluated",
      nl: "RV10 vereist ook dat het goed bij publicatie in de VS in de handel was; niet beoordeeld",
      kind: "not_evaluated",
      citation: t.citation,
    },
    {
      text: "a reported cap (China volume at most 50% of US-customer volume) has no official text",
      nl: "een gemeld plafond (volume voor China hoogstens 50% van het volume voor Amerikaanse klanten) heeft geen officiële tekst",
      kind: "unconfirmed_fact",
      citation: { instrument: "Press report", sources: ["R36"] },
    },
  ];
  if (missing.length > 0) {
    return licenceRequired(
      "rule",
      "undetermined",
      entry.confidence,
      [
        ...reasons,
        cite(
          "case-by-case or presumption of denial, depending on total DRAM bandwidth",
          "beoordeling per geval of vermoeden van weigering, afhankelijk van de totale DRAM-bandbreedte",
        ),
      ],
      [
        ...caveats,
        {
          text: `review policy depends on a missing fact: ${inputNames(missing)}`,
          nl: `beoordelingsbeleid hangt af van een ontbrekend gegeven: ${inputNames(missing, "nl")}`,
          kind: "missing_input",
        },
      ],
    );
  }
  const met = cite(
    `TPP ${formatNumber(tpp ?? 0)} < ${formatNumber(t.tppBelow)} and total DRAM bandwidth ${formatAmount(dram ?? 0)} < ${formatNumber(t.dramBandwidthBelowGBps)} GB/s, exported from the US`,
    `TPP ${formatNumber(tpp ?? 0, "nl")} < ${formatNumber(t.tppBelow, "nl")} en totale DRAM-bandbreedte ${formatAmount(dram ?? 0, "nl")} < ${formatNumber(t.dramBandwidthBelowGBps, "nl")} GB/s, geëxporteerd vanuit de VS`,
  );
  const policyReason: Reason = {
    text: `review policy: ${entry.text}`,
    nl: `beoordelingsbeleid: ${entry.nl}`,
    citation: entry.citation,
    confidence: entry.confidence,
    ruleVersion: "RV10",
  };
  const certified = context.input.rv10CertificationsMet === true;
  const conditionCaveats: Caveat[] = certified
    ? []
    : [
        {
          text: "case-by-case only if the exporter certifies US supply, no foundry diversion, recipient security and passes US third-party testing; otherwise presumption of denial",
          nl: "beoordeling per geval alleen als de exporteur Amerikaanse levering, geen omleiding via foundries en beveiliging bij de ontvanger verklaart en Amerikaanse tests door derden doorstaat; anders vermoeden van weigering",
          kind: "missing_input",
          citation: entry.citation,
        },
      ];
  return licenceRequired(
    "rule",
    certified ? "case_by_case" : "case_by_case_if_certified",
    entry.confidence,
    [...reasons, met, policyReason],
    [...caveats, dramCaveat, ...unchecked, ...conditionCaveats],
  );
}
