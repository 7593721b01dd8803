import "../../../test/support/export-control-tables.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { below, describeInterval, divideInterval, intervalOf, sumIntervals, type Bound } from "./bounds.js";
import { checkExport } from "./check-export.js";
import type { ChipParameters } from "./input-schema.js";
import { GRID_DATES, GRID_DESTINATIONS } from "./grid.js";

describe(below, () => {
  it.each([
    [{ lo: 0, hi: 664 }, 1028, true],
    [{ lo: 0, hi: 664 }, 600, null],
    [{ lo: 768, hi: Infinity }, 600, false],
    [{ lo: 600, hi: 600 }, 600, false],
    [{ lo: 599, hi: 599 }, 600, true],
  ])("%o below %d is %s", (interval, threshold, expected) => {
    expect(below(interval, threshold)).toBe(expected);
  });
});

describe("interval arithmetic", () => {
  it("sums die areas and divides TPP by an area interval", () => {
    expect(sumIntervals([intervalOf({ atMost: 600 }), intervalOf(100)])).toEqual({ lo: 100, hi: 700 });
    expect(divideInterval(4400, { lo: 0, hi: 600 })).toEqual({ lo: 4400 / 600, hi: Infinity });
    expect(divideInterval(4400, { lo: 400, hi: Infinity })).toEqual({ lo: 0, hi: 11 });
  });

  it("writes a bound as a reader says it, in English and Dutch", () => {
    const format = (value: number) => String(value);
    expect(describeInterval(intervalOf({ atMost: 664 }), "en", format)).toBe("at most 664");
    expect(describeInterval(intervalOf({ atLeast: 768 }), "nl", format)).toBe("ten minste 768");
    expect(describeInterval(intervalOf({ atLeast: 1, atMost: 2 }), "nl", format)).toBe("tussen 1 en 2");
    expect(describeInterval(intervalOf(5), "en", format)).toBe("5");
  });
});

/** A fact as a point, or a bound whose sides may be open. */
const boundArb = (max: number) =>
  fc
    .tuple(fc.option(fc.double({ min: 1, max, noNaN: true })), fc.option(fc.double({ min: 1, max, noNaN: true })))
    .filter(([low, high]) => low !== null || high !== null)
    .map(([low, high]): Bound => {
      const [atLeast, atMost] = low !== null && high !== null && low > high ? [high, low] : [low, high];
      return { ...(atLeast !== null ? { atLeast } : {}), ...(atMost !== null ? { atMost } : {}) };
    });

/** A point of the bound, picked by a fraction of its width (an open side is taken as ten times the other). */
function pointIn(bound: Bound, fraction: number): number {
  const lo = bound.atLeast ?? Number.MIN_VALUE;
  const hi = bound.atMost ?? 10 * lo + 10_000;
  return Math.min(hi, lo + fraction * (hi - lo));
}

const chipArb = fc.record({
  name: fc.constantFrom("NVIDIA H20", "NVIDIA Quadro P6000", "AMD MI308X", "Acme X1", "Google TPU v4"),
  tpp: fc.double({ min: 0, max: 30000, noNaN: true }),
  datacenter: fc.constantFrom(true, false, null),
  interconnect: fc.option(boundArb(2000)),
  dram: fc.option(boundArb(9000)),
  area: fc.option(boundArb(1200)),
});

type ChipDraw = typeof chipArb extends fc.Arbitrary<infer T> ? T : never;

/** The engine's chip with each bounded fact replaced by `pick` (the bound itself, or a point of it). */
function chipOf(draw: ChipDraw, pick: (bound: Bound) => number | Bound): ChipParameters {
  return {
    name: draw.name,
    tpp: draw.tpp,
    datacenter: draw.datacenter,
    interconnectBidirGBps: draw.interconnect === null ? null : pick(draw.interconnect),
    dramBandwidthGBps: draw.dram === null ? null : pick(draw.dram),
    ...(draw.area === null ? {} : { dies: [{ kind: "logic", processNm: 5, areaMm2: pick(draw.area) }] }),
  };
}

