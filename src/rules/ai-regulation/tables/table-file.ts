/**
 * The zod schema of one rule-table file (data/rules/ai-regulation/*.yaml), built for one jurisdiction with the
 * names its files share (sources, texts, conditions, schedules, transitions, facts). Rules sit in groups whose
 * `defaults` every rule of the group takes unless it sets the field itself (`null` unsets a default).
 */
import { z } from "zod";
import type { Jurisdiction } from "../profile.js";
import { isoDaySchema } from "../profile.js";
import {
  INSTRUMENT_STATES,
  RULE_KINDS,
  TIER_CODES,
  type Condition,
  type Instrument,
  type NamedFact,
  type Rule,
  type ScheduleOption,
  type Text,
  type TimelineEvent,
  type Transition,
} from "../rule.js";
import { readCondition, type ConditionNames } from "./condition-syntax.js";

/** Everything a jurisdiction's files define by name, as written (read where it is used). */
export interface SharedNames extends ConditionNames {
  readonly sources: ReadonlyMap<string, unknown>;
  readonly texts: ReadonlyMap<string, unknown>;
  readonly schedules: ReadonlyMap<string, unknown>;
  readonly transitions: ReadonlyMap<string, unknown>;
}

type Context = z.core.$RefinementCtx;

/** Reads `raw` with `schema`, passing its issues on under `path`; z.NEVER when it fails. */
function readWith<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  ctx: Context,
  path: readonly (string | number)[] = [],
): z.output<Schema> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [...path, ...issue.path] } as never);
  return z.NEVER;
}

/** A name from a shared map, read with `schema`; an unknown name is an issue at the name. */
function named<Schema extends z.ZodType>(
  kind: string,
  pool: ReadonlyMap<string, unknown>,
  schema: Schema,
  name: string,
  ctx: Context,
): z.output<Schema> {
  if (!pool.has(name)) {
    ctx.addIssue({ code: "custom", message: `unknown ${kind} "${name}"; one of ${[...pool.keys()].join(", ")}` });
    return z.NEVER;
  }
  const result = schema.safeParse(pool.get(name));
  if (result.success) return result.data;
  ctx.addIssue({ code: "custom", message: `${kind} "${name}" is itself invalid (see where it is defined)` });
  return z.NEVER;
}

const nonEmpty = z.string().trim().min(1, "a non-empty text");
const day = isoDaySchema;
const confidence = z.enum(["V", "S", "M", "C"], { error: "V (verified), S (secondary), M (memory) or C (conflict)" });
export const textObject = z.strictObject({ en: nonEmpty, nl: nonEmpty });
export const urlText = z.string().regex(/^https?:\/\/\S+$/, "an http(s) URL");
const version = z.strictObject({ since: day, date: day, by: nonEmpty });
const versionList = z.array(version).min(1, "at least one version");

