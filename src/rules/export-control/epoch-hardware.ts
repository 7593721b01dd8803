import { BIT_LENGTHS } from "./data/bit-lengths.js";
import type { ChipParameters, Precision } from "./input-schema.js";
import { formatNumber } from "./metrics.js";

/**
 * One row of Epoch's ML hardware dataset, as numbers (SI units as in the CSV) or null. The ingest layer maps
 * the CSV columns to it; the column each field comes from is named on the field.
 */
export interface EpochHardwareSpecs {
  /** "Hardware name" */
  readonly name: string;
  /** "Manufacturer" */
  readonly manufacturer: string | null;
  /** "Tensor-FP16/BF16 performance (FLOP/s)" */
  readonly tensorFp16Bf16FlopS: number | null;
  /** "FP16 (half precision) performance (FLOP/s)" */
  readonly fp16FlopS: number | null;
  /** "FP8 performance (FLOP/s)" */
  readonly fp8FlopS: number | null;
  /** "FP4 performance (FLOP/s)" */
  readonly fp4FlopS: number | null;
  /** "INT8 performance (OP/s)" */
  readonly int8OpS: number | null;
  /** "INT4 performance (OP/s)" */
  readonly int4OpS: number | null;
  /** "INT16 performance (OP/s)" */
  readonly int16OpS: number | null;
  /** "TF32 (TensorFloat-32) performance (FLOP/s)" */
  readonly tf32FlopS: number | null;
  /** "FP32 (single precision) performance (FLOP/s)" */
  readonly fp32FlopS: number | null;
  /** "FP64 (double precision) performance (FLOP/s)" */
  readonly fp64FlopS: number | null;
  /** "Total processing performance (bit-OP/s)": Epoch's own TPP, used when no throughput is given and as a cross-check. */
  readonly totalProcessingPerformanceBitOpS: number | null;
  /** "Die Size (mm^2)" */
  readonly dieSizeMm2: number | null;
  /** "Process size (nm)" */
  readonly processSizeNm: number | null;
  /** "Memory bandwidth (byte/s)" */
  readonly memoryBandwidthByteS: number | null;
  /** "Intranode bandwidth (byte/s)" */
  readonly intranodeBandwidthByteS: number | null;
  /** Not an Epoch column: whether the product is designed or marketed for data centres, when the caller knows. */
  readonly datacenter?: boolean | null;
}

const TERA = 1e12;
const GIGA = 1e9;

const THROUGHPUT_FIELDS: readonly (readonly [keyof EpochHardwareSpecs, Precision])[] = [
  ["fp4FlopS", "FP4"],
  ["int4OpS", "INT4"],
  ["fp8FlopS", "FP8"],
  ["int8OpS", "INT8"],
  ["tensorFp16Bf16FlopS", "BF16"],
  ["fp16FlopS", "FP16"],
  ["int16OpS", "INT16"],
  ["tf32FlopS", "TF32"],
  ["fp32FlopS", "FP32"],
  ["fp64FlopS", "FP64"],
];

const usable = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value) && value > 0;

/**
 * Chip parameters from an Epoch row where its specs allow. What the row cannot say (PCIe lanes, extra dies,
 * sparsity) is written into `notes`, which every answer repeats as caveats.
 */
export function chipFromEpochHardware(row: EpochHardwareSpecs): ChipParameters {
  const notes: { field: string; text: string; confidence: "inferred" | "disputed" | "secondary" }[] = [];
  const throughputs = THROUGHPUT_FIELDS.flatMap(([field, precision]) => {
    const value = row[field];
    return usable(value as number | null) ? [{ precision, tops: (value as number) / TERA }] : [];
  });
  const epochTpp = usable(row.totalProcessingPerformanceBitOpS) ? row.totalProcessingPerformanceBitOpS / TERA : null;

  const chip: ChipParameters = {
    name: row.name,
    datacenter: row.datacenter ?? null,
    dramBandwidthGBps: usable(row.memoryBandwidthByteS) ? row.memoryBandwidthByteS / GIGA : null,
    interconnectBidirGBps: usable(row.intranodeBandwidthByteS) ? row.intranodeBandwidthByteS / GIGA : null,
    notes,
  };
  if (row.manufacturer) chip.vendor = row.manufacturer;

  if (throughputs.length > 0) {
    chip.throughputs = throughputs;
    notes.push({ field: "chip.throughputs", text: "Epoch peak figures are taken as dense (no sparsity)", confidence: "inferred" });
    const computed = Math.max(...throughputs.map((entry) => entry.tops * BIT_LENGTHS[entry.precision]));
    if (epochTpp !== null && Math.abs(computed - epochTpp) > 0.01 * epochTpp) {
      notes.push({ field: "chip.throughputs", text: `TPP from the throughputs (${formatNumber(computed)}) differs from Epoch's TPP column (${formatNumber(epochTpp)})`, confidence: "disputed" });
    }
  } else if (epochTpp !== null) {
    chip.tpp = epochTpp;
    notes.push({ field: "chip.tpp", text: "TPP taken from Epoch's 'Total processing performance' column", confidence: "secondary" });
  }

  if (usable(row.dieSizeMm2)) {
    chip.dies = [{ label: "Epoch die size", areaMm2: row.dieSizeMm2, kind: "logic", ...(usable(row.processSizeNm) ? { processNm: row.processSizeNm } : {}) }];
    notes.push({ field: "chip.dies", text: "Epoch's die size is taken as the only logic die; other dies of a multi-die package are not counted", confidence: "inferred" });
  }
  if (chip.interconnectBidirGBps !== null) {
    notes.push({ field: "chip.interconnectBidirGBps", text: "Epoch's intranode bandwidth is taken as all non-memory I/O; the PCIe host link is not included", confidence: "inferred" });
  }
  return chip;
}

