/** Tier explanations from the templates of spec §1.5, in English and Dutch. */
import { holds } from "./condition.js";
import { formatDay } from "./format-day.js";
import type { Jurisdiction, SystemProfile } from "./profile.js";
import type { AnnexIIIPoint, NamedFact, Text, TierCode } from "./rule.js";
import type { RuleEvaluation } from "./status.js";

export interface ExplanationInput {
  readonly jurisdiction: Jurisdiction;
  readonly tier: TierCode;
  readonly modelTier: TierCode | null;
  readonly profile: SystemProfile;
  readonly facts: Readonly<Record<string, NamedFact>>;
  readonly annexIIIPoints: readonly AnnexIIIPoint[];
  readonly evaluations: readonly RuleEvaluation[];
}

const find = (input: ExplanationInput, id: string) =>
  input.evaluations.find((evaluation) => evaluation.rule.id === id && evaluation.triggered);
const sentence = (en: string, nl: string): Text => ({ en, nl });
const joinTexts = (parts: readonly (Text | null)[]): Text => {
  const present = parts.filter((part): part is Text => part !== null);
  return { en: present.map((part) => part.en).join(" "), nl: present.map((part) => part.nl).join(" ") };
};

export function explain(input: ExplanationInput): Text {
  if (input.jurisdiction === "EU") {
    const text = joinTexts([euSystem(input), euModel(input), willBeProhibited(input)]);
    return text.en !== ""
      ? text
      : sentence(
          "A model that is not general-purpose: no AI Act model duties.",
          "Een model dat niet voor algemene doeleinden is: geen modelplichten uit de AI-verordening.",
        );
  }
  if (input.jurisdiction === "CN") return china(input);
  return unitedStates(input);
}

function dateBy(evaluation: RuleEvaluation): Text {
  const day = formatDay(evaluation.appliesFrom);
  const by =
    evaluation.version.by === "Reg (EU) 2024/1689" ? "Art 113" : `Art 113 as amended by ${evaluation.version.by}`;
  const door =
    evaluation.version.by === "Reg (EU) 2024/1689"
      ? "art. 113"
      : `art. 113 zoals gewijzigd door ${evaluation.version.by}`;
  return { en: `${day.en} (${by})`, nl: `${day.nl} (${door})` };
}

