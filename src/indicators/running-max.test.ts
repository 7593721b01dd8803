import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstReaching, recordOn, recordSteps, type Candidate } from "./running-max.js";

const c = (date: string, value: number, name: string): Candidate<string> => ({ date, value, name, item: name });

describe("recordSteps", () => {
  it.each([
    ["rising values each set a record", [c("2020-01-01", 1, "a"), c("2021-01-01", 2, "b")], ["a", "b"]],
    ["a lower later value is not a record", [c("2020-01-01", 5, "a"), c("2021-01-01", 2, "b")], ["a"]],
    ["an equal later value does not take the record", [c("2020-01-01", 5, "a"), c("2021-01-01", 5, "b")], ["a"]],
    ["same day: the larger wins whatever the input order", [c("2020-01-01", 1, "a"), c("2020-01-01", 3, "b")], ["b"]],
    ["same day and value: the name decides", [c("2020-01-01", 3, "z"), c("2020-01-01", 3, "m")], ["m"]],
    ["input order does not matter", [c("2022-01-01", 9, "c"), c("2020-01-01", 1, "a")], ["a", "c"]],
  ])("%s", (_name, candidates, expected) => {
    expect(recordSteps(candidates).map((step) => step.item)).toEqual(expected);
  });

  it("never decreases and ends at the overall maximum", () => {
    const candidate = fc.record({
      date: fc.integer({ min: 2000, max: 2030 }).map((y) => `${y}-01-01`),
      value: fc.double({ min: 1, max: 1e30, noNaN: true }),
      name: fc.string(),
      item: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 40 }), (candidates) => {
        const steps = recordSteps(candidates);
        for (let i = 1; i < steps.length; i++) {
          expect(steps[i]!.value).toBeGreaterThan(steps[i - 1]!.value);
          expect(steps[i]!.date >= steps[i - 1]!.date).toBe(true);
          expect(steps[i]!.previous).toBe(steps[i - 1]!.value);
        }
        expect(steps.at(-1)!.value).toBe(Math.max(...candidates.map((x) => x.value)));
      }),
    );
  });
});

describe("recordOn and firstReaching", () => {
  const steps = recordSteps([c("2020-03-01", 10, "a"), c("2021-06-15", 100, "b"), c("2023-01-01", 1000, "c")]);
  it.each([
    ["2019-12-31", null],
    ["2020-03-01", "a"],
    ["2021-06-14", "a"],
    ["2024-01-01", "c"],
  ])("record on %s is %s", (day, expected) => {
    expect(recordOn(steps, day)?.item ?? null).toBe(expected);
  });
  it.each([
    [5, "a"],
    [10, "a"],
    [11, "b"],
    [1001, null],
  ])("first to reach %f is %s", (value, expected) => {
    expect(firstReaching(steps, value)?.item ?? null).toBe(expected);
  });
});
