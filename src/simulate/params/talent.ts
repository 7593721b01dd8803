import type { ParameterSpec } from "./parameter.js";

const MACROPOLO = "MacroPolo Global AI Talent Tracker (2020; 2024 update): top-tier researchers working in US 59% / CN 11% (2019) -> 42% / 28% (2022)";

/** Top-tier AI research talent: starting shares, growth and migration toward the US. */
export const TALENT_PARAMETERS: readonly ParameterSpec[] = [
  { id: "talent2015.us", description: "US share of top-tier AI researchers in 2015", value: 0.59, distribution: { kind: "fixed" }, interval90: [0.59, 0.59], unit: "share", source: MACROPOLO, confidence: "S" },
  { id: "talent2015.china", description: "China share of top-tier AI researchers in 2015", value: 0.11, distribution: { kind: "fixed" }, interval90: [0.11, 0.11], unit: "share", source: MACROPOLO, confidence: "S" },
  { id: "talent2015.eu", description: "EU share of top-tier AI researchers in 2015", value: 0.1, distribution: { kind: "fixed" }, interval90: [0.1, 0.1], unit: "share", source: MACROPOLO, confidence: "S" },
  { id: "talent2015.row", description: "Rest-of-world share of top-tier AI researchers in 2015", value: 0.2, distribution: { kind: "fixed" }, interval90: [0.2, 0.2], unit: "share", source: MACROPOLO, confidence: "S" },
  { id: "talentGrowth.us", description: "Home growth of the US talent pool", value: 1.08, distribution: { kind: "lognormal" }, interval90: [1.04, 1.12], unit: "x per year", source: MACROPOLO, confidence: "J" },
  { id: "talentGrowth.china", description: "Home growth of China's talent pool", value: 1.3, distribution: { kind: "lognormal" }, interval90: [1.18, 1.42], unit: "x per year", source: MACROPOLO, confidence: "J" },
  { id: "talentGrowth.eu", description: "Home growth of the EU talent pool", value: 1.08, distribution: { kind: "lognormal" }, interval90: [1.04, 1.12], unit: "x per year", source: MACROPOLO, confidence: "J" },
  { id: "talentGrowth.row", description: "Home growth of the rest-of-world talent pool", value: 1.1, distribution: { kind: "lognormal" }, interval90: [1.05, 1.15], unit: "x per year", source: MACROPOLO, confidence: "J" },
  {
    id: "migrationToUs",
    description: "Share of each other bloc's talent that moves to the US per year at today's policy",
    value: 0.03,
    distribution: { kind: "lognormal" },
    interval90: [0.01, 0.08],
    unit: "per year",
    source: "MacroPolo 2020: more than half of Chinese-educated top researchers worked in the US (2019)",
    confidence: "S",
  },
];
