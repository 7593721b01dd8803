/**
 * Reference data every page needs once: bloc names and colours, country names, and the snapshot.
 * Gives charts a colour and a label for any group id (bloc id, ISO country code, or free name).
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { fetchAll, getJson } from "../api/client.js";
import type { BlocRecord, CountryRecord, VersionResponse } from "../api/types.js";
import { useAsync } from "../api/use-async.js";
import type { Lang } from "../i18n/locale.js";

// Okabe-Ito-like palette, readable on white, for groups without a bloc colour.
const PALETTE = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#e69f00",
  "#56b4e9",
  "#6a3d9a",
  "#8c564b",
  "#4d4d4d",
  "#b8860b",
];

export interface Reference {
  readonly blocs: readonly BlocRecord[];
  readonly countries: ReadonlyMap<string, CountryRecord>;
  readonly version: VersionResponse;
  readonly colourOf: (group: string) => string;
  readonly labelOf: (group: string, lang: Lang) => string;
  /** The one order of groups in every legend and colour scale: blocs as listed, then the world, then the rest. */
  readonly orderGroups: (groups: readonly string[]) => string[];
}

const ReferenceContext = createContext<Reference | null>(null);

export function buildReference(
  blocs: readonly BlocRecord[],
  countries: readonly CountryRecord[],
  version: VersionResponse,
): Reference {
  const byBloc = new Map(blocs.map((bloc) => [bloc.id, bloc]));
  const byCountry = new Map(countries.map((country) => [country.code, country]));
  const assigned = new Map<string, string>();
  const colourOf = (group: string): string => {
    const blocColour = byBloc.get(group)?.colour;
    if (blocColour) return blocColour;
    if (group === "world") return "#333333";
    let colour = assigned.get(group);
    if (!colour) {
      colour = PALETTE[assigned.size % PALETTE.length]!;
      assigned.set(group, colour);
    }
    return colour;
  };
  const labelOf = (group: string, lang: Lang): string => {
    const bloc = byBloc.get(group);
    if (bloc) return lang === "nl" ? bloc.name_nl : bloc.name_en;
    const country = byCountry.get(group);
    if (country) return lang === "nl" ? country.name_nl : country.name_en;
    if (group === "world") return lang === "nl" ? "Wereld" : "World";
    return group;
  };
  const rank = (group: string) => {
    const bloc = blocs.findIndex((candidate) => candidate.id === group);
    if (bloc >= 0) return bloc;
    return group === "world" ? blocs.length : blocs.length + 1;
  };
  // Array.prototype.sort is stable, so groups of equal rank keep the data's order.
  const orderGroups = (groups: readonly string[]) => [...groups].sort((a, b) => rank(a) - rank(b));
  return { blocs, countries: byCountry, version, colourOf, labelOf, orderGroups };
}

let pending: Promise<Reference> | null = null;

/** Starts loading the reference data (once); the provider then finds it under way. */
export function preloadReference(): Promise<Reference> {
  pending ??= loadReference();
  pending.catch(() => (pending = null));
  return pending;
}

async function loadReference(): Promise<Reference> {
  const [blocs, countries, version] = await Promise.all([
    fetchAll<BlocRecord>("blocs"),
    fetchAll<CountryRecord>("countries"),
    getJson<VersionResponse>("/api/v1/-/version"),
  ]);
  return buildReference(blocs, countries, version);
}

export function ReferenceProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: (state: "loading" | Error) => ReactNode;
}) {
  const state = useAsync("reference", preloadReference);
  const value = useMemo(() => (state.status === "done" ? state.data : null), [state]);
  if (state.status === "loading") return <>{fallback("loading")}</>;
  if (state.status === "error") return <>{fallback(state.error)}</>;
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
}

export function useReference(): Reference {
  const value = useContext(ReferenceContext);
  if (!value) throw new Error("useReference outside ReferenceProvider");
  return value;
}
