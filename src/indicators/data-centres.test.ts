import { describe, expect, it } from "vitest";
import { dataCentres, dataCentresParams } from "./data-centres.js";
import { BLOCS, dataCenter, pick } from "./test-fixtures.js";

const points = [
  dataCenter({
    name: "Alpha",
    date: "2024-01-01",
    owners: ["acme"],
    country: "US",
    powerMw: 100,
    h100Equivalents: 50_000,
    capitalCostUsd2025: 5e9,
  }),
  dataCenter({
    name: "Alpha",
    date: "2025-01-01",
    owners: ["acme"],
    country: "US",
    powerMw: 300,
    h100Equivalents: 150_000,
    capitalCostUsd2025: 15e9,
  }),
  dataCenter({
    name: "Beta",
    date: "2024-06-01",
    owners: ["acme", "bolt"],
    country: "CN",
    powerMw: 40,
    h100Equivalents: 10_000,
    capitalCostUsd2025: 2e9,
  }),
];

const run = (params: Record<string, unknown>) =>
  dataCentres({ dataCenters: points, blocs: BLOCS }, dataCentresParams.parse(params));

describe("dataCentres", () => {
  it("carries each data centre's last state forward per data centre", () => {
    expect(pick(run({}).rows, ["date", "group", "powerMw"])).toEqual([
      { date: "2024-01-01", group: "Alpha", powerMw: 100 },
      { date: "2024-06-01", group: "Alpha", powerMw: 100 },
      { date: "2024-06-01", group: "Beta", powerMw: 40 },
      { date: "2025-01-01", group: "Alpha", powerMw: 300 },
      { date: "2025-01-01", group: "Beta", powerMw: 40 },
    ]);
  });

  it.each([
    ["any", { acme: 140, bolt: 40 }],
    ["fractional", { acme: 120, bolt: 20 }],
  ])("sums per owner under %s on 2024-06-01", (attribution, expected) => {
    const rows = run({ by: "owner", attribution }).rows.filter((r) => r.date === "2024-06-01");
    expect(Object.fromEntries(rows.map((r) => [r.group, r.powerMw]))).toEqual(expected);
  });

  it("sums per bloc by the country a data centre stands in, zero for a bloc with none", () => {
    const rows = run({ by: "bloc", blocs: "us,china,eu", to: 2024 }).rows.filter((r) => r.date === "2024-06-01");
    expect(pick(rows, ["group", "h100Equivalents", "capitalCostUsd2025"])).toEqual([
      { group: "us", h100Equivalents: 50_000, capitalCostUsd2025: 5e9 },
      { group: "china", h100Equivalents: 10_000, capitalCostUsd2025: 2e9 },
      { group: "eu", h100Equivalents: 0, capitalCostUsd2025: 0 },
    ]);
    expect(run({ by: "bloc", to: 2024 }).method.window).toEqual({ from: 2024, to: 2024 });
  });
});
