/**
 * Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, as
 * published in PractRand), seeded through splitmix32. Only 32-bit integer arithmetic (Math.imul,
 * >>> 0), so the integer stream is identical on every machine and engine.
 */
export interface Rng {
  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number;
}

/** splitmix32 finaliser: spreads a 32-bit integer so that nearby seeds give unrelated states. */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Derives the seed of one Monte Carlo run, so a run's numbers do not depend on which worker ran it. */
export function runSeed(seed: number, runIndex: number): number {
  return mix32(mix32(seed >>> 0) ^ mix32(runIndex + 0x632be5ab));
}

export function sfc32(seed: number): Rng {
  let a = mix32(seed);
  let b = mix32(a ^ 0x1b873593);
  let c = mix32(b ^ 0xcc9e2d51);
  let d = 1;
  const nextUint = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The published recommendation: discard the first outputs so the state is well mixed.
  for (let i = 0; i < 12; i++) nextUint();
  return { next: () => nextUint() / 4294967296 };
}
