import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { mergeChipFacts } from "../../src/ingest/curated/merge-chip-facts.js";
import { CuratedFileError } from "../../src/ingest/curated/yaml-file.js";
import { DATA_DIR, epochSnapshotDir, tempDir } from "../support/paths.js";
import { HAS_SNAPSHOT } from "../support/snapshot.js";

/** A copy of data/ with one file replaced, to see how the loader reports a mistake in it. */
function dataWith(file: string, text: string): string {
  const dir = join(tempDir("data"), "data");
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

function errorOf(dataDir: string): CuratedFileError {
  try {
    loadCurated(dataDir);
  } catch (error) {
    if (error instanceof CuratedFileError) return error;
    throw error;
  }
  throw new Error("expected the curated data to be refused");
}

const SOURCE = `sources:
  - id: test-source
    kind: secondary
    type: newsroom
    title: A test page
    publisher: Test
    url: https://example.org/test
    accessed: 2026-11-27
    language: en
`;

const fact = (body: string) => `facts:\n  - id: test-fact\n${body}`;

describe("the repository's curated data", () => {
  const curated = loadCurated(DATA_DIR);

  it("loads and passes every cross-check", () => {
    expect(curated.organizations.length).toBeGreaterThanOrEqual(40);
    expect(curated.facts.length).toBeGreaterThan(0);
    expect(curated.sources.find((source) => source.id === "seed-blog-ai-geopolitiek-2025")).toBeDefined();
  });

  it("records the line each record starts on (the fast path agrees with a position-keeping parse)", () => {
    const documents = new Map<string, { document: ReturnType<typeof parseDocument>; lines: LineCounter }>();
    for (const record of [...curated.facts, ...curated.sources, ...curated.organizations]) {
      if (!documents.has(record.file)) {
        const lines = new LineCounter();
        documents.set(record.file, {
          document: parseDocument(readFileSync(join(DATA_DIR, "..", record.file), "utf8"), { lineCounter: lines }),
          lines,
        });
      }
      const { document, lines } = documents.get(record.file)!;
      const list = document.contents as YAMLMap;
      const items = (list.items[0]!.value as YAMLSeq).items as YAMLMap[];
      const index = items.findIndex((item) => item.get("id") === record.id);
      expect(record.line, `${record.file} ${record.id}`).toBe(lines.linePos(items[index]!.range![0]).line);
    }
  });

  it("gives every fact a source, a quote and (except claims) a date", () => {
    for (const fact of curated.facts) {
      expect(fact.quote.trim(), fact.id).not.toBe("");
      if (fact.kind === "metric") expect(fact.date ?? fact.period, fact.id).toBeDefined();
      if (fact.kind === "event" || fact.kind === "relation") expect(fact.date, fact.id).toMatch(/^\d{4}/);
    }
  });

  it.skipIf(!HAS_SNAPSHOT)("has claims from the seed blog post quoted verbatim (needs the shared folder)", () => {
    // The seed post sits beside the Epoch snapshot in the shared folder (shared/seed, shared/data/epoch).
    const seed = readFileSync(
      join(epochSnapshotDir(), "..", "..", "seed", "ai-als-geopolitiek-slagveld.txt"),
      "utf8",
    ).replace(/\s+/g, " ");
    const claims = curated.facts.filter(
      (fact) => fact.kind === "claim" && fact.source === "seed-blog-ai-geopolitiek-2025",
    );
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) expect(seed, claim.id).toContain(claim.quote.replace(/\s+/g, " "));
  });
});