const questionArb = fc.record({
  chip: chipArb,
  destination: fc.constantFrom(...GRID_DESTINATIONS),
  date: fc.constantFrom(...GRID_DATES),
});

describe("a fact known only as a bound", () => {
  it("answers definitely only when every value inside the bound gives that same answer", () => {
    fc.assert(
      fc.property(
        questionArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (question, fractions) => {
          const { destination, date } = question;
          const bounded = checkExport({ chip: chipOf(question.chip, (bound) => bound), destination, date });
          if (bounded.answer.kind === "indeterminate") return;
          for (const fraction of [0, 1, ...fractions]) {
            const point = checkExport({
              chip: chipOf(question.chip, (bound) => pointIn(bound, fraction)),
              destination,
              date,
            });
            if (bounded.answer.kind === "licence_required" && bounded.answer.reviewPolicy === "undetermined") {
              // As for an unknown fact: a licence is needed, and the review policy the bound leaves open (LR,
              // with a caveat naming the fact) is settled by each point, so only the policy may differ.
              expect(point.answer.kind).toBe("licence_required");
              expect(point.answer).toMatchObject({ basis: bounded.answer.basis });
            } else {
              // The letter mark (‡: licences being granted under the H20 letter) follows the letter the engine can
              // prove; a bound, like an unknown, may leave another letter's criterion open (noted in the docs).
              const letterMark = (code: string) => code.replace("‡", "");
              expect(letterMark(point.code)).toBe(letterMark(bounded.code));
              expect(point.answer).toEqual(bounded.answer);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("answers as the point value itself when both sides of the bound are that value", () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const { destination, date } = question;
        const toPoint = (bound: Bound) => pointIn(bound, 0.5);
        const point = checkExport({ chip: chipOf(question.chip, toPoint), destination, date });
        const closed = checkExport({
          chip: chipOf(question.chip, (bound) => ({ atLeast: toPoint(bound), atMost: toPoint(bound) })),
          destination,
          date,
        });
        expect(closed.code).toBe(point.code);
        expect(closed.answer).toEqual(point.answer);
        expect(closed.metrics.pd).toBe(point.metrics.pd);
      }),
      { numRuns: 300 },
    );
  });

  it("settles the H20 letter for an older board whose interconnect is at most 664 GB/s", () => {
    const chip: ChipParameters = {
      name: "NVIDIA Quadro P6000",
      vendor: "NVIDIA",
      tpp: 1000,
      datacenter: null,
      interconnectBidirGBps: { atMost: 664 },
      dramBandwidthGBps: 432,
    };
    const unknown = checkExport({
      chip: { ...chip, interconnectBidirGBps: null },
      destination: "CN",
      date: "2025-06-01",
    });
    const bounded = checkExport({ chip, destination: "CN", date: "2025-06-01" });
    expect(unknown.code).toBe("?");
    expect(bounded.code).toBe("NLR");
  });

  it("settles performance density from a die area under 600 mm² and names the area when it does not", () => {
    const chip = (areaMm2: Bound, tpp: number): ChipParameters => ({
      name: "Google TPU v4",
      tpp,
      datacenter: true,
      dies: [{ kind: "logic", processNm: 7, areaMm2 }],
    });
    const settled = checkExport({ chip: chip({ atMost: 600 }, 4400), destination: "CN", date: "2023-12-01" });
    expect(settled.classification.eccn).toBe("3A090.a.2");
    expect(settled.metrics.pdBound).toEqual({ atLeast: 4400 / 600 });
    // TPP 2,400 over at most 600 mm²: PD at least 4, which straddles the 5.92 of 3A090.a.2.
    const open = checkExport({ chip: chip({ atMost: 600 }, 2400), destination: "CN", date: "2023-12-01" });
    expect(open.answer).toEqual({ kind: "indeterminate", decidingInputs: expect.arrayContaining(["chip.dies"]) });
  });
});
