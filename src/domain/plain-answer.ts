/**
 * The shape of an export-control answer a person reads (issue 12), shared by the engine that writes it and
 * the dashboard that shows it.
 */
export type PlainLanguage = "en" | "nl";

/** Facts an answer can depend on, as a reader names them. */
export type PlainFact = "die_area" | "datacenter" | "interconnect" | "memory_bandwidth" | "performance" | "transistor";

export interface PlainReason {
  readonly text: string;
  /** The law or document the reason rests on. */
  readonly citation: string;
}

/** A fact the reader can give to settle an open answer. */
export interface PlainQuestion {
  readonly fact: PlainFact;
  readonly question: string;
  /** The API parameter and CLI flag that take the answer. */
  readonly parameter: string;
  readonly flag: string;
  readonly kind: "number" | "boolean";
}

export interface PlainAnswer {
  readonly language: PlainLanguage;
  /** First line: yes or no, and why, in one sentence. */
  readonly headline: string;
  readonly reasons: readonly PlainReason[];
  readonly caveats: readonly string[];
  readonly questions: readonly PlainQuestion[];
  /** The answer code (NLR, LR-II, ...) and its meaning. */
  readonly code: string;
  readonly legend: string;
}
