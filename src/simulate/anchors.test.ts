import { describe, expect, it } from "vitest";
import { EXTERNAL_ANCHORS } from "./anchors.js";
import { OUTPUT_QUANTITIES } from "./scenario.js";

describe("external anchors", () => {
  it.each(EXTERNAL_ANCHORS.map((anchor) => [anchor.id, anchor] as const))(
    "%s cites an original document with a quote and says in English and Dutch what is compared",
    (_id, anchor) => {
      expect(anchor.source.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(anchor.source.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(anchor.source.quote.length).toBeGreaterThan(40);
      for (const text of [anchor.claim, anchor.note]) {
        expect(text.en.length).toBeGreaterThan(20);
        expect(text.nl.length).toBeGreaterThan(20);
        expect(text.nl).not.toBe(text.en);
      }
      // A figure is compared only with a simulator output that exists; without one the note says why not.
      expect(anchor.value === null).toBe(anchor.compare === null);
      if (anchor.compare) expect(OUTPUT_QUANTITIES).toContain(anchor.compare.quantity);
      else expect(anchor.note.en).toMatch(/^Not compared/);
    },
  );

  it("has one id per anchor and the published capital-spending guidance of a US and a Chinese company", () => {
    expect(new Set(EXTERNAL_ANCHORS.map((a) => a.id)).size).toBe(EXTERNAL_ANCHORS.length);
    expect(EXTERNAL_ANCHORS.map((a) => a.id)).toEqual(
      expect.arrayContaining(["meta-capex-2025", "alibaba-capex-2025-2027"]),
    );
  });
});
