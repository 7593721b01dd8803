import "../../../test/support/export-control-tables.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { checkExport, type ExportCheckResult } from "./check-export.js";

/** Walks cases/*.yaml: every spec §6 vector as input, expected and citation. Files starting with "_" are fixtures. */
const CASES_DIR = join(import.meta.dirname, "cases");

const expectedSchema = z.strictObject({
  code: z.string().optional(),
  kind: z.enum(["no_licence", "licence_required", "licence_exception", "indeterminate"]).optional(),
  basis: z.string().optional(),
  reviewPolicy: z.string().optional(),
  exception: z.string().optional(),
  notificationRequired: z.boolean().nullable().optional(),
  eccn: z.string().nullable().optional(),
  status: z.enum(["controlled", "not_controlled", "indeterminate"]).optional(),
  tpp: z.number().optional(),
  pd: z.number().optional(),
  applicableDieAreaMm2: z.number().optional(),
  decidingInputs: z.array(z.string()).optional(),
  reasonsInclude: z.array(z.string()).optional(),
});
const inputSchema = z.record(z.string(), z.unknown());
const caseSchema = z.strictObject({
  vector: z.string().min(1),
  title: z.string().min(1),
  citation: z.string().min(1),
  input: inputSchema,
  expected: expectedSchema,
  variants: z.array(z.strictObject({ input: inputSchema, expected: expectedSchema })).default([]),
});

const chips = z
  .record(z.string(), z.record(z.string(), z.unknown()))
  .parse(parse(readFileSync(join(CASES_DIR, "_chips.yaml"), "utf8")));

function resolveInput(input: Record<string, unknown>, file: string): unknown {
  const { chipRef, ...rest } = input;
  if (chipRef === undefined) return rest;
  const chip = chips[String(chipRef)];
  if (!chip) throw new Error(`${file}: chipRef ${String(chipRef)} is not in _chips.yaml`);
  return { ...rest, chip };
}

function actualFields(result: ExportCheckResult, expected: z.infer<typeof expectedSchema>): Record<string, unknown> {
  const answer = result.answer;
  const all: Record<string, unknown> = {
    code: result.code,
    kind: answer.kind,
    basis: answer.kind === "licence_required" ? answer.basis : undefined,
    reviewPolicy: answer.kind === "licence_required" ? answer.reviewPolicy : undefined,
    exception: answer.kind === "licence_exception" ? answer.exception : undefined,
    notificationRequired: answer.kind === "licence_exception" ? answer.notificationRequired : undefined,
    eccn: result.classification.eccn,
    status: result.classification.status,
    tpp: result.metrics.tpp === null ? null : Math.round(result.metrics.tpp * 100) / 100,
    pd: result.metrics.pd === null ? null : Math.round(result.metrics.pd * 100) / 100,
    applicableDieAreaMm2: result.metrics.applicableDieAreaMm2,
    decidingInputs:
      answer.kind === "indeterminate"
        ? expected.decidingInputs?.filter((input) => answer.decidingInputs.includes(input))
        : undefined,
    reasonsInclude: expected.reasonsInclude?.filter((text) =>
      result.reasons.some((reason) => reason.text.includes(text)),
    ),
  };
  return Object.fromEntries(Object.keys(expected).map((key) => [key, all[key]]));
}

const files = readdirSync(CASES_DIR)
  .filter((name) => name.endsWith(".yaml") && !name.startsWith("_"))
  .sort();

describe("spec §6 test vectors (cases/*.yaml)", () => {
  it("has the case files", () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
  });

  for (const file of files) {
    const spec = caseSchema.parse(parse(readFileSync(join(CASES_DIR, file), "utf8")));
    const checks = [{ input: {}, expected: spec.expected }, ...spec.variants];
    it(`${spec.vector}: ${spec.title} [${file}]`, () => {
      for (const check of checks) {
        const input = resolveInput({ ...spec.input, ...check.input }, file);
        const result = checkExport(input as Parameters<typeof checkExport>[0]);
        expect(
          result.reasons.every((reason) => reason.citation.instrument.length > 0),
          "every reason has a citation",
        ).toBe(true);
        expect(
          actualFields(result, check.expected),
          `${file} with ${JSON.stringify(check.input)}; citation: ${spec.citation}`,
        ).toEqual(check.expected);
      }
    });
  }
});
