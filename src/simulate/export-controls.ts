/**
 * Export-control strictness as one number from 0 to 4, read off the specification's lever table (3.4):
 * 0 none, 1 the October 2022 rules, 2 the 2023-25 rules, 3 strict with enforcement, 4 strict with
 * chip-making equipment (SME) and cloud restrictions. Between levels every effect is interpolated linearly,
 * and each effect moves one way only as strictness rises, which is what the monotonicity tests rely on.
 */
export interface ControlEffects {
  /** Share of China's chip demand that can be bought legally (H20/H200-style licences). */
  licensedShare: number;
  /** Years of price-performance the legally exportable chips trail the frontier. */
  accessLagYears: number;
  /** Multiplier on the smuggled share of blocked demand (enforcement). */
  smugglingMultiplier: number;
  /** Multiplier on the growth of China's domestic chip output (SME controls). */
  domesticGrowthMultiplier: number;
  /** Multiplier on Chinese labs' remote access to foreign clouds. */
  remoteAccessMultiplier: number;
}

const LEVELS: readonly ControlEffects[] = [
  {
    licensedShare: 1,
    accessLagYears: 0,
    smugglingMultiplier: 1,
    domesticGrowthMultiplier: 1,
    remoteAccessMultiplier: 1,
  },
  {
    licensedShare: 0.5,
    accessLagYears: 1,
    smugglingMultiplier: 1,
    domesticGrowthMultiplier: 1,
    remoteAccessMultiplier: 1,
  },
  {
    licensedShare: 0.2,
    accessLagYears: 2,
    smugglingMultiplier: 1,
    domesticGrowthMultiplier: 1,
    remoteAccessMultiplier: 1,
  },
  {
    licensedShare: 0.05,
    accessLagYears: 3,
    smugglingMultiplier: 0.5,
    domesticGrowthMultiplier: 0.9,
    remoteAccessMultiplier: 0.7,
  },
  {
    licensedShare: 0,
    accessLagYears: 3,
    smugglingMultiplier: 0.3,
    domesticGrowthMultiplier: 0.7,
    remoteAccessMultiplier: 0,
  },
];

export const MAX_STRICTNESS = LEVELS.length - 1;

export const STRICTNESS_LABELS = [
  "none",
  "2022 rules",
  "2023-25 rules",
  "strict with enforcement",
  "strict with equipment and cloud restrictions",
] as const;

export function controlEffects(strictness: number): ControlEffects {
  const x = Math.min(MAX_STRICTNESS, Math.max(0, strictness));
  const low = Math.min(MAX_STRICTNESS - 1, Math.floor(x));
  const w = x - low;
  const a = LEVELS[low]!;
  const b = LEVELS[low + 1]!;
  const mix = (key: keyof ControlEffects): number => a[key] + (b[key] - a[key]) * w;
  return {
    licensedShare: mix("licensedShare"),
    accessLagYears: mix("accessLagYears"),
    smugglingMultiplier: mix("smugglingMultiplier"),
    domesticGrowthMultiplier: mix("domesticGrowthMultiplier"),
    remoteAccessMultiplier: mix("remoteAccessMultiplier"),
  };
}

/** The real US control history, as (decimal year in force, strictness). */
export const HISTORICAL_CONTROLS: readonly {
  readonly from: number;
  readonly strictness: number;
  readonly event: string;
}[] = [
  { from: 2022.75, strictness: 1, event: "BIS rule of 7 October 2022 (A100/H100 class)" },
  { from: 2023.75, strictness: 2, event: "BIS update of 17 October 2023 (A800/H800; H20 era)" },
  { from: 2024.92, strictness: 2.5, event: "BIS rules of 2 December 2024 (HBM and equipment)" },
  { from: 2025.25, strictness: 3, event: "April 2025 licence requirement for H20" },
];

/** Strictness in force at a decimal year under the historical record. */
export function historicalStrictness(year: number): number {
  let level = 0;
  for (const step of HISTORICAL_CONTROLS) if (year >= step.from) level = step.strictness;
  return level;
}
