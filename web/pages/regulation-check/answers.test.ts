import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersFromQuery, encodeAnswer, profileFromAnswers, type AnswerValue, type Answers } from "./answers.js";
import { QUESTIONS, type Question } from "./questions.js";

/** A valid answer for each kind of question. */
function answerOf(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case "boolean":
    case "tristate":
      return fc.boolean();
    case "set":
      return fc.uniqueArray(fc.constantFrom(...question.options.map((option) => option.value)), { minLength: 1 });
    case "choice":
      return fc.constantFrom(...question.options.map((option) => option.value));
    case "number":
      return question.integer ? fc.integer({ min: 0, max: 1e9 }) : fc.double({ min: 1, max: 1e27, noNaN: true });
    case "country":
      return fc.constantFrom("NL", "US", "CN");
    case "text":
      return fc.string({ minLength: 1 }).filter((text) => !/^\s*$/.test(text));
    case "markets":
      return fc.uniqueArray(
        fc.record({
          jurisdiction: fc.constantFrom(...question.options.map((option) => option.value)),
          date: fc.option(fc.constantFrom("2025-01-01", "2028-03-01"), { nil: null }),
        }),
        { minLength: 1, selector: (market) => market.jurisdiction },
      );
  }
}

const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(QUESTIONS.map((question) => [question.field, answerOf(question)])) as Record<
      string,
      fc.Arbitrary<AnswerValue>
    >,
    { requiredKeys: [] },
  )
  .map((record) => record as Answers); // keys left out are unanswered questions

function toQuery(answers: Answers): URLSearchParams {
  const query = new URLSearchParams();
  for (const question of QUESTIONS) {
    const text = encodeAnswer(question, answers[question.field]);
    if (text !== null) query.set(question.field, text);
  }
  return query;
}

describe("answers in the URL", () => {
  it("round-trip: the URL gives back the same profile", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(profileFromAnswers(answersFromQuery(toQuery(answers)))).toEqual(profileFromAnswers(answers));
      }),
    );
  });

  it.each([
    ["a default boolean is left out", { personal_data: true, profiling: false }, {}],
    ["a changed default is sent", { personal_data: false, profiling: true }, { personal_data: false, profiling: true }],
    ["nested fields nest", { "user_counts.mau_CN": 200000 }, { user_counts: { mau_CN: 200000 } }],
    [
      "markets carry their placement day",
      {
        markets: [
          { jurisdiction: "EU-NL", date: "2028-03-01" },
          { jurisdiction: "US-CA", date: null },
        ],
      },
      { markets: [{ jurisdiction: "EU-NL", placed_on_market_date: "2028-03-01" }, { jurisdiction: "US-CA" }] },
    ],
    ["an empty set is left out", { roles: [] }, {}],
    [
      "'let the engine decide' is left out",
      { public_opinion_or_mobilization: undefined as unknown as AnswerValue },
      {},
    ],
  ])("%s", (_name, answers, profile) => {
    expect(profileFromAnswers(answers as Answers)).toEqual(profile);
  });

  it.each([
    ["profiling=yes", "profiling", "yes"],
    ["training_compute_flop=lots", "training_compute_flop", "lots"],
    ["provider_established_in=N1", "provider_established_in", "N1"],
  ])("passes an unreadable value on as text for the API to name (%s)", (_name, field, text) => {
    const profile = profileFromAnswers(answersFromQuery(new URLSearchParams({ [field]: text })));
    expect(profile[field]).toBe(text);
  });

  it("has help or a self-explanatory label, and both languages, for every question and option", () => {
    for (const question of QUESTIONS) {
      expect(question.label.en, question.field).not.toBe("");
      expect(question.label.nl, question.field).not.toBe("");
      expect(question.help.en === "", question.field).toBe(question.help.nl === "");
      for (const option of "options" in question ? question.options : []) {
        expect(option.label.en, option.value).not.toBe("");
        expect(option.label.nl, option.value).not.toBe("");
      }
    }
  });
});
