/**
 * Issue 11, "the whole post": every organisation, product, model, programme, law, place and person the seed post
 * names resolves to a record, and the claims page links that record from the claims that quote the name (a claim's
 * subjects become links to /api/v1/organizations/<id> or /api/v1/countries/<code>, its records to their resource).
 * A capitalised word of the post that is neither a listed name nor a listed non-name fails the test: a name the post
 * gains, or one the list forgot, cannot slip through unresolved.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import countries from "i18n-iso-countries";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { loadCurated } from "../../src/ingest/curated/load-curated.js";
import { slugify } from "../../src/ingest/normalize/organization.js";
import { DATA_DIR, epochSnapshotDir } from "../support/paths.js";
import { describeWithSnapshot, HAS_SNAPSHOT } from "../support/snapshot.js";

const SEED_SOURCE = "seed-blog-ai-geopolitiek-2025";
// The seed post and the notable models come from the shared folder: read only when it is there.
const post = HAS_SNAPSHOT
  ? readFileSync(join(epochSnapshotDir(), "..", "..", "seed", "ai-als-geopolitiek-slagveld.txt"), "utf8")
  : "";
const fixture = parse(readFileSync(join(import.meta.dirname, "..", "fixtures", "seed-post-names.yaml"), "utf8")) as {
  names: { name: string; record: string }[];
  not_names: string[];
};
const curated = loadCurated(DATA_DIR);
const claims = curated.facts.flatMap((fact) => (fact.kind === "claim" && fact.source === SEED_SOURCE ? [fact] : []));
type Claim = (typeof claims)[number];
const notableModels = new Set(
  HAS_SNAPSHOT
    ? (
        parseCsv(readFileSync(join(epochSnapshotDir(), "notable_ai_models.csv")), { columns: true }) as {
          Model: string;
        }[]
      ).map((row) => `notable-${slugify(row.Model)}`)
    : [],
);

/** A name stands alone when no letter touches it (a hyphenated compound such as "Nvidia-hardware" still names it). */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...text.matchAll(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, "gu"))].map((match) => ({
    start: match.index,
    end: match.index + name.length,
  }));
}

/** The names a text mentions, longest first, so "Alibaba Cloud" is not also read as "Alibaba". */
function namesIn(text: string): { name: string; record: string }[] {
  const taken: { start: number; end: number }[] = [];
  const found = new Map<string, { name: string; record: string }>();
  for (const entry of [...fixture.names].sort((a, b) => b.name.length - a.name.length))
    for (const span of occurrences(text, entry.name)) {
      if (taken.some((other) => span.start < other.end && other.start < span.end)) continue;
      taken.push(span);
      found.set(entry.name, entry);
    }
  return [...found.values()];
}

function exists(record: string): boolean {
  const [resource, id] = record.split("/") as [string, string];
  if (resource === "organizations") return curated.organizations.some((organization) => organization.id === id);
  if (resource === "countries") return countries.isValid(id);
  if (resource === "models") return notableModels.has(id);
  return false;
}

/** Whether the claims page links the record from this claim: as a subject or as one of its records. */
function links(claim: Claim, record: string): boolean {
  const [resource, id] = record.split("/") as [string, string];
  if (resource !== "models" && claim.subjects.includes(id)) return true;
  return (claim.records ?? []).some((linked) => linked.resource === resource && linked.id === id);
}

describeWithSnapshot("the names in the seed post", () => {
  it.each(fixture.names.map((entry) => [entry.name, entry.record] as const))(
    "%s is in the post and %s exists",
    (name, record) => {
      expect(occurrences(post, name).length, name).toBeGreaterThan(0);
      expect(exists(record), record).toBe(true);
    },
  );

  it.each(fixture.names.map((entry) => [entry.name, entry.record] as const))(
    "%s: the claims page links %s from a claim, and from every claim that quotes the name",
    (name, record) => {
      expect(
        claims.some((claim) => links(claim, record)),
        `no claim links ${record}`,
      ).toBe(true);
      const unlinked = claims
        .filter((claim) => namesIn(claim.quote).some((entry) => entry.name === name))
        .filter((claim) => !links(claim, record))
        .map((claim) => claim.id);
      expect(unlinked, `claims quoting "${name}" without linking ${record}`).toEqual([]);
    },
  );

  it("leaves no capitalised word unresolved: each is part of a listed name, a listed non-name, or an ordinary word", () => {
    const nameWords = new Set(fixture.names.flatMap((entry) => entry.name.split(/[\s-]+/)));
    const notNames = new Set(fixture.not_names);
    const ordinary = new Set([...post.matchAll(/(?<!\p{L})\p{Ll}[\p{L}]*/gu)].map((match) => match[0]));
    const unresolved = [...new Set([...post.matchAll(/(?<!\p{L})\p{Lu}[\p{L}\d&']*/gu)].map((match) => match[0]))]
      .filter((word) => !nameWords.has(word) && !notNames.has(word) && !ordinary.has(word.toLowerCase()))
      .sort();
    expect(unresolved).toEqual([]);
  });
});
