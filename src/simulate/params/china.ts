import type { ParameterSpec } from "./parameter.js";

/** China's access to chips: domestic production, smuggling and remote (cloud) access. */
export const CHINA_PARAMETERS: readonly ParameterSpec[] = [
  {
    id: "domesticCapacity2025",
    description: "China's domestic AI-chip output in 2025 (back-cast before 2025 at the same growth)",
    value: 1.6e5,
    distribution: { kind: "lognormal" },
    interval90: [8e4, 3.5e5],
    unit: "H100e per year",
    source: "BIS testimony (Kessler, Jun 2025): at most 200k Ascend chips in 2025, x ~0.8 H100e per 910C",
    confidence: "S",
  },
  {
    id: "domesticMaxShareOfSupply",
    description: "Ceiling on China's domestic output as a share of the world's advanced-chip supply trend",
    value: 0.25,
    distribution: { kind: "lognormal" },
    interval90: [0.1, 0.5],
    unit: "fraction",
    source:
      "Judgement: Huawei ~5% of Nvidia's aggregate AI compute in 2026 (K. Chan, House testimony, Apr 2026); HBM and packaging bind",
    confidence: "J",
  },
  {
    id: "smugglingMaxDiversion",
    description:
      "Ceiling on smuggled chips as a share of the rest of the world's chip receipts (smuggling runs through third countries)",
    value: 0.3,
    distribution: { kind: "uniform", low: 0.1, high: 0.5 },
    interval90: [0.12, 0.48],
    unit: "fraction",
    source: "Judgement: CNAS 2025 median ~140k chips in 2024, routed through Southeast Asia and the Gulf",
    confidence: "J",
  },
  {
    id: "domesticGrowth",
    description: "Growth of China's domestic AI-chip output",
    value: 1.8,
    distribution: { kind: "lognormal" },
    interval90: [1.2, 2.8],
    unit: "x per year",
    source: "Huawei Ascend roadmap (Huawei Connect 2025) and HBM ramp; judgement in specification 3.5",
    confidence: "J",
  },
  {
    id: "domesticChipLagYears",
    description: "How many years of price-performance China's domestic chips trail the frontier",
    value: 3,
    distribution: { kind: "normal" },
    interval90: [2, 4],
    unit: "years",
    source: "Specification 3.5: 910C ~H100-class at lower yield on an older node",
    confidence: "J",
  },
  {
    id: "smugglingShare",
    description: "Share of China's blocked chip budget spent on smuggled chips at 2023-25 enforcement",
    value: 0.1,
    distribution: { kind: "lognormal" },
    interval90: [0.01, 0.4],
    unit: "fraction",
    source:
      "CNAS, Grunewald & Fist, Jun 2025: ~140k chips smuggled in 2024, 1-40% (median 10%) of China's training compute",
    confidence: "P",
  },
  {
    id: "remoteAccessShare",
    description: "Share of the rest-of-world compute stock Chinese labs can rent for training",
    value: 0.03,
    distribution: { kind: "lognormal" },
    interval90: [0.005, 0.1],
    unit: "fraction",
    source: "Reports of ByteDance renting Oracle capacity in Southeast Asia (press); magnitude is judgement",
    confidence: "J",
  },
];
