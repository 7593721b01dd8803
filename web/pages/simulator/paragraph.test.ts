import { describe, expect, it } from "vitest";
import { NEUTRAL_LEVERS, runScenario } from "../../../src/simulate/index.js";
import { paragraphNumbers, paragraphReason, scenarioParagraph, type ParagraphNumbers } from "./paragraph.js";

const numbers = (overrides: Partial<ParagraphNumbers>): ParagraphNumbers => ({
  share: 0.05,
  lag: 30,
  effectiveLag: 12,
  passed: 0,
  kept: 114,
  ...overrides,
});

describe(scenarioParagraph, () => {
  const strict = { label: "strict", numbers: numbers({ share: 0.025, lag: 40, effectiveLag: 13 }) };
  const baseline = { label: "baseline", numbers: numbers({ passed: 3 / 114 }) };

  it("writes the numbers in English, with a zero chance as an upper bound and its count of runs", () => {
    const text = scenarioParagraph(strict, baseline, 2030, "en");
    expect(text).toContain(
      "Under “strict”, China holds 2.5% of the world's compute in 2030 (0.5 times the 5% under “baseline”)",
    );
    expect(text).toContain("40 months behind the US in largest training run (+10 months against “baseline”)");
    expect(text).toContain("13 months behind the leader in effective compute (+1)");
    expect(text).toContain("by then is below 2.7% (0 of 114 runs).");
    expect(text).not.toMatch(/\b0(\.0)?%/);
    expect(text).toContain("algorithms diffuse to followers within months");
  });

  it("writes the same paragraph in Dutch, with Dutch numbers and the chance with its uncertainty", () => {
    const text = scenarioParagraph(baseline, strict, 2030, "nl");
    expect(text).toContain(
      "Bij „baseline” heeft China in 2030 5% van de rekenkracht van de wereld (2 keer de 2,5% bij „strict”)",
    );
    expect(text).toContain("(-10 maanden tegenover „strict”)");
    expect(text).toContain("ingehaald, is 2,6% ± 1,5 (3 van 114 runs).");
    expect(text).toContain("algoritmen binnen maanden naar volgers doorsijpelen");
  });
});

describe(paragraphReason, () => {
  it.each([
    { a: { share: 0.025, effectiveLag: 13 }, reason: "why.diffusion" },
    { a: { share: 0.025, effectiveLag: 20 }, reason: "why.compute" },
    { a: { share: 0.05, effectiveLag: 20 }, reason: "why.algorithms" },
    { a: { share: 0.051, effectiveLag: 12.5 }, reason: "why.same" },
  ])("explains $a with $reason", ({ a, reason }) => {
    expect(paragraphReason(numbers(a), numbers({}))).toBe(reason);
  });
});

describe(paragraphNumbers, () => {
  it("reads China's medians and the chance of a pass from a simulated year, so strict controls lower the share", () => {
    const scenario = { name: "s", description: "", endYear: 2030, runs: 150, seed: 4, parameters: {} };
    const open = runScenario({ ...scenario, levers: NEUTRAL_LEVERS });
    const closed = runScenario({ ...scenario, levers: { ...NEUTRAL_LEVERS, exportControlStrictness: 4 } });
    const a = paragraphNumbers(closed, 2030);
    const b = paragraphNumbers(open, 2030);
    expect(a.kept).toBe(150);
    expect(a.share).toBeLessThan(b.share);
    expect(a.passed >= 0 && a.passed <= 1).toBe(true);
    expect(scenarioParagraph({ label: "x", numbers: a }, { label: "y", numbers: b }, 2030, "en")).toMatch(
      / by then is (below [\d.]+% \(0 of 150 runs\)|[\d.]+% ± [\d.]+ \(\d+ of 150 runs\))\./,
    );
  });
});
