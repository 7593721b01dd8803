import { describe, expect, it } from "vitest";
import { assessmentMarkdown } from "./markdown.js";
import type { ObligationResult, ObligationsAnswer } from "./types.js";

const obligation = (
  id: string,
  status: ObligationResult["status"],
  extra: Partial<ObligationResult> = {},
): ObligationResult => ({
  id,
  kind: "obligation",
  instrument: "Reg (EU) 2024/1689",
  addressee: "provider",
  citation: `Reg (EU) 2024/1689 ${id}`,
  citation_url: `https://example.org/${id}`,
  text: { en: `Duty ${id} | with a pipe`, nl: `Plicht ${id} | met een streep` },
  status,
  status_date: status === "scheduled" ? "2027-12-02" : null,
  applies_from: null,
  applies_until: null,
  reason: status === "not_triggered" ? { en: "no people", nl: "geen mensen" } : null,
  confidence: "V",
  unconfirmed: false,
  confidence_note: null,
  needs_review: false,
  review_reasons: [],
  penalty_ref: null,
  later_history: null,
  watch: null,
  ...extra,
});

const answer: ObligationsAnswer = {
  as_of: "2026-11-27",
  assessment: {
    as_of: "2026-11-27",
    knowledge_cutoff: "2026-11-27",
    warnings: [],
    per_jurisdiction: [
      {
        jurisdiction: "EU",
        in_scope: true,
        scope_reason: { en: "Placed on the EU market.", nl: "In de EU in de handel." },
        tier: "EU_HIGH_RISK_ANNEX_III",
        tier_applicable_at_D: false,
        effective_tier_at_D: "EU_MINIMAL",
        model_tier: null,
        explanation: { en: "High-risk.", nl: "Hoog risico." },
        obligations: [
          obligation("A", "not_triggered"),
          obligation("B", "scheduled"),
          obligation("C", "applicable", { unconfirmed: true, confidence: "S" }),
        ],
        notes: [],
        penalties: [],
        screens: [],
      },
      {
        jurisdiction: "CN",
        in_scope: false,
        scope_reason: { en: "", nl: "" },
        tier: "CN_OUT_OF_SCOPE",
        tier_applicable_at_D: true,
        effective_tier_at_D: "CN_OUT_OF_SCOPE",
        model_tier: null,
        explanation: { en: "", nl: "" },
        obligations: [],
        notes: [],
        penalties: [],
        screens: [],
      },
    ],
  },
  upcoming_deadlines: [
    {
      date: "2027-12-02",
      jurisdiction: "EU",
      id: "B",
      kind: "starts",
      citation: "Reg (EU) 2024/1689 B",
      citation_url: "https://example.org/B",
      text: { en: "Duty B", nl: "Plicht B" },
      unconfirmed: false,
    },
  ],
  unconfirmed: [
    {
      id: "C",
      jurisdiction: "EU",
      citation: "Reg (EU) 2024/1689 C",
      confidence: "S",
      confidence_note: "one secondary source",
    },
  ],
  diff: null,
};

describe("assessmentMarkdown", () => {
  it.each([
    [
      "en",
      [
        "# Regulation check",
        "| applies | [Reg (EU) 2024/1689 C](https://example.org/C) [S]* C | Duty C \\| with a pipe |",
        "| from 2 Dec 2027 |",
        "Not triggered: no people",
        "Not in scope: CN",
        "- 2 Dec 2027, EU: B starts",
        "- C [S] Reg (EU) 2024/1689 C: one secondary source",
        "high-risk use (Annex III) (EU_HIGH_RISK_ANNEX_III), not yet in effect",
      ],
    ],
    [
      "nl",
      [
        "# Regelgevingscheck",
        "| geldt | [Reg (EU) 2024/1689 C](https://example.org/C) [S]* C | Plicht C \\| met een streep |",
        "| vanaf 2 dec 2027 |",
        "Niet van toepassing: geen mensen",
        "Niet van toepassing: CN",
        "- 2 dec 2027, EU: B gaat in",
        "hoog-risicotoepassing (bijlage III)",
      ],
    ],
  ] as const)("writes the assessment in %s with citations, deadlines and the unconfirmed note", (lang, expected) => {
    const text = assessmentMarkdown(answer, lang, "http://127.0.0.1/regulation-check?at=2026-11-27");
    for (const fragment of expected) expect(text).toContain(fragment);
    expect(text).toContain("<http://127.0.0.1/regulation-check?at=2026-11-27>");
    // Obligations that apply come before those scheduled, and those not triggered last.
    expect(text.indexOf("C](") < text.indexOf("B](") && text.indexOf("B](") < text.indexOf("A](")).toBe(true);
  });
});