function euSystem(input: ExplanationInput): Text | null {
  const { tier, profile } = input;
  if (tier === "EU_PROHIBITED") {
    const hits = input.evaluations.filter(
      (evaluation) =>
        evaluation.rule.kind === "prohibition" && evaluation.triggered && evaluation.status === "applicable",
    );
    const articles = hits.map((hit) => hit.rule.article).join(", ");
    return sentence(
      `Prohibited practice under ${articles}: do not place on the market, put into service or use; GDPR duties continue.`,
      `Verboden praktijk volgens ${articles}: niet in de handel brengen, in gebruik stellen of gebruiken; AVG-plichten blijven gelden.`,
    );
  }
  if (tier === "EU_HIGH_RISK_ANNEX_III") {
    const classification = find(input, "EU-AIA-6-2")!;
    const points = input.annexIIIPoints.filter((entry) => holds(entry.when, { profile, facts: input.facts }));
    const list = points.map((entry) => entry.point).join(", ");
    const areas = [...new Set(points.map((entry) => entry.area))].join(", ");
    const when = dateBy(classification);
    const profiling = profile.profiling
      ? sentence(
          " Art 6(3) derogation unavailable because the system profiles natural persons (Art 6(3) third subpara).",
          " De uitzondering van art. 6(3) is niet beschikbaar omdat het systeem natuurlijke personen profileert (art. 6(3), derde alinea).",
        )
      : sentence("", "");
    return sentence(
      `High-risk under Art 6(2) and Annex III point ${list} (${areas}).${profiling.en} Chapter III obligations apply from ${when.en}.`,
      `Hoog risico volgens art. 6(2) en bijlage III, punt ${list} (${areas}).${profiling.nl} De verplichtingen van hoofdstuk III gelden vanaf ${when.nl}.`,
    );
  }
  if (tier === "EU_HIGH_RISK_ANNEX_I") {
    const when = dateBy(find(input, "EU-AIA-6-1")!);
    const act = profile.annex_i_product?.legislation ?? "";
    return sentence(
      `High-risk under Art 6(1) and Annex I (${act}): the product needs third-party conformity assessment. Chapter III obligations apply from ${when.en}.`,
      `Hoog risico volgens art. 6(1) en bijlage I (${act}): het product vereist conformiteitsbeoordeling door derden. De verplichtingen van hoofdstuk III gelden vanaf ${when.nl}.`,
    );
  }
  if (tier === "EU_NOT_HIGH_RISK_6_3") {
    const when = dateBy(find(input, "EU-AIA-6-4")!);
    return sentence(
      `Annex III area, but not high-risk under the Art 6(3) derogation (${profile.art_6_3_condition}, no profiling, no material influence): document the assessment (Art 6(4)) and register (Art 49(2)) from ${when.en}.`,
      `Gebied van bijlage III, maar geen hoog risico dankzij de uitzondering van art. 6(3) (${profile.art_6_3_condition}, geen profilering, geen wezenlijke invloed): leg de beoordeling vast (art. 6(4)) en registreer (art. 49(2)) vanaf ${when.nl}.`,
    );
  }
  if (tier === "EU_TRANSPARENCY") {
    const paragraphs = input.evaluations
      .filter((evaluation) => evaluation.triggered && evaluation.rule.id.startsWith("EU-AIA-50-"))
      .map((evaluation) => evaluation.rule.id.replace("EU-AIA-50-", "").split("-")[0]);
    const list = [...new Set(paragraphs)].join(", ");
    const legacy = find(input, "EU-AIA-50-2-LEGACY")
      ? sentence(
          "; Art 50(2) marking deferred to 2 Dec 2026 under Art 111(4) because placed on the market before 2 Aug 2026",
          "; markering volgens art. 50(2) uitgesteld tot 2 dec 2026 (art. 111(4)) omdat het vóór 2 aug 2026 in de handel was",
        )
      : sentence("", "");
    return sentence(
      `Not high-risk; transparency duties under Art 50(${list}) apply from 2 Aug 2026${legacy.en}.`,
      `Geen hoog risico; transparantieplichten volgens art. 50(${list}) gelden vanaf 2 aug 2026${legacy.nl}.`,
    );
  }
  if (profile.artifact === "model") return null;
  return sentence(
    "No prohibited practice, high-risk use or transparency trigger found: minimal risk; AI literacy (Art 4) and the GDPR still apply.",
    "Geen verboden praktijk, hoog-risicotoepassing of transparantieplicht gevonden: minimaal risico; AI-geletterdheid (art. 4) en de AVG blijven gelden.",
  );
}

function euModel(input: ExplanationInput): Text | null {
  if (input.modelTier === "EU_GPAI_SYSTEMIC") {
    return sentence(
      "Model: general-purpose AI model with systemic risk, presumed above 10²⁵ FLOP (Art 51(2)); Art 53 and 55 duties, no open-source exemption.",
      "Model: AI-model voor algemene doeleinden met systeemrisico, vermoed boven 10²⁵ FLOP (art. 51(2)); plichten van art. 53 en 55, geen opensourcevrijstelling.",
    );
  }
  if (input.modelTier === "EU_GPAI_FOSS") {
    return sentence(
      "Model: open-source general-purpose model (Art 53(2)): only the copyright policy and training-content summary apply.",
      "Model: open AI-model voor algemene doeleinden (art. 53(2)): alleen het auteursrechtbeleid en de samenvatting van trainingsinhoud gelden.",
    );
  }
  if (input.modelTier === "EU_GPAI") {
    return sentence(
      "Model: general-purpose AI model; Art 53 duties (and Art 54 for non-EU providers).",
      "Model: AI-model voor algemene doeleinden; plichten van art. 53 (en art. 54 voor aanbieders buiten de EU).",
    );
  }
  return null;
}

