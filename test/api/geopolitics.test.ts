import "../support/export-control-tables.js";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.js";
import { countryGroupsOn, membershipChanges } from "../../src/api/routes/geopolitics.js";
import { sqliteKysely } from "../../src/db/connect.js";
import type { GroupMembership } from "../../src/rules/export-control/index.js";
import { useTestApi } from "../support/harness.js";
import { tempDir } from "../support/paths.js";
import { testStores } from "../support/stores.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const citation = { instrument: "test", sources: ["R33"] as const };
const membership = (
  group: GroupMembership["group"],
  country: string,
  extra: Partial<GroupMembership> = {},
): GroupMembership =>
  ({
    group,
    country,
    confidence: "secondary",
    citation: { ...citation, sources: [...citation.sources] },
    ...extra,
  }) as GroupMembership;

describe("countryGroupsOn (hand-made memberships)", () => {
  const memberships = [
    membership("D:1", "XA"),
    membership("D:5", "XA"),
    membership("D:4", "XB"),
    membership("A:6", "XB"),
    membership("E:1", "XC"),
    membership("D:5", "XC"),
    membership("A:5", "XD"),
    membership("D:5", "XE", { until: "2026-02-02" }),
    membership("D:1", "XE", { confidence: "unconfirmed" }),
    membership("A:6", "XF", { from: "2025-01-01" }),
  ];
  const on = (day: string) =>
    Object.fromEntries(
      countryGroupsOn(day, memberships, [{ country: "XH", treatedAs: "XA" }]).map((row) => [row.country, row]),
    );

  it.each([
    ["XA", "D:5"],
    ["XB", "D"],
    ["XC", "E"],
    ["XD", "A:5"],
    ["XH", "D:5"],
  ] as const)("%s falls in the strictest category of its groups: %s", (country, category) => {
    expect(on("2025-06-01")[country]!.category).toBe(category);
  });

  it("dates memberships: the last day counts, the day after does not; a start date is respected", () => {
    expect(on("2026-02-02").XE!.category).toBe("D:5");
    expect(on("2026-02-03").XE).toMatchObject({ category: "D", categoryConfidence: "unconfirmed" });
    expect(on("2024-12-31").XF).toBeUndefined();
    expect(on("2025-01-01").XF!.category).toBe("A:6");
    expect(membershipChanges(memberships)).toEqual(["2025-01-01", "2026-02-03"]);
  });

  it("a country treated as another takes that country's groups and says so", () => {
    expect(on("2025-06-01").XH).toMatchObject({ treatedAs: "XA", groups: [{ group: "D:1" }, { group: "D:5" }] });
  });
});

