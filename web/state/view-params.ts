/**
 * The chart state every page shares, read from and written to the URL so a link reproduces the view:
 * blocs, period (from, to) and the country attribution rule.
 */
import type { AttributionRule } from "../../src/domain/vocabulary.js";
import type { QueryParams } from "../api/client.js";
import { useLocation } from "./location.js";

export type { AttributionRule };

export interface ViewParams {
  readonly blocs: readonly string[];
  readonly from: number;
  readonly to: number | undefined;
  readonly attribution: AttributionRule;
}

export const DEFAULT_BLOCS: readonly string[] = ["us", "china", "eu"];
export const DEFAULT_FROM = 2012;

function yearParam(text: string | null): number | undefined {
  if (text === null || !/^\d{4}$/.test(text)) return undefined;
  return Number(text);
}

export function parseViewParams(query: URLSearchParams, defaults: { from?: number } = {}): ViewParams {
  const blocs = (query.get("blocs") ?? "").split(",").filter((id) => /^[a-z0-9-]+$/.test(id));
  return {
    blocs: blocs.length > 0 ? blocs : DEFAULT_BLOCS,
    from: yearParam(query.get("from")) ?? defaults.from ?? DEFAULT_FROM,
    to: yearParam(query.get("to")),
    attribution: query.get("rule") === "fractional" ? "fractional" : "any",
  };
}

export function useViewParams(defaults: { from?: number } = {}): ViewParams {
  return parseViewParams(useLocation().query, defaults);
}

/** The indicator API's names for the shared state. */
export function indicatorParams(
  view: ViewParams,
  options: { attribution?: boolean; blocs?: boolean } = {},
): QueryParams {
  return {
    ...(options.blocs === false ? {} : { blocs: view.blocs.join(",") }),
    from: view.from,
    to: view.to,
    ...(options.attribution === false ? {} : { attribution: view.attribution }),
  };
}