function willBeProhibited(input: ExplanationInput): Text | null {
  const coming = input.evaluations.filter(
    (evaluation) => evaluation.rule.kind === "prohibition" && evaluation.triggered && evaluation.status === "scheduled",
  );
  if (coming.length === 0) return null;
  const list = coming
    .map(
      (evaluation) => `${evaluation.rule.article} (${formatDay(evaluation.statusDate ?? evaluation.appliesFrom).en})`,
    )
    .join(", ");
  const lijst = coming
    .map(
      (evaluation) => `${evaluation.rule.article} (${formatDay(evaluation.statusDate ?? evaluation.appliesFrom).nl})`,
    )
    .join(", ");
  return sentence(`Will be prohibited: ${list}.`, `Wordt verboden: ${lijst}.`);
}

function china(input: ExplanationInput): Text {
  const services = [
    ["gai_service", "generative AI", "generatieve AI"],
    ["ds_service", "deep synthesis", "deep synthesis"],
    ["alg_service", "algorithmic recommendation", "algoritmische aanbeveling"],
    ["anth_service", "anthropomorphic interaction", "antropomorfe interactie"],
  ].filter(([name]) => holds({ fact: name! }, { profile: input.profile, facts: input.facts }));
  const en = services.map(([, english]) => english).join(", ");
  const nl = services.map(([, , dutch]) => dutch).join(", ");
  if (input.tier === "CN_FILING_REQUIRED") {
    return sentence(
      `Provides ${en} to the public in mainland China and has public-opinion attributes or social-mobilisation capacity → security assessment and algorithm filing (GenAI Measures Art 17; Algorithm Provisions Art 24; Deep Synthesis Art 19-20).`,
      `Biedt ${nl} aan het publiek op het Chinese vasteland en heeft opiniekenmerken of mobilisatievermogen → veiligheidsbeoordeling en algoritmeregistratie (art. 17 GenAI-maatregelen; art. 24 Algoritmebepalingen; art. 19-20 Deep Synthesis).`,
    );
  }
  if (input.tier === "CN_REGULATED") {
    return sentence(
      `Provides ${en} to the public in mainland China without public-opinion attributes: the service rules apply, no filing.`,
      `Biedt ${nl} aan het publiek op het Chinese vasteland zonder opiniekenmerken: de dienstregels gelden, geen registratie.`,
    );
  }
  if (input.tier === "CN_PIPL_ONLY") {
    return sentence(
      "No CAC AI service rule applies (not an internet information service to the public); PIPL duties apply. China's AI rules have no practice bans comparable to EU Art 5.",
      "Geen AI-dienstregel van de CAC van toepassing (geen internetinformatiedienst voor het publiek); de PIPL geldt. De Chinese AI-regels kennen geen praktijkverboden zoals art. 5 in de EU.",
    );
  }
  return sentence(
    "No Chinese AI rule or PIPL duty found for this profile.",
    "Geen Chinese AI-regel of PIPL-plicht gevonden voor dit profiel.",
  );
}

function unitedStates(input: ExplanationInput): Text {
  const sources = [
    ...new Set(
      input.evaluations
        .filter(
          (evaluation) =>
            evaluation.triggered &&
            ["applicable", "scheduled", "needs_review"].includes(evaluation.status) &&
            evaluation.rule.kind !== "penalty",
        )
        .map((evaluation) => evaluation.instrument.cite),
    ),
  ];
  const list = sources.length > 0 ? sources.join("; ") : "none for this profile";
  const lijst = sources.length > 0 ? sources.join("; ") : "geen voor dit profiel";
  const colorado =
    input.jurisdiction === "US-CO"
      ? sentence(
          " Colorado: SB 24-205 repealed before taking effect; SB 26-189 applies from 1 Jan 2027.",
          " Colorado: SB 24-205 ingetrokken voordat de wet gold; SB 26-189 geldt vanaf 1 jan 2027.",
        )
      : sentence("", "");
  return sentence(
    `No general federal AI statute; obligations arise from: ${list} (${input.tier}).${colorado.en}`,
    `Geen algemene federale AI-wet; plichten volgen uit: ${lijst} (${input.tier}).${colorado.nl}`,
  );
}
