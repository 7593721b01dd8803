/**
 * Calibration targets for the simulator's own tests, built straight from the Epoch CSV so that the engine
 * tests need no store (the engine takes targets as data). The product computes the same series from the
 * knowledge base (src/indicators/calibration-targets.ts); the published ones below are the sourced facts
 * of specification 3.6.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CalibrationTarget, CountObservation, PopulationModel, SimBloc } from "../../src/simulate/index.js";
import { epochSnapshotDir } from "./paths.js";

/** Read from the full snapshot: the simulator's tests are calibrated on the real history. */
const notableModels = () => join(epochSnapshotDir(), "notable_ai_models.csv");

/**
 * US: the largest training compute published by US organisations up to the end of each year (a running
 * maximum: the frontier is the largest run to date). Tolerance 0.6 OOM: closed-model estimates carry
 * +-0.3-0.5 OOM (spec 2.1), and publication trails training by months (~0.3 OOM at 0.6 OOM/yr), in quadrature.
 *
 * China and the EU: the same running maximum (what the frontier-compute indicator draws). Chinese estimates
 * are sparse and the largest runs often unpublished (spec 3.9), so the series moves in steps; the back-test
 * learns how far such series stray from the engine's smooth path.
 */
export const FRONTIER_TOLERANCE_OOM = { us: 0.6, china: 0.5, eu: 0.6 } as const;

const EU_MEMBERS = new Set(
  "Austria Belgium Bulgaria Croatia Cyprus Czechia Denmark Estonia Finland France Germany Greece Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal Romania Slovakia Slovenia Spain Sweden".split(
    " ",
  ),
);

function blocOfCountry(country: string): SimBloc | null {
  if (country === "") return null;
  if (country === "United States of America") return "us";
  if (country === "China") return "china";
  return EU_MEMBERS.has(country) ? "eu" : "row";
}

/** Largest published training compute per bloc and year, from the Epoch notable-models CSV. */
export function yearlyMaxima(path = notableModels()): Map<string, number> {
  const rows = readCsv(readFileSync(path, "utf8"));
  const largest = new Map<string, number>();
  for (const row of rows) {
    const compute = Number(row["Training compute (FLOP)"]);
    const year = Number((row["Publication date"] ?? "").slice(0, 4));
    if (!(compute > 0) || !Number.isInteger(year)) continue;
    const blocs = new Set((row["Country (of organization)"] ?? "").split(",").map((c) => blocOfCountry(c.trim())));
    for (const bloc of blocs)
      if (bloc) largest.set(`${bloc}:${year}`, Math.max(largest.get(`${bloc}:${year}`) ?? 0, compute));
  }
  return largest;
}

/**
 * Running-maximum series, as the knowledge base computes them (src/indicators/calibration-targets.ts). Left
 * out: the rest of the world, because Epoch files Google DeepMind under the UK, so Gemini (5e25 FLOP, 2023)
 * lands in the rest of the world although its compute is Google's; an ownership-based model cannot match it.
 */
const RUNNING_MAX: readonly SimBloc[] = ["us", "china", "eu"];
/**
 * RFC 4180 CSV (quoted fields may hold commas, newlines and doubled quotes) as records keyed by the header.
 * Kept here so the fixture does not depend on whichever CSV package the ingest layer uses.
 */
export function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      field = "";
      if (row.some((value) => value !== "")) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((values) => Object.fromEntries(header.map((name, k) => [name, values[k] ?? ""])));
}

const source = (what: string): string => `Epoch AI notable models (CC-BY): ${what}`;

/** The largest training compute published by each bloc's organisations up to the end of each year, 2016-2025. */
export function epochFrontierTargets(path = notableModels()): CalibrationTarget[] {
  const maxima = yearlyMaxima(path);
  const targets: CalibrationTarget[] = [];
  for (const bloc of RUNNING_MAX) {
    let runningMax = 0;
    for (let year = 2010; year <= 2025; year++) {
      runningMax = Math.max(runningMax, maxima.get(`${bloc}:${year}`) ?? 0);
      if (year >= 2016 && runningMax > 0)
        targets.push({
          year,
          bloc,
          quantity: "frontierTraining",
          value: runningMax,
          tolerance: FRONTIER_TOLERANCE_OOM[bloc as keyof typeof FRONTIER_TOLERANCE_OOM],
          source: source(`largest training compute by ${bloc} organisations published up to ${year}`),
        });
    }
  }
  return targets;
}

