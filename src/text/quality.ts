/**
 * The reader's quality against hand annotations: entity-linking precision and recall, amounts read exactly
 * (value, currency, scale and qualifier all right), unknown names left unlinked, and verdict agreement on
 * checkable claims.
 */
import type { ClaimVerdict } from "../domain/fact.js";
import type { Qualifier } from "./amounts.js";
import type { Reading } from "./read.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ArticleAnnotation {
  readonly name: string;
  readonly entities: readonly (Span & { readonly records: readonly string[] })[];
  readonly unknown: readonly (Span & { readonly text: string })[];
  readonly amounts: readonly (Span & { value: number; currency: string | null; scale: number; qualifier: Qualifier })[];
  /** A claim by where its sentence starts, or by the curated claim it repeats. */
  readonly claims: readonly {
    readonly at: number | null;
    readonly curatedClaim: string | null;
    readonly verdict: ClaimVerdict;
    readonly label: string;
  }[];
}

export interface ArticleScore {
  readonly name: string;
  readonly entities: { truePositives: number; falsePositives: number; falseNegatives: number };
  readonly unknown: { kept: number; total: number };
  readonly amounts: { exact: number; total: number };
  readonly claims: { agree: number; total: number; opinionsAgree: number; opinions: number };
  readonly misses: readonly string[];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function scoreReading(reading: Reading, annotation: ArticleAnnotation): ArticleScore {
  const misses: string[] = [];
  const linked = reading.entities.flatMap((entity) => (entity.status === "linked" ? [entity] : []));
  const found = new Set<number>();
  let falsePositives = 0;
  for (const entity of linked) {
    const key = `${entity.record.resource}/${entity.record.id}`;
    const index = annotation.entities.findIndex(
      (expected, position) => !found.has(position) && overlaps(expected, entity) && expected.records.includes(key),
    );
    if (index >= 0) found.add(index);
    else {
      falsePositives++;
      misses.push(`entity linked wrongly: "${entity.text}" -> ${key}`);
    }
  }
  annotation.entities.forEach((expected, index) => {
    if (!found.has(index))
      misses.push(
        `entity missed: "${reading.text.slice(expected.start, expected.end)}" -> ${expected.records.join(" | ")}`,
      );
  });
  const kept = annotation.unknown.filter((name) => !linked.some((entity) => overlaps(entity, name)));
  for (const name of annotation.unknown)
    if (!kept.includes(name)) misses.push(`unknown name forced onto a record: "${name.text}"`);
  let exact = 0;
  for (const expected of annotation.amounts) {
    const amount = reading.amounts.find((candidate) => overlaps(candidate, expected));
    const right =
      amount !== undefined &&
      Math.abs(amount.value - expected.value) < 1e-9 &&
      amount.currency === expected.currency &&
      amount.scale === expected.scale &&
      amount.qualifier === expected.qualifier;
    if (right) exact++;
    else
      misses.push(
        `amount "${reading.text.slice(expected.start, expected.end)}": expected ${expected.value} ${expected.currency} ×${expected.scale} ${expected.qualifier}, read ${amount ? `${amount.value} ${amount.currency} ×${amount.scale} ${amount.qualifier}` : "nothing"}`,
      );
  }
  let agree = 0;
  let total = 0;
  let opinionsAgree = 0;
  let opinions = 0;
  for (const expected of annotation.claims) {
    const claim = reading.claims.find((candidate) =>
      expected.curatedClaim !== null
        ? candidate.curatedClaim === expected.curatedClaim
        : expected.at !== null && candidate.start <= expected.at && expected.at < candidate.end,
    );
    const same = claim?.verdict === expected.verdict;
    if (expected.verdict === "opinion") {
      opinions++;
      if (same) opinionsAgree++;
    } else {
      total++;
      if (same) agree++;
    }
    if (!same)
      misses.push(`claim "${expected.label}": expected ${expected.verdict}, read ${claim?.verdict ?? "no claim"}`);
  }
  return {
    name: annotation.name,
    entities: { truePositives: found.size, falsePositives, falseNegatives: annotation.entities.length - found.size },
    unknown: { kept: kept.length, total: annotation.unknown.length },
    amounts: { exact, total: annotation.amounts.length },
    claims: { agree, total, opinionsAgree, opinions },
    misses,
  };
}

export interface QualitySummary {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly amountAccuracy: number;
  readonly verdictAgreement: number;
  readonly unknownKept: number;
}

export function summarise(scores: readonly ArticleScore[]): QualitySummary {
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const tp = sum((s) => s.entities.truePositives);
  const precision = tp / Math.max(1, tp + sum((s) => s.entities.falsePositives));
  const recall = tp / Math.max(1, tp + sum((s) => s.entities.falseNegatives));
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    amountAccuracy:
      sum((s) => s.amounts.exact) /
      Math.max(
        1,
        sum((s) => s.amounts.total),
      ),
    verdictAgreement:
      sum((s) => s.claims.agree) /
      Math.max(
        1,
        sum((s) => s.claims.total),
      ),
    unknownKept:
      sum((s) => s.unknown.kept) /
      Math.max(
        1,
        sum((s) => s.unknown.total),
      ),
  };
}
