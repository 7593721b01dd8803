import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IndicatorParamError } from "./params.js";
import { INDICATORS, findIndicator, parameterJsonSchema, type IndicatorInputs } from "./registry.js";
import { BLOCS } from "./test-fixtures.js";

const EMPTY: IndicatorInputs = {
  blocs: BLOCS,
  models: [],
  clusters: [],
  chips: [],
  dataCenters: [],
  companyMetrics: [],
  prices: [],
  capabilities: [],
};
const docs = readFileSync(new URL("../../docs/indicators.md", import.meta.url), "utf8");

describe("INDICATORS", () => {
  it("has fourteen indicators with distinct ids", () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(14);
  });

  it.each(INDICATORS.map((i) => [i.id, i] as const))(
    "%s is documented, bilingual and runs on empty data",
    (id, indicator) => {
      expect(docs).toContain(`## ${id}`);
      for (const text of [indicator.title, indicator.description])
        expect(text.en && text.nl && text.en !== text.nl).toBeTruthy();
      expect(parameterJsonSchema(indicator)).toMatchObject({ type: "object" });
      if (id === "economy") {
        expect(() => indicator.run(EMPTY, {})).toThrow(IndicatorParamError); // no metric to report on
        return;
      }
      const result = indicator.run(EMPTY, {});
      expect(result.id).toBe(id);
      expect(result.method.n).toBe(0);
      expect(result.tables[0]!.rows).toBe(result.rows);
    },
  );
});

describe("parameter errors name the parameter", () => {
  it.each([
    ["notable-models-per-year", { color: "red" }, "color", /unknown parameter/],
    ["notable-models-per-year", { from: "soon" }, "from", /year/],
    ["notable-models-per-year", { from: "2024", to: "2020" }, "to", /before from/],
    ["frontier-lag", { step: "week" }, "step", /month, quarter or year/],
    ["installed-compute", { everyCountry: "perhaps" }, "everyCountry", /./],
    ["chips", { blocs: "us,Mars" }, "blocs.1", /bloc id/],
    ["chips", { blocs: "us,mars" }, "blocs", /unknown bloc 'mars'/],
  ])("%s with %j -> %s", (id, raw, parameter, message) => {
    const run = () => findIndicator(id)!.run(EMPTY, raw);
    expect(run).toThrow(IndicatorParamError);
    try {
      run();
    } catch (error) {
      expect((error as IndicatorParamError).parameter).toBe(parameter);
      expect((error as Error).message).toMatch(message);
    }
  });
});
