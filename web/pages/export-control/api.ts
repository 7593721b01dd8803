/**
 * The export-control endpoints the page reads, and the shapes it uses of their answers. GETs go through the
 * shared cached client; a custom chip is POSTed (not cached: every body is a new question).
 */
import type { PlainAnswer } from "../../../src/domain/plain-answer.js";
import { ApiError, getJson, withQuery, type QueryParams } from "../../api/client.js";
import type { Lang } from "../../i18n/locale.js";

export type { PlainAnswer };

export interface Citation {
  readonly instrument: string;
  readonly sources: readonly string[];
}

export interface Reason {
  readonly text: string;
  readonly citation: Citation;
  readonly confidence: string;
}

export interface Caveat {
  readonly text: string;
  readonly kind: string;
  readonly citation?: Citation;
}

export type LicenceAnswer =
  | { readonly kind: "no_licence" }
  | {
      readonly kind: "licence_required";
      readonly basis: string;
      readonly reviewPolicy: string;
      readonly reviewPolicyConfidence: string;
    }
  | { readonly kind: "licence_exception"; readonly exception: string; readonly notificationRequired: boolean | null }
  | { readonly kind: "indeterminate"; readonly decidingInputs: readonly string[] };

export interface CheckResult {
  readonly question: { readonly destination: string; readonly date: string; readonly mode: string };
  readonly metrics: { readonly tpp: number | null; readonly pd: number | null; readonly steps: readonly string[] };
  readonly classification: {
    readonly status: string;
    readonly eccn: string | null;
    readonly regime: string;
    readonly decidingInputs: readonly string[];
  };
  readonly answer: LicenceAnswer;
  readonly code: string;
  readonly reasons: readonly Reason[];
  readonly caveats: readonly Caveat[];
  readonly confidence: string;
  readonly citations: readonly Citation[];
}

export interface TimelineSegment {
  readonly from: string;
  readonly until: string;
  readonly code: string;
  readonly answer: LicenceAnswer;
  readonly eccn: string | null;
  readonly result: { readonly citations: readonly Citation[] };
}

export interface ChipStatus {
  readonly id: string;
  readonly name: string;
  readonly manufacturer: string | null;
  readonly release_date: string | null;
  readonly tpp: number | null;
  readonly pd: number | null;
  readonly status: string;
  readonly eccn: string | null;
  readonly code: string;
  readonly answer: string;
}

export interface RuleVersion {
  readonly id: string;
  readonly title: string;
  readonly effective: string;
  readonly compliance?: string;
  readonly citation: Citation;
  readonly confidence: string;
}

export interface Rules {
  readonly rule_versions: readonly RuleVersion[];
  readonly thresholds: {
    readonly rule_2022: { readonly tppMin: number; readonly interconnectMinGBps: number; readonly citation: Citation };
    readonly rule_2023: {
      readonly a1: { readonly tppMin: number };
      readonly a2: { readonly tppMin: number; readonly pdMin: number };
      readonly b1: {
        readonly tppMin: number;
        readonly tppBelow: number;
        readonly pdMin: number;
        readonly pdBelow: number;
      };
      readonly b2: { readonly tppMin: number; readonly pdMin: number; readonly pdBelow: number };
      readonly citation: Citation;
    };
    readonly rv10: { readonly tppBelow: number; readonly citation: Citation };
  };
  /** Every answer code with its meaning, per language. */
  readonly legend: Readonly<Record<Lang, Readonly<Record<string, string>>>>;
}

/** What the page asks: a destination, a day, an end user's headquarters, a mode, and the datacenter flag if known. */
export interface Question {
  readonly to: string;
  readonly date: string;
  readonly endUserHq: string | null;
  readonly mode: "enforced" | "as_written";
  readonly datacenter: boolean | null;
}

function questionParams(question: Question): QueryParams {
  return {
    to: question.to,
    end_user_hq: question.endUserHq,
    mode: question.mode,
    datacenter: question.datacenter === null ? null : String(question.datacenter),
  };
}

/** A curated fact of a stored chip as the answer lists it: the value, its source and where it is written. */
export interface CuratedFact {
  readonly field: string;
  readonly value: unknown;
  readonly source: string;
  readonly file: string;
  readonly line: number;
}

/** What the answer says of the stored chip it used. */
export interface StoredChipSummary {
  readonly curated_facts: readonly CuratedFact[];
}

/** One chip's answer, in plain words in the page's language, with the values the reader gave. */
export function fetchChipCheck(
  id: string,
  question: Question,
  lang: Lang,
  given: Readonly<Record<string, number>>,
): Promise<{ data: { result: CheckResult; plain: PlainAnswer; chip: StoredChipSummary } }> {
  return getJson(
    withQuery(`/api/v1/chips/${encodeURIComponent(id)}/export-control`, {
      ...questionParams(question),
      ...Object.fromEntries(Object.entries(given).map(([parameter, value]) => [parameter, String(value)])),
      date: question.date,
      lang,
    }),
  );
}

export function fetchTimeline(
  id: string,
  question: Question,
  until: string,
): Promise<{ data: { segments: readonly TimelineSegment[] } }> {
  return getJson(
    withQuery(`/api/v1/chips/${encodeURIComponent(id)}/export-control/timeline`, {
      ...questionParams(question),
      until,
    }),
  );
}

export function chipsUrl(question: Question, extension = ""): string {
  return withQuery(`/api/v1/export-control/chips${extension}`, {
    to: question.to,
    date: question.date,
    end_user_hq: question.endUserHq,
    mode: question.mode,
  });
}

export function fetchChips(question: Question): Promise<{ data: readonly ChipStatus[]; total: number }> {
  return getJson(chipsUrl(question));
}

export function fetchRules(): Promise<{ data: Rules }> {
  return getJson("/api/v1/export-control/rules");
}

export async function postCustomCheck(
  chip: { tpp: number; pd: number | null; datacenter: boolean | null },
  question: Question,
  lang: Lang,
): Promise<{ data: CheckResult; plain: PlainAnswer }> {
  const body = {
    chip: { name: "custom", tpp: chip.tpp, ...(chip.pd === null ? {} : { pd: chip.pd }), datacenter: chip.datacenter },
    destination: question.to,
    endUserHq: question.endUserHq,
    date: question.date,
    mode: question.mode,
  };
  const response = await fetch(`/api/v1/export-control/check?lang=${lang}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as {
    data: CheckResult;
    plain: PlainAnswer;
    message?: string;
    parameter?: string;
  } | null;
  if (!response.ok || !json)
    throw new ApiError(
      response.status,
      json?.parameter ?? null,
      json?.message ?? `${response.status} ${response.statusText}`,
    );
  return json;
}
