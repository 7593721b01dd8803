import type { BoundedFact, ChipFactField, CuratedChip } from "../../domain/chip-facts.js";
import type { Amount } from "./bounds.js";
import type { ChipParameters } from "./input-schema.js";
import { formatAmount, formatNumber } from "./metrics.js";

type Note = NonNullable<ChipParameters["notes"]>[number];

/** Engine fields a curated fact replaces, so Epoch's note on the same value is dropped. */
const REPLACES: Partial<Record<ChipFactField, readonly string[]>> = {
  datacenter: ["chip.datacenter"],
  interconnect_bidir_gbps: ["chip.interconnectBidirGBps"],
  dies: ["chip.dies", "chip.applicableDieAreaMm2", "chip.pd"],
  dram_bandwidth_gbps: ["chip.dramBandwidthGBps"],
  throughputs: ["chip.throughputs", "chip.tpp"],
};

const DIE_KIND_NL: Readonly<Record<string, string>> = {
  logic: "logica",
  memory: "geheugen",
  interposer: "interposer",
  dummy: "dummy",
};

/** A curated number or bound as the engine reads it. */
function amountOf(area: number | { at_least?: number | undefined; at_most?: number | undefined }): Amount {
  if (typeof area === "number") return area;
  return {
    ...(area.at_least !== undefined ? { atLeast: area.at_least } : {}),
    ...(area.at_most !== undefined ? { atMost: area.at_most } : {}),
  };
}

const factAmount = (fact: BoundedFact): Amount => fact.value ?? amountOf(fact);

/** What a curated value says, in words (English or Dutch, numbers as the language writes them). */
function describe(field: ChipFactField, curated: CuratedChip, language: "en" | "nl"): string {
  const nl = language === "nl";
  const n = (value: number) => formatNumber(value, language);
  const a = (value: Amount) => formatAmount(value, language);
  switch (field) {
    case "datacenter":
      if (nl)
        return curated.datacenter!.value ? "ontworpen of verkocht voor datacenters" : "niet ontworpen voor datacenters";
      return curated.datacenter!.value ? "designed or marketed for data centres" : "not designed for data centres";
    case "interconnect_bidir_gbps":
      return nl
        ? `interconnect ${a(factAmount(curated.interconnect_bidir_gbps!))} GB/s (beide richtingen)`
        : `interconnect ${a(factAmount(curated.interconnect_bidir_gbps!))} GB/s (both directions)`;
    case "dies":
      return `dies: ${curated
        .dies!.value.map(
          (die) =>
            `${die.count > 1 ? `${die.count} × ` : ""}${nl ? (DIE_KIND_NL[die.kind] ?? die.kind) : die.kind} ${a(amountOf(die.area_mm2))} mm²${die.process_nm ? ` (${die.process_nm} nm)` : ""}`,
        )
        .join(", ")}`;
    case "dram_bandwidth_gbps":
      return `${nl ? "geheugenbandbreedte" : "memory bandwidth"} ${a(factAmount(curated.dram_bandwidth_gbps!))} GB/s`;
    case "throughputs":
      return `${nl ? "piekrekenkracht" : "peak throughput"} ${curated
        .throughputs!.value.map((entry) => `${entry.precision} ${n(entry.tops)}${entry.sparse ? " (sparse)" : ""}`)
        .join(nl ? "; " : ", ")} TOPS`;
    default:
      return "";
  }
}

/**
 * Epoch's chip parameters completed by the curated facts: each curated value replaces Epoch's (or fills a gap)
 * and leaves a note naming its source, which every answer shows. Pure: the facts come parsed from the store.
 */
export function withCuratedFacts(chip: ChipParameters, curated: CuratedChip | null): ChipParameters {
  if (curated === null) return chip;
  const used = (Object.keys(REPLACES) as ChipFactField[]).filter((field) => curated[field] !== undefined);
  const replaced = new Set(used.flatMap((field) => REPLACES[field] ?? []));
  const notes: Note[] = used.map((field) => {
    const fact = curated[field]!;
    const publisher = curated.publishers?.[fact.source] ?? fact.source;
    const { file, line } = curated.origins?.[field] ?? curated;
    const where = `${file}:${line}`;
    return {
      field: REPLACES[field]![0]!,
      text: `Curated for ${curated.name}: ${describe(field, curated, "en")}; source ${publisher} [${fact.source}] (${where})${fact.note ? `; ${fact.note}` : ""}`,
      // The curated note is English free text from the data file; the Dutch line keeps the source and place.
      nl: `Gecureerd voor ${curated.name}: ${describe(field, curated, "nl")}; bron ${publisher} [${fact.source}] (${where})`,
      confidence: fact.confidence,
    };
  });
  const { dies: epochDies, applicableDieAreaMm2, pd, throughputs: epochThroughputs, tpp, ...rest } = chip;
  const area =
    curated.dies !== undefined
      ? {
          dies: curated.dies.value.flatMap((die) =>
            Array.from({ length: die.count }, () => ({
              kind: die.kind,
              areaMm2: amountOf(die.area_mm2),
              ...(die.process_nm !== undefined ? { processNm: die.process_nm } : {}),
              ...(die.transistor !== undefined ? { transistor: die.transistor } : {}),
            })),
          ),
          dieAreaConfidence: curated.dies.confidence,
        }
      : epochDies
        ? { dies: epochDies }
        : applicableDieAreaMm2 !== undefined
          ? { applicableDieAreaMm2 }
          : pd !== undefined
            ? { pd }
            : {};
  const compute =
    curated.throughputs !== undefined
      ? {
          throughputs: curated.throughputs.value.map(({ precision, tops, sparse }) => ({ precision, tops, sparse })),
        }
      : epochThroughputs
        ? { throughputs: epochThroughputs }
        : tpp !== undefined
          ? { tpp }
          : {};
  return {
    ...rest,
    ...compute,
    ...area,
    ...(curated.datacenter !== undefined ? { datacenter: curated.datacenter.value } : {}),
    ...(curated.interconnect_bidir_gbps !== undefined
      ? { interconnectBidirGBps: factAmount(curated.interconnect_bidir_gbps) }
      : {}),
    ...(curated.dram_bandwidth_gbps !== undefined
      ? { dramBandwidthGBps: factAmount(curated.dram_bandwidth_gbps) }
      : {}),
    notes: [...(chip.notes ?? []).filter((note) => !replaced.has(note.field)), ...notes],
  };
}
