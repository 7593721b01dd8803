/**
 * Answers live in the URL, one parameter per profile field (?roles=provider,deployer&profiling=1&at=2026-11-27),
 * so a link reproduces the questionnaire and its result. A value the page cannot read is passed on as it
 * is, and the API's 400 names the field.
 */
import { QUESTIONS, type Question } from "./questions.js";

export interface MarketAnswer {
  readonly jurisdiction: string;
  readonly date: string | null;
}

export type AnswerValue = boolean | number | string | readonly string[] | readonly MarketAnswer[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Parameters that are not profile fields: the step shown and the assessment day. */
export const STEP_PARAM = "step";
export const DATE_PARAM = "at";

function decode(question: Question, text: string): AnswerValue {
  switch (question.kind) {
    case "boolean":
    case "tristate":
      return text === "1" ? true : text === "0" ? false : text;
    case "set":
      return text.split(",").filter((part) => part !== "");
    case "number":
      return /^\s*$/.test(text) || !Number.isFinite(Number(text)) ? text : Number(text);
    case "markets":
      return text
        .split(",")
        .filter((part) => part !== "")
        .map((part) => {
          const [jurisdiction = "", date] = part.split("@");
          return { jurisdiction, date: date && date !== "" ? date : null };
        });
    default:
      return text;
  }
}

/** The URL text of an answer, or null when the answer is the default and the parameter can go. */
export function encodeAnswer(question: Question, value: AnswerValue | undefined): string | null {
  if (value === undefined || value === "") return null;
  if (question.kind === "boolean")
    return value === question.defaultValue ? null : value === true ? "1" : value === false ? "0" : String(value);
  if (question.kind === "tristate") return value === true ? "1" : value === false ? "0" : String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return question.kind === "markets"
      ? (value as readonly MarketAnswer[])
          .map((market) => (market.date ? `${market.jurisdiction}@${market.date}` : market.jurisdiction))
          .join(",")
      : (value as readonly string[]).join(",");
  }
  return String(value);
}

export function answersFromQuery(query: URLSearchParams): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const question of QUESTIONS) {
    const text = query.get(question.field);
    if (text !== null && text !== "") answers[question.field] = decode(question, text);
  }
  return answers;
}

/** The system profile the answers describe; unanswered fields are left out so the engine's defaults apply. */
export function profileFromAnswers(answers: Answers): Record<string, unknown> {
  const profile: Record<string, unknown> = {};
  for (const question of QUESTIONS) {
    const value = answers[question.field];
    if (encodeAnswer(question, value) === null) continue;
    const wire =
      question.kind === "markets"
        ? (value as readonly MarketAnswer[]).map((market) =>
            market.date
              ? { jurisdiction: market.jurisdiction, placed_on_market_date: market.date }
              : { jurisdiction: market.jurisdiction },
          )
        : value;
    const path = question.field.split(".");
    let target = profile;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]!] = wire;
  }
  return profile;
}
