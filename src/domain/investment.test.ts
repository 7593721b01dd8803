import { describe, expect, it } from "vitest";
import { factSchema, type Fact } from "./fact.js";
import { commitmentProgress, investedTotal } from "./investment.js";

const relation = (id: string, relation: string, value: number, extra: Record<string, unknown> = {}): Fact =>
  factSchema.parse({
    id,
    kind: "relation",
    subject: "amazon",
    relation,
    object: "anthropic",
    date: "2024",
    value,
    unit: "USD",
    confidence: "high",
    source: "s",
    quote: "q",
    ...extra,
  });

// Amazon and Anthropic as the issue describes them: an "up to" USD 4bn commitment paid in two tranches, then a
// further USD 4bn.
const FACTS = [
  relation("commitment-2023", "commits-to-invest-in", 4e9),
  relation("tranche-2023", "invests-in", 1.25e9, { tranche_of: "commitment-2023" }),
  relation("tranche-2024", "invests-in", 2.75e9, { tranche_of: "commitment-2023" }),
  relation("more-2024", "invests-in", 4e9),
];

describe(investedTotal, () => {
  it("adds the tranches and further investments, never the commitment (8bn, not 12bn or 10.75bn)", () => {
    expect(investedTotal(FACTS, "amazon", "anthropic", "USD")).toBe(8e9);
  });
  it("keeps currencies and directions apart", () => {
    expect(investedTotal(FACTS, "amazon", "anthropic", "EUR")).toBe(0);
    expect(investedTotal(FACTS, "anthropic", "amazon", "USD")).toBe(0);
  });
});

describe(commitmentProgress, () => {
  it("shows how much of each commitment the tranches paid", () => {
    const [progress] = commitmentProgress(FACTS);
    expect(progress!.commitment.id).toBe("commitment-2023");
    expect(progress!.tranches.map((tranche) => tranche.id)).toEqual(["tranche-2023", "tranche-2024"]);
    expect(progress!.paid).toBe(4e9);
  });
});
