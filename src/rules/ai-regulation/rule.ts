import type { RuleConfidence } from "../../domain/vocabulary.js";
import type { IsoDay, Jurisdiction, SystemProfile } from "./profile.js";

/** Plain-language text in both languages of the observatory. */
export interface Text {
  readonly en: string;
  readonly nl: string;
}

type KeysMatching<T, V> = { [K in keyof T]-?: NonNullable<T[K]> extends V ? K : never }[keyof T];
export type BooleanField = KeysMatching<SystemProfile, boolean>;
export type SetField = KeysMatching<SystemProfile, readonly string[]>;
export type EnumField = "artifact" | "deployer_type" | "art_6_3_condition" | "rbi_exception";
export type NumberField =
  | KeysMatching<SystemProfile, number>
  | "user_counts.monthly_users_CA"
  | "user_counts.registered_users_CN"
  | "user_counts.mau_CN";
export type AnnexIField = "third_party_conformity_required" | "safety_component" | "is_product";

/**
 * Trigger conditions are data: the engine evaluates them and explains a failing one.
 * `fact` names a shared condition of the jurisdiction (e.g. "annex_iii"); `placedBefore` compares the
 * market placement date with a fixed day or with the rule's own applies-from day ("applies_from").
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly flag: BooleanField }
  | { readonly has: SetField; readonly values: readonly string[] }
  | { readonly is: EnumField; readonly values: readonly string[] }
  | { readonly above: NumberField; readonly value: number }
  | { readonly below: NumberField; readonly value: number }
  | { readonly atLeast: NumberField; readonly value: number }
  | { readonly annexI: AnnexIField | "section_b" }
  | { readonly providerOutside: "EU" | "CN" }
  | { readonly publicOpinion: true }
  | { readonly placedBefore: IsoDay | "applies_from"; readonly market: Jurisdiction }
  | { readonly fact: string }
  | { readonly prohibitedAtD: true };

/** An applies-from day as set by one version of the law: valid for D on or after `since`. */
export interface DatedVersion {
  readonly since: IsoDay;
  readonly date: IsoDay;
  /** The act that set this day, e.g. "Reg (EU) 2026/1744". */
  readonly by: string;
}

/** Applies-from days, chosen by the first option whose `when` holds (Annex I vs Annex III routes). */
export interface ScheduleOption {
  readonly when?: Condition;
  readonly versions: readonly DatedVersion[];
}

/** A transitional or legacy rule that changes the status for some profiles (e.g. EU Art 111). */
export interface Transition {
  readonly when: Condition;
  readonly effect:
    | { readonly kind: "grace_period"; readonly until: IsoDay }
    | { readonly kind: "deferred"; readonly to: IsoDay }
    | { readonly kind: "not_triggered" }
    | { readonly kind: "none" };
  readonly reason: Text;
  readonly citation: string;
  /** The transitional rule exists only in law versions from this day (e.g. Art 111(4) from 2026-07-27). */
  readonly since?: IsoDay;
}

/**
 * obligation: a duty; prohibition: a ban (screened, and a duty not to when it holds); exemption: an
 * exemption or derogation (screened); classification: a scope or tier test (screened only);
 * note: information such as pending bills or sectoral law; penalty: a penalty that obligations refer to.
 */
