/**
 * The seed blog post's claims (issue 7): each checkable statement in the post's order, its Dutch quote, the
 * verdict beside it (colour and word), the normalised English claim, the better source and the reason.
 * The post itself carries no licence, so its full text is not copied: the page links to the original.
 * Verdict filters live in the URL (?verdict=inaccurate,imprecise).
 */
import { fetchAll, withQuery } from "../../api/client.js";
import type { FactRecord, OrganizationRecord, SourceRecord } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { Status } from "../../components/status.js";
import { formatDate } from "../../i18n/format.js";
import { updateQuery, useLocation } from "../../state/location.js";
import { PageHeader } from "../page-header.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, type ClaimsTranslate } from "./messages.js";
import { countVerdicts, isVerdict, VERDICT_COLOURS, VERDICTS, verdictsFromQuery, type Verdict } from "./verdicts.js";
import "./claims.css";

/** The curated claims file cites the post as its source. */
const SEED_SOURCE = "seed-blog-ai-geopolitiek-2025";

/** A record in Wedloop's data that decides a claim, linked to its API address. */
interface ClaimRecord {
  readonly href: string;
  readonly label: string;
  readonly shows: string;
}

/** What a claim is about: a curated record (organisation, law, product, person, concept) or a country code. */
interface ClaimSubject {
  readonly id: string;
  readonly name: string;
  readonly href: string | null;
}

interface Claim {
  readonly id: string;
  /** Place in the post: the claims file lists them in the post's order (checked when it was curated). */
  readonly position: number;
  readonly quote: string;
  readonly claimEn: string;
  readonly verdict: Verdict;
  readonly confidence: string;
  readonly betterSource: SourceRecord | null;
  readonly betterSourceId: string | null;
  readonly reason: string | null;
  readonly subjects: readonly ClaimSubject[];
  readonly records: readonly ClaimRecord[];
}

interface ClaimsData {
  readonly claims: readonly Claim[];
  readonly post: SourceRecord | null;
}

type ClaimFact = FactRecord & { readonly file?: string; readonly line?: number };

async function loadClaims(): Promise<ClaimsData> {
  const [facts, sources, organizations] = await Promise.all([
    fetchAll<ClaimFact>("facts", { kind: "claim", source: SEED_SOURCE }),
    fetchAll<SourceRecord>("sources"),
    fetchAll<OrganizationRecord>("organizations", { curated: "true" }),
  ]);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
  const ordered = [...facts].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const claims = ordered.flatMap((fact, index): Claim[] => {
    const verdict = fact.detail.verdict;
    if (!isVerdict(verdict)) return [];
    const betterSourceId = typeof fact.detail.better_source === "string" ? fact.detail.better_source : null;
    return [
      {
        id: fact.id,
        position: index + 1,
        quote: fact.quote ?? "",
        claimEn: String(fact.detail.claim_en ?? ""),
        verdict,
        confidence: fact.confidence,
        betterSourceId,
        betterSource: betterSourceId ? (sourceById.get(betterSourceId) ?? null) : null,
        reason: typeof fact.detail.reason === "string" ? fact.detail.reason : null,
        subjects: stringList(fact.detail.subjects).map((id) => subjectLink(id, organizationById.get(id))),
        records: recordList(fact.detail.records),
      },
    ];
  });
  return { claims, post: sourceById.get(SEED_SOURCE) ?? null };
}

/** Country names for subjects that are ISO codes; marked English on the page like the organisations' names. */
const COUNTRY_NAMES = new Intl.DisplayNames(["en"], { type: "region" });

/** A subject links to its record: a curated organisation (law, product, person, place, concept) or a country. */
function subjectLink(id: string, organization: OrganizationRecord | undefined): ClaimSubject {
  if (organization) return { id, name: organization.name, href: `/api/v1/organizations/${encodeURIComponent(id)}` };
  if (/^[A-Z]{2}$/.test(id)) return { id, name: COUNTRY_NAMES.of(id) ?? id, href: `/api/v1/countries/${id}` };
  return { id, name: id, href: null };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function recordList(value: unknown): ClaimRecord[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): ClaimRecord[] => {
    if (typeof item !== "object" || item === null) return [];
    const { resource, id, shows } = item as Record<string, unknown>;
    if (typeof resource !== "string" || typeof id !== "string" || typeof shows !== "string") return [];
    return [{ href: `/api/v1/${resource}/${encodeURIComponent(id)}`, label: `${resource}/${id}`, shows }];
  });
}

function VerdictBadge({ verdict, c }: { verdict: Verdict; c: ClaimsTranslate }) {
  return (
    <span
      className="verdict"
      data-verdict={verdict}
      style={{ borderColor: VERDICT_COLOURS[verdict], color: VERDICT_COLOURS[verdict] }}
    >
      <span className="swatch" style={{ background: VERDICT_COLOURS[verdict] }} aria-hidden="true" />
      {c(`verdict.${verdict}`)}
    </span>
  );
}

