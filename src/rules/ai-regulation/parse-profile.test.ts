import { describe, expect, it } from "vitest";
import { parseProfile, parseProfileOrThrow, ProfileError } from "./parse-profile.js";

const VALID_YAML = `id: cv-screener
artifact: system
roles: [provider, deployer]
markets:
  - jurisdiction: EU-NL
    placed_on_market_date: "2028-03-01"
decision_domains: [employment_recruitment]
profiling: true
`;

describe("parseProfile", () => {
  it("reads a valid YAML profile and fills the spec's defaults", () => {
    const result = parseProfile(VALID_YAML, "yaml");
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.profile.ncii_safeguards).toBe(true);
    expect(result.profile.csam_safeguards).toBe(true);
    expect(result.profile.personal_data).toBe(true);
    expect(result.profile.deployer_type).toBe("private");
    expect(result.profile.biometrics).toEqual([]);
    expect(result.profile.markets[0]).toEqual({ jurisdiction: "EU-NL", placed_on_market_date: "2028-03-01" });
  });

  it("reads the same profile as JSON", () => {
    const result = parseProfile(
      JSON.stringify({ artifact: "model", general_purpose: true, training_compute_flop: 3e25 }),
      "json",
    );
    expect(result.ok && result.profile.training_compute_flop).toBe(3e25);
  });

  const invalid: readonly {
    name: string;
    text: string;
    format: "yaml" | "json";
    path: string;
    message: RegExp;
    line?: number;
  }[] = [
    {
      name: "misspelt top-level field",
      text: "artifact: system\nprofilling: true\n",
      format: "yaml",
      path: "profilling",
      message: /unknown field "profilling"/,
      line: 2,
    },
    {
      name: "misspelt nested field",
      text: "markets:\n  - jurisdiction: EU\n    placed_on_market: 2026-01-01\n",
      format: "yaml",
      path: "markets.0.placed_on_market",
      message: /unknown field/,
      line: 3,
    },
    {
      name: "unknown role",
      text: "roles: [provider, vendor]\n",
      format: "yaml",
      path: "roles.1",
      message: /provider|Invalid/i,
      line: 1,
    },
    {
      name: "unknown market",
      text: "markets:\n  - jurisdiction: EU-UK\n",
      format: "yaml",
      path: "markets.0.jurisdiction",
      message: /./,
      line: 2,
    },
    {
      name: "impossible date",
      text: 'markets:\n  - jurisdiction: CN\n    placed_on_market_date: "2026-02-30"\n',
      format: "yaml",
      path: "markets.0.placed_on_market_date",
      message: /real calendar date/,
      line: 3,
    },
    {
      name: "negative compute",
      text: '{"training_compute_flop": -1}',
      format: "json",
      path: "training_compute_flop",
      message: /./,
    },
    { name: "wrong type", text: '{"profiling": "yes"}', format: "json", path: "profiling", message: /boolean/ },
    {
      name: "YAML syntax error",
      text: "roles: [provider\nartifact: system\n",
      format: "yaml",
      path: "",
      message: /not valid YAML/,
    },
    {
      name: "duplicate key",
      text: "profiling: true\nprofiling: false\n",
      format: "yaml",
      path: "",
      message: /not valid YAML/,
      line: 2,
    },
    { name: "JSON syntax error", text: "{artifact: system}", format: "json", path: "", message: /not valid JSON/ },
    { name: "not an object", text: "- a\n- b\n", format: "yaml", path: "", message: /object/ },
  ];

  for (const testCase of invalid) {
    it(`rejects: ${testCase.name}`, () => {
      const result = parseProfile(testCase.text, testCase.format);
      if (result.ok) throw new Error("expected a failure");
      const issue = result.issues.find((candidate) => candidate.path === testCase.path);
      expect(issue, JSON.stringify(result.issues)).toBeDefined();
      expect(issue!.message).toMatch(testCase.message);
      if (testCase.line !== undefined) expect(issue!.line).toBe(testCase.line);
    });
  }

  it("throws a ProfileError that names the file, line and field", () => {
    expect(() => parseProfileOrThrow("artifact: system\nprofilling: true\n", "yaml", "profile.yaml")).toThrowError(
      ProfileError,
    );
    expect(() => parseProfileOrThrow("artifact: system\nprofilling: true\n", "yaml", "profile.yaml")).toThrowError(
      /^profile\.yaml:2: profilling: unknown field/,
    );
  });
});
