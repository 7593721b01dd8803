/** Property tests: the engine never crashes, unrelated flags add no bans, and time only adds duties. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { allInstruments, allRules } from "./catalogue.js";
import {
  ART_6_3_CONDITIONS,
  BIOMETRICS,
  DECISION_DOMAINS,
  DEPLOYER_TYPES,
  JURISDICTIONS,
  PRACTICE_FLAGS,
  PURPOSE_TAGS,
  RBI_EXCEPTIONS,
  ROLES,
  SYNTHETIC_CONTENT,
  USE_CONTEXTS,
  type SystemProfileSpec,
} from "./profile.js";
import { validateProfile } from "./parse-profile.js";
import { REGULATION_TABLES } from "../../../test/support/regulation-tables.js";

const day = fc
  .integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const subset = <T extends string>(values: readonly T[]) => fc.subarray([...values]);
const compute = fc.constantFrom(undefined, 1e22, 2e24, 1e25, 3e25, 1e26, 2e26);

const profileSpec: fc.Arbitrary<SystemProfileSpec> = fc.record(
  {
    artifact: fc.constantFrom("system", "model", "both"),
    roles: subset(ROLES),
    provider_established_in: fc.constantFrom("NL", "US", "CN", "DE"),
    deployer_type: fc.constantFrom(...DEPLOYER_TYPES),
    markets: fc
      .subarray([...JURISDICTIONS, "EU-NL" as const])
      .chain((markets) =>
        fc.tuple(
          ...markets.map((jurisdiction) =>
            fc.option(day, { nil: undefined }).map((date) => ({ jurisdiction, placed_on_market_date: date })),
          ),
        ),
      ),
    output_used_in_eu: fc.boolean(),
    intended_purpose: subset(PURPOSE_TAGS),
    general_purpose: fc.boolean(),
    training_compute_flop: compute,
    open_weights: fc.boolean(),
    foss_licence: fc.boolean(),
    synthetic_content: subset(SYNTHETIC_CONTENT),
    deepfake_of_real_persons: fc.boolean(),
    edits_biometric_features: fc.boolean(),
    ncii_capable: fc.boolean(),
    ncii_safeguards: fc.boolean(),
    csam_safeguards: fc.boolean(),
    interacts_with_people: fc.boolean(),
    anthropomorphic_companion: fc.boolean(),
    minors_among_users: fc.boolean(),
    user_counts: fc.record({
      monthly_users_CA: fc.nat(5_000_000),
      registered_users_CN: fc.nat(5_000_000),
      mau_CN: fc.nat(500_000),
    }),
    public_opinion_or_mobilization: fc.option(fc.boolean(), { nil: undefined }),
    offered_to_public: fc.boolean(),
    publishes_public_interest_text: fc.boolean(),
    editorial_responsibility: fc.boolean(),
    decision_domains: subset(DECISION_DOMAINS),
    materially_influences_decision: fc.boolean(),
    solely_automated_decisions: fc.boolean(),
    profiling: fc.boolean(),
    art_6_3_condition: fc.constantFrom(...ART_6_3_CONDITIONS),
    biometrics: subset(BIOMETRICS),
    use_context: subset(USE_CONTEXTS),
    annex_i_product: fc.option(
      fc.record({
        legislation: fc.constant("Reg (EU) 2017/745"),
        section: fc.constantFrom("A", "B"),
        third_party_conformity_required: fc.boolean(),
        safety_component: fc.boolean(),
        is_product: fc.boolean(),
      }),
      { nil: undefined },
    ),
    practice_flags: subset(PRACTICE_FLAGS),
    rbi_exception: fc.constantFrom(...RBI_EXCEPTIONS),
    revenue_usd_prev_year: fc.constantFrom(undefined, 1e8, 5e8, 2e9),
    employees_fte: fc.option(fc.nat(1000), { nil: undefined }),
    regulated_occupation: fc.boolean(),
    hosts_user_generated_content: fc.boolean(),
    subject_to_federal_lending_law: fc.boolean(),
    significant_design_change_after_ch3_date: fc.boolean(),
    personal_data: fc.boolean(),
  },
  { requiredKeys: [] },
);

function parsed(spec: SystemProfileSpec) {
  const result = validateProfile(spec);
  if (!result.ok) throw new Error(`generator made an invalid profile: ${JSON.stringify(result.issues)}`);
  return result.profile;
}

const rulesById = new Map(allRules(REGULATION_TABLES).map((rule) => [rule.id, rule]));

/** Prohibitions hit or scheduled, and prohibited tiers, as "jurisdiction:id" strings. */
function bans(assessment: Assessment): Set<string> {
  const found = new Set<string>();
  for (const result of assessment.per_jurisdiction) {
    for (const screen of result.screens) {
      const banned = screen.result === "hit" || screen.result === "will_be_prohibited";
      if (banned && rulesById.get(screen.id)?.kind === "prohibition") found.add(`${result.jurisdiction}:${screen.id}`);
    }
    if (result.tier === "EU_PROHIBITED" || result.tier === "US_PROHIBITED_USE")
      found.add(`${result.jurisdiction}:tier`);
  }
  return found;
}

