/**
 * Parameters of the indicators several pages draw, from the shared view state. Running records and
 * lags are computed over the whole history (a record set before the period still stands) and only
 * their display is cut to the period.
 */
import type { QueryParams } from "../api/client.js";
import type { IndicatorRow } from "../api/types.js";
import type { ViewParams } from "../state/view-params.js";

export function lagParams(view: ViewParams): QueryParams {
  const followers = view.blocs.filter((bloc) => bloc !== "us");
  return {
    leader: "us",
    followers: (followers.length > 0 ? followers : ["china", "eu"]).join(","),
    to: view.to,
    attribution: view.attribution,
  };
}

export function historyParams(view: ViewParams): QueryParams {
  return { blocs: view.blocs.join(","), to: view.to, attribution: view.attribution };
}

/** Keeps rows dated (or of a year) inside the view's period. */
export function inView(view: ViewParams): (rows: readonly IndicatorRow[]) => IndicatorRow[] {
  return (rows) =>
    rows.filter((row) => {
      const year =
        typeof row.year === "number" ? row.year : typeof row.date === "string" ? Number(row.date.slice(0, 4)) : null;
      return year === null || (year >= view.from && (view.to === undefined || year <= view.to));
    });
}

export function withoutWorld(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.filter((row) => row.groupKind !== "world");
}

/** Regulatory-threshold rows name their groups in one ";"-joined cell; colour each by its first group. */
export function firstGroup(rows: readonly IndicatorRow[]): IndicatorRow[] {
  return rows.map((row) => ({ ...row, group: String(row.groups ?? "").split(";")[0] || "row" }));
}
