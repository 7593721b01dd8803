import { describe, expect, it } from "vitest";
import type { IndicatorMethod } from "../api/types.js";
import { translate } from "../i18n/lang.js";
import { methodSummary } from "./method-note.js";

const method: IndicatorMethod = {
  filters: [{ en: "Notable models.", nl: "Opvallende modellen." }],
  attribution: null,
  formula: { en: "", nl: "" },
  assumptions: [],
  caveats: [],
  n: 12,
  window: { from: 2010, to: 2025 },
  asOf: null,
  metric: { en: "largest training run", nl: "grootste trainingsrun" },
};

describe("a chart's method subtitle names the period its controls show", () => {
  it("says which years are shown and which records entered the figures when they differ", () => {
    const text = methodSummary(method, translate("en"), "en", { from: 2015 });
    expect(text).toContain("shown 2015–2025");
    expect(text).toContain("records of 2010–2025");
  });

  it("names the period once when the records cover just the shown years", () => {
    const text = methodSummary(method, translate("nl"), "nl", { from: 2010, to: 2025 });
    expect(text).toContain("getoond 2010–2025");
    expect(text).not.toContain("waarnemingen uit");
  });

  it("never shows years past the records' last one", () => {
    expect(methodSummary(method, translate("en"), "en", { from: 2012, to: 2030 })).toContain("shown 2012–2025");
  });

  it("keeps the records' years when no period control applies", () => {
    expect(methodSummary(method, translate("en"), "en")).toContain("records of 2010–2025");
  });
});
