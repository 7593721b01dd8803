import { describe, expect, it } from "vitest";
import { countedModels, countTargets } from "./count-targets.js";
import {
  backtestInputs,
  CALIBRATION_YEARS,
  followerFrontierTargets,
  PUBLISHED_TARGETS,
  usFrontierTargets,
  usShareTargets,
} from "./calibration-targets.js";
import { BLOCS, cluster, model } from "./test-fixtures.js";

const us = (name: string, date: string, flop: number) =>
  model({
    name,
    date,
    trainingComputeFlop: flop,
    developerCountries: ["US"],
    provenance: { sourceId: "epoch-notable-ai-models", row: 1 },
  });
const cn = (name: string, date: string, flop: number) =>
  model({ name, date, trainingComputeFlop: flop, developerCountries: ["CN"] });

const MODELS = [
  us("A", "2015-06-01", 1e21),
  us("B", "2017-03-01", 1e22),
  us("C", "2019-05-01", 5e21), // below the record: never a target
  model({
    name: "Large run, not notable",
    dataset: "large_scale",
    date: "2018-01-01",
    trainingComputeFlop: 1e25,
    developerCountries: ["US"],
  }),
  us("D", "2026-02-01", 1e27), // after the calibration window
  cn("Old", "2020-01-01", 1e24), // before the China trend window
  // Exactly 3x a year from 2021, with a smaller model in each year that must not count.
  ...[2021, 2022, 2023, 2024, 2025].flatMap((year, k) => [
    cn(`CN ${year}`, `${year}-06-01`, 1e23 * 3 ** k),
    cn(`CN small ${year}`, `${year}-02-01`, 1e21),
  ]),
];
const inputs = { models: MODELS, clusters: [], blocs: BLOCS };

describe(usFrontierTargets, () => {
  it.each([
    { year: 2016, value: 1e21, model: "A" },
    { year: 2017, value: 1e22, model: "B" },
    { year: 2019, value: 1e22, model: "B" },
    { year: 2025, value: 1e22, model: "B" },
  ])("in $year the running maximum is $value ($model)", ({ year, value, model: name }) => {
    const target = usFrontierTargets(inputs).find((t) => t.year === year)!;
    expect(target).toMatchObject({
      bloc: "us",
      quantity: "frontierTraining",
      value,
      tolerance: 0.6,
      sourceId: "epoch-notable-ai-models",
      indicator: "frontier-compute",
    });
    expect(target.source).toContain(`(${name})`);
  });

  it("covers 2016-2025 only", () => {
    expect(usFrontierTargets(inputs).map((t) => t.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });
});

describe(followerFrontierTargets, () => {
  it("is China's running maximum from its first model on, as the frontier-compute indicator draws it", () => {
    const china = followerFrontierTargets(inputs).filter((t) => t.bloc === "china");
    expect(china.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // 2020 "Old" (1e24) stands until the 3x/yr series passes it in 2024 (1e23 x 27 = 2.7e24).
    expect(china.map((t) => t.value)).toEqual(
      [1e24, 1e24, 1e24, 1e24, 2.7e24, 8.1e24].map((v) => expect.closeTo(v, -18)),
    );
    expect(china[0]).toMatchObject({ tolerance: 0.5, indicator: "frontier-compute" });
    expect(china.at(-1)!.source).toContain("Chinese organisations published up to 2025 (CN 2025)");
  });
});

describe(usShareTargets, () => {
  it("reads the US share of operational H100e at the end of 2024 and 2025 from the clusters", () => {
    const clusters = [
      cluster({ name: "US one", countries: ["US"], firstOperational: "2023-01-01", h100Equivalents: 300 }),
      cluster({ name: "CN one", countries: ["CN"], firstOperational: "2023-01-01", h100Equivalents: 100 }),
      cluster({ name: "US late", countries: ["US"], firstOperational: "2025-03-01", h100Equivalents: 600 }),
    ];
    const targets = usShareTargets({ ...inputs, clusters });
    expect(targets.map((t) => [t.year, t.value])).toEqual([
      [2024, 0.75],
      [2025, 0.9],
    ]);
    expect(targets[0]).toMatchObject({ quantity: "worldShare", tolerance: 0.1, indicator: "installed-compute" });
  });

  it("gives no share target without clusters", () => {
    expect(usShareTargets(inputs)).toEqual([]);
  });
});

describe(backtestInputs, () => {
  it("scores every target and lets each origin fit only on the targets of that year and before", () => {
    const { observations, fitTargets } = backtestInputs(inputs);
    expect(observations.filter((t) => t.indicator === null)).toEqual(PUBLISHED_TARGETS);
    expect(fitTargets(2022).every((t) => t.year <= 2022)).toBe(true);
    expect(fitTargets(2022)).toEqual(observations.filter((t) => t.year <= 2022));
  });

  it("adds the counts and the models they are learned from, up to the end of the calibration years", () => {
    const { counts } = backtestInputs(inputs);
    expect(counts.observations).toEqual(countTargets(inputs, CALIBRATION_YEARS.to));
    expect(counts.models).toEqual(countedModels(inputs));
  });
});
