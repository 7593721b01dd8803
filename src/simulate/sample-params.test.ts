import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cholesky, correlatedNormals } from "./distributions.js";
import { CORRELATIONS, PARAMETER_COUNT, PARAMETERS } from "./params/index.js";
import { sfc32 } from "./rng.js";
import { createParameterSampler, medianParameters, parameterQuantile } from "./sample-params.js";

describe(createParameterSampler, () => {
  it("draws exactly each marginal's quantile of the correlated scores", () => {
    const drawn = PARAMETERS.flatMap((spec, i) => (spec.distribution.kind === "fixed" ? [] : [{ spec, i }]));
    const n = drawn.length;
    const position = new Map(drawn.map(({ spec }, k) => [spec.id, k]));
    const matrix = Array.from({ length: n * n }, (_, cell): number => (cell % (n + 1) === 0 ? 1 : 0));
    for (const [a, b, rho] of CORRELATIONS) {
      matrix[position.get(a)! * n + position.get(b)!] = rho;
      matrix[position.get(b)! * n + position.get(a)!] = rho;
    }
    const correlated = correlatedNormals(cholesky(matrix, n), n);
    const sampler = createParameterSampler();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const out = new Float64Array(PARAMETER_COUNT);
        sampler.draw(sfc32(seed), out);
        const expected = medianParameters();
        const z = new Float64Array(n);
        correlated(sfc32(seed), z);
        drawn.forEach(({ spec, i }, k) => (expected[i] = parameterQuantile(spec, z[k]!)));
        expect([...out]).toEqual([...expected]);
      }),
      { numRuns: 50 },
    );
  });
});
