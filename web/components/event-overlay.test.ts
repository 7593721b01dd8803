import { describe, expect, it } from "vitest";
import { eventColour, eventDay, timeAxisOf } from "./event-overlay.js";

describe("eventDay", () => {
  it.each([
    ["2023", "2023-07-01"],
    ["2023-02", "2023-02-15"],
    ["2023-02-17", "2023-02-17"],
  ])("%s stands on %s", (date, day) => {
    expect(eventDay(date)).toBe(day);
  });
});

describe("eventColour", () => {
  it("has a fixed colour per known kind and a neutral one otherwise", () => {
    expect(eventColour("export-control")).toBe("#222222");
    expect(eventColour("something-new")).toBe("#777777");
  });
});

describe("timeAxisOf", () => {
  const figure = (scale: Record<string, unknown>) =>
    ({ scale: (name: string) => (name === "x" ? scale : undefined) }) as unknown as SVGSVGElement;

  it("maps a day through a time scale, and gives null outside its range", () => {
    const start = Date.UTC(2020, 0, 1);
    const end = Date.UTC(2022, 0, 1);
    const xOf = timeAxisOf(
      figure({
        type: "utc",
        domain: [new Date(start), new Date(end)],
        range: [0, 200],
        apply: (d: Date) => ((d.getTime() - start) / (end - start)) * 200,
      }),
    )!;
    expect(xOf("2021-01-01")).toBeCloseTo(100, 0);
    expect(xOf("2025-01-01")).toBeNull();
  });

  it("places a day within its year on bands of years", () => {
    const xOf = timeAxisOf(
      figure({
        type: "band",
        domain: ["2020", "2021"],
        range: [0, 200],
        bandwidth: 100,
        apply: (year: string) => (Number(year) - 2020) * 100,
      }),
    )!;
    expect(xOf("2021-07-02")).toBeCloseTo(150, 0);
    expect(xOf("2023-01-01")).toBeNull();
  });

  it.each([
    ["a scale of names", { type: "band", domain: ["us", "china"], range: [0, 100], apply: (): number => 0 }],
    ["a linear scale of FLOP", { type: "linear", domain: [1e20, 1e26], range: [0, 100], apply: (): number => 0 }],
  ])("is null for %s", (_name, scale) => {
    expect(timeAxisOf(figure(scale))).toBeNull();
  });

  it("is null for a drawing without Plot scales (the maps)", () => {
    expect(timeAxisOf({} as SVGSVGElement)).toBeNull();
  });
});
