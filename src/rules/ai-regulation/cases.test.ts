/**
 * Walks cases/*.yaml: each file is one scenario of spec §6 (a profile, and checks at dates or with
 * variants). A check passes when every listed id has the listed status and no other applicable
 * high-impact id appears (spec §6 conventions); unlisted jurisdictions must be out of scope.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import type { JurisdictionAssessment, ObligationResult } from "./assessment.js";
import { validateProfile } from "./parse-profile.js";
import { REGULATION_TABLES } from "../../../test/support/regulation-tables.js";

const CASES_DIR = fileURLToPath(new URL("./cases/", import.meta.url));

/** The spec's shorthand sets. */
const MACROS: Readonly<Record<string, readonly string[]>> = {
  "@P_HR": [
    "EU-AIA-9",
    "EU-AIA-10",
    "EU-AIA-11",
    "EU-AIA-12",
    "EU-AIA-13",
    "EU-AIA-14",
    "EU-AIA-15",
    "EU-AIA-16-b",
    "EU-AIA-17",
    "EU-AIA-18",
    "EU-AIA-19",
    "EU-AIA-20",
    "EU-AIA-43",
    "EU-AIA-47",
    "EU-AIA-48",
    "EU-AIA-49-1",
    "EU-AIA-72",
    "EU-AIA-73",
  ],
  "@D_HR": [
    "EU-AIA-26-1",
    "EU-AIA-26-2",
    "EU-AIA-26-4",
    "EU-AIA-26-5",
    "EU-AIA-26-6",
    "EU-AIA-26-9",
    "EU-AIA-26-11",
    "EU-AIA-86",
  ],
  "@GDPR": ["EU-GDPR-6", "EU-GDPR-35"],
};

/** Spec §6: EU-AIA-9…27, 5-*, 53-55; CN-*-17/24; US frontier, ADMT and AEDT ids. */
function isHighImpact(id: string): boolean {
  const eu = /^EU-AIA-(\d+)/.exec(id);
  if (eu) {
    const article = Number(eu[1]);
    return (article >= 9 && article <= 27) || article === 5 || (article >= 53 && article <= 55);
  }
  return /^CN-[A-Z]+-(17|24)$/.test(id) || /^US-(CA-SB53|NY-RAISE|IL-SB315|CO-|NYC-LL144)/.test(id);
}

type StatusList = readonly string[] | Readonly<Record<string, readonly string[]>>;
interface Expectation {
  readonly tier?: string;
  readonly tier_applicable_at_D?: boolean;
  readonly effective_tier_at_D?: string;
  readonly model_tier?: string | null;
  readonly applicable?: StatusList;
  readonly needs_review?: StatusList;
  readonly scheduled?: StatusList;
  readonly grace_period?: StatusList;
  readonly not_triggered?: StatusList;
  readonly repealed?: StatusList;
  readonly stayed?: StatusList;
  readonly pending_legislation?: StatusList;
  readonly absent?: readonly string[];
  readonly flagged_for_review?: readonly string[];
  readonly later_history?: readonly string[];
  readonly screens?: Readonly<Record<string, string>>;
  readonly explanation_mentions?: readonly string[];
}
interface Check {
  readonly name: string;
  readonly date: string;
  readonly patch?: Record<string, unknown>;
  readonly expect: Readonly<Record<string, Expectation>>;
}
interface CaseFile {
  readonly scenario: string;
  readonly title: string;
  readonly citation: string;
  readonly profile: Record<string, unknown>;
  readonly checks: readonly Check[];
}

const STATUSES = [
  "applicable",
  "needs_review",
  "scheduled",
  "grace_period",
  "not_triggered",
  "repealed",
  "stayed",
  "pending_legislation",
] as const;

function expand(ids: readonly string[]): string[] {
  return ids.flatMap((id) => MACROS[id] ?? [id]);
}

/** [id, date or null] pairs of a status list; a map keys ids by their status date. */
function entries(list: StatusList | undefined): [string, string | null][] {
  if (!list) return [];
  if (Array.isArray(list)) return expand(list).map((id) => [id, null]);
  return Object.entries(list).flatMap(([day, ids]) => expand(ids).map((id): [string, string | null] => [id, day]));
}

function checkJurisdiction(result: JurisdictionAssessment, expected: Expectation): void {
  const label = result.jurisdiction;
  expect(result.in_scope, `${label} in scope`).toBe(true);
  if (expected.tier) expect(result.tier, `${label} tier`).toBe(expected.tier);
  if (expected.tier_applicable_at_D !== undefined)
    expect(result.tier_applicable_at_D, `${label} tier_applicable_at_D`).toBe(expected.tier_applicable_at_D);
  if (expected.effective_tier_at_D)
    expect(result.effective_tier_at_D, `${label} effective tier`).toBe(expected.effective_tier_at_D);
  if (expected.model_tier !== undefined) expect(result.model_tier, `${label} model tier`).toBe(expected.model_tier);
  const records = new Map<string, ObligationResult>(
    [...result.obligations, ...result.notes].map((record) => [record.id, record]),
  );
  const listed = new Set<string>();
  for (const status of STATUSES) {
    for (const [id, day] of entries(expected[status])) {
      listed.add(id);
      const record = records.get(id);
      expect(record ? `${id} ${record.status}` : `${id} missing`, `${label} ${id}`).toBe(`${id} ${status}`);
      if (day) expect(record!.status_date, `${label} ${id} date`).toBe(day);
    }
  }
  for (const id of expand(expected.absent ?? [])) expect(records.has(id), `${label} ${id} absent`).toBe(false);
  for (const id of expected.flagged_for_review ?? [])
    expect(records.get(id)?.needs_review, `${label} ${id} flagged`).toBe(true);
  for (const id of expected.later_history ?? [])
    expect(records.get(id)?.later_history, `${label} ${id} later history`).not.toBeNull();
  const unexpected = result.obligations.filter(
    (record) => record.status === "applicable" && isHighImpact(record.id) && !listed.has(record.id),
  );
  expect(
    unexpected.map((record) => record.id),
    `${label} unlisted applicable high-impact ids`,
  ).toEqual([]);
  for (const [id, outcome] of Object.entries(expected.screens ?? {})) {
    const screen = result.screens.find((candidate) => candidate.id === id);
    expect(screen ? `${id} ${screen.result}` : `${id} missing`, `${label} screen ${id}`).toBe(`${id} ${outcome}`);
  }
  for (const phrase of expected.explanation_mentions ?? [])
    expect(result.explanation.en, `${label} explanation`).toContain(phrase);
}

const files = readdirSync(CASES_DIR)
  .filter((name) => name.endsWith(".yaml"))
  .sort();

describe("spec §6 scenarios", () => {
  it("has a case file for every scenario", () => {
    expect(files.length).toBeGreaterThanOrEqual(26);
  });
  for (const file of files) {
    const spec = parse(readFileSync(`${CASES_DIR}${file}`, "utf8")) as CaseFile;
    describe(`${spec.scenario} ${spec.title}`, () => {
      for (const check of spec.checks) {
        it(`${check.name} at ${check.date}`, () => {
          const parsed = validateProfile({ ...spec.profile, ...check.patch });
          if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
          const assessment = assess(REGULATION_TABLES, parsed.profile, check.date);
          for (const result of assessment.per_jurisdiction) {
            const expected = check.expect[result.jurisdiction];
            if (expected) checkJurisdiction(result, expected);
            else expect(result.in_scope, `${result.jurisdiction} should be out of scope`).toBe(false);
          }
        });
      }
    });
  }
});
