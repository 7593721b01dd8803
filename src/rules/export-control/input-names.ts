import { ruleTables } from "./tables/installed.js";
import { FACT_OF_INPUT } from "./plain-facts.js";

/**
 * The engine's inputs as a reader names them ("die area", "whether it is designed for data centres"): answers
 * and caveats never show a field path. Deciding inputs keep their field names for programs (API, CLI --json).
 */
export function inputNames(inputs: readonly string[], language: "en" | "nl" = "en"): string {
  const names = inputs.map((input) => ruleTables().plainTexts[language].fact[FACT_OF_INPUT[input] ?? "transistor"]);
  return [...new Set(names)].join(", ");
}
