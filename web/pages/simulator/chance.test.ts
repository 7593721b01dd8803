import { describe, expect, it } from "vitest";
import { chancePhrase } from "./chance.js";

describe(chancePhrase, () => {
  it.each([
    { share: 0, runs: 114, lang: "en" as const, text: "below 2.7% (0 of 114 runs)" },
    { share: 0, runs: 114, lang: "nl" as const, text: "onder 2,7% (0 van 114 runs)" },
    { share: 0.05, runs: 100, lang: "en" as const, text: "5% ± 2.2 (5 of 100 runs)" },
  ])("$share of $runs in $lang reads $text", ({ share, runs, lang, text }) =>
    expect(chancePhrase(share, runs, lang)).toBe(text),
  );
});
