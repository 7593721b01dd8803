/** The five verdicts in the order the page lists them, each with a fixed colour (always shown with its word). */
export const VERDICTS = ["accurate", "imprecise", "inaccurate", "unverifiable", "opinion"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  accurate: "#1a7f37",
  imprecise: "#8a6100",
  inaccurate: "#c8102e",
  unverifiable: "#6e6e6e",
  opinion: "#5e4fa2",
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === "string" && (VERDICTS as readonly string[]).includes(value);
}

/** The verdicts chosen in the URL (?verdict=inaccurate,imprecise); none chosen means all. */
export function verdictsFromQuery(text: string | null): Verdict[] {
  return (text ?? "").split(",").filter(isVerdict);
}

/** Claims per verdict, every verdict present (zero when none). */
export function countVerdicts(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}
