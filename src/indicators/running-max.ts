/**
 * Records over time: the steps at which a running maximum rises. Shared by frontier compute, frontier
 * lag and chips.
 */

export interface Candidate<T> {
  readonly date: string; // ISO day
  readonly value: number;
  /** Breaks ties between equal values on the same day, so the result does not depend on input order. */
  readonly name: string;
  readonly item: T;
}

export interface RecordStep<T> extends Candidate<T> {
  /** The record before this one, or null for the first. */
  readonly previous: number | null;
}

/**
 * The candidates that set a new maximum, in date order. A value equal to the standing record is not a
 * new record: the first to reach a level keeps it. Same-day candidates are taken largest first.
 */
export function recordSteps<T>(candidates: readonly Candidate<T>[]): RecordStep<T>[] {
  const ordered = [...candidates].sort(
    (a, b) => a.date.localeCompare(b.date) || b.value - a.value || a.name.localeCompare(b.name),
  );
  const steps: RecordStep<T>[] = [];
  let best: number | null = null;
  for (const candidate of ordered) {
    if (best !== null && candidate.value <= best) continue;
    steps.push({ ...candidate, previous: best });
    best = candidate.value;
  }
  return steps;
}

/** The record standing on a day (steps on that day included), or null before the first. */
export function recordOn<T>(steps: readonly RecordStep<T>[], isoDay: string): RecordStep<T> | null {
  let standing: RecordStep<T> | null = null;
  for (const step of steps) {
    if (step.date > isoDay) break;
    standing = step;
  }
  return standing;
}

/** The first step that reached at least the given value, or null if none did. */
export function firstReaching<T>(steps: readonly RecordStep<T>[], value: number): RecordStep<T> | null {
  return steps.find((step) => step.value >= value) ?? null;
}
