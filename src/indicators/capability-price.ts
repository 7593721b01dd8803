/**
 * The price of a capability level: which list prices are in effect on a day, what a million tokens cost
 * under a blend of input and output, which capability (Epoch AI's ECI) each priced model reaches, and the
 * cheapest price at or above a level. Pure: every function reads only its arguments.
 */
import type { CapabilityObservation, PriceObservation } from "../domain/price.js";
import type { Localized } from "./series.js";

/** Weights of input and output tokens in a blended price: 3:1 means three input tokens per output token. */
export interface Blend {
  readonly input: number;
  readonly output: number;
}

/** "3:1" -> { input: 3, output: 1 }; null when the text is not two non-negative numbers, not both zero. */
export function parseBlend(text: string): Blend | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const blend = { input: Number(match[1]), output: Number(match[2]) };
  return blend.input + blend.output > 0 ? blend : null;
}

/** US dollars per million tokens of a mix of input and output tokens in the blend's proportions. */
export function blendedPrice(inputPerMtok: number, outputPerMtok: number, blend: Blend): number {
  return (blend.input * inputPerMtok + blend.output * outputPerMtok) / (blend.input + blend.output);
}

/** ECI score by Epoch model version. */
export function eciIndex(capabilities: readonly CapabilityObservation[]): ReadonlyMap<string, CapabilityObservation> {
  return new Map(capabilities.map((capability) => [capability.modelVersion, capability]));
}

/** The highest ECI among the model versions a price serves, with the version; null when none is scored. */
export function priceCapability(
  price: Pick<PriceObservation, "eciModels">,
  eci: ReadonlyMap<string, CapabilityObservation>,
): CapabilityObservation | null {
  let best: CapabilityObservation | null = null;
  for (const version of price.eciModels) {
    const capability = eci.get(version);
    if (capability && (best === null || capability.eci > best.eci)) best = capability;
  }
  return best;
}

/**
 * The prices in effect on a day: each provider's model at its latest price that took effect on or before
 * the day, unless the model was withdrawn by then. A later entry replaces an earlier one (a dated change).
 */
export function pricesInEffect<P extends Pick<PriceObservation, "provider" | "model" | "effective" | "withdrawn">>(
  prices: readonly P[],
  day: string,
): P[] {
  const latest = new Map<string, P>();
  for (const price of prices) {
    if (price.effective > day) continue;
    const key = `${price.provider}\u0000${price.model}`;
    const current = latest.get(key);
    if (!current || price.effective > current.effective) latest.set(key, price);
  }
  return [...latest.values()].filter((price) => price.withdrawn === null || price.withdrawn > day);
}

/** A capability level: a fixed ECI (a model's score) or the best score reached a year before each day. */
export type LevelSpec =
  | { readonly kind: "model"; readonly id: string; readonly versions: readonly string[]; readonly label: Localized }
  | { readonly kind: "year-ago-best"; readonly id: "year-ago-best"; readonly label: Localized }
  | { readonly kind: "eci"; readonly id: string; readonly eci: number; readonly label: Localized };

/** The named levels: GPT-4 as released in March 2023, o1 (December 2024), and the best model a year earlier. */
export const NAMED_LEVELS: readonly LevelSpec[] = [
  {
    kind: "model",
    id: "gpt-4",
    versions: ["gpt-4-0314"],
    label: { en: "GPT-4 (Mar 2023)", nl: "GPT-4 (mrt 2023)" },
  },
  {
    kind: "model",
    id: "o1",
    versions: ["o1-2024-12-17_high", "o1-2024-12-17_medium", "o1-2024-12-17_low"],
    label: { en: "o1 (Dec 2024)", nl: "o1 (dec 2024)" },
  },
  {
    kind: "year-ago-best",
    id: "year-ago-best",
    label: { en: "Best model a year earlier", nl: "Beste model een jaar eerder" },
  },
];

/** A level named by its id ("gpt-4", "o1", "year-ago-best", case-insensitive) or an ECI score ("135"). */
export function levelSpec(text: string): LevelSpec | null {
  const wanted = text.trim().toLowerCase();
  const named = NAMED_LEVELS.find((level) => level.id === wanted);
  if (named) return named;
  if (/^\d+(?:\.\d+)?$/.test(wanted)) {
    const eci = Number(wanted);
    return { kind: "eci", id: `eci-${wanted}`, eci, label: { en: `ECI ${wanted}`, nl: `ECI ${wanted}` } };
  }
  return null;
}

/** One year before an ISO day (29 February falls back to 28 February). */
export function yearBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
  if (target.getUTCMonth() !== date.getUTCMonth()) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** One year after an ISO day (29 February moves to 1 March): the first day `yearBefore` reaches it. */
export function yearAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/** The ECI a level stands for on a day, with the model that set it; null when the data cannot place it. */
export function levelOn(
  level: LevelSpec,
  day: string,
  capabilities: readonly CapabilityObservation[],
  eci: ReadonlyMap<string, CapabilityObservation>,
): { eci: number; model: string } | null {
  if (level.kind === "eci") return { eci: level.eci, model: level.label.en };
  if (level.kind === "model") {
    const scored = level.versions.flatMap((version) => eci.get(version) ?? []);
    if (scored.length === 0) return null;
    const best = scored.reduce((a, b) => (b.eci > a.eci ? b : a));
    return { eci: best.eci, model: best.name };
  }
  const cutoff = yearBefore(day);
  let best: CapabilityObservation | null = null;
  for (const capability of capabilities) {
    if (capability.date === null || capability.date > cutoff) continue;
    if (best === null || capability.eci > best.eci) best = capability;
  }
  return best === null ? null : { eci: best.eci, model: best.name };
}

export interface CheapestPrice {
  readonly price: PriceObservation;
  readonly capability: CapabilityObservation;
  readonly blendedUsdPerMtok: number;
}

/**
 * The cheapest blended price on a day among the prices in effect whose model reaches at least `minimumEci`,
 * kept to the prices `include` accepts (a bloc, first-party sellers only). Ties go to the earlier price.
 */
export function cheapestAtLevel(
  prices: readonly PriceObservation[],
  day: string,
  minimumEci: number,
  eci: ReadonlyMap<string, CapabilityObservation>,
  blend: Blend,
  include: (price: PriceObservation) => boolean,
): CheapestPrice | null {
  let best: CheapestPrice | null = null;
  for (const price of pricesInEffect(prices, day)) {
    if (!include(price)) continue;
    const capability = priceCapability(price, eci);
    if (capability === null || capability.eci < minimumEci) continue;
    const blended = blendedPrice(price.inputUsdPerMtok, price.outputUsdPerMtok, blend);
    const better =
      best === null ||
      blended < best.blendedUsdPerMtok ||
      (blended === best.blendedUsdPerMtok &&
        (price.effective < best.price.effective ||
          (price.effective === best.price.effective && price.id < best.price.id)));
    if (better) best = { price, capability, blendedUsdPerMtok: blended };
  }
  return best;
}
