/**
 * A start year never rewrites history: for every indicator in the registry and any year X, every value the
 * indicator reports at a date D ≥ X is the same with from=X as without it. Running maxima, lags, first
 * crossings, levels and fits read all data up to each date; `from` only chooses the rows returned.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IndicatorInputs } from "./registry.js";
import { INDICATORS } from "./registry.js";
import type { IndicatorRow, IndicatorSeries } from "./series.js";
import { price } from "./price-fixtures.js";
import { BLOCS, chip, cluster, companyMetric, dataCenter, model } from "./test-fixtures.js";

const COUNTRIES = ["US", "CN", "FR", "DE", "GB", "JP"];
const day = fc
  .record({ year: fc.integer({ min: 2012, max: 2025 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, "0")}-15`);
const countries = fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 0, maxLength: 2 });
const flop = fc.integer({ min: 20, max: 27 }).map((exponent) => 10 ** exponent);

const inputs: fc.Arbitrary<IndicatorInputs> = fc.record({
  capabilities: fc
    .array(fc.record({ date: day, countries, eci: fc.integer({ min: 80, max: 160 }) }), { maxLength: 20 })
    .map((list) =>
      list.map((fields, i) => ({
        ...fields,
        id: `s${i}`,
        modelVersion: `s${i}`,
        model: `s${i}`,
        name: `s${i}`,
        organization: null,
        provenance: { sourceId: "test", row: i },
      })),
    ),
  blocs: fc.constant(BLOCS),
  models: fc
    .array(
      fc.record({
        dataset: fc.constantFrom("notable" as const, "large_scale" as const, "frontier" as const),
        date: day,
        developerCountries: countries,
        trainingComputeFlop: fc.option(flop, { nil: null }),
        accessibility: fc.constantFrom("Open weights (unrestricted)", "API access", null),
      }),
      { maxLength: 40 },
    )
    .map((list) => list.map((fields, i) => model({ name: `m${i}`, ...fields }))),
  clusters: fc
    .array(
      fc.record({
        status: fc.constantFrom("Existing" as const, "Planned" as const, "Decommissioned" as const),
        countries,
        firstOperational: day,
        decommissioned: fc.option(day, { nil: null }),
        h100Equivalents: fc.integer({ min: 1, max: 100_000 }),
        owners: fc.constantFrom([], ["o1"], ["o2"]),
        ownerCountries: fc.constantFrom([], ["US"], ["CN"]),
      }),
      { maxLength: 20 },
    )
    .map((list) =>
      list.map((fields, i) =>
        cluster({
          name: `c${i}`,
          ...fields,
          ownerCountries: fields.owners.map((_, k) => fields.ownerCountries[k] ?? null),
        }),
      ),
    ),
  chips: fc
    .array(
      fc.record({
        releaseDate: day,
        designerCountry: fc.constantFrom(...COUNTRIES),
        tppBitOps: fc.integer({ min: 1, max: 1000 }),
      }),
      { maxLength: 12 },
    )
    .map((list) => list.map((fields, i) => chip({ name: `chip${i}`, ...fields }))),
  dataCenters: fc
    .array(
      fc.record({
        name: fc.constantFrom("dc1", "dc2", "dc3"),
        date: day,
        powerMw: fc.integer({ min: 0, max: 2000 }),
      }),
      { maxLength: 12 },
    )
    .map((list) =>
      list.map((fields) => dataCenter({ ...fields, country: { dc1: "US", dc2: "CN", dc3: "FR" }[fields.name]! })),
    ),
  companyMetrics: fc
    .array(
      fc.record({
        company: fc.constantFrom("a", "b", "c"),
        metric: fc.constantFrom("funding_equity", "valuation_post_money"),
        date: day,
        value: fc.integer({ min: 1, max: 1000 }),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((list) =>
      list.map((fields, i) =>
        companyMetric({
          ...fields,
          metric: i === 0 ? "funding_equity" : fields.metric, // the metric the test asks for always exists
          reportId: `r${i}`,
          country: { a: "US", b: "FR", c: "CN" }[fields.company]!,
        }),
      ),
    ),
  // A few list prices for the capability scores above (s0, s1, ...), by US and Chinese developers.
  prices: fc
    .array(
      fc.record({
        effective: day,
        usd: fc.integer({ min: 1, max: 4000 }).map((cents) => cents / 100),
        version: fc.integer({ min: 0, max: 5 }),
        country: fc.constantFrom("US", "CN"),
      }),
      { maxLength: 6 },
    )
    .map((list) =>
      list.map((fields, i) =>
        price({
          id: `p${i}`,
          effective: fields.effective,
          inputUsdPerMtok: fields.usd,
          outputUsdPerMtok: fields.usd * 3,
          eciModels: [`s${fields.version}`],
          developerCountry: fields.country,
        }),
      ),
    ),
});

/** The year a row describes, from its `year`, `date` or `asOf` (a time-less row, e.g. a fit, has none). */
function yearOfRow(row: IndicatorRow): number | null {
  if (typeof row.year === "number") return row.year;
  // A day ("2024-12-31") or a year ("2024") dates a row; a range ("2010–2024", a fit's window) does not.
  for (const cell of [row.date, row.asOf])
    if (typeof cell === "string" && /^\d{4}(-|$)/.test(cell)) return Number(cell.slice(0, 4));
  return null;
}

