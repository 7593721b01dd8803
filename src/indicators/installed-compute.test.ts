import { describe, expect, it } from "vitest";
import { clusterStatusOn, installedCompute, installedComputeParams } from "./installed-compute.js";
import { BLOCS, cluster, pick } from "./test-fixtures.js";

const clusters = [
  cluster({
    name: "us-a",
    countries: ["US"],
    firstOperational: "2020-06-01",
    h100Equivalents: 1000,
    opsPerSecond16Bit: 1e18,
  }),
  cluster({
    name: "us-old",
    status: "Decommissioned",
    countries: ["US"],
    firstOperational: "2019-01-01",
    decommissioned: "2021-07-01",
    h100Equivalents: 500,
    opsPerSecond16Bit: 5e17,
  }),
  cluster({
    name: "cn-a",
    countries: ["CN"],
    firstOperational: "2021-03-01",
    h100Equivalents: 300,
    opsPerSecond16Bit: 3e17,
  }),
  cluster({
    name: "fr-us",
    countries: ["FR", "US"],
    firstOperational: "2021-01-01",
    h100Equivalents: 200,
    opsPerSecond16Bit: 2e17,
  }),
  cluster({
    name: "us-planned",
    status: "Planned",
    countries: ["US"],
    firstOperational: "2022-06-01",
    h100Equivalents: 5000,
    opsPerSecond16Bit: 5e18,
  }),
  cluster({
    name: "dup",
    countries: ["US"],
    firstOperational: "2020-01-01",
    h100Equivalents: 9999,
    possibleDuplicate: true,
  }),
  cluster({
    name: "unlikely",
    countries: ["CN"],
    firstOperational: "2020-01-01",
    h100Equivalents: 9999,
    certainty: "Unlikely",
  }),
  cluster({
    name: "gone-when",
    status: "Decommissioned",
    countries: ["US"],
    firstOperational: "2018-01-01",
    h100Equivalents: 9999,
  }),
  cluster({ name: "undated", countries: ["US"], h100Equivalents: 9999 }),
];

const run = (params: Record<string, unknown>) =>
  installedCompute({ clusters, blocs: BLOCS }, installedComputeParams.parse({ blocs: "us,china,eu", ...params }));
const keys = ["date", "group", "h100Equivalents", "shareOfWorldH100e"];

describe("installedCompute", () => {
  it("counts clusters from first operation until decommissioning, under any (no cluster is no data, not 0)", () => {
    const operational = run({}).rows.filter((r) => r.status === "operational");
    expect(pick(operational, keys)).toEqual([
      { date: "2019-12-31", group: "us", h100Equivalents: 500, shareOfWorldH100e: 1 },
      { date: "2019-12-31", group: "china", h100Equivalents: null, shareOfWorldH100e: null },
      { date: "2019-12-31", group: "eu", h100Equivalents: null, shareOfWorldH100e: null },
      { date: "2019-12-31", group: "world", h100Equivalents: 500, shareOfWorldH100e: 1 },
      { date: "2020-12-31", group: "us", h100Equivalents: 1500, shareOfWorldH100e: 1 },
      { date: "2020-12-31", group: "china", h100Equivalents: null, shareOfWorldH100e: null },
      { date: "2020-12-31", group: "eu", h100Equivalents: null, shareOfWorldH100e: null },
      { date: "2020-12-31", group: "world", h100Equivalents: 1500, shareOfWorldH100e: 1 },
      // us-old is gone; fr-us counts fully for both the US and the EU
      { date: "2021-12-31", group: "us", h100Equivalents: 1200, shareOfWorldH100e: 0.8 },
      { date: "2021-12-31", group: "china", h100Equivalents: 300, shareOfWorldH100e: 0.2 },
      { date: "2021-12-31", group: "eu", h100Equivalents: 200, shareOfWorldH100e: 0.1333 },
      { date: "2021-12-31", group: "world", h100Equivalents: 1500, shareOfWorldH100e: 1 },
    ]);
    expect(operational[8]!.opsPerSecond16Bit).toBeCloseTo(1.2e18, -6);
  });

  it("splits a two-country cluster in halves under fractional", () => {
    const at2021 = run({ attribution: "fractional", from: 2021, to: 2021 }).rows.filter(
      (r) => r.status === "operational",
    );
    expect(pick(at2021, ["group", "h100Equivalents", "clusters", "shareOfWorldH100e"])).toEqual([
      { group: "us", h100Equivalents: 1100, clusters: 1.5, shareOfWorldH100e: 0.7333 },
      { group: "china", h100Equivalents: 300, clusters: 1, shareOfWorldH100e: 0.2 },
      { group: "eu", h100Equivalents: 100, clusters: 0.5, shareOfWorldH100e: 0.0667 },
      { group: "world", h100Equivalents: 1500, clusters: 3, shareOfWorldH100e: 1 },
    ]);
  });

  it("keeps planned clusters apart and never adds them to operational capacity", () => {
    const rows = run({}).rows;
    expect(rows.some((r) => r.status === "operational" && r.date === "2022-12-31")).toBe(false);
    expect(
      pick(
        rows.filter((r) => r.status === "planned" && r.date === "2022-12-31"),
        ["group", "h100Equivalents", "shareOfWorldH100e"],
      ),
    ).toEqual([
      { group: "us", h100Equivalents: 5000, shareOfWorldH100e: 1 },
      { group: "china", h100Equivalents: null, shareOfWorldH100e: null },
      { group: "eu", h100Equivalents: null, shareOfWorldH100e: null },
      { group: "world", h100Equivalents: 5000, shareOfWorldH100e: 1 },
    ]);
    expect(
      rows.find((r) => r.status === "planned" && r.date === "2021-12-31" && r.group === "world")!.shareOfWorldH100e,
    ).toBeNull();
  });

  it("names the largest operational and planned cluster per bloc", () => {
    expect(pick(run({}).tables[1]!.rows, ["group", "status", "cluster"])).toEqual([
      { group: "us", status: "operational", cluster: "us-a" },
      { group: "us", status: "planned", cluster: "us-planned" },
      { group: "china", status: "operational", cluster: "cn-a" },
      { group: "eu", status: "operational", cluster: "fr-us" },
    ]);
  });

  it("leaves out duplicates, unlikely and unplaceable clusters, and says so", () => {
    const result = run({});
    expect(result.method.n).toBe(5);
    expect(result.method.caveats[0]!.en).toMatch(/10–20%/);
    expect(result.method.caveats[1]!.en).toMatch(/^2 kept clusters/);
    expect(run({ includePossibleDuplicates: "true", includeUnlikely: true }).method.n).toBe(7);
  });

  it("adds a row per hosting country for the map", () => {
    const groups = new Set(run({ everyCountry: "true", from: 2021, to: 2021 }).rows.map((r) => r.group));
    expect([...groups]).toEqual(["us", "china", "eu", "CN", "FR", "US", "world"]);
  });

  it.each([
    [cluster({ name: "x", firstOperational: "2020-01-01" }), "2019-12-31", null],
    [cluster({ name: "x", firstOperational: "2020-01-01" }), "2020-01-01", "operational"],
    [
      cluster({ name: "x", firstOperational: "2020-01-01", decommissioned: "2020-06-01", status: "Decommissioned" }),
      "2020-06-01",
      null,
    ],
    [cluster({ name: "x", firstOperational: "2020-01-01", status: "Planned" }), "2021-01-01", "planned"],
  ])("clusterStatusOn(%j, %s) = %s", (c, day, expected) => {
    expect(clusterStatusOn(c, day)).toBe(expected);
  });
});
