import { describe, expect, it } from "vitest";
import { HAND_MADE_MODELS } from "../../test/support/population-models.js";
import { anchorValue, EXTERNAL_ANCHORS } from "./anchors.js";
import { NEUTRAL_LEVERS } from "./levers.js";
import { runScenario } from "./monte-carlo.js";
import { COUNT_METRICS } from "./population.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";
import type { Scenario } from "./scenario.js";

describe("external anchors", () => {
  it.each(EXTERNAL_ANCHORS.map((anchor) => [anchor.id, anchor] as const))(
    "%s cites an original document with a quote and says in English and Dutch what is compared",
    (_id, anchor) => {
      expect(anchor.source.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(anchor.source.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(anchor.source.quote.length).toBeGreaterThan(40);
      for (const text of [anchor.claim, anchor.note]) {
        expect(text.en.length).toBeGreaterThan(20);
        expect(text.nl.length).toBeGreaterThan(20);
        expect(text.nl).not.toBe(text.en);
      }
      // A figure is compared only with a simulator output that exists; without one the note says why not.
      expect(anchor.value === null).toBe(anchor.compare === null);
      if (anchor.compare && "count" in anchor.compare) expect(COUNT_METRICS).toContain(anchor.compare.count);
      else if (anchor.compare) expect(OUTPUT_QUANTITIES).toContain(anchor.compare.quantity);
      else expect(anchor.note.en).toMatch(/^Not compared/);
    },
  );

  it("has one id per anchor and the published capital-spending guidance of a US and a Chinese company", () => {
    expect(new Set(EXTERNAL_ANCHORS.map((a) => a.id)).size).toBe(EXTERNAL_ANCHORS.length);
    expect(EXTERNAL_ANCHORS.map((a) => a.id)).toEqual(
      expect.arrayContaining(["meta-capex-2025", "alibaba-capex-2025-2027"]),
    );
  });

  describe(anchorValue, () => {
    const scenario: Scenario = {
      name: "small",
      description: "",
      endYear: 2030,
      runs: 40,
      seed: 5,
      levers: NEUTRAL_LEVERS,
      parameters: {},
    };
    const byId = (id: string) => EXTERNAL_ANCHORS.find((anchor) => anchor.id === id)!;
    const models = byId("epoch-models-above-1e26-2030");

    it("compares Epoch's count by the start of 2030 with the three blocs' count above 1e26 up to the end of 2029", () => {
      const result = runScenario(scenario, [], HAND_MADE_MODELS);
      const total = result.counts!.series.modelsAbove1e26.total;
      const y = result.counts!.years.indexOf(2029);
      expect(anchorValue(result, models)).toEqual({ median: total.p50[y], low: total.p5[y], high: total.p95[y] });
    });

    it("has no number for a count without counts, nor for an anchor not compared", () => {
      const result = runScenario(scenario);
      expect(anchorValue(result, models)).toBeNull();
      expect(anchorValue(result, byId("meta-capex-2025"))).toBeNull();
      const y = result.years.indexOf(2030);
      expect(anchorValue(result, byId("epoch-2e29-feasible-2030"))).toEqual({
        median: result.series.frontierTraining.us.p50[y],
        low: result.series.frontierTraining.us.p5[y],
        high: result.series.frontierTraining.us.p95[y],
      });
    });
  });
});
