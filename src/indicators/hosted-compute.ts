/**
 * Hosted compute by the owner's bloc: for each country where known GPU clusters stand, how much of their
 * H100-equivalents belongs to organisations headquartered in each requested bloc (the US, China, the EU by
 * default), elsewhere, or in an unknown country. It shows whose AI stack a country leans on, as far as
 * Epoch's cluster list and the organisation registry reach.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { ClusterObservation } from "../domain/observations.js";
import { blocGroup, type Group } from "./groups.js";
import { CLUSTER_COVERAGE_CAVEAT, clusterStatusOn } from "./installed-compute.js";
import { blocIdSchema, flag, history, inPeriod, listOf, paramsSchema, periodFields, yearOf } from "./params.js";
import { amount, maybeAmount, maybeText, text } from "./rows.js";
import { column, series, table, type IndicatorSeries, type Localized, latestDay } from "./series.js";
import { round } from "./time-grid.js";

export const hostedComputeParams = paramsSchema({
  ownerBlocs: listOf(blocIdSchema)
    .default(["us", "china", "eu"])
    .describe(
      "Bloc ids the owners' headquarters are sorted into, comma-separated, first match wins (default us,china,eu); other headquarters count as 'other'.",
    ),
  blocs: listOf(blocIdSchema)
    .optional()
    .describe("The group parameter every indicator shares: the same as ownerBlocs (give one of them)."),
  ...periodFields,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be a day as YYYY-MM-DD")
    .optional()
    .describe(
      "Day of the snapshot, YYYY-MM-DD (default: the latest first operational date of a kept existing cluster).",
    ),
  includePossibleDuplicates: flag().default(false).describe("Keep clusters Epoch flags as possible duplicates."),
  includeUnlikely: flag().default(false).describe("Keep clusters whose certainty Epoch rates 'Unlikely'."),
});
export type HostedComputeParams = z.output<typeof hostedComputeParams>;

/** Owner groups beyond the requested blocs. */
export const OTHER_OWNER = "other";
export const UNKNOWN_OWNER = "unknown";

interface Share {
  readonly host: string;
  readonly owner: string;
  /** The part of one cluster this host-owner pair stands for (1 / countries / owners). */
  readonly weight: number;
  readonly h100e: number;
}

/** The owner group of one headquarters country: the first requested bloc that holds it. */
function ownerGroupOf(country: string | null, groups: readonly Group[]): string {
  if (country === null) return UNKNOWN_OWNER;
  return groups.find((group) => group.members.has(country))?.id ?? OTHER_OWNER;
}

/** Splits a cluster evenly over its host countries and, within each, evenly over its owners. */
function sharesOf(cluster: ClusterObservation, groups: readonly Group[]): Share[] {
  const owners =
    cluster.owners.length > 0
      ? cluster.owners.map((_, index) => ownerGroupOf(cluster.ownerCountries[index] ?? null, groups))
      : [UNKNOWN_OWNER];
  const weight = 1 / (cluster.countries.length * owners.length);
  return cluster.countries.flatMap((host) =>
    owners.map((owner) => ({ host, owner, weight, h100e: weight * (cluster.h100Equivalents ?? 0) })),
  );
}

/** One owner bloc's compute in one host country: the row type of the main table. */
export const HOSTED_COMPUTE_ROW = z.object({
  date: maybeText,
  host: text,
  owner: text,
  clusters: amount,
  h100Equivalents: amount,
  shareOfHost: maybeAmount,
});
export type HostedComputeRow = z.output<typeof HOSTED_COMPUTE_ROW>;

/**
 * One host country with its leading owner bloc: the row type of the "hosts" table. Its further columns are
 * `share_<owner>`, one per owner bloc asked for (plus other and unknown), each a share or null.
 */
const HOST_CELLS = z.object({
  date: maybeText,
  host: text,
  clusters: amount,
  h100Equivalents: amount,
  leadingOwner: maybeText,
  leadingShare: maybeAmount,
});
export const HOST_ROW = HOST_CELLS.catchall(maybeAmount);
export type HostRow = z.output<typeof HOST_CELLS> & { readonly [share: `share_${string}`]: number | null };

/** One owner bloc's compute in every host together: the row type of the "byOwner" table. */
export const COMPUTE_BY_OWNER_ROW = z.object({
  date: maybeText,
  owner: text,
  clusters: amount,
  h100Equivalents: amount,
  shareOfWorld: maybeAmount,
});
export type ComputeByOwnerRow = z.output<typeof COMPUTE_BY_OWNER_ROW>;