function VerdictFilter({
  counts,
  chosen,
  total,
  c,
}: {
  counts: Record<Verdict, number>;
  chosen: readonly Verdict[];
  total: number;
  c: ClaimsTranslate;
}) {
  const toggle = (verdict: Verdict) => {
    const next = chosen.includes(verdict) ? chosen.filter((candidate) => candidate !== verdict) : [...chosen, verdict];
    updateQuery({ verdict: next.join(",") || null });
  };
  return (
    <fieldset className="verdict-filter">
      <legend>{c("filterLabel")}</legend>
      <button
        type="button"
        aria-pressed={chosen.length === 0}
        onClick={() => updateQuery({ verdict: null })}
        data-verdict-filter="all"
      >
        {c("all", { n: total })}
      </button>
      {VERDICTS.map((verdict) => (
        <button
          key={verdict}
          type="button"
          aria-pressed={chosen.includes(verdict)}
          onClick={() => toggle(verdict)}
          data-verdict-filter={verdict}
        >
          <span className="swatch" style={{ background: VERDICT_COLOURS[verdict] }} aria-hidden="true" />
          {c(`verdict.${verdict}`)}{" "}
          <span className="count" data-count={verdict}>
            {counts[verdict]}
          </span>
        </button>
      ))}
    </fieldset>
  );
}

function ClaimItem({ claim, c }: { claim: Claim; c: ClaimsTranslate }) {
  const source = claim.betterSource;
  return (
    <li
      className="claim"
      id={claim.id}
      data-verdict={claim.verdict}
      style={{ borderLeftColor: VERDICT_COLOURS[claim.verdict] }}
      aria-label={c("number", { n: claim.position })}
    >
      <div className="claim-head">
        <span className="claim-number">{claim.position}</span>
        <VerdictBadge verdict={claim.verdict} c={c} />
      </div>
      <blockquote lang="nl" cite={claim.id} aria-label={c("quote")}>
        <mark style={{ textDecorationColor: VERDICT_COLOURS[claim.verdict] }}>{claim.quote}</mark>
      </blockquote>
      <dl>
        <dt>{c("normalised")}</dt>
        <dd lang="en">{claim.claimEn}</dd>
        {claim.reason ? (
          <>
            <dt>{c("reason")}</dt>
            <dd lang="en">{claim.reason}</dd>
          </>
        ) : null}
        {claim.subjects.length > 0 ? (
          <>
            <dt>{c("subjects")}</dt>
            <dd className="claim-subjects">
              {claim.subjects.map((subject, index) => (
                <span key={subject.id}>
                  {index > 0 ? ", " : ""}
                  {subject.href ? (
                    // Record names are kept as the records spell them (mostly English).
                    <a href={subject.href} data-subject={subject.id} lang="en">
                      {subject.name}
                    </a>
                  ) : (
                    <span data-subject={subject.id} lang="en">
                      {subject.name}
                    </span>
                  )}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {claim.records.length > 0 ? (
          <>
            <dt>{c("records")}</dt>
            <dd>
              <ul className="claim-records">
                {claim.records.map((record) => (
                  <li key={record.href}>
                    <a href={record.href} data-record={record.label}>
                      <code>{record.label}</code>
                    </a>{" "}
                    <span lang="en">{record.shows}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {claim.betterSourceId ? (
          <>
            <dt>{c("betterSource")}</dt>
            <dd translate="no">
              {source?.url ? (
                <a href={source.url} rel="noreferrer">
                  {source.title}
                </a>
              ) : (
                (source?.title ?? claim.betterSourceId)
              )}
              {source?.publisher ? ` — ${source.publisher}` : ""}
              {source?.published ? `, ${source.published}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="claim-confidence">
        {c("confidence", { level: c(`confidence.${claim.confidence as "high" | "medium" | "low"}`) })}
      </p>
    </li>
  );
}

function ClaimsView({ data }: { data: ClaimsData }) {
  const { lang, t: c } = useMessages(CATALOGUE);
  const { query } = useLocation();
  const chosen = verdictsFromQuery(query.get("verdict"));
  const counts = countVerdicts(data.claims.map((claim) => claim.verdict));
  const shown = chosen.length === 0 ? data.claims : data.claims.filter((claim) => chosen.includes(claim.verdict));
  const post = data.post;
  return (
    <>
      <PageHeader
        title={c("title")}
        intro={c("intro", {
          post: post?.title ?? SEED_SOURCE,
          publisher: post?.publisher ?? "?",
          date: post?.published ? formatDate(post.published, lang) : "?",
        })}
      />
      <p className="not-copied">
        {c("notCopied")}{" "}
        {post?.url ? (
          <a href={post.url} rel="noreferrer" data-original-post>
            {c("original")}
          </a>
        ) : (
          c("original")
        )}
        .
      </p>
      <section className="verdict-legend" aria-labelledby="verdict-legend-title">
        <h2 id="verdict-legend-title">
          {c("counts")} — {c("scale")}
        </h2>
        <ul className="legend">
          {VERDICTS.map((verdict) => (
            <li key={verdict} data-legend={verdict}>
              <VerdictBadge verdict={verdict} c={c} /> <strong>{counts[verdict]}</strong> — {c(`meaning.${verdict}`)}
            </li>
          ))}
        </ul>
        <VerdictFilter counts={counts} chosen={chosen} total={data.claims.length} c={c} />
        <p className="claims-shown" aria-live="polite">
          {c("shown", { n: shown.length, total: data.claims.length })}{" "}
          <a href={withQuery("/api/v1/facts.csv", { kind: "claim", source: SEED_SOURCE, sort: "id" })} download>
            {c("download")}
          </a>
        </p>
      </section>
      <ol className="claims">
        {shown.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} c={c} />
        ))}
      </ol>
    </>
  );
}

export default function ClaimsPage() {
  const state = useAsync("seed-claims", loadClaims);
  return state.status === "done" ? <ClaimsView data={state.data} /> : <Status state={state} />;
}
