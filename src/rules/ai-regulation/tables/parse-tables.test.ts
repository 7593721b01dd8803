import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGULATION_TABLES_DIR } from "../../../api/regulation-tables.js";
import { JURISDICTIONS } from "../profile.js";
import { formatProblems, MANIFEST, parseRegulationTables, type TableProblem } from "./parse-tables.js";

const FILES: ReadonlyMap<string, string> = new Map(
  readdirSync(REGULATION_TABLES_DIR)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => [name, readFileSync(`${REGULATION_TABLES_DIR}/${name}`, "utf8")]),
);

/** The tables with one file's text changed by `change`. */
function withChange(file: string, change: (text: string) => string): Map<string, string> {
  const text = FILES.get(file)!;
  const changed = change(text);
  expect(changed, "the change must apply").not.toBe(text);
  return new Map([...FILES, [file, changed]]);
}

function problemsOf(files: ReadonlyMap<string, string>): readonly TableProblem[] {
  const result = parseRegulationTables(files);
  if (result.ok) throw new Error("expected problems, the tables parsed");
  return result.problems;
}

/** The 1-based line of the first occurrence of `needle` in a file. */
const lineOf = (file: string, needle: string) =>
  FILES.get(file)!
    .split("\n")
    .findIndex((line) => line.includes(needle)) + 1;

