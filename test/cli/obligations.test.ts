import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import type { ObligationsAnswer } from "../../src/rules/ai-regulation/index.js";
import { defineObligationsCommand } from "../../src/cli/commands/obligations.js";
import { UserError } from "../../src/cli/io.js";
import { captureIo } from "../support/harness.js";
import { REPO_ROOT, tempDir } from "../support/paths.js";

/** The command wired as main.ts wires its commands: commander errors exit 2, user errors print and exit 1. */
async function run(argv: readonly string[]) {
  const io = captureIo();
  let exitCode = 0;
  const program = new Command("wedloop")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  defineObligationsCommand(program, async (execute) => {
    exitCode = await execute(io);
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) exitCode = error.code === "commander.helpDisplayed" ? 0 : 2;
    else if (error instanceof UserError) {
      io.stderr.write(`wedloop: ${error.message}\n`);
      exitCode = error.exitCode;
    } else throw error;
  }
  return { exitCode, out: io.out(), err: io.err() };
}

const example = (name: string) => join(REPO_ROOT, "examples", "profiles", `${name}.yaml`);

function profileFile(name: string, text: string): string {
  const file = join(tempDir("profile"), name);
  writeFileSync(file, text);
  return file;
}

describe("wedloop obligations", () => {
  it("prints per jurisdiction the tier, explanation, obligations with status and citation, deadlines and unconfirmed marks", async () => {
    const result = await run(["obligations", example("cv-screening-nl"), "--at", "2026-11-27"]);
    expect(result.exitCode).toBe(0);
    expect(result.err).toBe("");
    expect(result.out).toMatch(/^Obligations of cv-screening-nl as of 2026-11-27/);
    expect(result.out).toMatch(/^EU: /m);
    expect(result.out).toMatch(/^ {2}tier: EU_HIGH_RISK_ANNEX_III \(not yet applicable; today EU_MINIMAL\)/m);
    expect(result.out).toContain("Annex III point 4(a)");
    expect(result.out).toMatch(/^ {4}applicable\s+EU-AIA-4 {2}Reg \(EU\) 2024\/1689 Art 4 \[S\]\*$/m);
    expect(result.out).toMatch(/^ {4}scheduled 2027-12-02\s+EU-AIA-26-1 {2}Reg \(EU\) 2024\/1689 Art 26/m);
    expect(result.out).toMatch(/^ {4}not_triggered\s+EU-AIA-27 /m);
    expect(result.out).toMatch(/^ {6}not triggered: /m);
    expect(result.out).toMatch(/^Out of scope: CN, US-FED/m);
    expect(result.out).toMatch(/^Upcoming deadlines:\n {2}2027-12-02 {2}EU/m);
    expect(result.out).toMatch(/^\* Kept with an unconfirmed mark/m);
    expect(result.out).toMatch(/^ {2}EU-AIA-4 \[S\] Reg \(EU\) 2024\/1689 Art 4: /m);
  });

  it("--json prints the API's answer, and --diff-at adds the changes", async () => {
    const result = await run([
      "obligations",
      example("cv-screening-nl"),
      "--at",
      "2026-11-27",
      "--diff-at",
      "2027-12-02",
      "--json",
    ]);
    expect(result.exitCode).toBe(0);
    const answer = JSON.parse(result.out) as ObligationsAnswer;
    expect(answer.as_of).toBe("2026-11-27");
    expect(answer.diff!.as_of).toBe("2027-12-02");
    const eu = answer.diff!.changes.per_jurisdiction.find((change) => change.jurisdiction === "EU")!;
    expect(eu.obligations.find((change) => change.id === "EU-AIA-26-1")).toMatchObject({
      before: { status: "scheduled" },
      after: { status: "applicable" },
    });

    const human = await run([
      "obligations",
      example("cv-screening-nl"),
      "--at",
      "2026-11-27",
      "--diff-at",
      "2027-12-02",
    ]);
    expect(human.out).toMatch(
      /^Changes from 2026-11-27 to 2027-12-02\nEU:\n {2}tier in effect: EU_MINIMAL -> EU_HIGH_RISK_ANNEX_III/m,
    );
    expect(human.out).toMatch(
      /^ {2}EU-AIA-26-1 {2}Reg \(EU\) 2024\/1689 Art 26\(1\): scheduled 2027-12-02 -> applicable$/m,
    );
  });

  it("reads JSON profiles by their extension", async () => {
    const file = profileFile(
      "chatbot.json",
      JSON.stringify({
        roles: ["provider"],
        markets: [{ jurisdiction: "CN" }],
        interacts_with_people: true,
        synthetic_content: ["text"],
      }),
    );
    const result = await run(["obligations", file, "--at", "2026-11-27", "--json"]);
    expect(result.exitCode).toBe(0);
    const cn = (JSON.parse(result.out) as ObligationsAnswer).assessment.per_jurisdiction.find(
      (entry) => entry.jurisdiction === "CN",
    )!;
    expect(cn.in_scope).toBe(true);
  });

  it.each([
    [
      "a misspelt field",
      "roles: [provider]\nmarkets:\n  - { jurisdiction: EU }\ndecision_domain: [credit]\n",
      /^(.*\.yaml):4: decision_domain: unknown field "decision_domain"$/m,
    ],
    [
      "a nested wrong value",
      "roles: [provider]\nmarkets:\n  - jurisdiction: EU\n    placed_on_market_date: 2026-02-30\n",
      /^(.*\.yaml):4: markets\.0\.placed_on_market_date: .*calendar date/m,
    ],
    ["a YAML syntax error", "roles: [provider\nmarkets: []\n", /^(.*\.yaml):\d+: \(profile\): not valid YAML/m],
  ])("exits 1 on %s, naming file:line: field", async (_name, text, pattern) => {
    const file = profileFile("bad.yaml", text);
    const result = await run(["obligations", file, "--at", "2026-11-27"]);
    expect(result.exitCode).toBe(1);
    expect(result.out).toBe("");
    const match = result.err.match(pattern);
    expect(match, result.err).not.toBeNull();
    expect(match![1]).toBe(file);
    expect(result.err).toMatch(/nothing was assessed/);
  });

  it("names the field of a JSON profile (JSON has no line numbers)", async () => {
    const file = profileFile("bad.json", JSON.stringify({ artifact: "robot" }));
    const result = await run(["obligations", file, "--at", "2026-11-27"]);
    expect(result.exitCode).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${file.replace(/[.\\/]/g, "\\$&")}: artifact: `, "m"));
  });

  it("exits 1 when the profile file cannot be read", async () => {
    const result = await run(["obligations", join(tempDir("missing"), "nope.yaml"), "--at", "2026-11-27"]);
    expect(result.exitCode).toBe(1);
    expect(result.err).toMatch(/cannot read the profile .*nope\.yaml: ENOENT/);
  });

  it.each([
    [["obligations", "x.yaml", "--at", "27-11-2026"], /--at must be a real calendar date/],
    [["obligations", "x.yaml", "--at", "2026-02-29"], /--at must be a real calendar date/],
    [["obligations", "x.yaml", "--at", "2026-11-27", "--diff-at", "soon"], /--diff-at must be a real calendar date/],
    [["obligations", "x.yaml", "--when", "2026-11-27"], /unknown option/],
    [["obligations"], /missing required argument/],
  ])("exits 2 on bad flags: %j", async (argv, message) => {
    const result = await run(argv);
    expect(result.exitCode).toBe(2);
    expect(result.err).toMatch(message);
  });
});
