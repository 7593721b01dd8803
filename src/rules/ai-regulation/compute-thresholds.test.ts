import { describe, expect, it } from "vitest";
import { classifyTrainingCompute, modelsAboveThresholds, type ComputeConfidence } from "./compute-thresholds.js";

const verdictOf = (flop: number, confidence: ComputeConfidence, id: string) =>
  classifyTrainingCompute(flop, confidence).thresholds.find((result) => result.threshold.id === id)!.verdict;

describe("classifyTrainingCompute", () => {
  const cases: readonly {
    flop: number;
    confidence: ComputeConfidence;
    systemic: boolean;
    frontier: boolean;
    eu: string;
    ca: string;
  }[] = [
    { flop: 3e25, confidence: "Confident", systemic: true, frontier: false, eu: "uncertain", ca: "below" },
    { flop: 2e26, confidence: "Confident", systemic: true, frontier: true, eu: "above", ca: "uncertain" },
    { flop: 5e26, confidence: "Confident", systemic: true, frontier: true, eu: "above", ca: "above" },
    { flop: 1e25, confidence: "Confident", systemic: false, frontier: false, eu: "uncertain", ca: "below" },
    { flop: 8e25, confidence: "Likely", systemic: true, frontier: false, eu: "uncertain", ca: "uncertain" },
    { flop: 1e22, confidence: "Speculative", systemic: false, frontier: false, eu: "below", ca: "below" },
    { flop: 1e27, confidence: "Unknown", systemic: true, frontier: true, eu: "uncertain", ca: "uncertain" },
  ];
  for (const testCase of cases) {
    it(`${testCase.flop} FLOP (${testCase.confidence})`, () => {
      const result = classifyTrainingCompute(testCase.flop, testCase.confidence);
      expect(result.eu_systemic_presumed).toBe(testCase.systemic);
      expect(result.above_us_frontier).toBe(testCase.frontier);
      expect(verdictOf(testCase.flop, testCase.confidence, "EU-AIA-51-2")).toBe(testCase.eu);
      expect(verdictOf(testCase.flop, testCase.confidence, "US-CA-SB53")).toBe(testCase.ca);
    });
  }

  it("uses strict comparison at exactly 10^25 FLOP (Art 51(2) 'greater than')", () => {
    expect(classifyTrainingCompute(1e25, "Confident").eu_systemic_presumed).toBe(false);
  });

  it("refuses impossible compute", () => {
    expect(() => classifyTrainingCompute(-1, "Confident")).toThrowError(/non-negative/);
    expect(() => classifyTrainingCompute(Number.NaN, "Likely")).toThrowError(/finite/);
  });

  it("lists only models above a threshold, largest first", () => {
    const listed = modelsAboveThresholds([
      { id: "a", name: "Small", training_compute_flop: 1e24, confidence: "Confident" },
      { id: "b", name: "Systemic", training_compute_flop: 3e25, confidence: "Likely" },
      { id: "c", name: "Frontier", training_compute_flop: 2e26, confidence: "Speculative" },
    ]);
    expect(listed.map((model) => model.id)).toEqual(["c", "b"]);
  });
});