/** What europe-position reports as a sum over the period (labelled so) rather than a value at a date. */
const PERIOD_MEASURES = new Set(["notableModelsPeriod", "fundingRaised"]);
/** Tables that describe the computation (records entered, window), not values at a date. */
const METHOD_TABLES = new Set(["europe-position parts"]);

/** The rows of each table that describe dates from X on (time-less tables whole), keyed by table. */
function valuesFrom(series: IndicatorSeries, from: number): Map<string, IndicatorRow[]> {
  const out = new Map<string, IndicatorRow[]>();
  for (const t of series.tables) {
    if (METHOD_TABLES.has(`${series.id} ${t.key}`)) continue;
    const rows = t.rows.filter((row) => {
      if (typeof row.measure === "string" && PERIOD_MEASURES.has(row.measure)) return false;
      const year = yearOfRow(row);
      return year === null || year >= from;
    });
    out.set(t.key, rows);
  }
  return out;
}

const extraParams: Record<string, Record<string, unknown>> = {
  economy: { metric: "funding_equity" },
  "data-centres": { by: "bloc" },
};

describe("history: the value at D with from=X equals the value at D without it", () => {
  it.each(INDICATORS.map((indicator) => [indicator.id, indicator] as const))("%s", (id, indicator) => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 2012, max: 2026 }), (data, from) => {
        const base = extraParams[id] ?? {};
        const whole = indicator.run(data, base);
        const cut = indicator.run(data, { ...base, from });
        const wholeValues = valuesFrom(whole, from);
        const cutValues = valuesFrom(cut, from);
        for (const [key, rows] of wholeValues) {
          const cutRows = cutValues.get(key) ?? [];
          // Compared as JSON text, so that tables of a thousand rows stay quick to compare.
          const cutTexts = new Set(cutRows.map((row) => JSON.stringify(row)));
          const texts = new Set(rows.map((row) => JSON.stringify(row)));
          // Every value the whole history reports from X on is reported, unchanged, with from=X ...
          const missing = rows.filter((row) => !cutTexts.has(JSON.stringify(row)));
          expect(missing, `${id} table ${key}: rows lost with from=${from}`).toEqual([]);
          // ... and nothing else, but padding: years before the data began, or "no data" where the whole history
          // has a value dated before X.
          const years = rows.map(yearOfRow).filter((y): y is number => y !== null);
          const firstYear = years.length === 0 ? null : Math.min(...years);
          const padding = (row: IndicatorRow) => {
            const year = yearOfRow(row);
            if (year !== null) return firstYear === null || year < firstYear;
            return row.value === null && row.asOf === null;
          };
          const unexpected = cutRows.filter((row) => !texts.has(JSON.stringify(row)) && !padding(row));
          expect(unexpected, `${id} table ${key}: rows only with from=${from}`).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
