/**
 * The export-control endpoints the page reads, and the shapes it uses of their answers. GETs go through the
 * shared cached client; a custom chip is POSTed (not cached: every body is a new question).
 */
import type { PlainAnswer } from "../../../src/domain/plain-answer.js";
import type {
  CheckResult,
  ChipCheckQuery,
  ChipsQuery,
  ChipStatus,
  CustomCheckBody,
  CustomCheckQuery,
  Rules,
  TimelineQuery,
  TimelineSegment,
} from "../../../src/contract/export-control.js";
import { ApiError, getJson, withQuery } from "../../api/client.js";
import type { Lang } from "../../i18n/locale.js";

export type { PlainAnswer };
export type {
  CheckResult,
  ChipStatus,
  Citation,
  LicenceAnswer,
  Rules,
  TimelineSegment,
} from "../../../src/contract/export-control.js";

/** What the page asks: a destination, a day, an end user's headquarters, a mode, and the datacenter flag if known. */
export interface Question {
  readonly to: string;
  readonly date: string;
  readonly endUserHq: string | null;
  readonly mode: "enforced" | "as_written";
  readonly datacenter: boolean | null;
}

/** The question as the contract's query parameters (the request types come from src/contract). */
function questionParams(question: Question) {
  return {
    to: question.to,
    end_user_hq: question.endUserHq ?? undefined,
    mode: question.mode,
    datacenter: question.datacenter === null ? undefined : question.datacenter ? ("true" as const) : ("false" as const),
  } satisfies Pick<ChipsQuery, "to" | "end_user_hq" | "mode" | "datacenter">;
}

/** A curated fact of a stored chip as the answer lists it: the value, its source and where it is written. */
export interface CuratedFact {
  readonly field: string;
  readonly value: unknown;
  readonly source: string;
  /** Who published the source, for the reader (the id is for the data file). */
  readonly publisher: string | null;
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
    } satisfies ChipCheckQuery),
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
    } satisfies TimelineQuery),
  );
}

export function chipsUrl(question: Question, extension = ""): string {
  return withQuery(`/api/v1/export-control/chips${extension}`, {
    to: question.to,
    date: question.date,
    end_user_hq: question.endUserHq ?? undefined,
    mode: question.mode,
  } satisfies ChipsQuery);
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
  const body: CustomCheckBody = {
    chip: { name: "custom", tpp: chip.tpp, ...(chip.pd === null ? {} : { pd: chip.pd }), datacenter: chip.datacenter },
    destination: question.to,
    endUserHq: question.endUserHq,
    date: question.date,
    mode: question.mode,
  };
  const response = await fetch(withQuery("/api/v1/export-control/check", { lang } satisfies CustomCheckQuery), {
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
