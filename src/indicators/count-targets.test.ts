import { describe, expect, it } from "vitest";
import { countedModels, countTargets, FIRST_COUNT_YEAR } from "./count-targets.js";
import { BLOCS, model } from "./test-fixtures.js";

const MODELS = [
  model({ name: "US 2023", date: "2023-03-01", trainingComputeFlop: 2e25, developerCountries: ["US"] }),
  model({ name: "US-CN 2024", date: "2024-05-01", trainingComputeFlop: 3e26, developerCountries: ["US", "CN"] }),
  model({ name: "FR 2024, no estimate", date: "2024-07-01", developerCountries: ["FR"] }),
  model({ name: "DE 2025", date: "2025-01-01", trainingComputeFlop: 5e24, developerCountries: ["DE"] }),
  model({ name: "Undated", trainingComputeFlop: 1e27, developerCountries: ["US"] }),
  model({
    name: "Large-scale, not notable",
    dataset: "large_scale",
    date: "2024-01-01",
    trainingComputeFlop: 1e26,
    developerCountries: ["US"],
  }),
];
const inputs = { models: MODELS, clusters: [], blocs: BLOCS };

const valueOf = (bloc: string, metric: string, year: number) =>
  countTargets(inputs, 2025).find((t) => t.bloc === bloc && t.metric === metric && t.year === year)?.value;

describe(countTargets, () => {
  it("counts notable models per bloc and year, every bloc of a model's developers counting it", () => {
    expect(valueOf("us", "notableModels", 2024)).toBe(1);
    expect(valueOf("china", "notableModels", 2024)).toBe(1);
    expect(valueOf("eu", "notableModels", 2024)).toBe(1);
    expect(valueOf("us", "notableModels", 2022)).toBe(0);
  });

  it("counts notable models above 1e25 and 1e26 FLOP published up to the end of each year", () => {
    expect([2022, 2023, 2024, 2025].map((year) => valueOf("us", "modelsAbove1e25", year))).toEqual([0, 1, 2, 2]);
    expect([2023, 2024].map((year) => valueOf("us", "modelsAbove1e26", year))).toEqual([0, 1]);
    expect(valueOf("china", "modelsAbove1e26", 2024)).toBe(1);
    expect(valueOf("eu", "modelsAbove1e25", 2025)).toBe(0);
  });

  it("gives every bloc, metric and year from the first count year on", () => {
    expect(countTargets(inputs, 2025)).toHaveLength(3 * 3 * (2025 - FIRST_COUNT_YEAR + 1));
  });
});

describe(countedModels, () => {
  it("lists every dated notable model once per bloc, and its counts are the indicator's", () => {
    const counted = countedModels(inputs);
    expect(counted).toEqual([
      { bloc: "us", year: 2023, computeFlop: 2e25 },
      { bloc: "us", year: 2024, computeFlop: 3e26 },
      { bloc: "china", year: 2024, computeFlop: 3e26 },
      { bloc: "eu", year: 2024, computeFlop: null },
      { bloc: "eu", year: 2025, computeFlop: 5e24 },
    ]);
    for (const target of countTargets(inputs, 2025).filter((t) => t.metric === "notableModels"))
      expect(counted.filter((m) => m.bloc === target.bloc && m.year === target.year).length).toBe(target.value);
  });
});