describe("geopolitics routes (engine data, no store needed)", () => {
  let app: FastifyInstance;
  const db = sqliteKysely(join(tempDir("geopolitics"), "empty.sqlite"));
  beforeAll(async () => {
    const context = {
      db,
      codeVersion: "test",
      snapshotId: "none",
      snapshotDate: null,
      attribution: "",
      storeVersion: "none",
    };
    app = await buildApp(context);
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });
  const get = async (url: string) => {
    const response = await app.inject(url);
    return {
      status: response.statusCode,
      body: response.body,
      json: (response.body.startsWith("{") ? JSON.parse(response.body) : {}) as Json,
      headers: response.headers,
    };
  };

  it.each([
    [
      "2025-06-01",
      { CN: "D:5", HK: "D:5", IR: "E", CU: "E", NL: "A:5", IL: "D", TW: "D", SG: "A:6", KH: "D:5", NI: "D:5" },
    ],
    // Cambodia left D:5 on 2026-02-02 (91 FR 5091); it stays in D:1. Nicaragua is in D:5 only from 2024-03-15.
    ["2026-02-03", { CN: "D:5", KH: "D" }],
    ["2024-03-14", { CY: "D:5" }],
  ])("on %s the engine's groups put countries in their strictest category", async (date, expected) => {
    const { status, json } = await get(`/api/v1/geopolitics/country-groups?date=${date}`);
    expect(status).toBe(200);
    const categories = Object.fromEntries((json.data.countries as Json[]).map((row) => [row.country, row.category]));
    expect(categories).toMatchObject(expected);
    expect(categories.US).toBeUndefined();
    expect(categories.NI).toBe(date < "2024-03-15" ? undefined : "D:5");
    expect(json.data.changes).toContain("2026-02-03");
    expect(json.data.groups.map((group: Json) => group.id)).toEqual([
      "A:5",
      "A:6",
      "D:1",
      "D:2",
      "D:3",
      "D:4",
      "D:5",
      "E:1",
      "E:2",
    ]);
    expect(json.data.sources.R33).toMatch(/country-group/);
  });

  it("every membership shown carries its instrument, sources and confidence", async () => {
    const { json } = await get("/api/v1/geopolitics/country-groups?date=2025-06-01");
    const hk = (json.data.countries as Json[]).find((row) => row.country === "HK")!;
    expect(hk.treated_as).toBe("CN");
    for (const group of hk.groups as Json[]) {
      expect(group.instrument).toMatch(/\S/);
      expect(group.sources.length).toBeGreaterThan(0);
      expect(["secondary", "unconfirmed", "quoted"]).toContain(group.confidence);
    }
  });

  it.each([
    ["/api/v1/geopolitics/country-groups", "date", /required|YYYY-MM-DD/],
    ["/api/v1/geopolitics/country-groups?date=2025-02-30", "date", /calendar day/],
    ["/api/v1/geopolitics/country-groups?date=soon", "date", /YYYY-MM-DD/],
    ["/api/v1/geopolitics/country-groups?date=2025-06-01&colour=red", "colour", /unknown parameter/],
  ])("%s is a 400 naming %s", async (url, parameter, message) => {
    const { status, json } = await get(url);
    expect(status).toBe(400);
    expect(json.parameter).toBe(parameter);
    expect(json.message).toMatch(message);
  });

  it("has a CSV twin: one row per country and group", async () => {
    const { status, body, headers } = await get("/api/v1/geopolitics/country-groups.csv?date=2025-06-01");
    expect(status).toBe(200);
    expect(headers["content-type"]).toMatch(/text\/csv/);
    expect(headers["content-disposition"]).toContain("wedloop-country-groups-2025-06-01.csv");
    const lines = body.trim().split("\n");
    expect(lines[0]).toBe("date,country,treated_as,category,group,confidence,instrument,sources,source");
    expect(
      lines
        .filter((line) => line.startsWith("2025-06-01,CN,"))
        .map((line) => line.split(",")[4])
        .sort(),
    ).toEqual(["D:1", "D:3", "D:4", "D:5"]);
  });
});

describe.each(testStores())("the hosted-compute indicator on the real store ($name)", (testStore) => {
  const api = useTestApi(testStore);

  it("splits each host country's H100e by the owners' bloc, shares adding up to 1", async () => {
    const response = await api.app.inject("/api/v1/indicators/hosted-compute");
    expect(response.statusCode).toBe(200);
    const { data } = JSON.parse(response.body) as Json;
    expect(data.sources.map((source: Json) => source.id)).toEqual(["epoch-gpu-clusters"]);
    const hosts = (data.series.tables as Json[]).find((table) => table.key === "hosts")!.rows as Json[];
    expect(hosts.length).toBeGreaterThan(10);
    const us = hosts.find((row) => row.host === "US")!;
    expect(us.leadingOwner).toBe("us");
    // A host whose clusters all lack an H100e figure has no shares at all.
    expect(
      hosts
        .filter((row) => row.h100Equivalents === 0)
        .every((row) => row.leadingOwner === null && row.share_us === null),
    ).toBe(true);
    for (const host of hosts.filter((row) => row.h100Equivalents > 0)) {
      const sum = ["us", "china", "eu", "other", "unknown"].reduce((total, owner) => total + host[`share_${owner}`], 0);
      expect(sum, host.host).toBeCloseTo(1, 2);
    }
  });

  it("names a bad owner bloc", async () => {
    const response = await api.app.inject("/api/v1/indicators/hosted-compute?ownerBlocs=us,atlantis");
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).parameter).toBe("ownerBlocs");
  });
});
