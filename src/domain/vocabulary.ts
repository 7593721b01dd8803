/**
 * Names several layers share, defined once. The confidence scales are different scales for different things
 * and are never compared with each other, so each has its own name here.
 */
export type { Bloc } from "./bloc.js";
export type { BlocId } from "./brand.js";
export type { ChipFactConfidence } from "./chip-facts.js";
export type { FactConfidence } from "./fact.js";
export type { EpochConfidence } from "./observations.js";
export type { PartialDate } from "./partial-date.js";

/** A legal rule's sourcing: [V] verified, [S] one secondary source, [M] background knowledge, [C] sources conflict. */
export type RuleConfidence = "V" | "S" | "M" | "C";

/**
 * A simulator parameter's sourcing: P primary source, S secondary source, R recalled and not re-checked,
 * J modelling judgement (no source gives the number).
 */
export type ParameterConfidence = "P" | "S" | "R" | "J";

/** The three regulatory regimes compared side by side: the EU, China and the United States. */
export type RegulatoryRegime = "EU" | "CN" | "US";
export const REGULATORY_REGIMES: readonly RegulatoryRegime[] = ["EU", "CN", "US"];
