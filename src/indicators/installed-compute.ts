/**
 * Indicator 5: installed AI compute from GPU clusters (H100-equivalents and 16-bit OP/s) per group over
 * time, with shares of the world total, planned clusters kept apart, and the largest cluster per group.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { ClusterObservation } from "../domain/observations.js";
import { attributionText, belongsTo, groupWeight } from "./attribution.js";
import { groupCells, resolveGroups, type Group } from "./groups.js";
import { attributionField, flag, groupFields, paramsSchema, periodFields, yearOf } from "./params.js";
import { GROUP_CELLS, amount, maybeAmount, maybeText, text } from "./rows.js";
import { column, series, table, type IndicatorSeries, type Localized } from "./series.js";
import { round, snapshotDays } from "./time-grid.js";

export const installedComputeParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  ...attributionField,
  step: z
    .enum(["year", "quarter"], { error: "step must be year or quarter" })
    .default("year")
    .describe("Spacing of the snapshot days."),
  everyCountry: flag().default(false).describe("Add a row per country that hosts a cluster (for the world map)."),
  includePossibleDuplicates: flag().default(false).describe("Keep clusters Epoch flags as possible duplicates."),
  includeUnlikely: flag().default(false).describe("Keep clusters whose certainty Epoch rates 'Unlikely'."),
});
export type InstalledComputeParams = z.output<typeof installedComputeParams>;

type Status = "operational" | "planned";

/** Whether a cluster counts as operational or planned on a day; null when it does not count then. */
export function clusterStatusOn(cluster: ClusterObservation, day: string): Status | null {
  if (cluster.firstOperational === null || cluster.firstOperational > day) return null;
  if (cluster.status === "Planned") return "planned";
  if (cluster.status === "Decommissioned" && cluster.decommissioned === null) return null; // end unknown: cannot place it
  if (cluster.decommissioned !== null && cluster.decommissioned <= day) return null;
  return "operational";
}

export const CLUSTER_COVERAGE_CAVEAT: Localized = {
  en: "Epoch estimates that its GPU clusters dataset covers only about 10–20% of the world's aggregate GPU cluster performance (as of March 2025); coverage is uneven across companies, sectors and hardware, so totals are lower bounds and shares indicate, not measure. Planned systems may change. Chinese systems are anonymised by Epoch and their figures rounded to one significant digit.",
  nl: "Volgens Epoch dekt zijn dataset van GPU-clusters maar zo'n 10–20% van de totale rekenkracht van GPU-clusters in de wereld (stand maart 2025); de dekking verschilt per bedrijf, sector en hardware, dus totalen zijn ondergrenzen en aandelen geven een indicatie, geen meting. Geplande systemen kunnen nog veranderen. Chinese systemen zijn door Epoch geanonimiseerd en hun cijfers afgerond op één significant cijfer.",
};

const WORLD: Group = { id: "world", kind: "bloc", members: new Set() };

/** The latest first operational date among clusters: the as-of date of a figure they make. */
const STATUS = z.enum(["operational", "planned"]);

/** A group's clusters of one status on one day: the row type of the main table. */
export const INSTALLED_COMPUTE_ROW = z.object({
  date: text,
  ...GROUP_CELLS,
  status: STATUS,
  clusters: amount,
  h100Equivalents: maybeAmount,
  opsPerSecond16Bit: maybeAmount,
  shareOfWorldH100e: maybeAmount,
  shareOfWorld16Bit: maybeAmount,
  asOf: maybeText,
});
export type InstalledComputeRow = z.output<typeof INSTALLED_COMPUTE_ROW>;

/** A group's largest cluster of one status: the row type of the "largest" table. */
export const LARGEST_CLUSTER_ROW = z.object({
  date: maybeText,
  ...GROUP_CELLS,
  status: STATUS,
  cluster: text,
  countries: text,
  owners: text,
  firstOperational: maybeText,
  h100Equivalents: maybeAmount,
  opsPerSecond16Bit: maybeAmount,
  powerMw: maybeAmount,
});
export type LargestClusterRow = z.output<typeof LARGEST_CLUSTER_ROW>;

/** How much the newest clusters move a group's latest share: the row type of the "sensitivity" table. */
export const SHARE_SENSITIVITY_ROW = z.object({
  date: text,
  ...GROUP_CELLS,
  shareOfWorldH100e: maybeAmount,
  latestRecordsDate: text,
  latestRecords: amount,
  latestRecordNames: text,
  shareWithoutLatest: maybeAmount,
  movedPoints: maybeAmount,
});
export type ShareSensitivityRow = z.output<typeof SHARE_SENSITIVITY_ROW>;

