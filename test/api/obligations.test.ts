import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { ObligationsAnswer } from "../../src/rules/ai-regulation/index.js";
import { QUESTIONS } from "../../web/pages/regulation-check/questions.js";
import { REPO_ROOT } from "../support/paths.js";
import { useTestApi } from "../support/harness.js";
import { testStores } from "../support/stores.js";

const EXAMPLES = join(REPO_ROOT, "examples", "profiles");
const example = (name: string) =>
  parse(readFileSync(join(EXAMPLES, `${name}.yaml`), "utf8")) as Record<string, unknown>;

type Json = Record<string, unknown>;

describe.each(testStores())("the regulation API on $name", (testStore) => {
  const api = useTestApi(testStore);

  const post = async (payload: unknown) => {
    const response = await api.app.inject({ method: "POST", url: "/api/v1/obligations", payload: payload as Json });
    return { status: response.statusCode, json: () => JSON.parse(response.body) as Json };
  };
  const get = async (url: string) => {
    const response = await api.app.inject(url);
    return { status: response.statusCode, headers: response.headers, json: () => JSON.parse(response.body) as Json };
  };

  it("assesses every example profile: in-scope jurisdictions, citations on every obligation, deadlines after the day", async () => {
    for (const file of readdirSync(EXAMPLES)) {
      const response = await post({ profile: parse(readFileSync(join(EXAMPLES, file), "utf8")), date: "2026-11-27" });
      expect(response.status, file).toBe(200);
      const answer = response.json().data as ObligationsAnswer;
      expect(answer.assessment.as_of).toBe("2026-11-27");
      expect(
        answer.assessment.per_jurisdiction.some((result) => result.in_scope),
        file,
      ).toBe(true);
      for (const result of answer.assessment.per_jurisdiction) {
        for (const obligation of result.obligations) expect(obligation.citation, obligation.id).not.toBe("");
      }
      const dates = answer.upcoming_deadlines.map((deadline) => deadline.date);
      expect(dates).toEqual([...dates].sort());
      for (const date of dates) expect(date > "2026-11-27").toBe(true);
      expect(answer.diff).toBeNull();
    }
  });

  it("answers the CV-screening tool as high-risk with the Annex III duties scheduled for 2 Dec 2027", async () => {
    const answer = (await post({ profile: example("cv-screening-nl"), date: "2026-11-27" })).json()
      .data as ObligationsAnswer;
    const eu = answer.assessment.per_jurisdiction.find((result) => result.jurisdiction === "EU")!;
    expect(eu.tier).toBe("EU_HIGH_RISK_ANNEX_III");
    expect(eu.tier_applicable_at_D).toBe(false);
    const deadline = answer.upcoming_deadlines.find((entry) => entry.id === "EU-AIA-26-1");
    expect(deadline).toMatchObject({ date: "2027-12-02", jurisdiction: "EU", kind: "starts" });
    expect(deadline!.citation).toMatch(/Art 26/);
    // Every unconfirmed mark in the closing note comes from an obligation of the answer marked so.
    const marked = new Set(
      answer.assessment.per_jurisdiction
        .flatMap((result) => [...result.obligations, ...result.notes, ...result.penalties])
        .filter((record) => record.unconfirmed)
        .map((record) => record.id),
    );
    expect(answer.unconfirmed.map((mark) => mark.id).sort()).toEqual([...marked].sort());
    expect(answer.unconfirmed.length).toBeGreaterThan(0);
    for (const mark of answer.unconfirmed) expect(mark.confidence).not.toBe("V");
  });

  it("compares two dates: the deployer duties move from scheduled to applicable on 2 Dec 2027", async () => {
    const answer = (
      await post({ profile: example("cv-screening-nl"), date: "2026-11-27", diff_date: "2027-12-02" })
    ).json().data as ObligationsAnswer;
    expect(answer.diff!.as_of).toBe("2027-12-02");
    expect(answer.diff!.assessment.as_of).toBe("2027-12-02");
    const eu = answer.diff!.changes.per_jurisdiction.find((result) => result.jurisdiction === "EU")!;
    expect(eu.effective_tier_at_D).toEqual({ before: "EU_MINIMAL", after: "EU_HIGH_RISK_ANNEX_III" });
    const change = eu.obligations.find((entry) => entry.id === "EU-AIA-26-1")!;
    expect(change.before).toEqual({ status: "scheduled", status_date: "2027-12-02" });
    expect(change.after).toMatchObject({ status: "applicable" });
    const same = (
      await post({ profile: example("cv-screening-nl"), date: "2026-11-27", diff_date: "2026-11-27" })
    ).json().data as ObligationsAnswer;
    expect(same.diff!.changes.per_jurisdiction).toEqual([]);
  });

  it.each([
    [
      "a misspelt profile field",
      { profile: { decision_domain: ["credit"] }, date: "2026-11-27" },
      "profile.decision_domain",
      /unknown field "decision_domain"/,
    ],
    [
      "a nested unknown field",
      { profile: { markets: [{ jurisdiction: "EU", placed: "2026-01-01" }] }, date: "2026-11-27" },
      "profile.markets.0.placed",
      /unknown field/,
    ],
    [
      "a wrong enum value",
      { profile: { markets: [{ jurisdiction: "EU-XX" }] }, date: "2026-11-27" },
      "profile.markets.0.jurisdiction",
      /./,
    ],
    [
      "an impossible placement date",
      { profile: { markets: [{ jurisdiction: "CN", placed_on_market_date: "2026-02-30" }] }, date: "2026-11-27" },
      "profile.markets.0.placed_on_market_date",
      /calendar date/,
    ],
    ["a wrong type", { profile: { general_purpose: "yes" }, date: "2026-11-27" }, "profile.general_purpose", /boolean/],
    ["a bad date", { profile: {}, date: "27-11-2026" }, "date", /calendar date/],
    ["an impossible date", { profile: {}, date: "2026-02-29" }, "date", /calendar date/],
    ["a bad diff date", { profile: {}, date: "2026-11-27", diff_date: "tomorrow" }, "diff_date", /calendar date/],
    ["a missing date", { profile: {} }, "date", /./],
    ["a missing profile", { date: "2026-11-27" }, "profile", /./],
    ["a profile that is not an object", { profile: "cv tool", date: "2026-11-27" }, "profile", /profile object/],
    ["an unknown body field", { profile: {}, date: "2026-11-27", at: "2027-01-01" }, "at", /unknown field "at"/],
  ])("refuses %s with a 400 naming %s", async (_name, payload, parameter, message) => {
    const response = await post(payload);
    expect(response.status).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ error: "bad_request", parameter });
    expect(body.message).toMatch(new RegExp(`^${parameter.replace(/\./g, "\\.")}: `));
    expect(body.message).toMatch(message);
    expect((body.issues as { parameter: string }[]).map((issue) => issue.parameter)).toContain(parameter);
  });

  it("accepts every field and option the web questionnaire can send", async () => {
    for (const question of QUESTIONS) {
      const values: unknown[] =
        question.kind === "set"
          ? question.options.map((option) => [option.value])
          : question.kind === "choice"
            ? question.options.map((option) => option.value)
            : question.kind === "markets"
              ? question.options.map((option) => [{ jurisdiction: option.value, placed_on_market_date: "2026-01-01" }])
              : question.kind === "number"
                ? [12345]
                : question.kind === "country"
                  ? ["NL"]
                  : question.kind === "text"
                    ? ["text"]
                    : [true, false];
      for (const value of values) {
        const path = question.field.split(".");
        const profile = path.length === 1 ? { [question.field]: value } : { [path[0]!]: { [path[1]!]: value } };
        const response = await post({ profile, date: "2026-11-27" });
        expect(response.status, `${question.field}=${JSON.stringify(value)}: ${JSON.stringify(response.json())}`).toBe(
          200,
        );
      }
    }
  });

  it.each([
    ["date=2026-02-30", "date", /calendar date/],
    ["diff_date=soon&date=2026-11-27", "diff_date", /calendar date/],
    ["at=2026-11-27", "at", /unknown parameter/],
  ])("refuses a YAML profile's bad query ?%s with a 400 naming %s", async (query, parameter, message) => {
    const response = await api.app.inject({
      method: "POST",
      url: `/api/v1/obligations?${query}`,
      payload: "roles: [provider]\n",
      headers: { "content-type": "text/yaml" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: "bad_request", parameter });
    expect(response.json().message).toMatch(message);
  });

  it("reads a YAML profile with its days in the query", async () => {
    const response = await api.app.inject({
      method: "POST",
      url: "/api/v1/obligations?date=2026-11-27&diff_date=2025-01-01",
      payload: "roles: [provider]\ngeneral_purpose: true\n",
      headers: { "content-type": "text/yaml" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().data.as_of).toBe("2026-11-27");
    expect(response.json().data.diff.as_of).toBe("2025-01-01");
  });

  it("lists every issue of a profile, not only the first", async () => {
    const body = (await post({ profile: { rolez: ["provider"], artifact: "robot" }, date: "2026-11-27" })).json();
    expect((body.issues as { parameter: string }[]).map((issue) => issue.parameter).sort()).toEqual([
      "profile.artifact",
      "profile.rolez",
    ]);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await api.app.inject({
      method: "POST",
      url: "/api/v1/obligations",
      payload: "{profile",
      headers: { "content-type": "application/json" },
    });
    expect(response.statusCode).toBe(400);
  });

  it("serves the catalogue with instruments, rules, timelines, the matrix and the unconfirmed ids", async () => {
    const data = (await get("/api/v1/regulations")).json().data as Json & {
      rules: { id: string; jurisdiction: string; citationUrl: string; confidence: string }[];
      matrix: { cells: Json }[];
      timelines: Json;
      unconfirmed_rule_ids: string[];
      instruments: unknown[];
    };
    expect(data.knowledge_cutoff).toBe("2026-11-27");
    expect(data.instruments.length).toBeGreaterThan(10);
    expect(new Set(data.rules.map((rule) => rule.jurisdiction))).toEqual(
      new Set(["EU", "CN", "US-FED", "US-CA", "US-CO", "US-TX", "US-IL", "US-NY", "US-NYC", "US-UT"]),
    );
    for (const rule of data.rules) expect(rule.citationUrl, rule.id).toMatch(/^https?:\/\//);
    expect(Object.keys(data.timelines).sort()).toEqual(["CN", "EU", "US"]);
    expect(data.matrix.length).toBe(14);
    for (const row of data.matrix) expect(Object.keys(row.cells).sort()).toEqual(["CN", "EU", "US"]);
    expect(data.unconfirmed_rule_ids.sort()).toEqual(
      data.rules
        .filter((rule) => rule.confidence !== "V")
        .map((rule) => rule.id)
        .sort(),
    );
  });

  it.each([
    ["CN", ["CN"], ["CN"]],
    ["US", ["US-CA", "US-CO", "US-FED", "US-IL", "US-NY", "US-NYC", "US-TX", "US-UT"], ["US"]],
    ["EU,US-CA", ["EU", "US-CA"], ["EU", "US"]],
  ])("filters the catalogue by ?jurisdiction=%s", async (filter, jurisdictions, regimes) => {
    const data = (await get(`/api/v1/regulations?jurisdiction=${filter}`)).json().data as {
      rules: { jurisdiction: string }[];
      instruments: { jurisdiction: string }[];
      timelines: Record<string, { jurisdiction: string }[]>;
      matrix: { cells: Json }[];
    };
    expect([...new Set(data.rules.map((rule) => rule.jurisdiction))].sort()).toEqual(jurisdictions);
    for (const instrument of data.instruments) expect(jurisdictions).toContain(instrument.jurisdiction);
    expect(Object.keys(data.timelines).sort()).toEqual(regimes);
    for (const entries of Object.values(data.timelines))
      for (const entry of entries) expect(jurisdictions).toContain(entry.jurisdiction);
    for (const row of data.matrix) expect(Object.keys(row.cells).sort()).toEqual(regimes);
  });

  it("gives each regime's timeline in date order, with the EU dates the omnibus moved marked superseded", async () => {
    for (const regime of ["EU", "CN", "US"]) {
      const entries = (await get(`/api/v1/regulations/timeline?regime=${regime}`)).json().data as {
        date: string;
        jurisdiction: string;
        superseded: boolean;
        text: { en: string; nl: string };
      }[];
      expect(entries.length, regime).toBeGreaterThan(3);
      const dates = entries.map((entry) => entry.date);
      expect(dates).toEqual([...dates].sort());
      for (const entry of entries)
        expect(regime === "US" ? entry.jurisdiction.startsWith("US") : entry.jurisdiction === regime).toBe(true);
    }
    const eu = (await get("/api/v1/regulations/timeline?regime=EU")).json().data as {
      date: string;
      superseded: boolean;
      text: { en: string };
    }[];
    expect(eu.some((entry) => entry.superseded && entry.date === "2026-08-02")).toBe(true);
    expect(
      eu.some((entry) => !entry.superseded && entry.date === "2027-12-02" && /2026\/1744/.test(entry.text.en)),
    ).toBe(true);
  });

  it.each([
    ["/api/v1/regulations?jurisdiction=XX", "jurisdiction"],
    ["/api/v1/regulations?jurisdictions=EU", "jurisdictions"],
    ["/api/v1/regulations/timeline?regime=UK", "regime"],
    ["/api/v1/regulations/timeline", "regime"],
    ["/api/v1/regulations/models-above-thresholds?dataset=all", "dataset"],
    ["/api/v1/regulations/models-above-thresholds?above=1e25", "above"],
  ])("%s is a 400 naming %s", async (url, parameter) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ error: "bad_request", parameter });
  });

  it("lists the models above 10^25 FLOP with Epoch's confidence, the threshold verdicts and attribution", async () => {
    const response = await get("/api/v1/regulations/models-above-thresholds");
    expect(response.status).toBe(200);
    expect(response.headers["x-attribution"]).toMatch(/Epoch AI/);
    const body = response.json() as {
      data: Json[];
      total: number;
      attribution: string;
      thresholds: { id: string }[];
      method: { en: string; nl: string };
    };
    expect(body.attribution).toMatch(/Epoch AI.*CC BY 4\.0/);
    expect(body.method.nl).toMatch(/aanname/);
    expect(body.total).toBe(body.data.length);
    // The same selection through the generic models list: every large-scale model strictly above 10^25.
    const listed = (
      (await get("/api/v1/models?dataset=large_scale&min_compute=1e25&limit=1000")).json().data as {
        id: string;
        training_compute_flop: number;
      }[]
    ).filter((model) => model.training_compute_flop > 1e25);
    expect(body.data.map((model) => model.id).sort()).toEqual(listed.map((model) => model.id).sort());
    expect(body.total).toBeGreaterThan(5);
    const computes = body.data.map((model) => model.training_compute_flop as number);
    expect(computes).toEqual([...computes].sort((a, b) => b - a));
    for (const model of body.data) {
      expect(model.eu_systemic_presumed).toBe(true);
      expect(model.above_us_frontier).toBe((model.training_compute_flop as number) > 1e26);
      expect(["Confident", "Likely", "Speculative", "Unknown", "Unverified", null]).toContain(model.confidence);
      expect((model.source_id as string).startsWith("epoch-")).toBe(true);
      const verdicts = model.thresholds as { id: string; verdict: string }[];
      expect(verdicts.map((verdict) => verdict.id)).toEqual(body.thresholds.map((threshold) => threshold.id));
    }
    const frontier = (
      await get("/api/v1/regulations/models-above-thresholds?above=us-frontier&dataset=notable")
    ).json() as { data: Json[] };
    for (const model of frontier.data) expect(model.training_compute_flop as number).toBeGreaterThan(1e26);
  });

  it("documents the four routes in OpenAPI with the profile schema", async () => {
    const openapi = (await get("/openapi.json")).json() as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<string, { schema: { properties: Record<string, { properties?: Json }> } }>;
            };
          }
        >
      >;
    };
    for (const path of [
      "/api/v1/obligations",
      "/api/v1/regulations",
      "/api/v1/regulations/timeline",
      "/api/v1/regulations/models-above-thresholds",
    ])
      expect(openapi.paths[path], path).toBeDefined();
    type BodySchema = { properties: Record<string, { properties?: Json }>; anyOf?: BodySchema[] };
    const schema = openapi.paths["/api/v1/obligations"]!.post!.requestBody!.content["application/json"]!
      .schema as BodySchema;
    // The body is the JSON envelope or, as YAML, the profile itself.
    const body = schema.anyOf?.find((variant) => variant.properties) ?? schema;
    expect(Object.keys(body.properties).sort()).toEqual(["date", "diff_date", "profile"]);
    expect(Object.keys(body.properties.profile!.properties!)).toContain("decision_domains");
  });
});
