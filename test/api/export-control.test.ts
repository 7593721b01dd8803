import { describe, expect, it } from "vitest";
import { ruleTables } from "../../src/rules/export-control/index.js";
import { useTestApi } from "../support/harness.js";
import { testStores } from "../support/stores.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const H20 = "nvidia-hgx-h20";
const H100 = "nvidia-h100-sxm5-80gb";

describe.each(testStores())("export-control routes on $name", (testStore) => {
  const api = useTestApi(testStore);

  const get = async (url: string) => {
    const response = await api.app.inject(url);
    return {
      status: response.statusCode,
      body: response.body,
      json: JSON.parse(response.body.startsWith("{") ? response.body : "{}") as Json,
      headers: response.headers,
    };
  };
  const post = async (payload: unknown) => {
    const response = await api.app.inject({
      method: "POST",
      url: "/api/v1/export-control/check",
      payload: payload as object,
    });
    return { status: response.statusCode, json: JSON.parse(response.body) as Json };
  };

  it.each([
    // Spec §6 O1/O2 with the spec's die area (Epoch has none for the H20): no licence until the letter of 2025-04-09.
    [H20, "to=CN&date=2025-04-08&applicable_die_area_mm2=814", "no_licence", "NLR"],
    [H20, "to=CN&date=2025-04-10", "licence_required", "LR-II"],
    [H20, "to=NL&date=2025-04-10&applicable_die_area_mm2=814", "no_licence", "NLR"],
    // The curated facts (data/chips) give the H20's die: no licence until the letter of 2025-04-09.
    [H20, "to=CN&date=2025-04-08", "no_licence", "NLR"],
    // The H100 is named by NVIDIA's 2022 letter, whatever the datacenter flag; as a datacenter 3A090.a.1 item
    // (curated) the rule's policy shows.
    [H100, "to=CN&date=2024-01-10&datacenter=false", "licence_required", "LR-II"],
    [H100, "to=CN&date=2024-01-10", "licence_required", "LR-D"],
    [H100, "to=CN&date=2022-01-10", "no_licence", "NLR"],
  ])("/api/v1/chips/%s/export-control?%s answers %s (%s) from the store's row", async (id, query, kind, code) => {
    const response = await get(`/api/v1/chips/${id}/export-control?${query}`);
    const params = new URLSearchParams(query);
    const [to, date] = [params.get("to"), params.get("date")];
    expect(response.status).toBe(200);
    const { chip, result } = response.json.data;
    expect(chip.id).toBe(id);
    expect(chip.provenance.source_id).toBe("epoch-ml-hardware");
    expect(result.answer.kind).toBe(kind);
    expect(result.code).toBe(code);
    expect(result.question).toMatchObject({ destination: to, date, mode: "enforced" });
    expect(result.metrics.steps.some((step: string) => step.startsWith("TPP ="))).toBe(true);
    for (const reason of result.reasons) expect(reason.citation.instrument).not.toBe("");
    // What the Epoch row cannot say is visible as a caveat.
    expect(result.caveats.some((caveat: Json) => caveat.text.includes("Epoch"))).toBe(true);
    expect(response.json.attribution).toMatch(/Epoch AI.*CC BY 4\.0/);
    expect(response.headers["x-attribution"]).toMatch(/Epoch AI/);
  });

  it("computes the H20's TPP from its Epoch row (2,368), its density from the curated die, and takes the user's", async () => {
    const curated = (await get(`/api/v1/chips/${H20}/export-control?to=CN&date=2025-04-08`)).json.data.result;
    expect(curated.metrics.tpp).toBeCloseTo(2368, 0);
    expect(curated.metrics.pd).toBeCloseTo(2.91, 2);
    expect(curated.answer.kind).toBe("no_licence");
    expect(curated.caveats.some((caveat: Json) => caveat.text.includes("data/chips/nvidia.yaml"))).toBe(true);
    const { result, chip } = (
      await get(`/api/v1/chips/${H20}/export-control?to=CN&date=2025-05-01&applicable_die_area_mm2=700`)
    ).json.data;
    expect(result.metrics.pd).toBeCloseTo(3.38, 2);
    expect(result.classification.eccn).toBe("3A090.b.2");
    expect(chip.parameters.applicableDieAreaMm2).toBe(700);
    expect(result.caveats.some((caveat: Json) => caveat.text.includes("given by the user"))).toBe(true);
  });

  it("answers in plain words in the asked language, shows each curated value with its provenance", async () => {
    const { plain, chip, result } = (await get(`/api/v1/chips/${H20}/export-control?to=CN&date=2025-04-10&lang=nl`))
      .json.data;
    expect(plain.headline).toMatch(/^Ja, er is een vergunning nodig: de NVIDIA HGX H20 blijft onder de drempels/);
    // The details (reasons, caveats, arithmetic) come in the asked language too, numbers written the Dutch way.
    expect(result.reasons.map((reason: Json) => reason.text)).toContain(
      "de 'is-informed'-brief aan NVIDIA van 2025-04-09 noemt H20",
    );
    expect(result.caveats.some((caveat: Json) => caveat.text.includes("Gecureerd voor"))).toBe(true);
    expect(result.metrics.steps.join("\n")).toMatch(/TOPS x 8 bits = \d+\.\d{3}/);
    expect(plain.headline).toContain("9 april 2025");
    expect(JSON.stringify(plain)).not.toMatch(/chip\./);
    const die = chip.curated_facts.find((fact: Json) => fact.field === "dies");
    expect(die).toMatchObject({
      source: "tweaktown-2024-h20-mass-production",
      confidence: "secondary",
      used: "curated",
    });
    expect(die.file).toBe("data/chips/nvidia.yaml");
    // The reader sees who published the source, not its id.
    expect(die.publisher).toBe("TweakTown");
    // Epoch has no die size for the H20: both values are shown, the curated one is used.
    expect(die.epoch_value).toBeNull();
    const memory = chip.curated_facts.find((fact: Json) => fact.field === "dram_bandwidth_gbps");
    expect(memory.epoch_value).toBeCloseTo(4000, 0);
    const open = (await get(`/api/v1/chips/${H20}/export-control?to=CN&date=2025-04-10&interconnect_gbps=1100`)).json
      .data;
    expect(open.chip.parameters.interconnectBidirGBps).toBe(1100);
    expect(open.plain.caveats.join(" ")).toContain("interconnect bandwidth is the value you gave");
  });

  it("takes end_user_hq, mode and the datacenter flag from the query", async () => {
    const hq = (await get(`/api/v1/chips/${H20}/export-control?to=NL&date=2025-05-01&end_user_hq=CN`)).json.data.result;
    expect(hq.answer.kind).toBe("licence_required");
    expect(hq.question.endUserHq).toBe("CN");
    const asWritten = (
      await get(`/api/v1/chips/${H100}/export-control?to=IN&date=2025-06-01&mode=as_written&datacenter=true`)
    ).json.data;
    expect(asWritten.result.question.mode).toBe("as_written");
    expect(asWritten.chip.parameters.datacenter).toBe(true);
    expect(asWritten.result.ruleVersionsInForce).toContain("RV4");
  });

  it.each([
    [`/api/v1/chips/${H20}/export-control?to=XX&date=2025-05-01`, "to", /country/],
    [`/api/v1/chips/${H20}/export-control?to=CHN&date=2025-05-01`, "to", /alpha-2/],
    [`/api/v1/chips/${H20}/export-control?to=CN&date=2025-5-1`, "date", /YYYY-MM-DD/],
    [`/api/v1/chips/${H20}/export-control?to=CN&date=2025-02-30`, "date", /calendar day/],
    [`/api/v1/chips/${H20}/export-control?to=CN`, "date", /required/],
    [`/api/v1/chips/${H20}/export-control?to=CN&date=2025-05-01&end_user_hq=ZZ`, "end_user_hq", /country/],
    [`/api/v1/chips/${H20}/export-control?to=CN&date=2025-05-01&mode=loose`, "mode", /./],
    [`/api/v1/chips/${H20}/export-control?to=CN&date=2025-05-01&colour=red`, "colour", /unknown parameter/],
    [
      `/api/v1/chips/${H20}/export-control?to=CN&date=2025-05-01&applicable_die_area_mm2=-3`,
      "applicable_die_area_mm2",
      /positive/,
    ],
    [`/api/v1/chips/${H20}/export-control/timeline?to=CN&from=2024-13-01&until=2025-01-01`, "from", /./],
    [`/api/v1/chips/${H20}/export-control/timeline?to=CN&from=2025-01-01&until=2024-01-01`, "until", /before/],
    [`/api/v1/chips/${H20}/export-control/timeline?to=CN`, "until", /required/],
    ["/api/v1/export-control/chips?to=CN&date=20250501", "date", /YYYY-MM-DD/],
    ["/api/v1/export-control/chips?to=QQ&date=2025-05-01", "to", /country/],
    ["/api/v1/export-control/chips?to=CN&date=2025-05-01&status=maybe", "status", /./],
    ["/api/v1/export-control/chips?to=CN&date=2025-05-01&classification=5A002", "classification", /ECCN/],
  ])("%s is a 400 naming %s", async (url, parameter, message) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: "bad_request", parameter });
    expect(response.json.message).toMatch(message);
  });

  it.each([
    `/api/v1/chips/no-such-chip/export-control?to=CN&date=2025-05-01`,
    `/api/v1/chips/no-such-chip/export-control/timeline?to=CN&until=2025-05-01`,
  ])("an unknown chip is a 404 naming the id: %s", async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ error: "not_found", parameter: "id" });
  });

  it("gives the H20's timeline to China as contiguous segments, changing on the letter of 2025-04-09", async () => {
    const response = await get(
      `/api/v1/chips/${H20}/export-control/timeline?to=CN&until=2026-06-30&applicable_die_area_mm2=814`,
    );
    expect(response.status).toBe(200);
    const { segments, from, until } = response.json.data;
    expect(from).toBe("2022-01-01");
    expect(segments[0].from).toBe(from);
    expect(segments.at(-1).until).toBe(until);
    for (let index = 1; index < segments.length; index++) {
      const previous = new Date(`${segments[index - 1].until}T00:00:00Z`);
      expect(new Date(`${segments[index].from}T00:00:00Z`).getTime() - previous.getTime()).toBe(86_400_000);
    }
    const letter = segments.find((segment: Json) => segment.from === "2025-04-09");
    expect(letter?.code).toBe("LR-II");
    expect(segments.find((segment: Json) => segment.until === "2025-04-08")?.code).toBe("NLR");
  });

  it("checks a custom chip posted in the body", async () => {
    const response = await post({
      chip: { name: "Custom", tpp: 5000, pd: 7, datacenter: true },
      destination: "CN",
      date: "2024-06-01",
    });
    expect(response.status).toBe(200);
    expect(response.json.data.classification.eccn).toBe("3A090.a.1");
    expect(response.json.data.answer.kind).toBe("licence_required");
    expect(response.json.attribution).toBeUndefined();
  });

  it.each([
    [{ chip: { tpp: -1 }, destination: "CN", date: "2024-06-01" }, "chip.tpp", /negative/],
    [{ chip: { tpp: 100 }, destination: "XX", date: "2024-06-01" }, "destination", /country/],
    [{ chip: { tpp: 100 }, destination: "CN", date: "01/06/2024" }, "date", /YYYY-MM-DD/],
    [
      { chip: { throughputs: [{ precision: "FP7", tops: 1 }] }, destination: "CN", date: "2024-06-01" },
      "chip.throughputs[0].precision",
      /./,
    ],
    [{ chip: { tpp: 100 }, destination: "CN" }, "date", /./],
  ])("a bad body is a 400 naming the field: %j", async (payload, parameter, message) => {
    const response = await post(payload);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: "bad_request", parameter });
    expect(response.json.message).toMatch(message);
  });

  it.each([
    ["lang=de", "lang"],
    ["language=nl", "language"],
  ])("a bad query on a posted check is a 400 naming it (?%s); a good one gets its answer", async (query, parameter) => {
    const response = await api.app.inject({
      method: "POST",
      url: `/api/v1/export-control/check?${query}`,
      payload: { chip: { tpp: 5000 }, destination: "CN", date: "2024-06-01" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: "bad_request", parameter });
    expect(response.json().message).toMatch(new RegExp(`^${parameter}: `));
    const dutch = await api.app.inject({
      method: "POST",
      url: "/api/v1/export-control/check?lang=nl",
      payload: { chip: { tpp: 5000, datacenter: true }, destination: "CN", date: "2024-06-01" },
    });
    expect(dutch.statusCode).toBe(200);
    expect(dutch.json().plain.headline).toMatch(/^Ja/);
  });

  it("lists the rule versions, thresholds, groups, exceptions and letters with citations and confidence", async () => {
    const { data } = (await get("/api/v1/export-control/rules")).json;
    expect(data.rule_versions.map((version: Json) => version.id)).toEqual(
      ruleTables().ruleVersions.map((version) => version.id),
    );
    expect(data.thresholds.rule_2023.a1.tppMin).toBe(4800);
    for (const entry of [
      ...data.rule_versions,
      ...data.country_groups,
      ...data.licence_exceptions,
      ...data.licence_letters,
      ...Object.values(data.thresholds),
    ]) {
      expect(entry.citation.instrument).toEqual(expect.any(String));
      expect(["quoted", "computed", "secondary", "inferred", "disputed", "unconfirmed"]).toContain(entry.confidence);
    }
    expect(data.rule_versions.some((version: Json) => version.confidence === "unconfirmed")).toBe(true);
    expect(Object.keys(data.sources)).toContain("R2");
  });

  it("gives every chip in the store a status under each rule version, with reasons or the input that would decide", async () => {
    const storeTotal = (await get("/api/v1/chips?limit=1")).json.total;
    const response = await get("/api/v1/export-control/chips?to=CN&date=2025-05-01&reasons=true");
    expect(response.status).toBe(200);
    const { data, total } = response.json;
    expect(total).toBe(storeTotal);
    expect(response.json.attribution).toMatch(/Epoch AI/);
    for (const chip of data) {
      expect(chip.versions.map((version: Json) => version.rule_version)).toEqual(
        ruleTables().ruleVersions.map((version) => version.id),
      );
      for (const version of chip.versions) {
        expect(["controlled", "not_controlled", "indeterminate"]).toContain(version.status);
        if (version.status === "indeterminate") expect(version.deciding_inputs.length).toBeGreaterThan(0);
        else expect(version.reasons.length).toBeGreaterThan(0);
        for (const reason of version.reasons) expect(reason.citation.instrument).not.toBe("");
      }
      if (chip.answer === "indeterminate") expect(chip.deciding_inputs.length).toBeGreaterThan(0);
    }
    // The dataset has chips on both sides of the line and ones whose specs leave the answer open.
    const statuses = new Set(data.map((chip: Json) => chip.status));
    expect(statuses).toContain("controlled");
    expect(statuses).toContain("not_controlled");
  });

  it("filters the chips by status, classification, answer, code and name", async () => {
    const base = "/api/v1/export-control/chips?to=CN&date=2025-05-01";
    const all = (await get(base)).json.data as Json[];
    expect(all[0]!.versions[0].reasons).toBeUndefined();
    const cases: [string, (chip: Json) => boolean][] = [
      ["status=controlled", (chip) => chip.status === "controlled"],
      ["status=indeterminate,not_controlled", (chip) => chip.status !== "controlled"],
      ["classification=3A090.a", (chip) => typeof chip.eccn === "string" && chip.eccn.startsWith("3A090.a")],
      ["classification=none", (chip) => chip.eccn === null],
      ["answer=licence_required", (chip) => chip.answer === "licence_required"],
      ["code=NLR", (chip) => chip.code === "NLR"],
      ["q=h100", (chip) => chip.name.toLowerCase().includes("h100")],
    ];
    for (const [filter, keep] of cases) {
      const filtered = (await get(`${base}&${filter}`)).json.data as Json[];
      expect(
        filtered.map((chip) => chip.id),
        filter,
      ).toEqual(all.filter(keep).map((chip) => chip.id));
    }
    expect(all.filter((chip) => chip.status === "controlled").length).toBeGreaterThan(0);
  });

  it("has a CSV twin with one column per rule version", async () => {
    const json = (await get("/api/v1/export-control/chips?to=CN&date=2025-05-01&status=controlled")).json;
    const response = await api.app.inject("/api/v1/export-control/chips.csv?to=CN&date=2025-05-01&status=controlled");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/csv/);
    expect(response.headers["x-attribution"]).toMatch(/Epoch AI/);
    const lines = response.body.trim().split("\n");
    expect(lines[0]).toBe(
      [
        "id",
        "name",
        "manufacturer",
        "release_date",
        "tpp",
        "pd",
        "applicable_die_area_mm2",
        "status",
        "eccn",
        "code",
        "answer",
        "deciding_inputs",
        ...ruleTables().ruleVersions.map((version) => version.id),
        "source", // the attribution and snapshot, inside the file (#10)
      ].join(","),
    );
    expect(lines.length - 1).toBe(json.total);
  });

  it("describes every export-control route in the OpenAPI document", async () => {
    const paths = Object.keys((await get("/openapi.json")).json.paths);
    for (const path of [
      "/api/v1/chips/{id}/export-control",
      "/api/v1/chips/{id}/export-control/timeline",
      "/api/v1/export-control/check",
      "/api/v1/export-control/rules",
      "/api/v1/export-control/chips",
      "/api/v1/export-control/chips.csv",
    ]) {
      expect(paths).toContain(path);
    }
  });
});
