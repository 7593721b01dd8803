import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePartialDate } from "../../domain/partial-date.js";
import { parseCoordinate } from "./coordinate.js";
import { resolveCountryList } from "./country.js";
import { parseOptionalDate } from "./date.js";
import { FieldError } from "./field-error.js";
import { parseFlag, parseOptionalNonNegative, parseOptionalNumber } from "./number.js";
import { OrganizationResolver, slugify, splitConfidenceTag } from "./organization.js";

const aliases = new Map<string, string | null>([
  ["Korea (Republic of)", "KR"],
  ["United Kingdom of Great Britain and Northern Ireland", "GB"],
  ["Multinational", null],
]);

describe("parseOptionalNumber", () => {
  it.each([
    ["1.52e+24", 1.52e24],
    ["4.0E23", 4e23],
    ["  102000000000.0 ", 102e9],
    ["-3.5", -3.5],
    [".5", 0.5],
    ["", null],
    ["NaN", null],
    ["inf", null],
    ["Infinity", null],
  ])("%j -> %j", (text, expected) => expect(parseOptionalNumber("f", text)).toBe(expected));

  it.each(["12B", "1,000", "244,250", "ten", "1e", "--1"])("rejects %j naming the field", (text) => {
    expect(() => parseOptionalNumber("Parameters", text)).toThrow(FieldError);
    try {
      parseOptionalNumber("Parameters", text);
    } catch (error) {
      expect((error as FieldError).field).toBe("Parameters");
    }
  });

  it("reads back every finite double it is given as text", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseOptionalNumber("f", String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it("never throws anything but a FieldError, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseOptionalNumber("f", text);
        } catch (error) {
          expect(error).toBeInstanceOf(FieldError);
        }
      }),
    );
  });

  it.each(["1e400", "-1e400", "1" + "0".repeat(400), "2e308"])("quarantines %j: finite or nothing", (text) => {
    expect(() => parseOptionalNumber("Training compute (FLOP)", text)).toThrow(/out of range/);
  });

  it("returns only finite numbers or null, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^-?\d{1,3}(\.\d{0,3})?e[+-]?\d{1,4}$/)), (text) => {
        try {
          const value = parseOptionalNumber("f", text);
          expect(value === null || Number.isFinite(value)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FieldError);
        }
      }),
    );
  });

  it("refuses negative measures", () => {
    expect(() => parseOptionalNonNegative("Training compute (FLOP)", "-1e20")).toThrow(/negative/);
    expect(parseOptionalNonNegative("x", "0")).toBe(0);
  });
});

describe("parseFlag", () => {
  it.each([
    ["True", true],
    ["", false],
    ["0", false],
    ["1", true],
    ["No", false],
  ])("%j -> %j", (text, expected) => expect(parseFlag("f", text)).toBe(expected));
  it("rejects other text", () => expect(() => parseFlag("Possible Duplicate", "maybe")).toThrow(/yes\/no/));
});

describe("partial dates", () => {
  it.each([
    ["2021", { iso: "2021", precision: "year" }],
    ["2021-07", { iso: "2021-07", precision: "month" }],
    ["2021-07-15", { iso: "2021-07-15", precision: "day" }],
    ["2025-12-05 21:21:23+00:00", { iso: "2025-12-05", precision: "day" }],
    ["2024-01-26T16:39:23.000Z", { iso: "2024-01-26", precision: "day" }],
    ["2023-13-01", null],
    ["2023-02-29", null],
    ["2024-02-29", { iso: "2024-02-29", precision: "day" }],
    ["21-07-2021", null],
    ["", null],
  ])("%j", (text, expected) => expect(parsePartialDate(text)).toEqual(expected));

  it("stores the first day a partial date covers", () => {
    expect(parseOptionalDate("d", "2021-07")).toEqual({ day: "2021-07-01", precision: "month" });
    expect(parseOptionalDate("d", "2021")).toEqual({ day: "2021-01-01", precision: "year" });
    expect(parseOptionalDate("d", " ")).toBeNull();
    expect(() => parseOptionalDate("Publication date", "July 2021")).toThrow(/Publication date|YYYY/);
  });

  it("round-trips every real day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parsePartialDate(iso)).toEqual({ iso, precision: "day" });
        },
      ),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string(), (text) => void parsePartialDate(text)));
  });
});

