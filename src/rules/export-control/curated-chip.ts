import type { ChipFactField, CuratedChip } from "../../domain/chip-facts.js";
import type { ChipParameters } from "./input-schema.js";
import { formatNumber } from "./metrics.js";

type Note = NonNullable<ChipParameters["notes"]>[number];

/** Engine fields a curated fact replaces, so Epoch's note on the same value is dropped. */
const REPLACES: Partial<Record<ChipFactField, readonly string[]>> = {
  datacenter: ["chip.datacenter"],
  interconnect_bidir_gbps: ["chip.interconnectBidirGBps"],
  dies: ["chip.dies", "chip.applicableDieAreaMm2", "chip.pd"],
  dram_bandwidth_gbps: ["chip.dramBandwidthGBps"],
  throughputs: ["chip.throughputs", "chip.tpp"],
};

/** What a curated value says, in words, for the note every answer repeats. */
function describe(field: ChipFactField, curated: CuratedChip): string {
  switch (field) {
    case "datacenter":
      return curated.datacenter!.value ? "designed or marketed for data centres" : "not designed for data centres";
    case "interconnect_bidir_gbps":
      return `interconnect ${formatNumber(curated.interconnect_bidir_gbps!.value)} GB/s (both directions)`;
    case "dies":
      return `dies: ${curated
        .dies!.value.map(
          (die) =>
            `${die.count > 1 ? `${die.count} × ` : ""}${die.kind} ${formatNumber(die.area_mm2)} mm²${die.process_nm ? ` (${die.process_nm} nm)` : ""}`,
        )
        .join(", ")}`;
    case "dram_bandwidth_gbps":
      return `memory bandwidth ${formatNumber(curated.dram_bandwidth_gbps!.value)} GB/s`;
    case "throughputs":
      return `peak throughput ${curated
        .throughputs!.value.map(
          (entry) => `${entry.precision} ${formatNumber(entry.tops)}${entry.sparse ? " (sparse)" : ""}`,
        )
        .join(", ")} TOPS`;
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
    return {
      field: REPLACES[field]![0]!,
      text: `Curated for ${curated.name}: ${describe(field, curated)}; source ${curated.publishers?.[fact.source] ?? fact.source} [${fact.source}] (${curated.file}:${curated.line})${fact.note ? `; ${fact.note}` : ""}`,
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
              areaMm2: die.area_mm2,
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
      ? { interconnectBidirGBps: curated.interconnect_bidir_gbps.value }
      : {}),
    ...(curated.dram_bandwidth_gbps !== undefined ? { dramBandwidthGBps: curated.dram_bandwidth_gbps.value } : {}),
    notes: [...(chip.notes ?? []).filter((note) => !replaced.has(note.field)), ...notes],
  };
}