const latestDate = (clusters: readonly ClusterObservation[]): string | null =>
  clusters.reduce<string | null>(
    (max, c) => (c.firstOperational !== null && (max === null || c.firstOperational > max) ? c.firstOperational : max),
    null,
  );

/**
 * How much the latest records move each group's share on a day: the share with every cluster, and without
 * the clusters first operational on the latest date (so a reader sees when one record makes the headline).
 */
function shareSensitivity(
  counting: readonly ClusterObservation[],
  groups: readonly Group[],
  rule: InstalledComputeParams["attribution"],
  day: string,
): ShareSensitivityRow[] {
  const newest = latestDate(counting);
  if (newest === null) return [];
  const latest = counting.filter((c) => c.firstOperational === newest);
  const earlier = counting.filter((c) => c.firstOperational !== newest);
  const share = (pool: readonly ClusterObservation[], group: Group) => {
    const world = pool.reduce((sum, c) => sum + (c.h100Equivalents ?? 0), 0);
    const part = pool.reduce(
      (sum, c) => sum + groupWeight(c.countries, group.members, rule) * (c.h100Equivalents ?? 0),
      0,
    );
    return world === 0 ? null : part / world;
  };
  return groups.map((group) => {
    const now = share(counting, group);
    const before = share(earlier, group);
    return {
      date: day,
      ...groupCells(group),
      shareOfWorldH100e: now === null ? null : round(now, 4),
      latestRecordsDate: newest,
      latestRecords: latest.length,
      latestRecordNames: latest.map((c) => c.name).join("; "),
      shareWithoutLatest: before === null ? null : round(before, 4),
      movedPoints: now === null || before === null ? null : round((now - before) * 100, 1),
    };
  });
}

