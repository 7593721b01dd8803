/**
 * How the engine's inputs map to the facts a reader knows, and which API parameter or CLI flag supplies each:
 * wiring between field names and the interfaces, so it stays in code (the words are in
 * data/rules/export-control/plain-texts.yaml).
 */
import type { PlainFact, PlainLanguage } from "../../domain/plain-answer.js";

export type { PlainFact, PlainLanguage };

export const PLAIN_LANGUAGES: readonly PlainLanguage[] = ["en", "nl"];

/** Engine input -> plain fact (the engine names inputs by field; the reader never sees those names). */
export const FACT_OF_INPUT: Readonly<Record<string, PlainFact>> = {
  "chip.dies": "die_area",
  "chip.applicableDieAreaMm2": "die_area",
  "chip.pd": "die_area",
  "chip.dies (process node or transistor architecture)": "transistor",
  "chip.datacenter": "datacenter",
  "chip.interconnectBidirGBps": "interconnect",
  "chip.dramBandwidthGBps": "memory_bandwidth",
  "chip.throughputs": "performance",
  "chip.tpp": "performance",
};

/** The parameter of the API (and flag of the CLI) that supplies each fact for a chip in the store. */
export const OVERRIDE_OF_FACT: Readonly<Record<PlainFact, { api: string; cli: string; kind: "number" | "boolean" }>> = {
  die_area: { api: "applicable_die_area_mm2", cli: "--die-area", kind: "number" },
  datacenter: { api: "datacenter", cli: "--datacenter", kind: "boolean" },
  interconnect: { api: "interconnect_gbps", cli: "--interconnect", kind: "number" },
  memory_bandwidth: { api: "dram_bandwidth_gbps", cli: "--dram-bandwidth", kind: "number" },
  performance: { api: "tpp", cli: "--tpp", kind: "number" },
  transistor: { api: "applicable_die_area_mm2", cli: "--die-area", kind: "number" },
};
