/**
 * Typed indicator rows: every table of every indicator, as the API returns it, has exactly the columns of
 * the row type its indicator declares (src/indicators/row-types.ts), and each row parses with that type. Run
 * on the full Epoch snapshot (and on the repository's cut of it, so a clone checks it too).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INDICATOR_ROWS } from "../../src/contract/indicators.js";
import { INDICATORS } from "../../src/indicators/registry.js";
import { useTestApi, type TestApi } from "../support/harness.js";
import { epochSnapshotDir } from "../support/paths.js";
import { describeWithSnapshot } from "../support/snapshot.js";
import { testStores } from "../support/stores.js";

type Table = { key: string; columns: { key: string; role?: string }[]; rows: Record<string, unknown>[] };

/** Each indicator with its defaults, plus the parameters that change a table's shape. */
const QUERIES = [
  ...INDICATORS.map((indicator) => indicator.id),
  "data-centres?by=owner",
  "data-centres?by=country",
  "data-centres?by=bloc",
  "chips?metric=memoryBandwidth",
  "economy?metric=valuation_post_money",
  "hosted-compute?ownerBlocs=us,china",
  "installed-compute?step=quarter&countries=NL,FR",
  "frontier-lag?countries=GB&step=year",
  "capability-lag?countries=FR",
  "regulatory-thresholds?dataset=notable",
  "europe-position?europe=europe",
  "price-of-capability?levels=gpt-4,o1,year-ago-best",
];

/** A schema whose further columns are free (`catchall`): its fixed fields must be columns, the rest may vary. */
const isOpen = (schema: z.ZodObject) =>
  !(schema.def.catchall instanceof z.ZodNever) && schema.def.catchall !== undefined;

async function checkTables(api: () => TestApi, query: string): Promise<void> {
  {
    const id = query.split("?")[0]! as keyof typeof INDICATOR_ROWS;
    const response = await api().app.inject(`/api/v1/indicators/${query}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const tables = (JSON.parse(response.body) as { data: { series: { tables: Table[] } } }).data.series.tables;
    const declared: Readonly<Record<string, z.ZodObject>> = INDICATOR_ROWS[id];
    expect(tables.map((t) => t.key).sort()).toEqual(Object.keys(declared).sort());
    for (const table of tables) {
      const schema = declared[table.key]!;
      const fields = Object.keys(schema.shape);
      const columns = table.columns.map((column) => column.key);
      const place = `${query} table ${table.key}`;
      if (isOpen(schema)) expect(columns.slice(0, fields.length), place).toEqual(fields);
      else expect(columns, place).toEqual(fields);
      const strict = isOpen(schema) ? schema : z.strictObject(schema.shape);
      table.rows.forEach((row, index) => {
        const parsed = strict.safeParse(row);
        const issue = parsed.error?.issues[0];
        expect(issue && `${place} row ${index + 1}: ${issue.path.join(".")}: ${issue.message}`).toBeUndefined();
      });
    }
  }
}

describe("the row types", () => {
  it("cover every indicator and no other", () => {
    expect(Object.keys(INDICATOR_ROWS).sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
  });
});

describe("every table matches its declared row type (repository fixture)", () => {
  const api = useTestApi(testStores()[0]!);
  it.each(QUERIES)("%s", (query) => checkTables(() => api, query));

  it("the row types travel in the listing as JSON Schema, one per table", async () => {
    const listing = JSON.parse((await api.app.inject("/api/v1/indicators")).body) as {
      data: { id: string; rows: Record<string, { properties: Record<string, unknown> }> }[];
    };
    const compute = listing.data.find((indicator) => indicator.id === "frontier-compute")!;
    expect(Object.keys(compute.rows)).toEqual(["main", "growth"]);
    expect(Object.keys(compute.rows.main!.properties)).toContain("trainingComputeFlop");
  });
});

describeWithSnapshot("every table matches its declared row type (full snapshot)", () => {
  const api = useTestApi(testStores()[0]!, epochSnapshotDir());
  it.each(QUERIES)("%s", (query) => checkTables(() => api, query));
});
