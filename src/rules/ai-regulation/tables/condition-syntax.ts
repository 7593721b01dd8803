/**
 * Trigger conditions as written in the YAML rule tables (data/rules/ai-regulation/), read into the engine's
 * `Condition` form. Every profile field and value is checked against the profile schema, so a misspelt field
 * is named where it is written instead of silently never holding.
 */
import { JURISDICTIONS, profileSchema, ROLES, type IsoDay, type Jurisdiction } from "../profile.js";
import type { AnnexIField, BooleanField, Condition, EnumField, NumberField, SetField } from "../rule.js";

/** A problem at a path inside the value being read. */
export interface SyntaxIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Shared definitions a condition may name: `{ref: name}` and `{fact: name}`. */
export interface ConditionNames {
  /** Raw (unread) named conditions of the jurisdiction, from the files' `conditions:` maps. */
  readonly conditions: ReadonlyMap<string, unknown>;
  readonly facts: ReadonlySet<string>;
}

type Shape = typeof profileSchema.shape;
const SHAPE: Shape = profileSchema.shape;
const USER_COUNTS = ["monthly_users_CA", "registered_users_CN", "mau_CN"] as const;
const ENUM_FIELDS: readonly EnumField[] = ["artifact", "deployer_type", "art_6_3_condition", "rbi_exception"];
const ANNEX_I_FIELDS: readonly (AnnexIField | "section_b")[] = [
  "third_party_conformity_required",
  "safety_component",
  "is_product",
  "section_b",
];
const profileKeys = Object.keys(SHAPE) as (keyof Shape)[];
const accepts = (key: keyof Shape, value: unknown) => SHAPE[key].safeParse(value).success;
/** Fields read from the profile schema itself, so the tables and the profile cannot drift apart. */
const BOOLEAN_FIELDS = new Set<string>(profileKeys.filter((key) => accepts(key, true) && !accepts(key, "x")));
const SET_FIELDS = new Set<string>(profileKeys.filter((key) => accepts(key, []) && key !== "markets"));
const NUMBER_FIELDS = new Set<string>([
  ...profileKeys.filter((key) => accepts(key, 1) && !accepts(key, "x")),
  ...USER_COUNTS.map((key) => `user_counts.${key}`),
]);

/** The condition operators a table may use, for the "unknown condition" message. */
export const CONDITION_OPERATORS = [
  "all",
  "any",
  "not",
  "fact",
  "ref",
  "role",
  "flag",
  "has",
  "is",
  "above",
  "below",
  "at_least",
  "annex_i",
  "provider_outside",
  "public_opinion",
  "placed_before",
  "prohibited_at_date",
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const list = (values: Iterable<string>) => [...values].join(", ");

/** Reads one condition; problems are added to `issues` (paths relative to the condition) and yield undefined. */
export function readCondition(
  raw: unknown,
  names: ConditionNames,
  issues: SyntaxIssue[],
  path: readonly (string | number)[] = [],
  expanding: readonly string[] = [],
): Condition | undefined {
  const fail = (message: string, at: readonly (string | number)[] = path): undefined => {
    issues.push({ path: at, message });
    return undefined;
  };
  if (raw === "always") return { all: [] };
  if (raw === "never") return { any: [] };
  if (!isRecord(raw))
    return fail(`a condition: "always", "never" or a mapping with one of ${list(CONDITION_OPERATORS)}`);
  const keys = Object.keys(raw);
  if (keys.length !== 1) {
    const unknown = keys.find((key) => !(CONDITION_OPERATORS as readonly string[]).includes(key));
    if (unknown !== undefined)
      return fail(`unknown condition "${unknown}"; one of ${list(CONDITION_OPERATORS)}`, [...path, unknown]);
    return fail(`one operator per condition mapping, found ${list(keys)}; combine them with all: or any:`);
  }
  const operator = keys[0]!;
  if (!(CONDITION_OPERATORS as readonly string[]).includes(operator))
    return fail(`unknown condition "${operator}"; one of ${list(CONDITION_OPERATORS)}`, [...path, operator]);
  const value = raw[operator];
  const at = [...path, operator];
  const child = (item: unknown, index: number) => readCondition(item, names, issues, [...at, index], expanding);
  switch (operator) {
    case "all":
    case "any": {
      if (!Array.isArray(value)) return fail(`a list of conditions`, at);
      const parts = value.map(child);
      if (parts.some((part) => part === undefined)) return undefined;
      return operator === "all" ? { all: parts as Condition[] } : { any: parts as Condition[] };
    }
    case "not": {
      const inner = readCondition(value, names, issues, at, expanding);
      return inner && { not: inner };
    }
    case "fact":
      if (typeof value !== "string" || !names.facts.has(value))
        return fail(`unknown fact ${JSON.stringify(value)}; one of ${list(names.facts)}`, at);
      return { fact: value };
    case "ref": {
      if (typeof value !== "string" || !names.conditions.has(value))
        return fail(`unknown named condition ${JSON.stringify(value)}; one of ${list(names.conditions.keys())}`, at);
      if (expanding.includes(value)) return fail(`named condition "${value}" refers to itself`, at);
      // Problems inside the definition are reported where it is defined, not at every use; a loop is named.
      const inside: SyntaxIssue[] = [];
      const inner = readCondition(names.conditions.get(value), names, inside, [], [...expanding, value]);
      const loop = inside.find((issue) => issue.message.endsWith("refers to itself"));
      return inner ?? fail(loop?.message ?? `named condition "${value}" is itself invalid`, at);
    }
    case "role":
      return readRole(value, at, fail);
    case "flag":
      if (typeof value !== "string" || !BOOLEAN_FIELDS.has(value))
        return fail(`unknown yes/no field ${JSON.stringify(value)}; one of ${list(BOOLEAN_FIELDS)}`, at);
      return { flag: value as BooleanField };
    case "has":
    case "is":
      return readValues(operator, value, at, fail);
    case "above":
    case "below":
    case "at_least":
      return readNumber(operator, value, at, fail);
    case "annex_i":
      if (!(ANNEX_I_FIELDS as readonly unknown[]).includes(value)) return fail(`one of ${list(ANNEX_I_FIELDS)}`, at);
      return { annexI: value as AnnexIField | "section_b" };
    case "provider_outside":
      if (value !== "EU" && value !== "CN") return fail(`EU or CN`, at);
      return { providerOutside: value };
    case "public_opinion":
      return value === true ? { publicOpinion: true } : fail(`true`, at);
    case "prohibited_at_date":
      return value === true ? { prohibitedAtD: true } : fail(`true`, at);
    default:
      return readPlacedBefore(value, at, fail);
  }
}

type Fail = (message: string, at?: readonly (string | number)[]) => undefined;

/** `role: [employer, deployer]`: the party has one of these roles, or the profile names no role at all. */
function readRole(value: unknown, at: readonly (string | number)[], fail: Fail): Condition | undefined {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((role) => (ROLES as readonly unknown[]).includes(role))
  )
    return fail(`a list of roles, each one of ${list(ROLES)}`, at);
  return {
    any: [{ has: "roles", values: value as string[] }, { not: { has: "roles", values: [...ROLES] } }],
  };
}

