import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { diffAssessments } from "./diff.js";
import { profileSchema } from "./profile.js";
import { REGULATION_TABLES } from "../../../test/support/regulation-tables.js";

const cvScreener = profileSchema.parse({
  roles: ["provider", "deployer", "employer"],
  provider_established_in: "NL",
  markets: [{ jurisdiction: "EU-NL", placed_on_market_date: "2027-12-15" }],
  decision_domains: ["employment_recruitment"],
  materially_influences_decision: true,
  profiling: true,
});

describe("diffAssessments", () => {
  it("shows the high-risk duties switching on across 2 Dec 2027", () => {
    const diff = diffAssessments(
      assess(REGULATION_TABLES, cvScreener, "2027-12-01"),
      assess(REGULATION_TABLES, cvScreener, "2027-12-02"),
    );
    const eu = diff.per_jurisdiction.find((entry) => entry.jurisdiction === "EU")!;
    expect(eu.effective_tier_at_D).toEqual({ before: "EU_MINIMAL", after: "EU_HIGH_RISK_ANNEX_III" });
    const risk = eu.obligations.find((change) => change.id === "EU-AIA-9")!;
    expect(risk.before).toEqual({ status: "scheduled", status_date: "2027-12-02" });
    expect(risk.after).toEqual({ status: "applicable", status_date: null });
    expect(diff.per_jurisdiction.map((entry) => entry.jurisdiction)).toEqual(["EU"]);
  });

  it("compares two profiles on one date (profiling removes the Art 6(3) derogation)", () => {
    const derogated = profileSchema.parse({
      ...cvScreener,
      materially_influences_decision: false,
      profiling: false,
      art_6_3_condition: "preparatory",
    });
    const diff = diffAssessments(
      assess(REGULATION_TABLES, derogated, "2028-01-01"),
      assess(REGULATION_TABLES, cvScreener, "2028-01-01"),
    );
    const eu = diff.per_jurisdiction.find((entry) => entry.jurisdiction === "EU")!;
    expect(eu.tier).toEqual({ before: "EU_NOT_HIGH_RISK_6_3", after: "EU_HIGH_RISK_ANNEX_III" });
    expect(eu.obligations.find((change) => change.id === "EU-AIA-9")?.before).toBeNull();
    expect(eu.screens.find((change) => change.id === "EU-AIA-6-3")).toEqual({
      id: "EU-AIA-6-3",
      before: "exempt",
      after: "clear",
    });
  });

  it("is empty for identical assessments", () => {
    const assessment = assess(REGULATION_TABLES, cvScreener, "2026-11-27");
    expect(diffAssessments(assessment, assessment).per_jurisdiction).toEqual([]);
  });
});