/** The schemas of one jurisdiction's files. */
export function tableFileSchema(jurisdiction: Jurisdiction, names: SharedNames) {
  const text = z
    .union([textObject, z.string()])
    .transform((value, ctx): Text =>
      typeof value === "string" ? named("text", names.texts, textObject, value, ctx) : value,
    );
  const url = z
    .string()
    .transform((value, ctx) =>
      /^https?:\/\//.test(value) ? value : named("source", names.sources, urlText, value, ctx),
    )
    .pipe(urlText);
  const condition = z.unknown().transform((raw, ctx): Condition => {
    const issues: { path: readonly (string | number)[]; message: string }[] = [];
    const read = readCondition(raw, names, issues);
    for (const issue of issues) ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path] });
    return read ?? z.NEVER;
  });
  const versions = z.union([z.string(), versionList]).transform((value, ctx) => {
    if (typeof value !== "string") return value;
    const schedule = named("schedule", names.schedules, scheduleList, value, ctx);
    if (!Array.isArray(schedule)) return z.NEVER;
    if (schedule.length === 1 && schedule[0]!.when === undefined) return schedule[0]!.versions;
    ctx.addIssue({ code: "custom", message: `schedule "${value}" has several options; name a plain list of versions` });
    return z.NEVER;
  });
  const option = z
    .strictObject({ when: condition.optional(), versions })
    .transform(({ when, versions: list }): ScheduleOption => ({ ...(when ? { when } : {}), versions: list }));
  /** A list of versions (one option) or a list of options, each with its own `when`. */
  const scheduleList: z.ZodType<ScheduleOption[]> = z.array(z.unknown()).transform((items, ctx) => {
    if (items.every((item) => typeof item === "object" && item !== null && "since" in item))
      return [{ versions: readWith(versionList, items, ctx) }];
    return readWith(z.array(option).min(1), items, ctx);
  });
  const schedule = z
    .union([z.string(), z.array(z.unknown())])
    .transform((value, ctx) =>
      typeof value === "string"
        ? named("schedule", names.schedules, scheduleList, value, ctx)
        : readWith(scheduleList, value, ctx),
    );
  const effect = z.discriminatedUnion(
    "kind",
    [
      z.strictObject({ kind: z.literal("grace_period"), until: day }),
      z.strictObject({ kind: z.literal("deferred"), to: day }),
      z.strictObject({ kind: z.literal("not_triggered") }),
      z.strictObject({ kind: z.literal("none") }),
    ],
    { error: "kind: grace_period (with until), deferred (with to), not_triggered or none" },
  );
  const transition = z
    .strictObject({ when: condition, effect, reason: text, citation: nonEmpty, since: day.optional() })
    .transform((value): Transition => value);
  const transitionList = z.array(transition);
  const transitions = z
    .union([z.string(), z.array(z.unknown())])
    .transform((value, ctx) =>
      typeof value === "string"
        ? named("transition list", names.transitions, transitionList, value, ctx)
        : readWith(transitionList, value, ctx),
    );
  const guarded = z.strictObject({ when: condition, reason: text });
  /** The fields a rule (or a group's defaults) may set; `null` unsets a default. */
  const ruleFields = z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.()-]*$/, "letters, digits and . ( ) -"),
    instrument: nonEmpty,
    article: nonEmpty,
    kind: z.enum(RULE_KINDS),
    addressee: nonEmpty,
    text,
    context: condition.nullable(),
    when: condition,
    why_not: text.nullable(),
    applies_from: schedule,
    applies_until: day.nullable(),
    transitions: transitions.nullable(),
    uncertain: guarded.nullable(),
    caveats: z.array(guarded).nullable(),
    replaces: nonEmpty.nullable(),
    tier: z.enum(TIER_CODES).nullable(),
    screen: z.boolean().nullable(),
    confidence,
    confidence_note: nonEmpty.nullable(),
    citation_url: url,
    penalty_ref: nonEmpty.nullable(),
  });
  const partialRule = ruleFields.partial();
  const REQUIRED = [
    "id",
    "instrument",
    "article",
    "addressee",
    "text",
    "when",
    "applies_from",
    "confidence",
    "citation_url",
  ] as const;
  const group = z
    .strictObject({ defaults: partialRule.omit({ id: true }).optional(), rules: z.array(partialRule).min(1) })
    .transform(({ defaults, rules }, ctx): Rule[] =>
      rules.flatMap((row, index) => {
        const merged = { kind: "obligation" as const, ...defaults, ...row };
        const missing = REQUIRED.filter((field) => merged[field] === undefined || merged[field] === null);
        if (missing.length > 0) {
          ctx.addIssue({
            code: "custom",
            path: ["rules", index],
            message: `missing ${missing.join(", ")} (set on the rule or in the group's defaults)`,
          });
          return [];
        }
        return [toRule(jurisdiction, merged as RuleRow)];
      }),
    );
  const instrument = z
    .strictObject({
      id: nonEmpty,
      title: text,
      cite: nonEmpty,
      url,
      confidence,
      confidence_note: nonEmpty.optional(),
      events: z.array(z.strictObject({ date: day, state: z.enum(INSTRUMENT_STATES), note: text })).min(1),
      watch: text.optional(),
      short_circuit_on_prohibition: z.boolean().optional(),
    })
    .transform(({ confidence_note, short_circuit_on_prohibition, ...rest }): Instrument => ({
      ...rest,
      jurisdiction,
      ...(confidence_note === undefined ? {} : { confidenceNote: confidence_note }),
      ...(short_circuit_on_prohibition === undefined
        ? {}
        : { shortCircuitOnProhibition: short_circuit_on_prohibition }),
    }));
  const event = z
    .strictObject({ id: nonEmpty, date: day, text, confidence, citation_url: url })
    .transform(({ citation_url, ...rest }): TimelineEvent => ({ ...rest, jurisdiction, citationUrl: citation_url }));
  const fact = z.strictObject({ when: condition, text }).transform((value): NamedFact => value);
  const annexIIIPoint = z.strictObject({
    // A bare point such as 2 reads as a number in YAML.
    point: z
      .union([z.string(), z.int()])
      .transform(String)
      .pipe(z.string().regex(/^\d(\([a-z]\))?$/, 'a point such as "5(b)"')),
    area: nonEmpty,
    when: condition,
  });
  const nameRecord = <Schema extends z.ZodType>(schema: Schema) =>
    z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, "a name in lower_snake_case"), schema);
  return z.strictObject({
    sources: nameRecord(urlText).optional(),
    texts: nameRecord(textObject).optional(),
    conditions: nameRecord(condition).optional(),
    schedules: nameRecord(schedule).optional(),
    transitions: nameRecord(transitions).optional(),
    facts: nameRecord(fact).optional(),
    annex_iii_points: z.array(annexIIIPoint).optional(),
    instruments: z.array(instrument).optional(),
    groups: z.array(group).optional(),
    timeline: z.array(event).optional(),
  });
}

