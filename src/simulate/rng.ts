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

/** sfc32's four 32-bit words as fields of one object: no closures to allocate per run. */
class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seed: number) {
    this.a = mix32(seed);
    this.b = mix32(this.a ^ 0x1b873593);
    this.c = mix32(this.b ^ 0xcc9e2d51);
    // The published recommendation: discard the first outputs so the state is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint();
  }

  private nextUint(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint() / 4294967296;
  }
}

export function sfc32(seed: number): Rng {
  return new Sfc32(seed);
}