function singleEntry(value: unknown): [string, unknown] | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  return entries.length === 1 ? entries[0] : undefined;
}

function readValues(
  operator: "has" | "is",
  value: unknown,
  at: readonly (string | number)[],
  fail: Fail,
): Condition | undefined {
  const fields = operator === "has" ? SET_FIELDS : new Set<string>(ENUM_FIELDS);
  const entry = singleEntry(value);
  if (!entry) return fail(`one field and its values, e.g. ${operator}: {${[...fields][0]}: [...]}`, at);
  const [field, values] = entry;
  if (!fields.has(field)) return fail(`unknown field "${field}"; one of ${list(fields)}`, [...at, field]);
  if (!Array.isArray(values) || values.length === 0) return fail(`a list of values`, [...at, field]);
  const key = field as keyof Shape;
  const bad = values.findIndex((item) => !accepts(key, operator === "has" ? [item] : item));
  if (bad >= 0) return fail(`${JSON.stringify(values[bad])} is not a value of ${field}`, [...at, field, bad]);
  return operator === "has"
    ? { has: field as SetField, values: values as string[] }
    : { is: field as EnumField, values: values as string[] };
}

function readNumber(
  operator: "above" | "below" | "at_least",
  value: unknown,
  at: readonly (string | number)[],
  fail: Fail,
): Condition | undefined {
  const entry = singleEntry(value);
  if (!entry) return fail(`one field and a number, e.g. ${operator}: {employees_fte: 50}`, at);
  const [field, limit] = entry;
  if (!NUMBER_FIELDS.has(field)) return fail(`unknown field "${field}"; one of ${list(NUMBER_FIELDS)}`, [...at, field]);
  if (typeof limit !== "number" || !Number.isFinite(limit)) return fail(`a number`, [...at, field]);
  const numberField = field as NumberField;
  if (operator === "above") return { above: numberField, value: limit };
  if (operator === "below") return { below: numberField, value: limit };
  return { atLeast: numberField, value: limit };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `placed_before: {market: EU, day: applies_from}` (the rule's own start day) or a fixed YYYY-MM-DD. */
function readPlacedBefore(value: unknown, at: readonly (string | number)[], fail: Fail): Condition | undefined {
  if (!isRecord(value) || !(JURISDICTIONS as readonly unknown[]).includes(value.market))
    return fail(`{market: a jurisdiction (${list(JURISDICTIONS)}), day: YYYY-MM-DD or applies_from}`, at);
  const day = value.day;
  if (day !== "applies_from" && !(typeof day === "string" && DAY.test(day)))
    return fail(`YYYY-MM-DD or applies_from`, [...at, "day"]);
  const extra = Object.keys(value).find((key) => key !== "market" && key !== "day");
  if (extra !== undefined) return fail(`unknown field "${extra}"; placed_before takes market and day`, [...at, extra]);
  return { placedBefore: day as IsoDay | "applies_from", market: value.market as Jurisdiction };
}
