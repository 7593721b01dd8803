/**
 * One reading of an article as the API, the CLI and the quality command give it: input cleaned to text, read by
 * the pure reader, and shaped by the shared contract (src/domain/article-reading.ts).
 */
import type { ArticleReading } from "../domain/article-reading.js";
import { toPlainText, type InputFormat } from "../text/input.js";
import type { Lang } from "../text/language.js";
import { readArticle, type Deadline, type Reader } from "../text/read.js";

export const READER_METHOD =
  "Names matched to Wedloop's records (curated organisations, countries, blocs, chips, Epoch AI models); amounts converted at the latest reference rate on or before the article's date (data/exchange-rates.yaml); claims the claims page already judges keep its verdict, others are compared with curated figures and records, else unverifiable.";

export interface ReadInput {
  readonly text: string;
  readonly format?: InputFormat | "auto";
  readonly lang?: Lang;
  readonly date?: string;
  readonly deadline?: Deadline;
}

export function readToContract(reader: Reader, input: ReadInput): ArticleReading {
  const { text, format } = toPlainText(input.text, input.format ?? "auto");
  const reading = readArticle(reader, text, { lang: input.lang, date: input.date ?? null, deadline: input.deadline });
  const linked = reading.entities.filter((entity) => entity.status === "linked").length;
  return {
    text: reading.text,
    format,
    lang: reading.lang,
    date: reading.date,
    paragraphs: [...reading.paragraphs],
    entities: [...reading.entities],
    amounts: reading.amounts.map(({ rate, ...amount }) => ({
      ...amount,
      rate: rate
        ? { id: rate.id, currency: rate.currency, date: rate.date, per_usd: rate.perUsd, source: rate.sourceId }
        : null,
    })),
    claims: reading.claims.map(({ decidedBy, curatedClaim, ...claim }) => ({
      ...claim,
      evidence: [...claim.evidence],
      decided_by: decidedBy,
      curated_claim: curatedClaim,
    })),
    counts: {
      linked,
      unknown: reading.entities.length - linked,
      amounts: reading.amounts.length,
      claims: reading.claims.length,
    },
    method: READER_METHOD,
  };
}
