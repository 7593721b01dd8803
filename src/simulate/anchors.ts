/**
 * Published forecasts the simulator's distributions are shown next to (issue 13), as data: each cites the
 * original document with a short verbatim quote, and says what the simulator compares with it and, where
 * the two measure different things or the simulator leaves a constraint out, why.
 */
import type { SimBloc } from "./blocs.js";
import type { OutputQuantity } from "./scenario.js";

export interface ExternalAnchor {
  readonly id: string;
  readonly claim: { readonly en: string; readonly nl: string };
  /** The published figure, in the unit of the compared quantity (null when the simulator has no such output). */
  readonly value: number | null;
  readonly year: number;
  /** The simulator output compared with it (sum over blocs when `bloc` is "world"), or null. */
  readonly compare: { readonly quantity: OutputQuantity; readonly bloc: SimBloc | "world" } | null;
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
    value: null,
    year: 2030,
    compare: null,
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
      en: "Not compared: the simulator models one largest run per bloc, not a population of models, so it has no model counts. Its median US largest run is above 1e26 FLOP from 2025 on, consistent with the first such model (Grok 3, February 2025).",
      nl: "Niet vergeleken: de simulator modelleert één grootste run per blok, geen populatie van modellen, en telt dus geen modellen. De mediaan van zijn grootste Amerikaanse run ligt vanaf 2025 boven 1e26 FLOP, in lijn met het eerste zulke model (Grok 3, februari 2025).",
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
