import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleReading } from "../../src/domain/article-reading.js";
import { startTestApi, type TestApi } from "../support/harness.js";
import { REPO_ROOT } from "../support/paths.js";
import { testStores } from "../support/stores.js";

const SEED = join(
  process.env.WEDLOOP_SEED_DIR ?? join(REPO_ROOT, "..", "shared", "seed"),
  "ai-als-geopolitiek-slagveld.txt",
);
const FIXTURES = join(REPO_ROOT, "test", "fixtures", "reader");

describe("POST /api/v1/read", () => {
  let api: TestApi;
  let app: FastifyInstance;
  beforeAll(async () => {
    api = await startTestApi(testStores()[0]!);
    app = api.app;
  }, 180_000);
  afterAll(() => api?.close());

  const read = async (payload: unknown, headers: Record<string, string> = {}) => {
    const response = await app.inject({ method: "POST", url: "/api/v1/read", payload: payload as string, headers });
    return {
      status: response.statusCode,
      body: JSON.parse(response.body) as { data: ArticleReading; error?: string; parameter?: string; message?: string },
    };
  };

  it("reads a Dutch article: names linked, amounts in dollars with the rate's date, claims judged", async () => {
    const text = readFileSync(join(FIXTURES, "nl-chinese-modellen.txt"), "utf8");
    const { status, body } = await read({ text });
    expect(status).toBe(200);
    const reading = body.data;
    expect(reading.lang).toBe("nl");
    expect(reading.entities).toContainEqual(
      expect.objectContaining({
        text: "R1",
        record: expect.objectContaining({ id: "notable-deepseek-r1" }),
        basis: "family",
      }),
    );
    expect(reading.entities).toContainEqual(
      expect.objectContaining({ text: "Beijing", record: expect.objectContaining({ id: "CN", kind: "government" }) }),
    );
    const yuan = reading.amounts.find((amount) => amount.currency === "CNY")!;
    expect(yuan).toMatchObject({
      value: 380,
      scale: 1e9,
      qualifier: "up-to",
      rate: expect.objectContaining({ date: "2024-12-31", source: "cfets-2024-12-31-central-parity" }),
    });
    expect(yuan.usd).toBeCloseTo(380e9 / 7.1884, -3);
    expect(reading.claims.find((claim) => claim.text.startsWith("OpenAI werd in 2016"))).toMatchObject({
      verdict: "inaccurate",
    });
  });

  it.skipIf(!existsSync(SEED))("gives the seed post's claims the claims page's verdicts", async () => {
    const { body } = await read({ text: readFileSync(SEED, "utf8") });
    const facts = JSON.parse((await app.inject("/api/v1/facts?kind=claim&limit=1000")).body) as {
      data: { id: string; detail: { verdict: string } }[];
    };
    const verdictOf = new Map(facts.data.map((fact) => [fact.id, fact.detail.verdict]));
    const curated = body.data.claims.filter((claim) => claim.curated_claim !== null);
    expect(curated.length).toBeGreaterThanOrEqual(95);
    for (const claim of curated) expect(claim.verdict, claim.curated_claim!).toBe(verdictOf.get(claim.curated_claim!));
    expect(body.data.amounts.find((amount) => amount.text === "€50 miljard")?.rate?.source).toBe(
      "ecb-2025-02-28-euro-reference-rate",
    );
  });

  it("returns the text of HTML only: no script, no handler", async () => {
    const { status, body } = await read({
      text: '<p onmouseover="alert(1)">OpenAI</p><script>alert(2)</script>',
      format: "html",
    });
    expect(status).toBe(200);
    expect(body.data.text).toBe("OpenAI");
  });

  it("refuses bad input with a clear 4xx naming the field", async () => {
    expect((await read({})).body).toMatchObject({ error: "bad_request", parameter: "text" });
    expect((await read({ text: "" })).status).toBe(400);
    expect((await read({ text: "x", lang: "de" })).body).toMatchObject({ parameter: "lang" });
    expect((await read({ text: "x".repeat(1_000_001) })).body).toMatchObject({
      error: "bad_request",
      parameter: "text",
    });
    expect(
      (await read(JSON.stringify({ text: "x".repeat(5_000_000) }), { "content-type": "application/json" })).status,
    ).toBe(413);
    expect((await read("OpenAI", { "content-type": "text/plain" })).status).toBe(415);
  });
});
