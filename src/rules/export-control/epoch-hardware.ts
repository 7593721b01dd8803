import type { ChipParameters, Precision } from "./input-schema.js";
import { formatNumber } from "./metrics.js";
import type { EpochHardwareSpecs } from "../../domain/hardware-specs.js";
import { ruleTables } from "./tables/installed.js";

export type { EpochHardwareSpecs };

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

const usable = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value) && value > 0;

/**
 * Chip parameters from an Epoch row where its specs allow. What the row cannot say (PCIe lanes, extra dies,
 * sparsity) is written into `notes`, which every answer repeats as caveats.
 */
export function chipFromEpochHardware(row: EpochHardwareSpecs): ChipParameters {
  const notes: { field: string; text: string; nl: string; confidence: "inferred" | "disputed" | "secondary" }[] = [];
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
    notes.push({
      field: "chip.throughputs",
      text: "Epoch peak figures are taken as dense (no sparsity)",
      nl: "de piekcijfers van Epoch gelden als dense (zonder sparsity)",
      confidence: "inferred",
    });
    const computed = Math.max(...throughputs.map((entry) => entry.tops * ruleTables().bitLengths[entry.precision]));
    if (epochTpp !== null && Math.abs(computed - epochTpp) > 0.01 * epochTpp) {
      notes.push({
        field: "chip.throughputs",
        text: `TPP from the throughputs (${formatNumber(computed)}) differs from Epoch's TPP column (${formatNumber(epochTpp)})`,
        nl: `TPP uit de rekenkracht (${formatNumber(computed, "nl")}) wijkt af van de TPP-kolom van Epoch (${formatNumber(epochTpp, "nl")})`,
        confidence: "disputed",
      });
    }
  } else if (epochTpp !== null) {
    chip.tpp = epochTpp;
    notes.push({
      field: "chip.tpp",
      text: "TPP taken from Epoch's 'Total processing performance' column",
      nl: "TPP overgenomen uit de kolom 'Total processing performance' van Epoch",
      confidence: "secondary",
    });
  }

  if (usable(row.dieSizeMm2)) {
    chip.dies = [
      {
        label: "Epoch die size",
        areaMm2: row.dieSizeMm2,
        kind: "logic",
        ...(usable(row.processSizeNm) ? { processNm: row.processSizeNm } : {}),
      },
    ];
    notes.push({
      field: "chip.dies",
      text: "Epoch's die size is taken as the only logic die; other dies of a multi-die package are not counted",
      nl: "het die-oppervlak van Epoch geldt als de enige logica-die; andere dies in een behuizing met meerdere dies tellen niet mee",
      confidence: "inferred",
    });
  }
  if (chip.interconnectBidirGBps !== null) {
    notes.push({
      field: "chip.interconnectBidirGBps",
      text: "Epoch's intranode bandwidth is taken as all non-memory I/O; the PCIe host link is not included",
      nl: "de intranode-bandbreedte van Epoch geldt als alle I/O buiten het geheugen; de PCIe-verbinding met de host telt niet mee",
      confidence: "inferred",
    });
  }
  return chip;
}
