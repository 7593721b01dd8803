/**
 * One row of Epoch's ML hardware dataset, as numbers (SI units as in the CSV) or null; the column each field
 * comes from is named on the field. Shared by the store, which serves it, and the export-control engine, which
 * classifies it.
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
