import type { StoreSummary } from "../db/queries/store-summary.js";
import type { DatasetSummary } from "./pipeline.js";

/** A build that would keep this share of a dataset's rows or fewer (of the last good build) is refused. */
export const SHRINK_LIMIT = 0.5;

export interface Shrinkage {
  readonly dataset: string;
  readonly before: number;
  readonly after: number;
  /** Why the new build has so few: missing file, or rows quarantined. */
  readonly why: string;
}

/** Datasets the new build would empty or shrink to SHRINK_LIMIT of the store it replaces, or below. */
export function shrinkingDatasets(previous: StoreSummary | null, next: readonly DatasetSummary[]): Shrinkage[] {
  if (!previous) return [];
  const before = new Map(previous.datasets.map((dataset) => [dataset.id, dataset.rows_stored]));
  return next.flatMap((dataset) => {
    const had = before.get(dataset.id) ?? 0;
    if (had === 0 || dataset.rowsStored > had * SHRINK_LIMIT) return [];
    const why =
      dataset.status === "missing"
        ? "its file is missing"
        : dataset.rowsRead === 0
          ? "its file has no rows"
          : `${dataset.rowsQuarantined} of ${dataset.rowsRead} rows were quarantined`;
    return [{ dataset: dataset.id, before: had, after: dataset.rowsStored, why }];
  });
}

/** A build refused because it would lose data; the previous store is left as it was. */
export class ShrinkError extends Error {
  constructor(readonly shrinkage: readonly Shrinkage[]) {
    super(
      [
        "the build would lose data, so nothing was written and the previous store is kept:",
        ...shrinkage.map(
          (entry) =>
            `  ${entry.dataset}: ${entry.after} rows where the last good build had ${entry.before} (${entry.why})`,
        ),
        `Fix the Epoch files (or re-run \`wedloop data pull\`), or pass --allow-shrink to accept the smaller store.`,
      ].join("\n"),
    );
  }
}
