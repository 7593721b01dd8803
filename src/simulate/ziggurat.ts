/**
 * Standard normal draws by Marsaglia and Tsang's ziggurat (J. Stat. Softw. 5(8), 2000), 128 layers: about
 * 99% of draws cost one 32-bit uniform, a multiplication and a comparison (no log, sqrt or trigonometry).
 * Unlike the published code the layer comes from the low 7 bits and the value from the other 25, so no bit
 * serves both. The tables are computed once with Math.exp/log/sqrt, which V8 evaluates alike everywhere, and
 * every draw consumes a seed-determined number of uniforms: the same seed gives the same numbers.
 */
import type { Rng } from "./rng.js";

const LAYERS = 128;
/** Start of the tail and area of each layer, for 128 layers (Marsaglia and Tsang, table for the normal). */
const R = 3.442619855899;
const AREA = 9.91256303526217e-3;
/** Scale of the 25-bit signed value (plus one half): |value| <= 2^24. */
const M = 2 ** 24;

/** k[i]: values below it fall inside layer i's rectangle; w[i]: layer i's width per unit of value; f[i]: e^(-x_i^2/2). */
const k = new Float64Array(LAYERS);
const w = new Float64Array(LAYERS);
const f = new Float64Array(LAYERS);
{
  let x = R;
  const q = AREA / Math.exp(-0.5 * x * x);
  k[0] = (x / q) * M;
  k[1] = 0;
  w[0] = q / M;
  w[LAYERS - 1] = x / M;
  f[0] = 1;
  f[LAYERS - 1] = Math.exp(-0.5 * x * x);
  for (let i = LAYERS - 2; i >= 1; i--) {
    const inner = Math.sqrt(-2 * Math.log(AREA / x + Math.exp(-0.5 * x * x)));
    k[i + 1] = (inner / x) * M;
    x = inner;
    f[i] = Math.exp(-0.5 * x * x);
    w[i] = x / M;
  }
}

/** A standard normal draw. */
export function normal(rng: Rng): number {
  for (;;) {
    const bits = (rng.next() * 4294967296) | 0; // the uniform's 32 bits as a signed integer
    const layer = bits & (LAYERS - 1);
    const value = (bits >> 7) + 0.5; // centred: as many values on each side of zero
    const x = value * w[layer]!;
    if (Math.abs(value) < k[layer]!) return x; // inside the layer's rectangle
    if (layer === 0) return tail(rng, value < 0);
    // In the wedge between the rectangle and the curve: accept under the density.
    if (f[layer]! + rng.next() * (f[layer - 1]! - f[layer]!) < Math.exp(-0.5 * x * x)) return x;
  }
}

/** Beyond R: Marsaglia's exponential rejection for the normal tail. */
function tail(rng: Rng, negative: boolean): number {
  for (;;) {
    const x = -Math.log(1 - rng.next()) / R; // 1 - next() is in (0, 1]: the log is finite
    const y = -Math.log(1 - rng.next());
    if (y + y >= x * x) return negative ? -R - x : R + x;
  }
}