describe("the AI-regulation rule tables (data/rules/ai-regulation/)", () => {
  it("every file parses and is listed in the manifest", () => {
    const result = parseRegulationTables(FILES);
    expect(result.ok ? [] : formatProblems("data/rules/ai-regulation", result.problems)).toEqual([]);
    expect(FILES.size).toBe(18);
  });

  it("keeps its size per jurisdiction (rules, instruments, facts, timeline events): a change here is deliberate", () => {
    const result = parseRegulationTables(FILES);
    if (!result.ok) throw new Error("the tables do not parse");
    const sizes = Object.fromEntries(
      JURISDICTIONS.map((jurisdiction) => {
        const catalogue = result.tables.catalogues[jurisdiction];
        return [
          jurisdiction,
          [
            catalogue.rules.length,
            catalogue.instruments.length,
            Object.keys(catalogue.facts).length,
            catalogue.timeline.length,
          ],
        ];
      }),
    );
    // Counted on the TypeScript tables these files replaced (same rules, deep-equal).
    expect(sizes).toEqual({
      EU: [93, 2, 14, 8],
      CN: [67, 8, 8, 5],
      "US-FED": [10, 5, 11, 11],
      "US-CA": [13, 6, 11, 2],
      "US-CO": [17, 2, 11, 0],
      "US-TX": [9, 1, 11, 0],
      "US-IL": [5, 2, 11, 0],
      "US-NY": [1, 1, 11, 0],
      "US-NYC": [4, 1, 11, 0],
      "US-UT": [6, 1, 11, 0],
    });
    expect(result.tables.catalogues.EU.annexIIIPoints).toHaveLength(25);
    expect(result.tables.matrix.length).toBeGreaterThan(5);
  });

  it("a group's defaults reach its rules, a rule's own field wins and null unsets a default", () => {
    const result = parseRegulationTables(FILES);
    if (!result.ok) throw new Error("the tables do not parse");
    const rules = new Map(
      Object.values(result.tables.catalogues).flatMap((catalogue) => catalogue.rules.map((rule) => [rule.id, rule])),
    );
    // us-colorado.yaml: the SB 24-205 group sets tier and addressee; 1704 overrides both.
    expect(rules.get("US-CO-24205-1703-RMP")).toMatchObject({
      tier: "US_REGULATED_HIGH_IMPACT",
      addressee: "deployer",
    });
    expect(rules.get("US-CO-24205-1704")).toMatchObject({
      tier: "US_TRANSPARENCY_ONLY",
      addressee: "deployer, developer",
    });
    expect(rules.get("US-CO-24205-1704")!.jurisdiction).toBe("US-CO");
    // china.yaml: the CN-ALG group gives a confidence note; CN-ALG-7 sets confidence V and unsets it with null.
    expect(rules.get("CN-ALG-8")!.confidenceNote).toEqual(expect.any(String));
    expect(rules.get("CN-ALG-7")).toMatchObject({ confidence: "V" });
    expect("confidenceNote" in rules.get("CN-ALG-7")!).toBe(false);
  });

  describe("a broken file is named by file, line and field", () => {
    const colorado = "us-colorado.yaml";
    const line = lineOf(colorado, "when: {flag: interacts_with_people}");

    it("an unknown condition", () => {
      const problems = problemsOf(
        withChange(colorado, (text) => text.replace("{flag: interacts_with_people}", "{flg: interacts_with_people}")),
      );
      expect(formatProblems("data/rules/ai-regulation", problems)).toMatch(
        new RegExp(
          `^data/rules/ai-regulation/us-colorado\\.yaml:${line}: groups\\[0\\]\\.rules\\[6\\]\\.when\\.flg: unknown condition "flg"; one of all, any, not`,
        ),
      );
    });

    it("a misspelt profile field, and a value the field does not take", () => {
      const field = problemsOf(
        withChange(colorado, (text) => text.replace("{flag: interacts_with_people}", "{flag: interacts_with_peeple}")),
      );
      expect(field[0]).toMatchObject({ file: colorado, line, field: "groups[0].rules[6].when.flag" });
      expect(field[0]!.reason).toMatch(
        /^unknown yes\/no field "interacts_with_peeple"; one of .*interacts_with_people/,
      );
      const value = problemsOf(
        withChange("eu-common.yaml", (text) => text.replace("[education_access]", "[education_acces]")),
      );
      expect(value[0]).toMatchObject({
        file: "eu-common.yaml",
        line: lineOf("eu-common.yaml", "[education_access]"),
        field: "conditions.annex_iii_3a.has.decision_domains[0]",
        reason: '"education_acces" is not a value of decision_domains',
      });
    });

    it("an unknown field in a rule, an unknown fact and an unknown named condition", () => {
      const field = problemsOf(
        withChange(colorado, (text) => text.replace("        article: 6-1-1702\n", "        artcle: 6-1-1702\n")),
      );
      expect(field).toContainEqual({
        file: colorado,
        line: lineOf(colorado, "article: 6-1-1702"),
        field: "groups[0].rules[0].artcle",
        reason: 'unknown field "artcle"',
      });
      const fact = problemsOf(withChange(colorado, (text) => text.replace("{fact: developer}", "{fact: developper}")));
      expect(fact[0]).toMatchObject({ file: colorado, field: "groups[0].rules[0].when.all[1].fact" });
      expect(fact[0]!.reason).toMatch(/^unknown fact "developper"; one of .*developer/);
      const ref = problemsOf(
        withChange("us-new-york-city.yaml", (text) => text.replace("{ref: aedt}", "{ref: aedtt}")),
      );
      expect(ref[0]).toMatchObject({
        file: "us-new-york-city.yaml",
        reason: 'unknown named condition "aedtt"; one of frontier_context, aedt',
      });
    });

    it("a required field left out of the rule and its group", () => {
      const problems = problemsOf(withChange("us-new-york.yaml", (text) => text.replace(/ *addressee: .*\n/, "")));
      expect(problems).toEqual([
        {
          file: "us-new-york.yaml",
          line: lineOf("us-new-york.yaml", "- id: US-NY-RAISE"),
          field: "groups[0].rules[0]",
          reason: "missing addressee (set on the rule or in the group's defaults)",
        },
      ]);
    });

    it("a rule id used twice, an unknown instrument and an unknown penalty", () => {
      const twice = problemsOf(
        withChange(colorado, (text) => text.replace("id: US-CO-24205-1703-IA", "id: US-CO-24205-1703-RMP")),
      );
      expect(twice).toEqual([
        {
          file: colorado,
          line: lineOf(colorado, "id: US-CO-24205-1703-IA"),
          field: "groups[0].rules[2].id",
          reason: "rule id US-CO-24205-1703-RMP is used twice (also in us-colorado.yaml)",
        },
      ]);
      const instrument = problemsOf(
        withChange(colorado, (text) => text.replace("instrument: co-sb26-189", "instrument: co-sb26-198")),
      );
      expect(instrument[0]!.reason).toMatch(
        /^unknown instrument "co-sb26-198" in US-CO; one of co-sb24-205, co-sb26-189/,
      );
      const penalty = problemsOf(
        withChange(colorado, (text) => text.replace("penalty_ref: US-CO-24205-PEN", "penalty_ref: US-CO-PEN")),
      );
      expect(penalty[0]).toMatchObject({
        field: expect.stringMatching(/penalty_ref$/),
        reason: 'unknown rule "US-CO-PEN" in US-CO',
      });
    });

    it("a named condition or a fact that refers to itself", () => {
      const ref = problemsOf(
        withChange("eu-common.yaml", (text) => text.replace("{ref: rbi_for_law_enforcement}", "{ref: rbi_ban}")),
      );
      expect(ref[0]).toMatchObject({
        file: "eu-common.yaml",
        field: "conditions.rbi_ban.all[0].ref",
        reason: 'named condition "rbi_ban" refers to itself',
      });
      const fact = problemsOf(
        withChange("us-common.yaml", (text) =>
          text.replace(
            "when: {is: {artifact: [model, both]}}",
            "when: {any: [{flag: general_purpose}, {fact: model}]}",
          ),
        ),
      );
      expect(fact).toContainEqual({
        file: "us-common.yaml",
        line: lineOf("us-common.yaml", "  model:"),
        field: "facts.model",
        reason: 'fact "model" depends on itself',
      });
    });

    it("invalid YAML, a file the manifest does not list and a listed file that is missing", () => {
      const syntax = problemsOf(
        withChange(colorado, (text) => text.replace("  - id: co-sb26-189\n", "  - id: co-sb26-189\n   bad: [\n")),
      );
      expect(syntax[0]).toMatchObject({ file: colorado, field: "" });
      expect(syntax[0]!.reason).toMatch(/^not valid YAML: /);
      const stray = problemsOf(new Map([...FILES, ["us-ohio.yaml", "groups: []\n"]]));
      expect(stray).toEqual([
        { file: "us-ohio.yaml", line: 1, field: "", reason: `not listed in ${MANIFEST}, so never read` },
      ]);
      const missing = new Map(FILES);
      missing.delete("us-utah.yaml");
      expect(problemsOf(missing)).toEqual([
        { file: MANIFEST, line: 1, field: "", reason: "lists us-utah.yaml, which does not exist" },
      ]);
    });
  });

  it("never throws on a damaged file: it answers with the tables or with problems that name a file and a line", () => {
    const names = [...FILES.keys()];
    const damage = fc.record({
      file: fc.constantFrom(...names),
      at: fc.nat(),
      kind: fc.constantFrom("delete", "duplicate", "swap", "truncate", "insert"),
      insert: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom("{flag: x}", "- 1", ": :", "[", "null", "when: 7", "  tier: NOPE", "kind: penalty", "&a *a"),
      ),
    });
    fc.assert(
      fc.property(damage, ({ file, at, kind, insert }) => {
        const lines = FILES.get(file)!.split("\n");
        const index = at % lines.length;
        if (kind === "delete") lines.splice(index, 1);
        if (kind === "duplicate") lines.splice(index, 0, lines[index]!);
        if (kind === "swap")
          [lines[index], lines[(index + 1) % lines.length]] = [lines[(index + 1) % lines.length]!, lines[index]!];
        if (kind === "truncate") lines.splice(index);
        if (kind === "insert")
          lines[index] = `${lines[index]!.slice(0, at % 17)}${insert}${lines[index]!.slice(at % 17)}`;
        const result = parseRegulationTables(new Map([...FILES, [file, lines.join("\n")]]));
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(names).toContain(problem.file);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40, seed: 15 },
    );
  }, 120_000);
});