interface RuleRow {
  readonly id: string;
  readonly instrument: string;
  readonly article: string;
  readonly kind: Rule["kind"];
  readonly addressee: string;
  readonly text: Text;
  readonly context?: Condition | null;
  readonly when: Condition;
  readonly why_not?: Text | null;
  readonly applies_from: readonly ScheduleOption[];
  readonly applies_until?: string | null;
  readonly transitions?: readonly Transition[] | null;
  readonly uncertain?: Rule["uncertain"] | null;
  readonly caveats?: Rule["caveats"] | null;
  readonly replaces?: string | null;
  readonly tier?: Rule["tier"] | null;
  readonly screen?: boolean | null;
  readonly confidence: Rule["confidence"];
  readonly confidence_note?: string | null;
  readonly citation_url: string;
  readonly penalty_ref?: string | null;
}

/** Optional fields left unset (or unset with null) are left out, as the engine expects. */
function toRule(jurisdiction: Jurisdiction, row: RuleRow): Rule {
  const optional = {
    context: row.context,
    whyNot: row.why_not,
    appliesUntil: row.applies_until,
    transitions: row.transitions,
    uncertain: row.uncertain,
    caveats: row.caveats,
    replaces: row.replaces,
    tier: row.tier,
    screen: row.screen,
    confidenceNote: row.confidence_note,
    penaltyRef: row.penalty_ref,
  };
  return {
    id: row.id,
    jurisdiction,
    instrument: row.instrument,
    article: row.article,
    kind: row.kind,
    addressee: row.addressee,
    text: row.text,
    trigger: row.when,
    appliesFrom: row.applies_from,
    confidence: row.confidence,
    citationUrl: row.citation_url,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined && value !== null)),
  };
}

/** The comparison matrix file (comparison-matrix.yaml). */
export const matrixFileSchema = z.strictObject({
  approaches: z.strictObject({ EU: textObject, CN: textObject, US: textObject }),
  rows: z.array(
    z.strictObject({
      id: nonEmpty,
      dimension: textObject,
      cells: z.strictObject({ EU: textObject, CN: textObject, US: textObject }),
    }),
  ),
});

/** The manifest (catalogues.yaml): which files make up each jurisdiction's catalogue, in order. */
export const manifestSchema = z.strictObject({
  catalogues: z.record(
    z.string(),
    z.array(z.string().regex(/^[a-z0-9-]+\.yaml$/, "a file name such as eu-gdpr.yaml")).min(1),
  ),
  matrix: z.string().regex(/^[a-z0-9-]+\.yaml$/, "a file name such as comparison-matrix.yaml"),
});
