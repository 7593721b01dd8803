import type { ParameterSpec } from "./parameter.js";

const CAPEX_SOURCE =
  "Back-cast so that 2024 AI compute capex is ~US $170B / CN $30B / EU $10B / RoW $15B: Nvidia data-centre revenue 2015 ~$0.3B; US hyperscaler capex $225B (2024); Stanford AI Index 2025; FT/Reuters on Chinese capex";

/** AI compute capital spending per bloc, its growth toward a GDP-share ceiling, and regulation's drag. */
export const INVESTMENT_PARAMETERS: readonly ParameterSpec[] = [
  { id: "capex2015.us", description: "US AI compute capex in 2015", value: 0.8, distribution: { kind: "lognormal" }, interval90: [0.4, 1.6], unit: "$B per year (2024 USD)", source: CAPEX_SOURCE, confidence: "S" },
  { id: "capex2015.china", description: "China AI compute capex in 2015", value: 0.25, distribution: { kind: "lognormal" }, interval90: [0.1, 0.6], unit: "$B per year (2024 USD)", source: CAPEX_SOURCE, confidence: "S" },
  { id: "capex2015.eu", description: "EU AI compute capex in 2015", value: 0.12, distribution: { kind: "lognormal" }, interval90: [0.05, 0.3], unit: "$B per year (2024 USD)", source: CAPEX_SOURCE, confidence: "S" },
  { id: "capex2015.row", description: "Rest-of-world AI compute capex in 2015", value: 0.25, distribution: { kind: "lognormal" }, interval90: [0.1, 0.6], unit: "$B per year (2024 USD)", source: CAPEX_SOURCE, confidence: "S" },
  { id: "capexGrowth.us", description: "US AI capex growth far below the ceiling", value: 1.75, distribution: { kind: "lognormal" }, interval90: [1.5, 2.1], unit: "x per year", source: "Cottier et al. 2024: frontier training cost 2.4x/yr (95% CI 2.0-3.1); hyperscaler capex filings", confidence: "S" },
  { id: "capexGrowth.china", description: "China AI capex growth far below the ceiling", value: 1.75, distribution: { kind: "lognormal" }, interval90: [1.45, 2.1], unit: "x per year", source: CAPEX_SOURCE, confidence: "S" },
  { id: "capexGrowth.eu", description: "EU AI capex growth far below the ceiling", value: 1.65, distribution: { kind: "lognormal" }, interval90: [1.4, 2.0], unit: "x per year", source: CAPEX_SOURCE, confidence: "S" },
  { id: "capexGrowth.row", description: "Rest-of-world AI capex growth far below the ceiling", value: 1.6, distribution: { kind: "lognormal" }, interval90: [1.35, 1.95], unit: "x per year", source: CAPEX_SOURCE, confidence: "S" },
  {
    id: "capexCeilingShareOfGdp",
    description: "Share of US GDP at which US AI capex growth stops (logistic ceiling); other blocs scale it by capexCeilingRelative",
    value: 0.02,
    distribution: { kind: "lognormal" },
    interval90: [0.01, 0.05],
    unit: "fraction of GDP",
    source: "Specification 3.3 (1-5% of GDP per bloc); Davidson takeoff model ceiling 10% of GWP",
    confidence: "J",
  },
  ...(
    [
      ["china", 0.6, 0.3, 1.2],
      ["eu", 0.3, 0.1, 0.8],
      ["row", 0.25, 0.1, 0.6],
    ] as const
  ).map(
    ([bloc, value, p5, p95]): ParameterSpec => ({
      id: `capexCeilingRelative.${bloc}`,
      description: `${bloc}'s AI capex ceiling as a share of GDP, relative to the US's`,
      value,
      distribution: { kind: "lognormal" },
      interval90: [p5, p95],
      unit: "ratio",
      source:
        "Judgement from 2024 AI capex per unit of GDP: US ~0.6%, China ~0.16%, EU ~0.05%, rest ~0.03% (capex as above, IMF GDP); without it every bloc would converge to the same GDP share",
      confidence: "J",
    }),
  ),
  { id: "gdp2024.us", description: "US GDP 2024", value: 28.8, distribution: { kind: "fixed" }, interval90: [28.8, 28.8], unit: "$T", source: "IMF World Economic Outlook 2024", confidence: "R" },
  { id: "gdp2024.china", description: "China GDP 2024", value: 18.7, distribution: { kind: "fixed" }, interval90: [18.7, 18.7], unit: "$T", source: "IMF World Economic Outlook 2024", confidence: "R" },
  { id: "gdp2024.eu", description: "EU27 GDP 2024", value: 19.4, distribution: { kind: "fixed" }, interval90: [19.4, 19.4], unit: "$T", source: "IMF World Economic Outlook 2024", confidence: "R" },
  { id: "gdp2024.row", description: "Rest-of-world GDP 2024", value: 44, distribution: { kind: "fixed" }, interval90: [44, 44], unit: "$T", source: "IMF World Economic Outlook 2024 (world ~$111T minus the three blocs)", confidence: "R" },
  { id: "gdpGrowth", description: "Real GDP growth of every bloc", value: 1.025, distribution: { kind: "fixed" }, interval90: [1.025, 1.025], unit: "x per year", source: "IMF World Economic Outlook 2024 (world ~2.5-3%)", confidence: "R" },
  {
    id: "capexNoise",
    description: "Quarterly log-noise of each bloc's capex",
    value: 0.15,
    distribution: { kind: "fixed" },
    interval90: [0.15, 0.15],
    unit: "log per sqrt(year)",
    source: "Judgement: year-to-year swings in hyperscaler capex guidance",
    confidence: "J",
  },
  {
    id: "regulationCapexEffect",
    description: "Capex reduction at full regulation stringency (multiplier 1 - effect x stringency)",
    value: 0.1,
    distribution: { kind: "uniform", low: 0, high: 0.2 },
    interval90: [0.01, 0.19],
    unit: "fraction",
    source: "Center for Data Innovation 2021, How much will the AI Act cost Europe? (~20% investment cut, advocacy upper bound)",
    confidence: "P",
  },
];
