import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateTicks } from "./plot-kit.js";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const months = (step: string) => (step.endsWith("years") ? 12 : 1) * Number.parseInt(step, 10);

describe(dateTicks, () => {
  it("gives a phone-wide axis over 2023-2026 yearly ticks, a desktop one half-yearly or finer", () => {
    const dates = [day("2023-06-01"), day("2026-11-01")];
    expect(dateTicks(368, dates)).toBe("1 years");
    expect(months(dateTicks(1200, dates))).toBeLessThanOrEqual(6);
  });

  it("never asks for more labels than the width holds (78 px each), unless no step is coarse enough", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.date({ min: day("1950-01-01"), max: day("2030-01-01"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 80 * 365 }),
        (width, start, days) => {
          const end = new Date(start.getTime() + days * 86_400_000);
          const step = months(dateTicks(width, [start, null, end]));
          const labels = Math.floor(days / 30.44 / step) + 1;
          expect(labels <= Math.max(2, Math.floor(width / 78)) || step === 120).toBe(true);
        },
      ),
    );
  });
});
