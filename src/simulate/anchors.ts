/**
 * Published forecasts the simulator's distributions are shown next to (issue 13), as data: each cites the
 * original document with a short verbatim quote, and says what the simulator compares with it and, where
 * the two measure different things or the simulator leaves a constraint out, why.
 */
import type { SimBloc } from "./blocs.js";
import type { CountedBloc } from "./model-counts.js";
import type { SimulationResult } from "./monte-carlo.js";
import type { CountMetric } from "./population.js";
import type { OutputQuantity } from "./scenario.js";

/**
 * What the simulator compares with an anchor: an output quantity of a bloc (or the sum of the blocs' medians,
 * "world"), or a count of models (model-counts.ts) of a bloc or of the US, China and the EU together ("total").
 */
export type AnchorComparison =
  | { readonly quantity: OutputQuantity; readonly bloc: SimBloc | "world" }
  | { readonly count: CountMetric; readonly bloc: CountedBloc | "total" };

export interface ExternalAnchor {
  readonly id: string;
  readonly claim: { readonly en: string; readonly nl: string };
  /** The published figure, in the unit of the compared quantity (null when the simulator has no such output). */
  readonly value: number | null;
  /** The simulated year compared (for a count to date: the models published up to the end of it). */
  readonly year: number;
  /** The simulator output compared with it, or null. */
  readonly compare: AnchorComparison | null;
  readonly source: {
    readonly url: string;
    readonly publisher: string;
    readonly title: string;
    readonly date: string;
    readonly quote: string;
  };
  readonly confidence: "P" | "S";
  /** Why the simulator may disagree, or why it does not model the anchor's constraint. */
  readonly note: { readonly en: string; readonly nl: string };
}