/** Flags no prohibition in the catalogues keys on. */
const UNRELATED: readonly [keyof SystemProfileSpec, fc.Arbitrary<unknown>][] = [
  ["interacts_with_people", fc.boolean()],
  ["general_purpose", fc.boolean()],
  ["training_compute_flop", compute],
  ["open_weights", fc.boolean()],
  ["foss_licence", fc.boolean()],
  ["hosts_user_generated_content", fc.boolean()],
  ["regulated_occupation", fc.boolean()],
  ["revenue_usd_prev_year", fc.constantFrom(undefined, 1e8, 2e9)],
  ["employees_fte", fc.option(fc.nat(1000), { nil: undefined })],
  ["subject_to_federal_lending_law", fc.boolean()],
  ["publishes_public_interest_text", fc.boolean()],
  ["editorial_responsibility", fc.boolean()],
  ["significant_design_change_after_ch3_date", fc.boolean()],
  ["minors_among_users", fc.boolean()],
];

const IN_FORCE = new Set(["applicable", "needs_review"]);
const instrumentsById = new Map(allInstruments(REGULATION_TABLES).map((instrument) => [instrument.id, instrument]));

/** The first day a rule stops by its own terms: its end date, or its instrument being stayed or repealed. */
function endOf(id: string): string {
  const rule = rulesById.get(id)!;
  const stops = instrumentsById
    .get(rule.instrument)!
    .events.filter((event) => event.state === "stayed" || event.state === "repealed")
    .map((event) => event.date);
  return [rule.appliesUntil ?? "9999-12-31", ...stops].sort()[0]!;
}

/** Every day a version, application date or instrument event starts, from 2023 on. */
const CHANGE_DAYS = [
  ...new Set([
    ...allRules(REGULATION_TABLES).flatMap((rule) =>
      rule.appliesFrom.flatMap((option) => option.versions.flatMap((version) => [version.since, version.date])),
    ),
    ...allRules(REGULATION_TABLES).flatMap((rule) => (rule.appliesUntil ? [rule.appliesUntil] : [])),
    ...allInstruments(REGULATION_TABLES).flatMap((instrument) => instrument.events.map((event) => event.date)),
  ]),
]
  .filter((date) => date >= "2023-01-01")
  .sort();

describe("engine properties", () => {
  it("never crashes on a valid profile and answers for every jurisdiction", () => {
    fc.assert(
      fc.property(profileSpec, day, (spec, date) => {
        const assessment = assess(REGULATION_TABLES, parsed(spec), date);
        expect(assessment.per_jurisdiction).toHaveLength(JURISDICTIONS.length);
      }),
      { numRuns: 150 },
    );
  });

  it("never adds a prohibition when an unrelated flag changes", () => {
    const change = fc
      .constantFrom(...UNRELATED)
      .chain(([field, values]) => values.map((value) => [field, value] as const));
    fc.assert(
      fc.property(profileSpec, change, day, (spec, [field, value], date) => {
        const before = bans(assess(REGULATION_TABLES, parsed(spec), date));
        const after = bans(assess(REGULATION_TABLES, parsed({ ...spec, [field]: value }), date));
        expect([...after].filter((ban) => !before.has(ban))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("never un-applies an obligation when D moves forward, unless the rule ends or a ban takes over", () => {
    fc.assert(
      fc.property(profileSpec, (spec) => {
        const profile = parsed(spec);
        // Walk every day on which some date of the catalogue changes, so each switch is crossed.
        const assessments = CHANGE_DAYS.map((date) => assess(REGULATION_TABLES, profile, date));
        assessments.slice(1).forEach((after, index) => {
          const before = assessments[index]!;
          for (const result of before.per_jurisdiction) {
            const later = after.per_jurisdiction.find((candidate) => candidate.jurisdiction === result.jurisdiction)!;
            if (later.tier === "EU_PROHIBITED") continue; // spec §1.6: a ban replaces the other AI Act duties
            for (const record of result.obligations.filter((candidate) => IN_FORCE.has(candidate.status))) {
              const next = later.obligations.find((candidate) => candidate.id === record.id);
              const stillInForce = next !== undefined && IN_FORCE.has(next.status);
              if (!stillInForce)
                expect(
                  endOf(record.id) <= after.as_of,
                  `${record.id} un-applied between ${before.as_of} and ${after.as_of}`,
                ).toBe(true);
            }
          }
        });
      }),
      { numRuns: 40 },
    );
  });
});
