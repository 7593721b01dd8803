import "../support/export-control-tables.js";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { beforeAll, describe, expect, it } from "vitest";
import { defineExportCheckCommand, exportCheckCommand, findChipByName } from "../../src/cli/commands/export-check.js";
import { formatGrid } from "../../src/cli/commands/export-grid.js";
import { print, UserError } from "../../src/cli/io.js";
import { resolveSettings } from "../../src/cli/settings.js";
import type { StoreChip } from "../../src/db/queries/chip-export.js";
import type { GridReport } from "../../src/rules/export-control/index.js";
import { buildTestStore, captureIo } from "../support/harness.js";
import { tempDir } from "../support/paths.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dbFile: string;
beforeAll(async () => {
  dbFile = join(tempDir("export-check"), "wedloop.sqlite");
  await buildTestStore({ dialect: "sqlite", target: dbFile });
}, 120_000);

/** The command as main.ts runs it: commander errors exit 2, user errors print and exit with their code. */
async function run(argv: readonly string[], options: { db?: boolean } = {}) {
  const io = captureIo({ WEDLOOP_HOME: tempDir("home") });
  const { stdout, stderr } = io;
  let code = 0;
  const program = new Command("wedloop")
    .exitOverride()
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) });
  defineExportCheckCommand(program, async (flags) => {
    code = await exportCheckCommand(resolveSettings(flags, io.env), flags, io);
  });
  try {
    await program.parseAsync(["export-check", ...argv, ...(options.db === false ? [] : ["--db", dbFile])], {
      from: "user",
    });
  } catch (error) {
    if (error instanceof CommanderError) code = error.code === "commander.helpDisplayed" ? 0 : 2;
    else if (error instanceof UserError) {
      print(stderr, `wedloop: ${error.message}`);
      code = error.exitCode;
    } else throw error;
  }
  return { code, out: io.out(), err: io.err() };
}

