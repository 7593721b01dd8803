import { z } from "zod";
import { countryCodeSchema } from "./fact.js";
import { partialDateSchema, slugSchema } from "./source.js";

/**
 * Curated chip facts (data/chips/*.yaml, issue 12): what the export-control rules need and Epoch's hardware
 * file does not say (whether a chip is designed for data centres, its interconnect, each die), each value with
 * its source, a short verbatim quote and how sure it is. The store merges them with Epoch's row: the curated
 * value wins, and both stay visible.
 */

/** How sure a chip fact is, in the export-control engine's words (quoted from the source, computed, reported...). */
export const chipFactConfidenceSchema = z.enum(["quoted", "computed", "secondary", "inferred", "disputed"]);
export type ChipFactConfidence = z.infer<typeof chipFactConfidenceSchema>;

function fact<Value extends z.ZodType>(value: Value) {
  return z.strictObject({
    value,
    source: slugSchema,
    confidence: chipFactConfidenceSchema,
    /** Short verbatim quote from the source, in its language. */
    quote: z.string().min(1),
    /** How the value follows from the quote, or whose estimate it is. */
    note: z.string().min(1).optional(),
  });
}

const positive = (what: string) => z.number({ error: `a number (${what})` }).positive("must be positive");

/** A bound where only that is public ("under 600 mm²"): at least one side, the lower not above the upper. */
function checkBound(bound: { at_least?: number | undefined; at_most?: number | undefined }, ctx: z.RefinementCtx) {
  if (bound.at_least !== undefined && bound.at_most !== undefined && bound.at_least > bound.at_most)
    ctx.addIssue({
      code: "custom",
      path: ["at_least"],
      message: `at_least ${bound.at_least} exceeds at_most ${bound.at_most}`,
    });
}

/**
 * A numeric fact given as its `value`, or, where only a bound is public, as `at_least` and/or `at_most`
 * (never both a value and a bound).
 */
function boundedFact(what: string) {
  return z
    .strictObject({
      value: positive(what).optional(),
      at_least: positive(what).optional(),
      at_most: positive(what).optional(),
      source: slugSchema,
      confidence: chipFactConfidenceSchema,
      quote: z.string().min(1),
      note: z.string().min(1).optional(),
    })
    .superRefine((fact, ctx) => {
      const bounded = fact.at_least !== undefined || fact.at_most !== undefined;
      if (fact.value !== undefined && bounded)
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: "give a value or a bound (at_least/at_most), not both",
        });
      else if (fact.value === undefined && !bounded)
        ctx.addIssue({ code: "custom", path: ["value"], message: "give a value, or at_least and/or at_most" });
      checkBound(fact, ctx);
    });
}
export type BoundedFact = z.infer<ReturnType<typeof boundedFact>>;

/** A die's area in mm², or a bound on it (`{ at_most: 600 }`). */
const dieAreaSchema = z.union(
  [
    positive("mm²"),
    z
      .strictObject({ at_least: positive("mm²").optional(), at_most: positive("mm²").optional() })
      .refine((bound) => bound.at_least !== undefined || bound.at_most !== undefined, "give at_least and/or at_most")
      .superRefine(checkBound),
  ],
  { error: "a number of mm², or { at_least, at_most }" },
);

export const chipDieSchema = z.strictObject({
  kind: z.enum(["logic", "memory", "interposer", "dummy"]),
  area_mm2: dieAreaSchema,
  process_nm: positive("nm").optional(),
  transistor: z.enum(["planar", "non_planar"]).optional(),
  count: z.number().int().positive().default(1),
});

export const chipThroughputSchema = z.strictObject({
  precision: z.enum(["INT4", "FP4", "FP6", "INT8", "FP8", "INT16", "FP16", "BF16", "TF32", "FP32", "FP64"]),
  tops: positive("tera operations per second"),
  /** The figure is stated with 2:4 sparsity (the engine halves it). */
  sparse: z.boolean().default(false),
});

export const chipFactsSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  /** The rows of Epoch's hardware file this entry completes, by their "Hardware name". */
  epoch_names: z.array(z.string().min(1)).min(1),
  datacenter: fact(z.boolean()).optional(),
  form_factor: fact(z.string().min(1)).optional(),
  /** Aggregate bidirectional transfer rate to other non-memory chips (NVLink, Infinity Fabric, PCIe), GB/s. */
  interconnect_bidir_gbps: boundedFact("GB/s").optional(),
  dies: fact(z.array(chipDieSchema).min(1)).optional(),
  memory_gb: fact(positive("GB")).optional(),
  dram_bandwidth_gbps: boundedFact("GB/s").optional(),
  throughputs: fact(z.array(chipThroughputSchema).min(1)).optional(),
  release_date: fact(partialDateSchema).optional(),
  designer_country: fact(countryCodeSchema).optional(),
  fabricator_country: fact(countryCodeSchema).optional(),
});
export type ChipFactsSpec = z.infer<typeof chipFactsSchema>;

export const chipFactsFileSchema = z.strictObject({ chips: z.array(chipFactsSchema).min(1) });

/** The fields of a curated chip that carry a sourced value. */
export const CHIP_FACT_FIELDS = [
  "datacenter",
  "form_factor",
  "interconnect_bidir_gbps",
  "dies",
  "memory_gb",
  "dram_bandwidth_gbps",
  "throughputs",
  "release_date",
  "designer_country",
  "fabricator_country",
] as const;
export type ChipFactField = (typeof CHIP_FACT_FIELDS)[number];

/** The file and line a curated value was written at. */
export interface FactOrigin {
  readonly file: string;
  readonly line: number;
}

/** A curated chip as the store keeps it: with the file and line each entry was written at. */
export type CuratedChip = ChipFactsSpec & {
  readonly file: string;
  readonly line: number;
  /** Where each field was written, when the chip's facts come from more than one entry. */
  readonly origins?: Readonly<Partial<Record<ChipFactField, FactOrigin>>>;
  /** The publisher of each source the entry cites, by source id, so an answer names "Tom's Hardware", not an id. */
  readonly publishers?: Readonly<Record<string, string>>;
};