/** Sourced facts from specification 3.6 (T3, T4/T5, T7). */
export const PUBLISHED_TARGETS: readonly CalibrationTarget[] = [
  {
    year: 2025,
    bloc: "us",
    quantity: "computeStock",
    value: 1e7,
    tolerance: 0.3,
    source: "Epoch AI Chip Sales: ~15M H100e all designers (Jan 2026), of which US owners ~70% (AI Chip Owners)",
  },
  {
    year: 2025,
    bloc: "china",
    quantity: "worldShare",
    value: 0.05,
    tolerance: 0.03,
    source: "Epoch AI Chip Owners: Chinese-owned share just over 5% and falling (2025-26)",
  },
  {
    year: 2025,
    bloc: "us",
    quantity: "worldShare",
    value: 0.72,
    tolerance: 0.1,
    source: "Epoch AI GPU clusters (US ~75% of performance, May 2025) and Chip Owners (top US hyperscalers ~71%)",
  },
  {
    year: 2024,
    bloc: "china",
    quantity: "lagMonths",
    value: 7,
    tolerance: 4,
    source: "Epoch Capabilities Index: Chinese frontier models lag the US by 7 months on average (4-14) since 2023",
  },
];

export function calibrationTargets(): CalibrationTarget[] {
  return [...epochFrontierTargets(), ...PUBLISHED_TARGETS];
}

/** Every dated notable model once per bloc of its developers (US, China, EU), as the store's countedModels. */
export function epochCountedModels(path = notableModels()): PopulationModel[] {
  return readCsv(readFileSync(path, "utf8")).flatMap((row) => {
    const year = Number((row["Publication date"] ?? "").slice(0, 4));
    if (!(year > 0)) return [];
    const compute = Number(row["Training compute (FLOP)"]);
    const blocs = new Set((row["Country (of organization)"] ?? "").split(",").map((c) => blocOfCountry(c.trim())));
    return RUNNING_MAX.filter((bloc) => blocs.has(bloc)).map((bloc) => ({
      bloc,
      year,
      computeFlop: compute > 0 ? compute : null,
    }));
  });
}

/** Notable models per bloc and year, and models above 1e25 and 1e26 FLOP up to each year, 2012-2025. */
export function epochCountTargets(models = epochCountedModels()): CountObservation[] {
  return RUNNING_MAX.flatMap((bloc) =>
    Array.from({ length: 14 }, (_, k) => 2012 + k).flatMap((year): CountObservation[] => {
      const own = models.filter((m) => m.bloc === bloc);
      const above = (flop: number) => own.filter((m) => m.year <= year && (m.computeFlop ?? 0) > flop).length;
      return [
        {
          year,
          bloc,
          metric: "notableModels",
          value: own.filter((m) => m.year === year).length,
          source: source(`notable ${bloc} models ${year}`),
        },
        {
          year,
          bloc,
          metric: "modelsAbove1e25",
          value: above(1e25),
          source: source(`${bloc} models above 1e25 FLOP to ${year}`),
        },
        {
          year,
          bloc,
          metric: "modelsAbove1e26",
          value: above(1e26),
          source: source(`${bloc} models above 1e26 FLOP to ${year}`),
        },
      ];
    }),
  );
}

/** The rolling-origin back-test's inputs: every target is scored; an origin fits on the targets up to it. */
export function backtestInputs(): {
  fitTargets: (origin: number) => CalibrationTarget[];
  observations: CalibrationTarget[];
  counts: { models: PopulationModel[]; observations: CountObservation[] };
} {
  const observations = calibrationTargets();
  const models = epochCountedModels();
  return {
    observations,
    fitTargets: (origin) => observations.filter((t) => t.year <= origin),
    counts: { models, observations: epochCountTargets(models) },
  };
}
