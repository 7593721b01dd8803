/**
 * The reader's hand-annotated test set (test/fixtures/reader/): each article with its annotations resolved to
 * spans. An annotation names "the nth occurrence of this text"; one that does not occur is an error naming the
 * file and entry. The seed post is read from ../shared/seed (or WEDLOOP_SEED_DIR) and skipped when absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { claimVerdictSchema } from "../domain/fact.js";
import type { KnownClaim } from "../text/knowledge.js";
import type { ArticleAnnotation } from "../text/quality.js";
import { UserError } from "./io.js";

const recordSchema = z.string().regex(/^[a-z]+\/[A-Za-z0-9-]+$/, "resource/id");
const annotationFileSchema = z.strictObject({
  article: z.string().optional(),
  seed: z.string().optional(),
  lang: z.enum(["nl", "en"]),
  claims_from_source: z.string().optional(),
  entities: z.array(z.tuple([z.string(), z.number().int().positive(), z.union([recordSchema, z.array(recordSchema)])])),
  unknown: z.array(z.union([z.string(), z.tuple([z.string(), z.number().int().positive()])])).default([]),
  amounts: z
    .array(
      z.strictObject({
        text: z.string(),
        nth: z.number().int().positive(),
        value: z.number(),
        currency: z.string().nullable(),
        scale: z.number(),
        qualifier: z.enum(["exact", "about", "more-than", "less-than", "at-least", "almost", "up-to", "to"]),
      }),
    )
    .default([]),
  claims: z
    .array(
      z.strictObject({ starts: z.string(), verdict: claimVerdictSchema, nth: z.number().int().positive().default(1) }),
    )
    .default([]),
});

export interface TestArticle {
  readonly name: string;
  readonly text: string;
  readonly lang: "nl" | "en";
  readonly annotation: ArticleAnnotation;
}

function nthOccurrence(text: string, needle: string, nth: number, where: string): { start: number; end: number } {
  let at = -1;
  for (let count = 0; count < nth; count++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new UserError(`${where}: "${needle}" occurs fewer than ${nth} times in the article`);
  }
  return { start: at, end: at + needle.length };
}

export function seedPath(env: NodeJS.ProcessEnv, root: string): string {
  return join(env.WEDLOOP_SEED_DIR ?? resolve(root, "..", "shared", "seed"), "ai-als-geopolitiek-slagveld.txt");
}

/** The articles of the test set; the seed post's claims are expected to carry the claims page's verdicts. */
export function loadTestSet(
  folder: string,
  seedFile: string,
  curatedClaims: readonly KnownClaim[],
): { articles: TestArticle[]; skipped: string[] } {
  const articles: TestArticle[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".yaml"))
    .sort()) {
    const where = join(folder, file);
    const parsed = annotationFileSchema.safeParse(parse(readFileSync(where, "utf8")));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UserError(`${where}: ${issue.path.join(".")}: ${issue.message}`);
    }
    const spec = parsed.data;
    const path = spec.seed ? seedFile : join(folder, spec.article ?? "");
    if (!existsSync(path)) {
      skipped.push(`${file} (${path} is absent)`);
      continue;
    }
    const text = readFileSync(path, "utf8");
    const curated = spec.claims_from_source
      ? curatedClaims.filter((claim) => claim.sourceId === spec.claims_from_source)
      : [];
    articles.push({
      name: file.replace(/\.yaml$/, ""),
      text,
      lang: spec.lang,
      annotation: {
        name: file.replace(/\.yaml$/, ""),
        entities: spec.entities.map(([needle, nth, records], index) => ({
          ...nthOccurrence(text, needle, nth, `${where}: entities[${index}]`),
          records: typeof records === "string" ? [records] : records,
        })),
        unknown: spec.unknown.map((entry, index) => {
          const [needle, nth] = typeof entry === "string" ? [entry, 1] : entry;
          return { ...nthOccurrence(text, needle, nth, `${where}: unknown[${index}]`), text: needle };
        }),
        amounts: spec.amounts.map((amount, index) => ({
          ...nthOccurrence(text, amount.text, amount.nth, `${where}: amounts[${index}]`),
          value: amount.value,
          currency: amount.currency,
          scale: amount.scale,
          qualifier: amount.qualifier,
        })),
        claims: [
          ...spec.claims.map((claim, index) => ({
            at: nthOccurrence(text, claim.starts, claim.nth, `${where}: claims[${index}]`).start,
            curatedClaim: null,
            verdict: claim.verdict,
            label: claim.starts,
          })),
          ...curated.map((claim) => ({ at: null, curatedClaim: claim.id, verdict: claim.verdict, label: claim.id })),
        ],
      },
    });
  }
  return { articles, skipped };
}