describe("wedloop export-check", () => {
  it("answers for a chip in the store, with the arithmetic, cited reasons, marked caveats and the attribution", async () => {
    const { code, out } = await run(["--chip", "NVIDIA H20", "--to", "CN", "--date", "2025-05-01"]);
    expect(code).toBe(0);
    expect(out).toContain('(matched "NVIDIA H20" to "NVIDIA HGX H20")');
    expect(out).toMatch(/^Answer: licence required \(LR-II\); basis: is informed letter/m);
    expect(out).toMatch(/^Arithmetic:\n(?: {2}.*\n)* {2}TPP = .* = 2,368/m);
    expect(out).toMatch(/^Reasons:\n {2}1\. .*\n {5}.*\(\w+\)$/m);
    expect(out).toContain("Is-informed letter to NVIDIA of 2025-04-09");
    expect(out).toMatch(/^ {2}- UNCONFIRMED: /m);
    expect(out).toMatch(/Epoch AI.*CC BY 4\.0/);
  });

  it.each(["en", "nl"])("names no engine field in its text, even when the answer is open (%s)", async (lang) => {
    // Huawei publishes nothing on the Ascend 920: an open answer that names the facts it lacks.
    const { code, out } = await run(["--chip", "Ascend 920", "--to", "AE", "--date", "2023-12-01", "--lang", lang]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Code \?:/m);
    expect(out).not.toMatch(/\bchip\.[a-zA-Z]/);
  });

  it("prints one JSON object with --json", async () => {
    const { code, out } = await run([
      "--chip",
      "nvidia-hgx-h20",
      "--to",
      "CN",
      "--date",
      "2025-05-01",
      "--end-user-hq",
      "CN",
      "--json",
    ]);
    expect(code).toBe(0);
    const body = JSON.parse(out) as Json;
    expect(body.chip).toMatchObject({ id: "nvidia-hgx-h20", provenance: { source_id: "epoch-ml-hardware" } });
    expect(body.result.code).toBe("LR-II");
    expect(body.result.question).toMatchObject({ destination: "CN", endUserHq: "CN", mode: "enforced" });
    expect(body.attribution).toMatch(/Epoch AI/);
  });

  it("completes Epoch's row with the curated die, and takes the user's in its place (spec O1: H20, 2025-04-08)", async () => {
    const curated = await run(["--chip", "NVIDIA H20", "--to", "CN", "--date", "2025-04-08"]);
    expect(curated.code).toBe(0);
    expect(curated.out).toMatch(/^Answer: no licence required \(NLR\)/m);
    expect(curated.out).toContain("PD = 2,368 / 814 mm² = 2.91");
    expect(curated.out).toContain("data/chips/nvidia.yaml");
    const given = await run(["--chip", "NVIDIA H20", "--to", "CN", "--date", "2025-04-08", "--die-area", "700"]);
    expect(given.out).toContain("PD = 2,368 / 700 mm² = 3.38");
    expect(given.out).toMatch(/700 given by the user/);
  });

  it.each([
    // NVIDIA's GPU Operator docs list the L4 and L40 as data-centre GPUs; the L40's AD102 die is curated.
    [
      ["--chip", "NVIDIA L4", "--to", "CN", "--date", "2023-12-01"],
      /^Classification: 3A090\.a\.2/m,
      /^Answer: licence required/m,
      "data/chips/nvidia.yaml",
    ],
    [
      ["--chip", "NVIDIA L40", "--to", "CN", "--date", "2023-12-01"],
      /^Classification: 3A090\.b\.1/m,
      /^Answer: licence exception NAC/m,
      "data/chips/nvidia.yaml",
    ],
    // A PCIe-only Ada card stays far below the H20 letter's 1,028 GB/s.
    [
      ["--chip", "NVIDIA L20", "--to", "CN", "--date", "2025-06-01"],
      /^Classification: no ECCN \(not controlled/m,
      /^Answer: no licence required \(NLR\)/m,
      "data/chips/nvidia.yaml",
    ],
    // Huawei's CloudMatrix384 paper and its Connect 2025 roadmap settle the 910C under the 2022 rule.
    [
      ["--chip", "Ascend 910C", "--to", "CN", "--date", "2023-03-01"],
      /^Classification: 3A090 \(controlled, RV1\)/m,
      /^Answer: licence required/m,
      "data/chips/huawei.yaml",
    ],
  ])("answers a curated chip definitely: %j", async (argv, classification, answer, file) => {
    const { code, out } = await run(argv);
    expect(code).toBe(0);
    expect(out).toMatch(classification);
    expect(out).toMatch(answer);
    expect(out).toContain(file);
    expect(out).not.toMatch(/^Code \?:/m);
  });

  it.each([
    [
      ["--tpp", "5000", "--pd", "7", "--datacenter", "--to", "CN", "--date", "2024-06-01"],
      /^Classification: 3A090\.a\.1/m,
      /^Answer: licence required/m,
    ],
    [
      ["--tpp", "2000", "--pd", "1", "--no-datacenter", "--to", "CN", "--date", "2024-06-01"],
      /^Classification: no ECCN \(not controlled/m,
      /^Answer: no licence required \(NLR\)/m,
    ],
    [
      ["--tpp", "5000", "--pd", "7", "--datacenter", "--to", "NL", "--date", "2024-06-01"],
      /^Classification: 3A090\.a\.1/m,
      /^Answer: no licence required/m,
    ],
    [
      ["--tpp", "5000", "--die-area", "800", "--interconnect", "700", "--to", "CN", "--date", "2023-01-10"],
      /^Classification: 3A090/m,
      /^Answer: licence required/m,
    ],
  ])("checks a chip that is not in the data: %j", async (argv, classification, answer) => {
    const { code, out } = await run(argv, { db: false });
    expect(code).toBe(0);
    expect(out).toMatch(classification);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(/Epoch AI/);
  });

  it.each([
    [
      ["--chip", "NVIDIA Z9000", "--to", "CN", "--date", "2025-05-01"],
      /no chip named "NVIDIA Z9000".*did you mean: "NVIDIA/,
    ],
    [["--chip", "H100", "--to", "CN", "--date", "2025-05-01"], /did you mean: .*"NVIDIA H100 SXM5 80GB"/],
  ])("an unknown or ambiguous chip exits 1 with close matches: %j", async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });

  it.each([
    [["--tpp", "-5", "--pd", "1", "--to", "CN", "--date", "2024-06-01"], /--tpp: .*negative/],
    [["--tpp", "5000", "--to", "XX", "--date", "2024-06-01"], /--to: .*country code/],
    [["--tpp", "5000", "--to", "CN", "--date", "2024-6-1"], /--date: .*YYYY-MM-DD/],
    [["--tpp", "5000", "--to", "CN", "--date", "2024-06-01", "--end-user-hq", "QQ"], /--end-user-hq: /],
    [["--tpp", "5000", "--pd", "1", "--die-area", "2", "--to", "CN", "--date", "2024-06-01"], /--pd: give either/],
    [["--to", "CN", "--date", "2024-06-01"], /give --chip <name>/],
    [["--tpp", "lots", "--to", "CN", "--date", "2024-06-01"], /--tpp must be a number/],
    [["--tpp", "5000", "--to", "CHN", "--date", "2024-06-01"], /alpha-2/],
    [["--tpp", "5000", "--to", "CN", "--date", "2024-06-01", "--mode", "loose"], /--mode/],
    [["--tpp", "5000", "--date", "2024-06-01"], /--to/],
  ])("bad input exits 2 naming the flag: %j", async (argv, message) => {
    const { code, err } = await run(argv, { db: false });
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("answers the grid of every chip, 12 destinations and 7 dates, counted by code, with what each ? lacks", async () => {
    const { code, out } = await run(["--grid", "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Json;
    expect(report.cells).toBe(report.chips * 12 * 7);
    expect(Object.values(report.counts as Record<string, number>).reduce((sum, count) => sum + count, 0)).toBe(
      report.cells,
    );
    expect(report.indeterminate.length).toBe(report.counts["?"] ?? 0);
    for (const cell of report.indeterminate) expect(cell.missing.length).toBeGreaterThan(0);
    const text = formatGrid(report as GridReport);
    expect(text).toMatch(/^\| Answer \| Count \| Share \|$/m);
    expect(text).toMatch(/^\| NLR \| \d+ \| [\d.]+% \|$/m);
  }, 120_000);

  it("asks for --to and --date unless --grid is given", async () => {
    const { code, err } = await run(["--chip", "NVIDIA H20", "--date", "2025-05-01"]);
    expect(code).toBe(2);
    expect(err).toContain("--to: required");
  });

  it("asks for a store when none exists", async () => {
    const { code, err } = await run(
      ["--chip", "NVIDIA H20", "--to", "CN", "--date", "2025-05-01", "--db", join(tempDir("none"), "missing.sqlite")],
      { db: false },
    );
    expect(code).toBe(1);
    expect(err).toContain("wedloop build");
  });
});

describe(findChipByName, () => {
  const chip = (name: string): StoreChip => ({
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    name,
    manufacturer: null,
    type: null,
    releaseDate: null,
    sourceId: "epoch-ml-hardware",
    curated: null,
    rowNumber: 2,
    specs: {} as StoreChip["specs"],
  });
  const chips = [
    "NVIDIA HGX H20",
    "NVIDIA H100 PCIe",
    "NVIDIA H100 SXM5 80GB",
    "NVIDIA H200 SXM",
    "Huawei Ascend 910B",
  ].map(chip);
  it.each([
    ["nvidia h100 pcie", { kind: "found", name: "NVIDIA H100 PCIe" }],
    ["nvidia-h200-sxm", { kind: "found", name: "NVIDIA H200 SXM" }],
    ["NVIDIA H20", { kind: "found", name: "NVIDIA HGX H20" }],
    ["ascend 910b", { kind: "found", name: "Huawei Ascend 910B" }],
    ["H100", { kind: "not_found", first: "NVIDIA H100 PCIe", count: 2 }],
    ["Huawei Ascend 910C", { kind: "not_found", first: "Huawei Ascend 910B" }],
  ])("%s", (query, expected) => {
    const match = findChipByName(query, chips);
    expect(match.kind).toBe(expected.kind);
    if (match.kind === "found") expect(match.chip.name).toBe((expected as { name: string }).name);
    else {
      expect(match.suggestions[0]).toBe((expected as { first: string }).first);
      if ("count" in expected) expect(match.suggestions).toHaveLength(expected.count);
    }
  });
});
