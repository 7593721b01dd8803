import { describe, expect, it } from "vitest";
import { prepareReader, readArticle, ReadTimeoutError } from "./read.js";
import { TEST_KNOWLEDGE } from "./test-knowledge.js";

const reader = prepareReader(TEST_KNOWLEDGE);

describe("hostile input", () => {
  it("reads a 10 MB single line without crashing, with spans inside the text", () => {
    const line = "OpenAI raised $3,5 miljard in Beijing\u202e\u200b en Ο".repeat(250_000).slice(0, 10_000_000);
    const reading = readArticle(reader, line);
    expect(reading.text.length).toBe(10_000_000);
    for (const entity of reading.entities.slice(0, 1000)) expect(entity.end).toBeLessThanOrEqual(line.length);
    expect(reading.amounts.length).toBeGreaterThan(100_000);
  }, 120_000);

  it("stops at the time limit instead of hanging", () => {
    let clock = 0;
    const deadline = { now: () => (clock += 1000), at: 1500 };
    expect(() => readArticle(reader, "OpenAI. ".repeat(1000), { deadline })).toThrow(ReadTimeoutError);
  });

  it("reads control characters, lone surrogates and empty text", () => {
    for (const text of ["", "\u0000\u0001\ud800", "\u202e\u2066\u200f", "$", "tot", "1,,,,2", "€€€1"])
      expect(() => readArticle(reader, text)).not.toThrow();
  });
});
