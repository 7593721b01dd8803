import { describe, expect, it } from "vitest";
import { Z95 } from "../distributions.js";
import { parameterQuantile } from "../sample-params.js";
import { CORRELATIONS, PARAM_INDEX, PARAMETERS } from "./index.js";

describe("parameters as data", () => {
  it("have unique ids", () => {
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
  });

  it.each(PARAMETERS.map((spec) => ({ id: spec.id, spec })))(
    "$id has a unit, a source and a consistent 90% interval",
    ({ spec }) => {
      expect(spec.unit.length).toBeGreaterThan(0);
      expect(spec.source.length).toBeGreaterThan(10);
      expect(spec.description.length).toBeGreaterThan(10);
      const [p5, p95] = spec.interval90;
      expect(p5).toBeLessThanOrEqual(spec.value);
      expect(p95).toBeGreaterThanOrEqual(spec.value);
      // The stated interval and median must be what the distribution actually draws (to 1%).
      const relative = (x: number, y: number): number => Math.abs(x - y) / Math.max(Math.abs(y), 1e-12);
      expect(relative(parameterQuantile(spec, -Z95), p5)).toBeLessThan(0.01);
      expect(relative(parameterQuantile(spec, Z95), p95)).toBeLessThan(0.01);
      if (spec.distribution.kind !== "triangular")
        expect(relative(parameterQuantile(spec, 0), spec.value)).toBeLessThan(0.01);
    },
  );

  it("correlate only drawn parameters that exist", () => {
    for (const [a, b, rho] of CORRELATIONS) {
      expect(PARAM_INDEX[a], a).toBeDefined();
      expect(PARAM_INDEX[b], b).toBeDefined();
      expect(Math.abs(rho)).toBeLessThan(1);
    }
  });
});

describe("documentation", () => {
  it("lists every parameter in docs/simulation.md", async () => {
    const { readFile } = await import("node:fs/promises");
    const doc = await readFile(new URL("../../../docs/simulation.md", import.meta.url), "utf8");
    const missing = PARAMETERS.filter((spec) => !doc.includes(`\`${spec.id}\``)).map((spec) => spec.id);
    expect(missing).toEqual([]);
  });
});