export const RULE_KINDS = ["obligation", "prohibition", "exemption", "classification", "note", "penalty"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const TIER_CODES = [
  "EU_PROHIBITED",
  "EU_HIGH_RISK_ANNEX_I",
  "EU_HIGH_RISK_ANNEX_III",
  "EU_NOT_HIGH_RISK_6_3",
  "EU_TRANSPARENCY",
  "EU_MINIMAL",
  "EU_GPAI_SYSTEMIC",
  "EU_GPAI",
  "EU_GPAI_FOSS",
  "CN_FILING_REQUIRED",
  "CN_REGULATED",
  "CN_PIPL_ONLY",
  "CN_OUT_OF_SCOPE",
  "US_PROHIBITED_USE",
  "US_REGULATED_HIGH_IMPACT",
  "US_TRANSPARENCY_ONLY",
  "US_NOT_COVERED",
  "US_FED_NO_GENERAL_AI_STATUTE",
] as const;
export type TierCode = (typeof TIER_CODES)[number];

export interface Rule {
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly instrument: string;
  /** Article or section, e.g. "Art 26(6)". */
  readonly article: string;
  readonly kind: RuleKind;
  readonly addressee: string;
  readonly text: Text;
  /** When the rule is relevant enough to report; if it holds but `trigger` fails the rule is `not_triggered`. */
  readonly context?: Condition;
  readonly trigger: Condition;
  /** A curated reason shown when the trigger fails (otherwise the engine explains the failing condition). */
  readonly whyNot?: Text;
  readonly appliesFrom: readonly ScheduleOption[];
  readonly appliesUntil?: IsoDay;
  readonly transitions?: readonly Transition[];
  /** The trigger cannot be settled from the profile: status `needs_review` instead of `applicable`. */
  readonly uncertain?: { readonly when: Condition; readonly reason: Text };
  /** Caveats to verify: the status stays, the answer is flagged `needs_review` with the reason. */
  readonly caveats?: readonly { readonly when: Condition; readonly reason: Text }[];
  /** This rule, when triggered, is emitted instead of the named one (EU Art 50(2) legacy). */
  readonly replaces?: string;
  /** The tier this rule signals when it holds (the strongest signal sets the jurisdiction's tier). */
  readonly tier?: TierCode;
  /** Report a screen result for this rule whenever its context holds. */
  readonly screen?: boolean;
  readonly confidence: RuleConfidence;
  /** Why the rule is not [V]: the spec's own words, shown with every answer. */
  readonly confidenceNote?: string;
  readonly citationUrl: string;
  readonly penaltyRef?: string;
}

/** "adopted" covers adopted-and-in-force: whether a duty applies yet is a matter of its applies-from day. */
export const INSTRUMENT_STATES = ["pending_legislation", "adopted", "stayed", "repealed"] as const;
export type InstrumentState = (typeof INSTRUMENT_STATES)[number];

/** A law or other instrument and what happened to it, in date order. */
export interface Instrument {
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly title: Text;
  /** Short citation prefix, e.g. "Reg (EU) 2024/1689". */
  readonly cite: string;
  readonly url: string;
  readonly confidence: RuleConfidence;
  readonly confidenceNote?: string;
  /** Lifecycle: each event sets the state from its day; before the first event the instrument does not exist. */
  readonly events: readonly { readonly date: IsoDay; readonly state: InstrumentState; readonly note: Text }[];
  /** Federal preemption watch (spec §4.9): shown with every answer from this instrument, never drops it. */
  readonly watch?: Text;
  /** A prohibition hit under this instrument drops its other obligations (EU AI Act §1.6). */
  readonly shortCircuitOnProhibition?: boolean;
}

/** A dated event on a regime's timeline that is not itself a rule (policy orders, guidelines). */
export interface TimelineEvent {
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly date: IsoDay;
  readonly text: Text;
  readonly confidence: RuleConfidence;
  readonly citationUrl: string;
}

/** A shared condition with a name and a plain description (e.g. "annex_iii": an Annex III use). */
export interface NamedFact {
  readonly when: Condition;
  readonly text: Text;
}

/** An Annex III point (e.g. "5(b)"), its area and the condition that reaches it: the tier explanation names them. */
export interface AnnexIIIPoint {
  readonly point: string;
  readonly area: string;
  readonly when: Condition;
}

/** One jurisdiction's catalogue: its instruments, rules, named facts, tier order and timeline. */
export interface RuleCatalogue {
  readonly jurisdiction: Jurisdiction;
  readonly instruments: readonly Instrument[];
  readonly rules: readonly Rule[];
  readonly facts: Readonly<Record<string, NamedFact>>;
  readonly timeline: readonly TimelineEvent[];
  /** EU only: the Annex III points, for the tier explanation. */
  readonly annexIIIPoints?: readonly AnnexIIIPoint[];
}