describe("resolveCountryList", () => {
  it.each([
    ["United States of America", ["US"]],
    ["Korea (Republic of)", ["KR"]],
    ["Hong Kong", ["HK"]],
    ["Taiwan", ["TW"]],
    ["China", ["CN"]],
    [
      "United States of America,United Kingdom of Great Britain and Northern Ireland,United States of America",
      ["US", "GB", "US"],
    ],
    [" France , Germany ", ["FR", "DE"]],
    ["Multinational", [null]],
    ["", []],
  ])("%j", (text, expected) => expect(resolveCountryList("Country", text, aliases)).toEqual(expected));

  it("quarantines an unknown name instead of guessing", () => {
    expect(() => resolveCountryList("Country", "United States,Atlantis", aliases)).toThrow(
      /unknown country name "Atlantis"/,
    );
  });
});

describe("organisations", () => {
  const resolver = new OrganizationResolver([
    { id: "google-deepmind", name: "Google DeepMind", hq: "GB", kind: "lab", aliases: ["DeepMind"] },
    {
      id: "apus",
      name: "APUS",
      hq: "CN",
      kind: "company",
      aliases: ["Qilin Hesheng Network Technology Co., Ltd. (APUS)"],
    },
  ]);

  it("resolves aliases case- and space-insensitively and slugs the rest", () => {
    expect(resolver.resolve("deepmind")).toBe("google-deepmind");
    expect(resolver.resolve("  Google   DeepMind ")).toBe("google-deepmind");
    expect(resolver.resolve("Université de Montréal")).toBe("universite-de-montreal");
  });

  it("splits lists but keeps a curated name that contains a comma", () => {
    expect(
      resolver.splitNames("DeepMind, Qilin Hesheng Network Technology Co., Ltd. (APUS),University of Oxford"),
    ).toEqual(["DeepMind", "Qilin Hesheng Network Technology Co., Ltd. (APUS)", "University of Oxford"]);
    expect(resolver.splitNames("")).toEqual([]);
  });

  it("refuses an alias that names two organisations", () => {
    expect(
      () =>
        new OrganizationResolver([
          { id: "a", name: "A", hq: "US", kind: "lab", aliases: ["Same"] },
          { id: "b", name: "B", hq: "US", kind: "lab", aliases: ["same"] },
        ]),
    ).toThrow(/names both a and b/);
  });

  it.each([
    ["DeepLabV3+", "deeplabv3-plus"],
    ["AT&T Labs", "at-and-t-labs"],
    ["智谱", "unnamed"],
  ])("slugify(%j) = %j", (name, slug) => expect(slugify(name)).toBe(slug));

  it("slugs are always valid ids", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(slugify(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });

  it("splits Epoch's confidence tags", () => {
    expect(splitConfidenceTag("Amazon #confident")).toEqual({ name: "Amazon", tag: "confident" });
    expect(splitConfidenceTag("Google DeepMind")).toEqual({ name: "Google DeepMind", tag: null });
  });
});

describe("parseCoordinate", () => {
  it.each([
    ["32°35'25\"N", 32.590277],
    ["90°05'35\"W", -90.093055],
    [" 101°18'43\"W", -101.311944],
    ["41.5", 41.5],
  ])("%j", (text, expected) => expect(parseCoordinate("Latitude", text)).toBeCloseTo(expected, 5));
  it("rejects other text", () => expect(() => parseCoordinate("Latitude", "north")).toThrow(/coordinate/));
});
