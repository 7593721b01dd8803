/** Shared helpers for the US catalogues (spec §4). */
import type { RuleConfidence } from "../../../domain/vocabulary.js";
import type { Condition, Instrument, NamedFact, Rule, TimelineEvent } from "../rule.js";
import type { Jurisdiction } from "../profile.js";
import { all, any, atLeast, above, has, is, role, text } from "./builders.js";

export type UsRow = readonly [id: string, article: string, addressee: string, en: string, nl: string, trigger: Condition, extra?: Partial<Rule>];

/** Builds rules of one instrument that share a jurisdiction, dates, source and tier. */
export function usRules(
  base: Pick<Rule, "jurisdiction" | "instrument" | "appliesFrom" | "confidence" | "citationUrl"> & Partial<Rule>,
  rows: readonly UsRow[],
): Rule[] {
  return rows.map(([id, article, addressee, en, nl, trigger, extra]) => ({
    kind: "obligation",
    ...base,
    id,
    article,
    addressee,
    text: text(en, nl),
    trigger,
    ...extra,
  }));
}

export function usInstrument(
  jurisdiction: Jurisdiction,
  id: string,
  cite: string,
  en: string,
  nl: string,
  url: string,
  confidence: RuleConfidence,
  events: Instrument["events"],
  extra: Partial<Instrument> = {},
): Instrument {
  return { id, jurisdiction, cite, title: text(en, nl), url, confidence, events, ...extra };
}

export const adopted = (date: string, en: string, nl: string): Instrument["events"][number] => ({ date, state: "adopted", note: text(en, nl) });

export function usEvent(jurisdiction: Jurisdiction, id: string, date: string, en: string, nl: string, confidence: RuleConfidence, citationUrl: string): TimelineEvent {
  return { id, jurisdiction, date, text: text(en, nl), confidence, citationUrl };
}

export const PREEMPTION_WATCH = text(
  "Preemption watch: named as 'onerous' by the Commerce evaluation of 11 Mar 2026 (EO 14365); the rule still applies.",
  "Let op voorrang: door het Commerce-onderzoek van 11 mrt 2026 (EO 14365) 'belastend' genoemd; de regel geldt nog.",
);

const CONSEQUENTIAL_DOMAINS = [
  "employment_recruitment", "employment_management", "education_access", "education_assessment", "education_level",
  "education_proctoring", "credit", "insurance_life_health", "insurance_other", "public_benefits", "housing", "healthcare",
  "legal_services",
];

/** Facts shared by the US state catalogues. */
export const US_FACTS: Readonly<Record<string, NamedFact>> = {
  model: { when: is("artifact", "model", "both"), text: text("the artefact is (or includes) a model", "het artefact is (of bevat) een model") },
  frontier: {
    when: all(is("artifact", "model", "both"), above("training_compute_flop", 1e26)),
    text: text("a frontier model: more than 10^26 operations including fine-tuning and RL", "een frontiermodel: meer dan 10^26 bewerkingen, inclusief finetuning en RL"),
  },
  large_frontier: {
    when: all(is("artifact", "model", "both"), above("training_compute_flop", 1e26), above("revenue_usd_prev_year", 500_000_000)),
    text: text("a large frontier developer: frontier model and revenue above US$500M", "een grote frontierontwikkelaar: frontiermodel en omzet boven US$500 mln"),
  },
  large_frontier_ny: {
    when: all(is("artifact", "model", "both"), above("training_compute_flop", 1e26), atLeast("revenue_usd_prev_year", 500_000_000)),
    text: text("a large frontier developer under RAISE: above 10^26 operations and at least US$500M revenue", "een grote frontierontwikkelaar volgens RAISE: boven 10^26 bewerkingen en minstens US$500 mln omzet"),
  },
  generative: { when: has("synthetic_content", "text", "image", "audio", "video"), text: text("a generative AI system", "een generatief AI-systeem") },
  consequential: {
    when: all(has("decision_domains", ...CONSEQUENTIAL_DOMAINS), { flag: "materially_influences_decision" }),
    text: text("materially influences a consequential decision (education, employment, housing, lending, insurance, health, government services)", "beïnvloedt een ingrijpend besluit wezenlijk (onderwijs, werk, wonen, krediet, verzekering, zorg, overheidsdiensten)"),
  },
  employment_ai: {
    when: all(has("decision_domains", "employment_recruitment", "employment_management"), role("employer", "deployer")),
    text: text("an employer uses AI for employment decisions", "een werkgever gebruikt AI voor arbeidsbesluiten"),
  },
  developer: { when: role("developer", "provider"), text: text("the party develops the system", "de partij ontwikkelt het systeem") },
  deployer: { when: role("deployer", "operator", "employer"), text: text("the party deploys the system", "de partij zet het systeem in") },
  government: { when: is("deployer_type", "public_authority", "law_enforcement"), text: text("a governmental entity", "een overheidsinstantie") },
  healthcare: { when: any(has("decision_domains", "healthcare"), has("intended_purpose", "diagnostic_support")), text: text("used in health care", "gebruikt in de gezondheidszorg") },
};
