import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../support/harness.js";
import { EPOCH_FIXTURE_DIR, tempDir } from "../support/paths.js";

describe("wedloop prices", () => {
  const env = { WEDLOOP_HOME: tempDir("home"), WEDLOOP_OFFLINE: "1", WEDLOOP_EPOCH_DIR: EPOCH_FIXTURE_DIR };
  beforeAll(async () => {
    expect(await main(["build"], captureIo(env))).toBe(0);
  }, 60_000);

  it("--json answers per bloc with the cheapest offer at the level, its model, date and source", async () => {
    const io = captureIo(env);
    expect(await main(["prices", "--level", "GPT-4", "--at", "2024-06-30", "--json"], io)).toBe(0);
    const answer = JSON.parse(io.out()) as { levelEci: number; blend: string; rows: Record<string, unknown>[] };
    expect(answer.levelEci).toBeCloseTo(126.2, 1);
    expect(answer.blend).toBe("3:1");
    const us = answer.rows.find((row) => row.bloc === "us")!;
    // GPT-4o ($5 in, $15 out) was the cheapest sourced US model at GPT-4 level: (3 × 5 + 15) / 4 = $7.50.
    expect(us).toMatchObject({ usdPerMtok: 7.5, provider: "OpenAI", priceSince: "2024-05-13" });
    expect(answer.rows.find((row) => row.bloc === "china")).toMatchObject({ usdPerMtok: null, model: null });
  });

  it("prints a table that says when a bloc has no model at the level, and credits Epoch AI", async () => {
    const io = captureIo(env);
    expect(await main(["prices", "--level", "gpt-4", "--at", "2023-06-30", "--blend", "1:1"], io)).toBe(0);
    expect(io.out()).toMatch(/^us\s+\$45\s+gpt-4 \(8K context\)\s+OpenAI\s+2023-03-14/m);
    expect(io.out()).toMatch(/^china\s+none at this level/m);
    expect(io.out()).toContain("Epoch AI");
  });

  it.each([
    [["prices", "--level", "gpt-9"], /--level must be/],
    [["prices", "--level", "o1", "--blend", "three"], /--blend must be/],
    [["prices", "--level", "o1", "--at", "30-06-2025"], /--at must be a date/],
    [["prices", "--level", "o1", "--blocs", "us,mars"], /unknown bloc 'mars'/],
  ])("%j is bad usage (exit 2) naming the flag", async (argv, message) => {
    const io = captureIo(env);
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});
