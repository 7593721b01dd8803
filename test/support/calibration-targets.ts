/**
 * Calibration targets for the simulator's own tests, built straight from the Epoch CSV so that the engine
 * tests need no store (the engine takes targets as data). The product computes the same series from the
 * knowledge base (src/indicators/calibration-targets.ts); the published ones below are the sourced facts
 * of specification 3.6.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CalibrationTarget, SimBloc } from "../../src/simulate/index.js";
import { epochSnapshotDir } from "./paths.js";

const NOTABLE_MODELS = join(epochSnapshotDir(), "notable_ai_models.csv");

/**
 * US: the largest training compute published by US organisations up to the end of each year (a running
 * maximum: the frontier is the largest run to date). Tolerance 0.6 OOM: closed-model estimates carry
 * +-0.3-0.5 OOM (spec 2.1), and publication trails training by months (~0.3 OOM at 0.6 OOM/yr), in quadrature.
 *
 * China: Chinese compute estimates are sparse and the largest runs often unpublished (spec 3.9), so the
 * yearly maximum jumps by an order of magnitude between years (1.3e24 in 2023, 2.5e25 in 2024). As Epoch
 * does for its China trend ("~3x/yr since late 2021"), the target is a log-linear fit to the yearly maxima of
 * 2021-2025, evaluated at each year; tolerance 0.5 OOM.
 */
export const FRONTIER_TOLERANCE_OOM = { us: 0.6, china: 0.5 } as const;

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
export function yearlyMaxima(path = NOTABLE_MODELS): Map<string, number> {
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
 * First year of each running-maximum series. Left out, with reasons (see docs/simulation.md):
 * - rest of world: Epoch files Google DeepMind under the UK, so Gemini (5e25 FLOP, 2023) lands in the rest
 *   of the world although its compute is Google's; an ownership-based model cannot match that series;
 * - EU: in 2020-21 no EU lab trained near what EU compute allowed, and the model, which sizes the largest
 *   run from the stock, overstates those two years by ~1 OOM even after history matching.
 */
const RUNNING_MAX_FROM: readonly (readonly [SimBloc, number])[] = [["us", 2016]];

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

/**
 * Frontier targets per bloc. `chinaFitUntil` limits the years the China trend is fitted on, so that a
 * back-test does not fit on a target computed from the years it holds out.
 */
export function epochFrontierTargets(path = NOTABLE_MODELS, chinaFitUntil = 2025): CalibrationTarget[] {
  const maxima = yearlyMaxima(path);
  const targets: CalibrationTarget[] = [];
  for (const [bloc, firstYear] of RUNNING_MAX_FROM) {
    let runningMax = 0;
    for (let year = 2010; year <= 2025; year++) {
      runningMax = Math.max(runningMax, maxima.get(`${bloc}:${year}`) ?? 0);
      if (year >= firstYear)
        targets.push({
          year,
          bloc,
          quantity: "frontierTraining",
          value: runningMax,
          tolerance: FRONTIER_TOLERANCE_OOM.us,
          source: source(`largest training compute by ${bloc} organisations published up to ${year}`),
        });
    }
  }
  const chinaYears = [2021, 2022, 2023, 2024, 2025].filter(
    (year) => maxima.has(`china:${year}`) && year <= chinaFitUntil,
  );
  const points = chinaYears.map((year) => ({ x: year, y: Math.log10(maxima.get(`china:${year}`)!) }));
  if (points.length === 1) {
    // One year cannot give a trend: the target is that year's largest model.
    const only = points[0]!;
    targets.push({
      year: only.x,
      bloc: "china",
      quantity: "frontierTraining",
      value: 10 ** only.y,
      tolerance: FRONTIER_TOLERANCE_OOM.china,
      source: source(`largest training compute by Chinese organisations in ${only.x}`),
    });
    return targets;
  }
  const meanX = points.reduce((a, p) => a + p.x, 0) / points.length;
  const meanY = points.reduce((a, p) => a + p.y, 0) / points.length;
  const slope =
    points.reduce((a, p) => a + (p.x - meanX) * (p.y - meanY), 0) / points.reduce((a, p) => a + (p.x - meanX) ** 2, 0);
  for (const year of chinaYears)
    targets.push({
      year,
      bloc: "china",
      quantity: "frontierTraining",
      value: 10 ** (meanY + slope * (year - meanX)),
      tolerance: FRONTIER_TOLERANCE_OOM.china,
      source: source(
        `log-linear fit (${(10 ** slope).toFixed(1)}x/yr) to the yearly largest Chinese training compute, 2021-2025`,
      ),
    });
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

/**
 * Targets for a back-test that fits up to `fitUntil`: held-out targets as in calibrationTargets, fitting
 * targets computed only from data up to `fitUntil`.
 */
export function backtestTargets(fitUntil: number): CalibrationTarget[] {
  const fitting = epochFrontierTargets(NOTABLE_MODELS, fitUntil).filter((t) => t.year <= fitUntil);
  const heldOut = calibrationTargets().filter((t) => t.year > fitUntil);
  return [...fitting, ...PUBLISHED_TARGETS.filter((t) => t.year <= fitUntil), ...heldOut];
}
