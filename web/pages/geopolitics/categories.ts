/**
 * How the geopolitics map turns numbers into colours: pure, so the legend and the map cannot disagree.
 */
import type { IndicatorRow } from "../../api/types.js";

/** Owner groups of the hosted-compute indicator besides the blocs. */
export const OTHER = "other";
export const UNKNOWN = "unknown";

export interface HostedCategory {
  /** The owner group with the largest share among owners whose headquarters is known, or "unknown". */
  readonly owner: string;
  /** majority: that group owns more than half of all the host's H100e; plurality: the largest known part only. */
  readonly strength: "majority" | "plurality" | "unknown";
}

/**
 * A host country's category from its row of the indicator's `hosts` table. Null when the host has no
 * H100e; "unknown" when no owner of its compute has a known headquarters.
 */
export function hostedCategory(row: IndicatorRow, knownOwners: readonly string[]): HostedCategory | null {
  if (typeof row.h100Equivalents !== "number" || row.h100Equivalents <= 0) return null;
  let best: { owner: string; share: number } | null = null;
  for (const owner of knownOwners) {
    const share = row[`share_${owner}`];
    if (typeof share === "number" && share > 0 && (best === null || share > best.share)) best = { owner, share };
  }
  if (best === null) return { owner: UNKNOWN, strength: "unknown" };
  return { owner: best.owner, strength: best.share > 0.5 ? "majority" : "plurality" };
}

/** A lighter tint of a colour (mixed with white), for "largest but not more than half". */
export function paler(hex: string, amount = 0.55): string {
  const channel = (index: number) => parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16);
  return `#${[0, 1, 2]
    .map((index) =>
      Math.round(channel(index) + (255 - channel(index)) * amount)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

export interface CountBin {
  readonly from: number;
  /** Inclusive; null for the open last bin. */
  readonly to: number | null;
}

/** Doubling bins for counts of events: 1, 2–3, 4–7, 8–15, 16+ (only as far as the largest count needs). */
export function countBins(max: number): CountBin[] {
  const bins: CountBin[] = [];
  for (let from = 1; from <= max && bins.length < 5; from *= 2)
    bins.push({ from, to: bins.length === 4 ? null : from * 2 - 1 });
  return bins;
}

export function binOf(count: number, bins: readonly CountBin[]): number {
  return bins.findIndex((bin) => count >= bin.from && (bin.to === null || count <= bin.to));
}

/** Counts per country of the events that name it. */
export function countByCountry(events: readonly { countries: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const country of new Set(event.countries)) counts.set(country, (counts.get(country) ?? 0) + 1);
  return counts;
}