describe("an invalid curated file stops the build with file, line and field", () => {
  it.each([
    [
      "a misspelt field",
      fact(
        "    kind: metric\n    subject: openai\n    metric: x\n    value: 1\n    unit: USD\n    date: 2024\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n    sorce: x\n",
      ),
      12,
      "facts[0].sorce",
      /Unrecognized key/,
    ],
    [
      "a value of the wrong type",
      fact(
        "    kind: metric\n    subject: openai\n    metric: x\n    value: ten\n    unit: USD\n    date: 2024\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      6,
      "facts[0].value",
      /expected number/,
    ],
    [
      "an unknown source",
      fact(
        "    kind: metric\n    subject: openai\n    metric: x\n    value: 1\n    unit: USD\n    date: 2024\n    confidence: high\n    source: no-such-source\n    quote: q\n",
      ),
      10,
      "source",
      /unknown source id no-such-source/,
    ],
    [
      "a relation whose end does not exist",
      fact(
        "    kind: relation\n    subject: openai\n    relation: invests-in\n    object: no-such-company\n    date: 2024\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      6,
      "object",
      /unknown entity no-such-company/,
    ],
    [
      "a metric without a date",
      fact(
        "    kind: metric\n    subject: openai\n    metric: x\n    value: 1\n    unit: USD\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      2,
      "date",
      /needs a date/,
    ],
    [
      "a fact without a quote",
      fact(
        "    kind: event\n    date: 2024\n    event_kind: other\n    title_en: t\n    title_nl: t\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n",
      ),
      2,
      "facts[0].quote",
      /expected string/,
    ],
    [
      "an inaccurate claim without a better source",
      fact(
        "    kind: claim\n    claim_en: c\n    verdict: inaccurate\n    reason: r\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      2,
      "better_source",
      /needs the better source/,
    ],
    [
      "a legal fact with only a blog as source",
      fact(
        "    kind: event\n    date: 2024\n    event_kind: regulation\n    title_en: t\n    title_nl: t\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      9,
      "source",
      /a legal fact needs a primary source/,
    ],
    [
      "an opinion on a checkable statement",
      fact(
        "    kind: claim\n    claim_en: c\n    verdict: opinion\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      5,
      "verdict",
      /only for value judgements and predictions/,
    ],
    [
      "a reason that describes a factual error, judged imprecise",
      fact(
        "    kind: claim\n    claim_en: c\n    verdict: imprecise\n    better_source: seed-blog-ai-geopolitiek-2025\n    reason: Tsai is the chairman, not the chief executive.\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      7,
      "reason",
      /describes a factual error/,
    ],
    [
      "a tranche of an investment that is no commitment",
      fact(
        "    kind: relation\n    subject: amazon\n    relation: invests-in\n    object: anthropic\n    date: 2024\n    value: 1\n    unit: USD\n    tranche_of: rel-amazon-invests-anthropic-2024-11\n    confidence: high\n    source: seed-blog-ai-geopolitiek-2025\n    quote: q\n",
      ),
      10,
      "tranche_of",
      /not a commits-to-invest-in/,
    ],
    ["broken YAML", "facts:\n  - id: [unclosed\n", 3, "", /not valid YAML/],
  ])("%s", (_case, text, line, field, reason) => {
    const error = errorOf(dataWith("facts/test.yaml", text));
    expect(error.file).toBe("data/facts/test.yaml");
    expect([error.line, error.field]).toEqual([line, field]);
    expect(error.message).toMatch(reason);
    expect(error.message.startsWith(`data/facts/test.yaml:${line}: `)).toBe(true);
  });

  it("refuses a duplicate id and names both places", () => {
    const error = errorOf(
      dataWith("sources/zz-duplicate.yaml", SOURCE.replace("test-source", "seed-blog-ai-geopolitiek-2025")),
    );
    expect(error.message).toMatch(
      /data\/sources\/zz-duplicate\.yaml:2: id: duplicate source id seed-blog-ai-geopolitiek-2025 \(first at data\/sources\/seed\.yaml:\d+\)/,
    );
  });

  it("refuses a source whose kind does not fit its type", () => {
    const error = errorOf(dataWith("sources/zz-kind.yaml", SOURCE.replace("kind: secondary", "kind: primary")));
    expect([error.file, error.line, error.field]).toEqual(["data/sources/zz-kind.yaml", 3, "kind"]);
    expect(error.message).toMatch(/a source of type newsroom is secondary, not primary/);
  });

  it("refuses overlapping partition blocs", () => {
    const blocs = readFileSync(join(DATA_DIR, "blocs.yaml"), "utf8").replace("members: [GB]", "members: [GB, FR]");
    expect(errorOf(dataWith("blocs.yaml", blocs)).message).toMatch(/FR is already in bloc eu/);
  });

  it("refuses a country alias that is not an ISO code", () => {
    const error = errorOf(dataWith("country-aliases.yaml", 'aliases:\n  "Korea (Republic of)": KOR\n'));
    expect([error.file, error.line]).toEqual(["data/country-aliases.yaml", 2]);
  });

  const chip = (body: string) =>
    `chips:\n  - id: test-chip\n    name: Test chip\n    epoch_names: ["Test chip row"]\n${body}`;
  const datacenter = (source: string, confidence = "quoted") =>
    `    datacenter:\n      value: true\n      source: ${source}\n      confidence: ${confidence}\n      quote: "for data centers"\n`;
  it.each([
    [chip(datacenter("no-such-source")), 5, "datacenter.source", /unknown source id no-such-source/],
    [chip(datacenter("tweakers-2022-a800", "certain")), 8, "chips[0].datacenter.confidence", /Invalid option/],
    [chip("    die_area: 814\n"), 5, "chips[0].die_area", /Unrecognized key/],
    [
      chip(
        "    interconnect_bidir_gbps:\n      value: -1\n      source: tweakers-2022-a800\n      confidence: quoted\n      quote: q\n",
      ),
      6,
      "chips[0].interconnect_bidir_gbps.value",
      /positive/,
    ],
  ])("refuses a bad chip fact with file:line: field: reason (%#)", (text, line, field, reason) => {
    const error = errorOf(dataWith("chips/test.yaml", text));
    expect([error.file, error.line, error.field]).toEqual(["data/chips/test.yaml", line, field]);
    expect(error.message).toMatch(reason);
  });

  const interconnect = (body: string) =>
    `    interconnect_bidir_gbps:\n${body}      source: tweakers-2022-a800\n      confidence: inferred\n      quote: q\n`;
  it.each([
    [interconnect("      value: 600\n      at_most: 664\n"), 6, "chips[0].interconnect_bidir_gbps.value", /not both/],
    [interconnect(""), 5, "chips[0].interconnect_bidir_gbps.value", /give a value, or at_least and\/or at_most/],
    [
      interconnect("      at_least: 700\n      at_most: 664\n"),
      6,
      "chips[0].interconnect_bidir_gbps.at_least",
      /at_least 700 exceeds at_most 664/,
    ],
    [interconnect("      at_most: -5\n"), 6, "chips[0].interconnect_bidir_gbps.at_most", /positive/],
    [
      "    dies:\n      value:\n        - kind: logic\n          area_mm2: { at_most: 0 }\n      source: tweakers-2022-a800\n      confidence: inferred\n      quote: q\n",
      8,
      "chips[0].dies.value[0].area_mm2.at_most",
      /positive/,
    ],
  ])("refuses a bad bound with file:line: field: reason (%#)", (body, line, field, reason) => {
    const error = errorOf(dataWith("chips/test.yaml", chip(body)));
    expect([error.file, error.line, error.field]).toEqual(["data/chips/test.yaml", line, field]);
    expect(error.message).toMatch(reason);
  });

  // The H20 entry of data/chips/nvidia.yaml gives its interconnect as a value (900 GB/s).
  const h20 = (body: string) => chip(interconnect(body)).replace('["Test chip row"]', '["NVIDIA HGX H20"]');
  it("refuses a second value for a fact of the same Epoch row and names both places", () => {
    const error = errorOf(dataWith("chips/test.yaml", h20("      value: 800\n")));
    expect(error.message).toMatch(
      /^data\/chips\/test\.yaml:5: interconnect_bidir_gbps: given twice for the same chip \(also at data\/chips\/nvidia\.yaml:\d+\)/,
    );
  });

  it("refuses a value outside another file's bound and names both places", () => {
    const error = errorOf(dataWith("chips/test.yaml", h20("      at_most: 664\n")));
    expect(error.message).toMatch(
      /^data\/chips\/nvidia\.yaml:\d+: interconnect_bidir_gbps: the value lies outside the bound given at data\/chips\/test\.yaml:5/,
    );
  });

  it("lets a value inside another file's bound win, and keeps the other entry's facts", () => {
    const extra = `    dram_bandwidth_gbps:\n      at_least: 1000\n      source: tweakers-2022-a800\n      confidence: inferred\n      quote: q\n`;
    const merged = mergeChipFacts(loadCurated(dataWith("chips/test.yaml", h20("      at_most: 1100\n") + extra)).chips);
    const entry = merged.find((chip) => chip.epoch_names.includes("NVIDIA HGX H20"))!;
    expect(entry.epoch_names).toEqual(["NVIDIA HGX H20"]);
    expect(entry.interconnect_bidir_gbps?.value).toBe(900);
    expect(entry.origins?.interconnect_bidir_gbps?.file).toBe("data/chips/nvidia.yaml");
    // nvidia.yaml gives the H20's memory bandwidth as a value (4,000 GB/s), inside the test file's bound.
    expect(entry.dram_bandwidth_gbps?.value).toBe(4000);
    expect(entry.dies?.value[0]?.area_mm2).toBe(814);
  });
});