export function hostedCompute(
  input: { readonly clusters: readonly ClusterObservation[]; readonly blocs: readonly Bloc[] },
  params: HostedComputeParams,
): IndicatorSeries {
  const ownerParameter = params.blocs ? "blocs" : "ownerBlocs";
  const groups = [...new Set(params.blocs ?? params.ownerBlocs)].map((id) =>
    blocGroup(id, input.blocs, ownerParameter),
  );
  const ownerOrder = [...groups.map((group) => group.id), OTHER_OWNER, UNKNOWN_OWNER];
  const kept = input.clusters.filter(
    (c) =>
      (params.includePossibleDuplicates || !c.possibleDuplicate) &&
      (params.includeUnlikely || c.certainty !== "Unlikely") &&
      c.countries.length > 0,
  );
  // The default day is the latest start up to `to`; `from` only decides whether that day's rows are returned.
  const latestStart = kept
    .filter(
      (c) => c.status !== "Planned" && c.firstOperational !== null && inPeriod(c.firstOperational, history(params)),
    )
    .reduce((max, c) => (c.firstOperational! > max ? c.firstOperational! : max), "");
  const day = params.date ?? (latestStart === "" ? null : latestStart);
  const operational =
    day === null || !inPeriod(day, params) ? [] : kept.filter((c) => clusterStatusOn(c, day) === "operational");
  const shares = operational.flatMap((c) => sharesOf(c, groups));
  // Every host together: compute by owner, beside installed-compute's compute by location.
  const worldTotal = shares.reduce((sum, share) => sum + share.h100e, 0);
  const ownerRows: ComputeByOwnerRow[] = ownerOrder.map((owner) => {
    const mine = shares.filter((share) => share.owner === owner);
    const h100e = mine.reduce((sum, share) => sum + share.h100e, 0);
    return {
      date: day,
      owner,
      clusters: round(
        mine.reduce((sum, share) => sum + share.weight, 0),
        3,
      ),
      h100Equivalents: round(h100e, 1),
      shareOfWorld: worldTotal === 0 ? null : round(h100e / worldTotal, 4),
    };
  });

  const hosts = [...new Set(shares.map((share) => share.host))];
  const hostTotal = new Map(
    hosts.map((host) => [
      host,
      shares.filter((share) => share.host === host).reduce((sum, share) => sum + share.h100e, 0),
    ]),
  );
  const rows: HostedComputeRow[] = [];
  const hostRows: HostRow[] = [];
  for (const host of hosts) {
    const total = hostTotal.get(host)!;
    const byOwner = ownerOrder.map((owner) => {
      const mine = shares.filter((share) => share.host === host && share.owner === owner);
      return {
        owner,
        clusters: mine.reduce((sum, share) => sum + share.weight, 0),
        h100e: mine.reduce((sum, share) => sum + share.h100e, 0),
        n: mine.length,
      };
    });
    for (const entry of byOwner.filter((candidate) => candidate.n > 0)) {
      rows.push({
        date: day,
        host,
        owner: entry.owner,
        clusters: round(entry.clusters, 3),
        h100Equivalents: round(entry.h100e, 1),
        shareOfHost: total === 0 ? null : round(entry.h100e / total, 4),
      });
    }
    // The leading owner group is the one with the most H100e; a tie goes to the earlier group in ownerOrder.
    const leading = total === 0 ? null : byOwner.reduce((best, entry) => (entry.h100e > best.h100e ? entry : best));
    hostRows.push({
      date: day,
      host,
      clusters: round(
        byOwner.reduce((sum, entry) => sum + entry.clusters, 0),
        3,
      ),
      h100Equivalents: round(total, 1),
      leadingOwner: leading?.owner ?? null,
      leadingShare: leading ? round(leading.h100e / total, 4) : null,
      ...Object.fromEntries(
        byOwner.map((entry) => [`share_${entry.owner}`, total === 0 ? null : round(entry.h100e / total, 4)]),
      ),
    });
  }
  rows.sort(
    (a, b) =>
      String(a.host).localeCompare(String(b.host)) ||
      ownerOrder.indexOf(String(a.owner)) - ownerOrder.indexOf(String(b.owner)),
  );
  hostRows.sort(
    (a, b) =>
      (b.h100Equivalents as number) - (a.h100Equivalents as number) || String(a.host).localeCompare(String(b.host)),
  );

  const ownerLinks = operational.flatMap((c) => c.owners.map((_, index) => c.ownerCountries[index] ?? null));
  const caveats: Localized[] = [CLUSTER_COVERAGE_CAVEAT];
  const noOwner = operational.filter((c) => c.owners.length === 0).length;
  const unknownHq = ownerLinks.filter((country) => country === null).length;
  if (noOwner > 0 || unknownHq > 0) {
    caveats.push({
      en: `${noOwner} of the ${operational.length} clusters counted name no owner, and ${unknownHq} of ${ownerLinks.length} owner entries have no headquarters country in the organisation registry: their H100e count as 'unknown'.`,
      nl: `${noOwner} van de ${operational.length} getelde clusters noemen geen eigenaar, en ${unknownHq} van de ${ownerLinks.length} eigenaarsvermeldingen hebben geen land van hoofdkantoor in het organisatieregister: hun H100e tellen als 'onbekend'.`,
    });
  }
  const noValue = operational.filter((c) => c.h100Equivalents === null).length;
  if (noValue > 0) {
    caveats.push({
      en: `${noValue} counted clusters have no H100-equivalent figure: they count as clusters but add no H100e.`,
      nl: `${noValue} getelde clusters hebben geen H100-equivalent: ze tellen als cluster maar voegen geen H100e toe.`,
    });
  }
  const ownerNames = ownerOrder.join(", ");
  return series(
    "hosted-compute",
    [
      table(
        "main",
        { en: "Hosted AI compute by the owner's bloc", nl: "Gehoste AI-rekenkracht naar blok van de eigenaar" },
        [
          column("date", "Date", "Datum"),
          column("host", "Host country", "Land van vestiging"),
          column("owner", "Owner's headquarters", "Hoofdkantoor van de eigenaar"),
          column("clusters", "Clusters", "Clusters", "clusters"),
          column("h100Equivalents", "H100-equivalents", "H100-equivalenten", "H100e"),
          column("shareOfHost", "Share of the host's H100e", "Aandeel in de H100e van het land", "share"),
        ],
        rows,
      ),
      table(
        "hosts",
        { en: "Host countries and their leading owner bloc", nl: "Landen van vestiging en het grootste eigenaarsblok" },
        [
          column("date", "Date", "Datum"),
          column("host", "Host country", "Land van vestiging"),
          column("clusters", "Clusters", "Clusters", "clusters"),
          column("h100Equivalents", "H100-equivalents", "H100-equivalenten", "H100e"),
          column("leadingOwner", "Leading owner bloc", "Grootste eigenaarsblok"),
          column("leadingShare", "Leading owner's share", "Aandeel van het grootste blok", "share"),
          ...ownerOrder.map((owner) =>
            column(`share_${owner}`, `Share owned from ${owner}`, `Aandeel in handen van ${owner}`, "share"),
          ),
        ],
        hostRows,
      ),
      table(
        "byOwner",
        {
          en: "Share of known AI compute by the owner's bloc (compute by owner)",
          nl: "Aandeel van de bekende AI-rekenkracht naar blok van de eigenaar (rekenkracht naar eigenaar)",
        },
        [
          column("date", "Date", "Datum"),
          column("owner", "Owner's headquarters", "Hoofdkantoor van de eigenaar"),
          column("clusters", "Clusters", "Clusters", "clusters"),
          column("h100Equivalents", "H100-equivalents", "H100-equivalenten", "H100e"),
          column("shareOfWorld", "Share of known world H100e", "Aandeel in de bekende H100e van de wereld", "share"),
        ],
        ownerRows,
      ),
    ],
    {
      filters: [
        {
          en: "Epoch AI's GPU clusters with at least one country, operational on the day shown (existing, started on or before it, not decommissioned by then).",
          nl: "GPU-clusters van Epoch AI met ten minste één land, in gebruik op de getoonde dag (bestaand, gestart op of voor die dag, nog niet buiten gebruik).",
        },
        {
          en: "Possible duplicates and clusters of certainty 'Unlikely' are left out unless asked for.",
          nl: "Mogelijke dubbelingen en clusters met zekerheid 'Unlikely' blijven weg, tenzij gevraagd.",
        },
      ],
      attribution: null,
      formula: {
        en: `A cluster's H100-equivalents are split evenly over the countries it stands in and, within each, evenly over its owners; each owner's part goes to the group of its headquarters country (${ownerNames}; the first listed bloc that holds the country). Share = the group's H100e in the host ÷ all H100e in the host. The leading owner is the group with the largest share.`,
        nl: `De H100-equivalenten van een cluster worden gelijk verdeeld over de landen waar het staat en daarbinnen gelijk over de eigenaars; het deel van elke eigenaar gaat naar de groep van het land van zijn hoofdkantoor (${ownerNames}; het eerste genoemde blok dat het land bevat). Aandeel = H100e van de groep in het land ÷ alle H100e in het land. Het grootste eigenaarsblok is de groep met het grootste aandeel.`,
      },
      assumptions: [
        {
          en: "An owner's headquarters country stands for the bloc whose stack the compute belongs to; a subsidiary's own headquarters is used, not its parent's.",
          nl: "Het land van het hoofdkantoor van een eigenaar staat voor het blok waartoe de rekenkracht behoort; van een dochterbedrijf telt het eigen hoofdkantoor, niet dat van de moeder.",
        },
        {
          en: "Clusters with several owners are split evenly between them, since Epoch gives no stakes.",
          nl: "Clusters met meerdere eigenaars worden gelijk verdeeld, omdat Epoch geen belangen vermeldt.",
        },
      ],
      caveats,
      n: operational.length,
      asOf: latestDay(operational.map((c) => c.firstOperational)),
      metric: {
        en: "compute by owner: H100-equivalents of known GPU clusters by the owner's headquarters",
        nl: "rekenkracht naar eigenaar: H100-equivalenten van bekende GPU-clusters naar hoofdkantoor van de eigenaar",
      },
      window: day === null ? null : { from: yearOf(day), to: yearOf(day) },
    },
  );
}
