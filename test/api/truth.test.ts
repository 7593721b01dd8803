/**
 * The figures issue 10 found wrong, pinned on the shared Epoch snapshot: each is right whatever the start
 * year, dated by its own data, counted once, and the same wherever it appears.
 */
import { expect, it } from "vitest";
import { useTestApi } from "../support/harness.js";
import { epochSnapshotDir } from "../support/paths.js";
import { describeWithSnapshot } from "../support/snapshot.js";
import { testStores } from "../support/stores.js";

type Row = Record<string, unknown>;
type Series = { rows: Row[]; tables: { key: string; rows: Row[] }[] };

describeWithSnapshot("one truth on the snapshot (SQLite)", () => {
  const api = useTestApi(testStores()[0]!, epochSnapshotDir());

  const json = async (url: string) => {
    const response = await api.app.inject(url);
    expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
    return JSON.parse(response.body) as { data: Row[] & { series: Series }; total: number };
  };
  const series = async (url: string) => (await json(url)).data.series;
  const table = (s: Series, key: string) => s.tables.find((t) => t.key === key)!.rows;

  it("a start year does not rewrite the lag: 12.8 months at 2024-12-31 with from=2024, as without it", async () => {
    for (const query of ["", "&from=2024"]) {
      const rows = (await series(`/api/v1/indicators/frontier-lag?followers=china${query}`)).rows;
      const end2024 = rows.find((row) => row.date === "2024-12-31")!;
      expect(end2024).toMatchObject({
        lagMonths: 12.8,
        reachedBy: "Gemini 1.0 Ultra",
        leaderBestModel: "Gemini 1.0 Ultra",
      });
    }
  });

  it("a start year does not change the first US model above 10^25 FLOP (GPT-4) nor the largest run to date", async () => {
    const crossings = table(
      await series("/api/v1/indicators/regulatory-thresholds?blocs=us&from=2024&dataset=notable"),
      "firstCrossing",
    );
    expect(crossings.find((row) => row.threshold === 1e25)).toMatchObject({ firstDate: "2023-03-15" });
    expect(String(crossings.find((row) => row.threshold === 1e25)!.firstModel)).toMatch(/^GPT-4 /);
    const records = (await series("/api/v1/indicators/frontier-compute?blocs=us&from=2024")).rows;
    expect(records.map((row) => row.model)).not.toContain("Inflection-2.5");
  });

  it("growth labels equal the fitted window: US 4.11x n 289 on 2010–2025, 4.87x n 273 on 2015–2025, and a world fit", async () => {
    const fit2010 = table(await series("/api/v1/indicators/frontier-compute"), "growth");
    expect(fit2010.find((row) => row.group === "us")).toMatchObject({
      fitFrom: 2010,
      fitTo: 2025,
      n: 289,
      factorPerYear: 4.106,
    });
    const world = fit2010.find((row) => row.group === "world")!;
    expect(world).toMatchObject({ groupKind: "world", fitFrom: 2010, fitTo: 2025, n: 453, factorPerYear: 4.321 });
    expect(world.factorPerYearLow).toBeLessThan(4.321);
    expect(world.factorPerYearHigh).toBeGreaterThan(4.321);
    // The page's start year (from=2015) no longer narrows the fit behind a 2010 label.
    const fromPage = table(await series("/api/v1/indicators/frontier-compute?from=2015"), "growth");
    expect(fromPage.find((row) => row.group === "us")).toMatchObject({ fitFrom: 2010, n: 289, factorPerYear: 4.106 });
    const fit2015 = table(await series("/api/v1/indicators/frontier-compute?fitFrom=2015"), "growth");
    expect(fit2015.find((row) => row.group === "us")).toMatchObject({
      fitFrom: 2015,
      fitTo: 2025,
      n: 273,
      factorPerYear: 4.871,
    });
  });

  it("the compute share is dated by its data (22 Jul 2025) and says how much that one cluster moved it", async () => {
    const s = await series("/api/v1/indicators/installed-compute");
    expect((s as unknown as { method: { asOf: string; metric: { en: string } } }).method).toMatchObject({
      asOf: "2025-07-22",
      metric: { en: expect.stringMatching(/^compute by location/) },
    });
    const us = s.rows.filter((row) => row.group === "us" && row.status === "operational").at(-1)!;
    expect(us).toMatchObject({ date: "2025-12-31", asOf: "2025-07-22", shareOfWorldH100e: 0.7564 });
    expect(table(s, "sensitivity").find((row) => row.group === "us")).toMatchObject({
      latestRecordsDate: "2025-07-22",
      latestRecords: 1,
      latestRecordNames: "xAI Colossus Memphis Phase 3",
      shareWithoutLatest: 0.7107,
      movedPoints: 4.6,
    });
  });

  it("counts the Mistral June 2024 round once: EU equity funding 2024 is USD 516.3M, and the duplicate is listed", async () => {
    const byGroup = table(await series("/api/v1/indicators/economy?metric=funding_equity&blocs=eu,china"), "byGroup");
    expect(byGroup.find((row) => row.group === "eu" && row.year === 2024)!.value).toBe(516_300_000);
    // No Chinese company is in the funding file: no data, not USD 0.
    expect(byGroup.filter((row) => row.group === "china").every((row) => row.value === null)).toBe(true);
    const quarantine = await json("/api/v1/-/quarantine?dataset=ai_companies_funding_rounds");
    expect(quarantine.data.map((row) => row.reason)).toContainEqual(
      expect.stringMatching(/^merged as duplicate of line \d+: same company, close date and equity amount$/),
    );
  });

  it("lists each model once, with the Epoch files it is in", async () => {
    const { data } = await json("/api/v1/models?bloc=china&from=2024-01-01&limit=1000");
    const names = data.map((row) => String(row.name));
    expect(names.filter((name) => name === "Kimi K2")).toHaveLength(1);
    expect(names.filter((name) => name === "Qwen3-Max")).toHaveLength(1);
    expect(names.filter((name) => /^GLM[- ]4\.6$/.test(name))).toHaveLength(1);
    const kimi = data.find((row) => row.name === "Kimi K2")!;
    expect(kimi).toMatchObject({ in_notable: true, in_large_scale: true });
    expect((kimi.records as Row[]).map((record) => record.dataset).sort()).toEqual(["large_scale", "notable"]);
    // dataset= still filters, on membership
    const largeScale = await json("/api/v1/models?dataset=large_scale&bloc=china&from=2024-01-01&limit=1000");
    expect(largeScale.data.every((row) => row.in_large_scale === true)).toBe(true);
  });

  it("reconciles every dataset: rows read = stored + quarantined + merged", async () => {
    const response = await api.app.inject("/api/v1/-/version");
    const { datasets } = JSON.parse(response.body) as { datasets: Row[] };
    expect(datasets.find((dataset) => dataset.id === "ai_companies_funding_rounds")!.rows_merged).toBe(1);
    for (const dataset of datasets)
      expect(dataset.rows_read, String(dataset.id)).toBe(
        Number(dataset.rows_stored) + Number(dataset.rows_quarantined) + Number(dataset.rows_merged),
      );
  });

  it("no data is not zero: the Europe panel ranks no bloc without records", async () => {
    const rows = (await series("/api/v1/indicators/europe-position?from=2015")).rows;
    const cell = (measure: string, group: string) => rows.find((r) => r.measure === measure && r.group === group)!;
    expect(cell("fundingRaised", "china")).toMatchObject({ value: null, rank: null });
    expect(cell("dataCentrePower", "eu")).toMatchObject({ value: null, rank: null });
    expect(cell("openWeightsShare", "eu")).toMatchObject({ value: null, rank: null });
    // The lag: the leader is the reference, a tie behind it is a shared second place
    expect(cell("frontierLag", "us")).toMatchObject({ value: 0, rank: 1 });
    expect(cell("frontierLag", "eu")).toMatchObject({ value: 24.8, rank: 2, tie: true });
    expect(cell("frontierLag", "china")).toMatchObject({ value: 24.8, rank: 2, tie: true });
  });

  it.each([
    ["/api/v1/models?bloc=mars", "bloc", /unknown bloc 'mars'; valid: .*us.*china.*eu/],
    ["/api/v1/models?country=XX", "country", /unknown country 'XX'/],
    ["/api/v1/models?organization=nobody-at-all", "organization", /unknown organization 'nobody-at-all'/],
    ["/api/v1/models?dataset=tiny", "dataset", /notable|large_scale|frontier/],
    ["/api/v1/indicators/frontier-lag?blocs=mars", "blocs", /unknown bloc 'mars'/],
  ])("%s is a 400 naming %s and the choices", async (url, parameter, message) => {
    const response = await api.app.inject(url);
    expect(response.statusCode).toBe(400);
    const body = JSON.parse(response.body) as { parameter: string; message: string };
    expect(body.parameter).toBe(parameter);
    expect(body.message).toMatch(message);
  });

  it("frontier-lag takes blocs like every other indicator", async () => {
    const latest = table(await series("/api/v1/indicators/frontier-lag?blocs=us,china,eu"), "latest");
    expect(latest.map((row) => row.follower)).toEqual(["china", "eu"]);
  });

  it.each(["/api/v1/indicators/frontier-lag.csv", "/api/v1/models.csv?bloc=eu", "/api/v1/facts.csv"])(
    "%s carries its source inside the file, as a trailing column",
    async (url) => {
      const response = await api.app.inject(url);
      expect(response.statusCode).toBe(200);
      const [header, first] = response.body.split("\n");
      expect(header!.split(",").at(-1)).toBe("source");
      expect(first).toMatch(/snapshot/);
    },
  );
});
