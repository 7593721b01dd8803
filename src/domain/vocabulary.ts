/**
 * Names several layers share, defined once, each with one meaning. The confidence scales are different scales
 * for different things and are never compared with each other, so each has its own name here.
 */
export type { Bloc } from "./bloc.js";
export type { BlocId } from "./brand.js";
export type { ChipFactConfidence } from "./chip-facts.js";
export type { CuratedConfidence } from "./fact.js";
export type { AttributionRule, EpochConfidence } from "./observations.js";
export type { IsoDay, PartialDate } from "./partial-date.js";

/** A text in both of the dashboard's languages. */
export interface Localized {
  readonly en: string;
  readonly nl: string;
}

/**
 * How sure an export-control fact is, after the spec's legend: [P] quoted, [C] computed, [S] secondary,
 * [I] inferred, [D] disputed, [U] unconfirmed. Chip facts use the same tags but the last (ChipFactConfidence).
 */
export type FactConfidence = "quoted" | "computed" | "secondary" | "inferred" | "disputed" | "unconfirmed";

/** The same tags weakest first: an answer is only as sure as the weakest fact it used. */
export const CONFIDENCE_ORDER = [
  "unconfirmed",
  "disputed",
  "inferred",
  "secondary",
  "computed",
  "quoted",
] as const satisfies readonly FactConfidence[];

/** A source id of the export-control spec (its §9), e.g. "R2"; the rule data's `sources` table lists them. */
export type SpecSourceId = `R${number}`;

/** Where an export-control rule fact comes from: the instrument (Federal Register or other) and its spec sources. */
export interface Citation {
  readonly instrument: string;
  readonly sources: readonly SpecSourceId[];
}

/** A legal rule's sourcing: [V] verified, [S] one secondary source, [M] background knowledge, [C] sources conflict. */
export type RuleConfidence = "V" | "S" | "M" | "C";

/**
 * A simulator parameter's sourcing: P primary source, S secondary source, R recalled and not re-checked,
 * J modelling judgement (no source gives the number).
 */
export type ParameterConfidence = "P" | "S" | "R" | "J";

/** The three regulatory regimes compared side by side: the EU, China and the United States. */
export type RegulatoryRegime = "EU" | "CN" | "US";
export const REGULATORY_REGIMES = ["EU", "CN", "US"] as const satisfies readonly RegulatoryRegime[];
