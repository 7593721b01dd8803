import countries from "i18n-iso-countries";
import { z } from "zod";

/** Precisions the engine knows the bit length of (§1.1). */
export const PRECISIONS = [
  "INT4",
  "FP4",
  "FP6",
  "INT8",
  "FP8",
  "INT16",
  "FP16",
  "BF16",
  "TF32",
  "FP32",
  "FP64",
] as const;
export type Precision = (typeof PRECISIONS)[number];

const nonNegative = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite(`${what} must be finite`)
    .nonnegative(`${what} must not be negative`);

const isoDay = z
  .string({ error: "a date as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine(isCalendarDay, "not a real calendar day");

const countryCode = z
  .string({ error: "an ISO 3166-1 alpha-2 country code such as CN" })
  .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code in upper case, such as CN")
  .refine((code) => countries.isValid(code), "not a known ISO 3166-1 alpha-2 country code");

/** A value known only as a bound (e.g. a source's "under 600 mm²"): at least one side, the lower not above the upper. */
const boundSchema = (what: string) =>
  z
    .strictObject({
      atLeast: nonNegative(`${what}.atLeast`).optional(),
      atMost: nonNegative(`${what}.atMost`).optional(),
    })
    .refine((bound) => bound.atLeast !== undefined || bound.atMost !== undefined, "give atLeast, atMost or both")
    .refine(
      (bound) => bound.atLeast === undefined || bound.atMost === undefined || bound.atLeast <= bound.atMost,
      "atLeast must not exceed atMost",
    );

/** A number, or a bound on it where only that is public. */
const amount = (what: string) =>
  z.union([nonNegative(what), boundSchema(what)], {
    error: `${what} must be a number, or { atLeast, atMost } with at least one side and atLeast not above atMost`,
  });

export const factConfidenceSchema = z.enum(["quoted", "computed", "secondary", "inferred", "disputed", "unconfirmed"]);

export const throughputSchema = z.strictObject({
  precision: z.enum(PRECISIONS),
  /** Vendor peak in tera-operations per second (TFLOPS or TOPS). */
  tops: nonNegative("tops"),
  /** The figure is stated with structured sparsity; the engine halves it unless `denseTops` is given. */
  sparse: z.boolean().default(false),
  /** Per-SKU dense value when halving a sparse figure is wrong (e.g. B300 FP4). */
  denseTops: nonNegative("denseTops").optional(),
});

export const dieSchema = z.strictObject({
  label: z.string().min(1).optional(),
  areaMm2: amount("areaMm2"),
  kind: z.enum(["logic", "memory", "interposer", "dummy"]),
  /** Transistor architecture; when absent the process node decides (<= 16 nm non-planar, >= 28 nm planar). */
  transistor: z.enum(["non_planar", "planar"]).optional(),
  processNm: z.number().positive("processNm must be positive").optional(),
});

export const chipSchema = z
  .strictObject({
    name: z.string().min(1).optional(),
    vendor: z.string().min(1).optional(),
    throughputs: z.array(throughputSchema).min(1).optional(),
    /** TPP given directly (e.g. from the CLI's --tpp), instead of throughputs. */
    tpp: nonNegative("tpp").optional(),
    dies: z.array(dieSchema).min(1).optional(),
    applicableDieAreaMm2: z.number().positive("applicableDieAreaMm2 must be positive").optional(),
    /** Performance density given directly, instead of a die area. */
    pd: nonNegative("pd").optional(),
    /** How sure the die area is; most are die-shot estimates (§1.3). */
    dieAreaConfidence: factConfidenceSchema.default("secondary"),
    /** Designed or marketed for use in data centres (Note 2); null when not known. */
    datacenter: z.boolean().nullable().default(null),
    /** Aggregate bidirectional I/O to non-memory ICs in GB/s, the 2022 test (§1.2). */
    interconnectBidirGBps: amount("interconnectBidirGBps").nullable().default(null),
    /** Peak DRAM (HBM/GDDR) bandwidth of the package in GB/s (§1.7). */
    dramBandwidthGBps: amount("dramBandwidthGBps").nullable().default(null),
    /** Present when the item is a high-bandwidth memory stack (3A090.c), not a logic IC. */
    hbm: z
      .strictObject({ memoryBandwidthDensityGBpsPerMm2: nonNegative("memoryBandwidthDensityGBpsPerMm2") })
      .optional(),
    /** Notes on where input values come from; every answer repeats them as caveats. */
    notes: z
      .array(
        z.strictObject({
          field: z.string().min(1),
          text: z.string().min(1),
          /** The note in Dutch; a note without one shows its English text in a Dutch answer. */
          nl: z.string().min(1).optional(),
          confidence: factConfidenceSchema,
        }),
      )
      .default([]),
  })
  .superRefine((chip, ctx) => {
    if (chip.throughputs && chip.tpp !== undefined) {
      ctx.addIssue({ code: "custom", path: ["tpp"], message: "give either throughputs or tpp, not both" });
    }
    const areaInputs = [chip.dies, chip.applicableDieAreaMm2, chip.pd].filter((value) => value !== undefined).length;
    if (areaInputs > 1) {
      ctx.addIssue({ code: "custom", path: ["pd"], message: "give only one of dies, applicableDieAreaMm2 or pd" });
    }
  });

export const exportCheckInputSchema = z.strictObject({
  chip: chipSchema,
  /** Present when the item is a computer, board or assembly (4A090) containing `chipCount` of the chip. */
  computer: z
    .strictObject({
      chipCount: z.number().int("chipCount must be a whole number").min(1, "chipCount must be at least 1"),
    })
    .optional(),
  /** Units shipped to one consignee (AI Diffusion quantity caps sum TPP over all ICs). */
  quantity: z.number().int("quantity must be a whole number").min(1, "quantity must be at least 1").default(1),
  destination: countryCode,
  endUserHq: countryCode.nullable().default(null),
  ultimateParentHq: countryCode.nullable().default(null),
  date: isoDay,
  mode: z.enum(["enforced", "as_written"]).default("enforced"),
  /** Country the export leaves from; RV10's case-by-case path needs an export from the US. */
  exportFrom: countryCode.default("US"),
  /** Whether the exporter meets RV10's certifications (supply, foundry, security, US third-party testing); null when not stated. */
  rv10CertificationsMet: z.boolean().nullable().default(null),
  /** Front-end fabricators and OSATs fall under the RV5 foundry presumption (§1.4). */
  exporterRole: z.enum(["front_end_fabricator", "osat", "other"]).default("other"),
  /** The RV5 presumption was rebutted by an approved designer's or OSAT's attestation. */
  foundryPresumptionRebutted: z.boolean().default(false),
  /** False for items outside the EAR (e.g. Huawei's own sales of Ascend chips). */
  subjectToEar: z.boolean().default(true),
});

export type ExportCheckInput = z.input<typeof exportCheckInputSchema>;
export type ValidExportCheckInput = z.output<typeof exportCheckInputSchema>;
export type ChipParameters = z.input<typeof chipSchema>;
export type ValidChip = z.output<typeof chipSchema>;
export type Throughput = z.output<typeof throughputSchema>;
export type Die = z.output<typeof dieSchema>;

export interface InputIssue {
  /** Dotted path of the field, e.g. "chip.throughputs[0].tops". */
  readonly field: string;
  readonly message: string;
}

export class ExportCheckInputError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super(`invalid export-check input: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ")}`);
    this.name = "ExportCheckInputError";
  }
}

export type ParseOutcome =
  | { readonly ok: true; readonly value: ValidExportCheckInput }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

export function parseExportCheckInput(raw: unknown): ParseOutcome {
  const parsed = exportCheckInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })),
  };
}

/** Validates a chip alone (for classifyAcrossVersions). */
export function parseChip(raw: unknown): ValidChip {
  const parsed = chipSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new ExportCheckInputError(
    parsed.error.issues.map((issue) => ({ field: fieldPath(["chip", ...issue.path]), message: issue.message })),
  );
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(input)";
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