export function installedCompute(
  input: { readonly clusters: readonly ClusterObservation[]; readonly blocs: readonly Bloc[] },
  params: InstalledComputeParams,
): IndicatorSeries {
  const requested = resolveGroups(params, input.blocs);
  const kept = input.clusters.filter(
    (c) =>
      (params.includePossibleDuplicates || !c.possibleDuplicate) &&
      (params.includeUnlikely || c.certainty !== "Unlikely"),
  );
  const placeable = kept.filter(
    (c) => c.firstOperational !== null && !(c.status === "Decommissioned" && c.decommissioned === null),
  );
  const extraCountries = params.everyCountry
    ? [...new Set(placeable.flatMap((c) => c.countries))].filter((code) => !requested.some((g) => g.id === code)).sort()
    : [];
  const groups = [
    ...requested,
    ...extraCountries.map((code): Group => ({ id: code, kind: "country", members: new Set([code]) })),
  ];
  const years = placeable.map((c) => yearOf(c.firstOperational!));
  const from = params.from ?? Math.min(...years);
  const to = params.to ?? Math.max(...years);
  const days = placeable.length ? snapshotDays(from, to, params.step) : [];
  // The last operational snapshot comes from the whole grid, so a later `from` cannot move it.
  const fullGrid = placeable.length ? snapshotDays(Math.min(...years, from), to, params.step) : [];
  // Operational rows stop at the snapshot that holds the latest known start: later ones would only repeat it as if known.
  const latestStart = placeable
    .filter((c) => c.status !== "Planned")
    .reduce((max, c) => (c.firstOperational! > max ? c.firstOperational! : max), "");
  // Without any existing cluster there is no operational row at all (not one on the first snapshot day).
  const lastOperationalDay =
    latestStart === "" ? null : (fullGrid.find((day) => day >= latestStart) ?? fullGrid.at(-1) ?? null);
  const rows: InstalledComputeRow[] = [];
  for (const day of days) {
    for (const status of ["operational", "planned"] as const) {
      if (status === "operational" && (lastOperationalDay === null || day > lastOperationalDay)) continue;
      const counting = placeable.filter((c) => clusterStatusOn(c, day) === status);
      const sum = (group: Group | null, value: (c: ClusterObservation) => number | null) =>
        counting.reduce(
          (total, c) =>
            total + (group ? groupWeight(c.countries, group.members, params.attribution) : 1) * (value(c) ?? 0),
          0,
        );
      const worldH100e = sum(null, (c) => c.h100Equivalents);
      const worldOps = sum(null, (c) => c.opsPerSecond16Bit);
      for (const group of [...groups, WORLD]) {
        const isWorld = group === WORLD;
        const members = isWorld ? counting : counting.filter((c) => belongsTo(c.countries, group.members, "any"));
        const h100e = isWorld ? worldH100e : sum(group, (c) => c.h100Equivalents);
        const ops = isWorld ? worldOps : sum(group, (c) => c.opsPerSecond16Bit);
        const clusters = round(isWorld ? counting.length : sum(group, () => 1), 3);
        // No tracked cluster is no data, not zero: the values stay empty so nothing draws a bar at 0.
        const tracked = clusters > 0;
        rows.push({
          date: day,
          group: group.id,
          groupKind: isWorld ? "world" : group.kind,
          status,
          clusters,
          h100Equivalents: tracked ? round(h100e, 1) : null,
          opsPerSecond16Bit: tracked ? ops : null,
          shareOfWorldH100e: !tracked || worldH100e === 0 ? null : round(h100e / worldH100e, 4),
          shareOfWorld16Bit: !tracked || worldOps === 0 ? null : round(ops / worldOps, 4),
          asOf: latestDate(members),
        });
      }
    }
  }
  const largest: LargestClusterRow[] = [];
  const lastDay = days.at(-1) ?? null;
  for (const group of requested) {
    for (const status of ["operational", "planned"] as const) {
      const pool =
        status === "planned"
          ? placeable.filter((c) => c.status === "Planned")
          : placeable.filter(
              (c) => lastOperationalDay !== null && clusterStatusOn(c, lastOperationalDay) === "operational",
            );
      const [best] = pool
        .filter((c) => belongsTo(c.countries, group.members, params.attribution))
        .sort((a, b) => (b.h100Equivalents ?? -1) - (a.h100Equivalents ?? -1) || a.name.localeCompare(b.name));
      if (!best || lastDay === null) continue;
      largest.push({
        date: status === "operational" ? lastOperationalDay : lastDay,
        ...groupCells(group),
        status,
        cluster: best.name,
        countries: best.countries.join(";"),
        owners: best.owners.join(";"),
        firstOperational: best.firstOperational,
        h100Equivalents: best.h100Equivalents,
        opsPerSecond16Bit: best.opsPerSecond16Bit,
        powerMw: best.powerMw,
      });
    }
  }
  const sensitivity =
    lastOperationalDay === null
      ? []
      : shareSensitivity(
          placeable.filter((c) => clusterStatusOn(c, lastOperationalDay) === "operational"),
          requested,
          params.attribution,
          lastOperationalDay,
        );
  const unplaced = kept.length - placeable.length;
  const noValue = placeable.filter((c) => c.h100Equivalents === null).length;
  const caveats: Localized[] = [CLUSTER_COVERAGE_CAVEAT];
  if (unplaced) {
    caveats.push({
      en: `${unplaced} kept clusters have no first operational date (or were decommissioned on an unknown date) and are left out of the series.`,
      nl: `${unplaced} meegenomen clusters hebben geen datum van ingebruikname (of zijn op een onbekende datum buiten gebruik gesteld) en ontbreken in de reeks.`,
    });
  }
  if (noValue) {
    caveats.push({
      en: `${noValue} placed clusters have no H100-equivalent figure and add nothing to the H100e totals.`,
      nl: `${noValue} geplaatste clusters hebben geen H100-equivalent en tellen niet mee in de H100e-totalen.`,
    });
  }
  return series(
    "installed-compute",
    [
      table(
        "main",
        { en: "Installed AI compute in GPU clusters", nl: "Geïnstalleerde AI-rekenkracht in GPU-clusters" },
        [
          column("date", "Date", "Datum"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("status", "Status", "Status"),
          column("clusters", "Clusters", "Clusters", "clusters"),
          column("h100Equivalents", "H100-equivalents", "H100-equivalenten", "H100e"),
          column("opsPerSecond16Bit", "16-bit performance", "16-bit-rekenkracht", "OP/s"),
          column("shareOfWorldH100e", "Share of world (H100e)", "Aandeel van de wereld (H100e)", "share"),
          column("shareOfWorld16Bit", "Share of world (16-bit OP/s)", "Aandeel van de wereld (16-bit OP/s)", "share"),
          column("asOf", "Latest data behind it", "Laatste gegevens erachter"),
        ],
        rows,
      ),
      table(
        "largest",
        { en: "Largest cluster per bloc", nl: "Grootste cluster per blok" },
        [
          column("date", "On", "Op"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("status", "Status", "Status"),
          column("cluster", "Cluster", "Cluster"),
          column("countries", "Countries", "Landen"),
          column("owners", "Owners", "Eigenaars"),
          column("firstOperational", "First operational", "In gebruik sinds"),
          column("h100Equivalents", "H100-equivalents", "H100-equivalenten", "H100e"),
          column("opsPerSecond16Bit", "16-bit performance", "16-bit-rekenkracht", "OP/s"),
          column("powerMw", "Power", "Vermogen", "MW"),
        ],
        largest,
      ),
      table(
        "sensitivity",
        {
          en: "How much the latest clusters move the latest share",
          nl: "Hoeveel de nieuwste clusters het laatste aandeel verschuiven",
        },
        [
          column("date", "Date", "Datum"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("shareOfWorldH100e", "Share of world (H100e)", "Aandeel van de wereld (H100e)", "share"),
          column("latestRecordsDate", "Latest first operational date", "Laatste datum van ingebruikname"),
          column("latestRecords", "Clusters on that date", "Clusters op die datum", "clusters"),
          column("latestRecordNames", "Those clusters", "Die clusters"),
          column("shareWithoutLatest", "Share without them", "Aandeel zonder hen", "share"),
          column("movedPoints", "Moved by", "Verschoven met", "percentage points"),
        ],
        sensitivity,
      ),
    ],
    {
      filters: [
        { en: "Epoch AI's GPU clusters dataset.", nl: "De dataset GPU-clusters van Epoch AI." },
        params.includePossibleDuplicates
          ? {
              en: "Clusters Epoch flags as possible duplicates are kept.",
              nl: "Clusters die Epoch als mogelijk dubbel markeert, blijven erin.",
            }
          : {
              en: "Clusters Epoch flags as possible duplicates are left out.",
              nl: "Clusters die Epoch als mogelijk dubbel markeert, vallen weg.",
            },
        params.includeUnlikely
          ? {
              en: "Clusters whose certainty Epoch rates 'Unlikely' are kept.",
              nl: "Clusters met zekerheid 'Unlikely' volgens Epoch blijven erin.",
            }
          : {
              en: "Clusters whose certainty Epoch rates 'Unlikely' are left out.",
              nl: "Clusters met zekerheid 'Unlikely' volgens Epoch vallen weg.",
            },
      ],
      attribution: {
        rule: params.attribution,
        text: attributionText(
          params.attribution,
          { en: "cluster", nl: "cluster" },
          { en: "the countries it stands in", nl: "de landen waar het staat" },
        ),
      },
      formula: {
        en: `On the last day of each ${params.step}: an existing cluster counts as operational from its first operational date until its decommissioning date; a planned cluster counts as planned from its expected date. Per group: sum of weight × H100-equivalents and weight × 16-bit OP/s; share = that sum / the world sum of all kept clusters with the same status (each cluster once). Operational rows end at the snapshot holding the latest known first operational date. The largest cluster is the one with the most H100-equivalents, operational on that snapshot, or planned.`,
        nl: `Op de laatste dag van elk ${params.step === "year" ? "jaar" : "kwartaal"}: een bestaand cluster telt als in gebruik vanaf de datum van ingebruikname tot de datum van buitengebruikstelling; een gepland cluster telt als gepland vanaf de verwachte datum. Per groep: som van gewicht × H100-equivalenten en gewicht × 16-bit OP/s; aandeel = die som / de wereldsom van alle meegenomen clusters met dezelfde status (elk cluster één keer). Rijen voor capaciteit in gebruik eindigen bij de momentopname met de laatst bekende datum van ingebruikname. Het grootste cluster is dat met de meeste H100-equivalenten, in gebruik op die momentopname, of gepland.`,
      },
      assumptions: [
        {
          en: "Planned capacity is shown apart from operational capacity and never added to it.",
          nl: "Geplande capaciteit staat los van capaciteit in gebruik en wordt er nooit bij opgeteld.",
        },
        {
          en: "A cluster's country is where it stands, not who owns it.",
          nl: "Het land van een cluster is waar het staat, niet wie de eigenaar is.",
        },
      ],
      caveats,
      n: placeable.length,
      asOf: latestStart === "" ? null : latestStart,
      metric: {
        en: "compute by location: H100-equivalents of known GPU clusters where they stand",
        nl: "rekenkracht naar locatie: H100-equivalenten van bekende GPU-clusters waar ze staan",
      },
      window: placeable.length ? { from, to } : null,
    },
  );
}