export const EXTERNAL_ANCHORS: readonly ExternalAnchor[] = [
  {
    id: "epoch-2e29-feasible-2030",
    claim: {
      en: "Training runs of about 2e29 FLOP are likely feasible by 2030; power binds first, then chip production, data and latency.",
      nl: "Trainingsruns van ongeveer 2e29 FLOP zijn in 2030 waarschijnlijk haalbaar; stroom knelt het eerst, daarna chipproductie, data en latentie.",
    },
    value: 2e29,
    year: 2030,
    compare: { quantity: "frontierTraining", bloc: "us" },
    source: {
      url: "https://epoch.ai/blog/can-ai-scaling-continue-through-2030",
      publisher: "Epoch AI",
      title: "Can AI Scaling Continue Through 2030?",
      date: "2024-08",
      quote:
        "We investigate the scalability of AI training runs. We identify electric power, chip manufacturing, data and latency as constraints. We conclude that 2e29 FLOP training runs will likely be feasible by 2030.",
    },
    confidence: "P",
    note: {
      en: "A feasibility ceiling, not a forecast: the simulator's largest run should stay at or below it. Chip production binds in the simulator (a supply pool growing 1.65x/yr to 2028, then 1.35x/yr); power, data and latency are not modelled, because within the supply pool the run never reaches the power or latency limits Epoch estimates for 2030.",
      nl: "Een plafond voor wat haalbaar is, geen voorspelling: de grootste run van de simulator hoort daar op of onder te blijven. Chipproductie knelt in de simulator (een aanbod dat tot 2028 1,65x per jaar groeit, daarna 1,35x); stroom, data en latentie zijn niet gemodelleerd, omdat de run binnen dat aanbod de grenzen voor stroom en latentie die Epoch voor 2030 schat niet haalt.",
    },
  },
  {
    id: "ai-2027-100m-h100e-2027",
    claim: {
      en: "The world's AI-relevant compute grows tenfold from March 2025 to about 100 million H100-equivalents by December 2027.",
      nl: "De AI-rekenkracht van de wereld groeit van maart 2025 tot december 2027 tienvoudig, tot ongeveer 100 miljoen H100-equivalenten.",
    },
    value: 1e8,
    year: 2027,
    compare: { quantity: "computeStock", bloc: "world" },
    source: {
      url: "https://ai-2027.com/research/compute-forecast",
      publisher: "AI Futures Project (Romeo Dean)",
      title: "Compute Forecast (AI 2027 supplement)",
      date: "2025-04",
      quote:
        "estimates that the globally available AI-relevant compute will grow by a factor of 10x by December 2027 (2.25x per year) relative to March 2025 to 100M H100e.",
    },
    confidence: "P",
    note: {
      en: "The simulator's world stock is lower: it depreciates chips (15-30% a year) and starts from Epoch's chip-sales estimate (~1.5e7 H100e in early 2026), while the forecast counts production without retirement.",
      nl: "De wereldvoorraad van de simulator is lager: hij schrijft chips af (15-30% per jaar) en begint bij Epochs schatting van de chipverkopen (~1,5e7 H100e begin 2026), terwijl de voorspelling productie telt zonder afschrijving.",
    },
  },
  {
    id: "epoch-models-above-1e26-2030",
    claim: {
      en: "Notable models above 1e26 FLOP: about 10 by 2026, around 30 by the start of 2027 and over 200 by the start of 2030.",
      nl: "Opvallende modellen boven 1e26 FLOP: ongeveer 10 in 2026, zo'n 30 begin 2027 en meer dan 200 begin 2030.",
    },
    value: 200,
    // "By the start of 2030" is the models published up to the end of 2029: the count to date of 2029.
    year: 2029,
    compare: { count: "modelsAbove1e26", bloc: "total" },
    source: {
      url: "https://epoch.ai/blog/model-counts-compute-thresholds",
      publisher: "Epoch AI",
      title: "How Many AI Models Will Exceed Compute Thresholds?",
      date: "2025",
      quote:
        "Extrapolating current trends, there would be around 30 such models by the start of 2027, and over 200 models by the start of 2030.",
    },
    confidence: "P",
    note: {
      en: "Compared with the models above 1e26 FLOP published up to the end of 2029 (\"by the start of 2030\"), summed over the US, China and the EU per run. The simulator counts fewer: Epoch counts every model, including the UK's and the rest of the world's, and extrapolates the whole population's trend, while the simulator's population is learned from Epoch's notable models of these three blocs only (a model of two blocs counts for both), each run's models placed below its anchored largest run, and their yearly number damped after the flattening of 2023-2025. In the back-test (origins 2017-2023, 1-4 years ahead) its counts above 1e26 scored a CRPS of 0.042 for the US against 0.072 for both baselines, but from only 3 such US models by 2025: four years further out the count is an extrapolation.",
      nl: "Vergeleken met de modellen boven 1e26 FLOP die tot eind 2029 zijn gepubliceerd („begin 2030”), per run opgeteld over de VS, China en de EU. De simulator telt er minder: Epoch telt elk model, ook die van het VK en de rest van de wereld, en trekt de trend van de hele populatie door, terwijl de populatie van de simulator alleen geleerd is van Epochs opvallende modellen van deze drie blokken (een model van twee blokken telt voor beide), de modellen van elke run onder zijn verankerde grootste run liggen en hun aantal per jaar na de afvlakking van 2023-2025 gedempt groeit. In de back-test (origines 2017-2023, 1-4 jaar vooruit) scoorden zijn tellingen boven 1e26 voor de VS een CRPS van 0,042 tegen 0,072 voor beide basislijnen, maar op slechts 3 zulke Amerikaanse modellen tot 2025: vier jaar verder is de telling een extrapolatie.",
    },
  },
  {
    id: "meta-capex-2025",
    claim: {
      en: "Meta expects capital expenditures of $64-72 billion in 2025, raised from $60-65 billion, for AI data centres and dearer hardware.",
      nl: "Meta verwacht in 2025 $64-72 miljard aan investeringen, verhoogd van $60-65 miljard, voor AI-datacenters en duurdere hardware.",
    },
    value: null,
    year: 2025,
    compare: null,
    source: {
      url: "https://www.sec.gov/Archives/edgar/data/1326801/000132680125000050/meta-03312025xexhibit991.htm",
      publisher: "Meta Platforms (SEC Form 8-K, exhibit 99.1)",
      title: "Meta Reports First Quarter 2025 Results",
      date: "2025-04-30",
      quote:
        "We anticipate our full year 2025 capital expenditures, including principal payments on finance leases, will be in the range of $64-72 billion, increased from our prior outlook of $60-65 billion. This updated outlook reflects additional data center investments to support our artificial intelligence efforts",
    },
    confidence: "P",
    note: {
      en: "Not compared as a number: the simulator has no capex output, and a company's capital expenditure also buys buildings, power and non-AI servers. Its US capex prior is about $170 billion of AI compute spending in 2024 for all US owners, growing 1.5-2.1x a year (90% interval); one company guiding to $64-72 billion in 2025 is consistent with that order of magnitude.",
      nl: "Niet als getal vergeleken: de simulator heeft geen investeringsuitvoer, en de investeringen van een bedrijf kopen ook gebouwen, stroom en servers die niet voor AI zijn. Zijn aanname voor de VS is ongeveer $170 miljard aan AI-rekenkracht in 2024 voor alle Amerikaanse eigenaren, met een groei van 1,5-2,1x per jaar (90%-interval); één bedrijf dat voor 2025 $64-72 miljard verwacht, past bij die orde van grootte.",
    },
  },
  {
    id: "alibaba-capex-2025-2027",
    claim: {
      en: "Alibaba plans to invest at least RMB 380 billion (US$53 billion) in cloud and AI infrastructure over the three years from 2025.",
      nl: "Alibaba wil in de drie jaar vanaf 2025 ten minste RMB 380 miljard (US$53 miljard) investeren in cloud- en AI-infrastructuur.",
    },
    value: null,
    year: 2027,
    compare: null,
    source: {
      url: "https://www.sec.gov/Archives/edgar/data/1577552/000110465925016348/tm257405d1_ex99-1.htm",
      publisher: "Alibaba Group (SEC Form 6-K, exhibit 99.1)",
      title: "Alibaba to Invest RMB380 billion in AI and Cloud Infrastructure Over Next Three Years",
      date: "2025-02-24",
      quote:
        "announced plans to invest at least RMB380 billion (US$53 billion) over the next three years to advance its cloud computing and AI infrastructure",
    },
    confidence: "P",
    note: {
      en: "Not compared as a number: the simulator has no capex output. Its China prior is about $30 billion of AI compute spending in 2024 for all Chinese owners, growing 1.45-2.1x a year (90% interval); Alibaba alone plans about $18 billion a year, so the prior is low if ByteDance, Tencent and Baidu spend on a similar scale. Export controls, not money, bind China's imports in the simulator: what its licences block buys smuggled or domestic chips, up to the domestic capacity.",
      nl: "Niet als getal vergeleken: de simulator heeft geen investeringsuitvoer. Zijn aanname voor China is ongeveer $30 miljard aan AI-rekenkracht in 2024 voor alle Chinese eigenaren, met een groei van 1,45-2,1x per jaar (90%-interval); Alibaba alleen wil zo'n $18 miljard per jaar uitgeven, dus de aanname is laag als ByteDance, Tencent en Baidu op vergelijkbare schaal investeren. In de simulator begrenzen exportcontroles, niet geld, de invoer van China: wat de vergunningen blokkeren, koopt gesmokkelde of binnenlandse chips, tot aan de binnenlandse capaciteit.",
    },
  },
];

/** The simulator's number next to an anchor: a median and 90% band (NaN for the world's sum of medians). */
export interface AnchorValue {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/** The result's value for an anchor; null when the anchor is not compared or the result has no counts. */
export function anchorValue(result: SimulationResult, anchor: ExternalAnchor): AnchorValue | null {
  const compare = anchor.compare;
  if (compare === null) return null;
  if ("count" in compare) {
    const y = result.counts?.years.indexOf(anchor.year) ?? -1;
    if (y < 0) return null;
    const band = result.counts!.series[compare.count][compare.bloc];
    return { median: band.p50[y]!, low: band.p5[y]!, high: band.p95[y]! };
  }
  const y = result.years.indexOf(anchor.year);
  if (y < 0) return null;
  const series = result.series[compare.quantity];
  if (compare.bloc === "world") {
    const blocs = Object.values(series);
    return { median: blocs.reduce((sum, band) => sum + band.p50[y]!, 0), low: NaN, high: NaN };
  }
  const band = series[compare.bloc];
  return { median: band.p50[y]!, low: band.p5[y]!, high: band.p95[y]! };
}
