import { checkExport } from "./check-export.js";
import type { ChipParameters } from "./input-schema.js";
import type { IsoDay } from "./types.js";

/**
 * The answer grid of issue 12: every chip × destination × date, counted by answer code, with each
 * indeterminate answer and the facts it lacks. It measures how often the engine can say yes or no.
 */

export const GRID_DESTINATIONS = ["CN", "HK", "MO", "AE", "SA", "MY", "SG", "IN", "VN", "NL", "DE", "US"] as const;
export const GRID_DATES: readonly IsoDay[] = [
  "2022-10-01",
  "2023-03-01",
  "2023-12-01",
  "2025-01-20",
  "2025-04-10",
  "2025-06-01",
  "2026-02-01",
];

export interface GridChip {
  readonly id: string;
  readonly name: string;
  readonly parameters: ChipParameters;
}

export interface IndeterminateCell {
  readonly chip: string;
  readonly destination: string;
  readonly date: IsoDay;
  /** The engine's deciding inputs (e.g. `chip.dies`). */
  readonly missing: readonly string[];
}

export interface GridReport {
  readonly chips: number;
  readonly cells: number;
  /** Answer code (NLR, LR-II, ?, ...) -> number of cells. */
  readonly counts: Readonly<Record<string, number>>;
  readonly indeterminate: readonly IndeterminateCell[];
}

export function answerGrid(
  chips: readonly GridChip[],
  destinations: readonly string[] = GRID_DESTINATIONS,
  dates: readonly IsoDay[] = GRID_DATES,
): GridReport {
  const counts: Record<string, number> = {};
  const indeterminate: IndeterminateCell[] = [];
  for (const chip of chips)
    for (const destination of destinations)
      for (const date of dates) {
        const result = checkExport({ chip: chip.parameters, destination, date });
        counts[result.code] = (counts[result.code] ?? 0) + 1;
        if (result.answer.kind === "indeterminate")
          indeterminate.push({
            chip: chip.name,
            destination,
            date,
            missing: [...new Set([...result.classification.decidingInputs, ...result.answer.decidingInputs])],
          });
      }
  return { chips: chips.length, cells: chips.length * destinations.length * dates.length, counts, indeterminate };
}
