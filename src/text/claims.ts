/**
 * Claims: sentences with a checkable figure, date, ranking or relation, normalised (subject, metric, value, date)
 * and given a verdict on the claims page's six-level scale. A sentence the curated claims file already judges keeps
 * that verdict (so an article and the claims page agree); otherwise curated figures and records decide it, and
 * what they cannot decide is unverifiable, with what would decide it.
 */
import type { ClaimVerdict } from "../domain/fact.js";
import type { Amount } from "./amounts.js";
import { CUES, MONTHS, PREDICTION, type ClaimCue } from "./claim-cues.js";
import { matchCuratedClaims, type CuratedIndex } from "./curated-match.js";
import type { EntityMention, LinkedEntity } from "./entities.js";
import type { KnownEvent, KnownFigure, NamedRecord, ReaderKnowledge } from "./knowledge.js";
import type { Lang } from "./language.js";
import { reasonText, verdictWord } from "./reasons.js";
import type { Sentence } from "./segments.js";
import type { TokenList } from "./tokens.js";
import { toUsd } from "./usd.js";

export interface Evidence {
  readonly resource: "facts" | "organizations" | "models" | "chips" | "indicators" | "sources" | "countries" | "blocs";
  readonly id: string;
  /** What the record shows, in English. */
  readonly shows: string;
}

export interface NormalisedClaim {
  readonly subject: string | null;
  readonly object: string | null;
  readonly metric: ClaimCue | "curated" | null;
  readonly value: { readonly amount: number; readonly unit: string; readonly qualifier: string } | null;
  readonly date: string | null;
}

export interface CheckedClaim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lang: Lang;
  readonly normalised: NormalisedClaim;
  readonly verdict: ClaimVerdict;
  /** One line in the article's language. */
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  /** For an unverifiable claim: what would decide it. */
  readonly decidedBy: string | null;
  /** The curated claim it repeats, when it does. */
  readonly curatedClaim: string | null;
}

export interface ClaimContext {
  readonly text: string;
  readonly tokens: TokenList;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly EntityMention[];
  readonly amounts: readonly Amount[];
  readonly knowledge: ReaderKnowledge;
  readonly curated: CuratedIndex;
  readonly records: ReadonlyMap<string, NamedRecord>;
  /** Curated events with the amounts their English titles state, in US dollars. */
  readonly events: readonly EventAmounts[];
}

export interface EventAmounts {
  readonly event: KnownEvent;
  readonly usd: readonly number[];
}

/** Who acts for a bloc in the curated events: the EU's institutions. */
const ACTORS_OF: Readonly<Record<string, readonly string[]>> = {
  eu: ["european-commission", "council-of-the-eu", "european-parliament", "eu-ai-office"],
};

/** Items (sorted by start) per sentence, in one sweep: items[i] belongs to the sentence that holds its span. */
function bySentence<T extends { start: number; end: number }>(
  items: readonly T[],
  sentences: readonly Sentence[],
): T[][] {
  const groups: T[][] = sentences.map(() => []);
  let sentence = 0;
  for (const item of items) {
    while (sentence < sentences.length && sentences[sentence]!.end < item.end) sentence++;
    if (sentence === sentences.length) break;
    if (item.start >= sentences[sentence]!.start) groups[sentence]!.push(item);
  }
  return groups;
}

const UNKNOWN_CUES = 0xffff;

/** The cues of a sentence, in the order their words stand; `masks` caches each spelling's cues (bit i: CUES[i]). */
function cuesOf(tokens: TokenList, sentence: Sentence, masks: Uint16Array): ClaimCue[] {
  const found = new Set<ClaimCue>();
  for (let index = sentence.from; index < sentence.to; index++) {
    const spelling = tokens.spelling(index);
    let mask = masks[spelling]!;
    if (mask === UNKNOWN_CUES) {
      const word = tokens.lower(index);
      mask = CUES.reduce((bits, [, pattern], bit) => (pattern.test(word) ? bits | (1 << bit) : bits), 0);
      masks[spelling] = mask;
    }
    if (mask === 0) continue;
    for (let bit = 0; bit < CUES.length; bit++) if (mask & (1 << bit)) found.add(CUES[bit]![0]);
  }
  return [...found];
}

/** "in maart 2025", "March 2025", "in 2015": the most precise date the sentence names (years 1990–2039). */
function dateOf(tokens: TokenList, sentence: Sentence): string | null {
  for (let index = sentence.from; index < sentence.to; index++) {
    const year = tokens.form(index);
    if (tokens.kind(index) !== "number" || !/^(19[9]\d|20[0-3]\d)$/.test(year)) continue;
    const month = index > 0 ? MONTHS[tokens.lower(index - 1)] : undefined;
    return month && index - 1 >= sentence.from ? `${year}-${String(month).padStart(2, "0")}` : year;
  }
  return null;
}

function hasPrediction(tokens: TokenList, sentence: Sentence): boolean {
  for (let index = sentence.from; index < sentence.to; index++) if (PREDICTION.test(tokens.lower(index))) return true;
  return false;
}

const FIGURE_PREDICATES: Readonly<Partial<Record<ClaimCue, readonly string[]>>> = {
  valuation: ["post-money-valuation", "valuation", "pre-money-valuation"],
  investment: ["invests-in", "commits-to-invest-in"],
  funding: ["funding-round-size", "invests-in"],
  stake: ["holds-stake-in"],
  budget: ["total-budget"],
};

function usdOfFigure(figure: KnownFigure, knowledge: ReaderKnowledge): number | null {
  if (figure.unit === "percent") return figure.value;
  const converted = toUsd(
    { value: figure.value, scale: 1, currency: figure.unit as Amount["currency"], unit: "money" },
    knowledge.rates,
    figure.date,
  );
  return converted?.usd ?? null;
}

function claimedValue(amount: Amount, knowledge: ReaderKnowledge, asOf: string | null): number | null {
  if (amount.unit === "percent") return amount.value;
  return toUsd(amount, knowledge.rates, asOf)?.usd ?? null;
}

/** How far apart two figures may be for each verdict, by the claim's qualifier. */
function judgeNumber(claimed: number, actual: number, qualifier: Amount["qualifier"]): ClaimVerdict {
  const gap = Math.abs(claimed - actual) / Math.max(Math.abs(actual), 1e-9);
  const loose = qualifier !== "exact" && qualifier !== "to";
  if (qualifier === "more-than" || qualifier === "at-least") {
    if (actual >= claimed * 0.995) return actual <= claimed * 1.25 ? "accurate" : "imprecise";
  }
  if (qualifier === "up-to" && actual <= claimed * 1.005 && actual >= claimed * 0.5) return "accurate";
  if (gap <= (loose ? 0.1 : 0.03)) return "accurate";
  if (gap <= 0.25) return "imprecise";
  return "inaccurate";
}

function describeFigure(figure: KnownFigure): string {
  const value =
    figure.unit === "percent" ? `${figure.value}%` : `${figure.unit} ${figure.value.toLocaleString("en-US")}`;
  return `${figure.subject} ${figure.predicate}${figure.object ? ` ${figure.object}` : ""}: ${value}${figure.date ? ` (${figure.date})` : ""}`;
}

interface Decision {
  readonly verdict: ClaimVerdict;
  readonly evidence: readonly Evidence[];
  readonly key: Parameters<typeof reasonText>[1];
  readonly values: Readonly<Record<string, string>>;
}

/** Compares a sentence's amounts with the curated figures about the organisations it names. */
function checkFigures(
  cues: readonly ClaimCue[],
  ids: readonly string[],
  amounts: readonly Amount[],
  knowledge: ReaderKnowledge,
  asOf: string | null,
  year: string | null,
): Decision | null {
  const predicates = new Set(cues.flatMap((cue) => FIGURE_PREDICATES[cue] ?? []));
  if (predicates.size === 0 || amounts.length === 0) return null;
  const figures = knowledge.figures.filter(
    (figure) =>
      predicates.has(figure.predicate) &&
      ids.includes(figure.subject) &&
      (figure.object === null || ids.includes(figure.object)),
  );
  if (figures.length === 0) return null;
  // Money paid in tranches also counts as its total: "invested $8 billion" is the sum of the payments.
  const totals = new Map<string, { value: number; parts: KnownFigure[] }>();
  for (const figure of figures)
    if (figure.predicate === "invests-in" && figure.unit !== "percent") {
      const key = `${figure.subject}>${figure.object}`;
      const usd = usdOfFigure(figure, knowledge);
      if (usd === null) continue;
      const entry = totals.get(key) ?? { value: 0, parts: [] };
      entry.value += usd;
      entry.parts.push(figure);
      totals.set(key, entry);
    }
  const rank: Record<ClaimVerdict, number> = {
    accurate: 0,
    "mostly-accurate": 1,
    imprecise: 2,
    inaccurate: 3,
    unverifiable: 4,
    opinion: 5,
  };
  // Each amount is judged by the figure it fits best; the claim by its worst amount (one wrong number is wrong).
  let worst: Decision | null = null;
  for (const amount of amounts) {
    const claimed = claimedValue(amount, knowledge, asOf);
    if (claimed === null) continue;
    const comparable: { value: number; evidence: Evidence[]; date: string | null }[] = figures
      .filter((figure) => (figure.unit === "percent") === (amount.unit === "percent"))
      .map((figure) => ({
        value: usdOfFigure(figure, knowledge) ?? NaN,
        evidence: [{ resource: "facts" as const, id: figure.id, shows: describeFigure(figure) }],
        date: figure.date,
      }))
      .filter((entry) => Number.isFinite(entry.value));
    if (amount.unit === "money")
      for (const total of totals.values())
        if (total.parts.length > 1)
          comparable.push({
            value: total.value,
            evidence: total.parts.map((figure) => ({
              resource: "facts" as const,
              id: figure.id,
              shows: describeFigure(figure),
            })),
            date:
              total.parts
                .map((figure) => figure.date ?? "")
                .sort()
                .at(-1) ?? null,
          });
    let best: Decision | null = null;
    for (const entry of comparable) {
      const verdict = judgeNumber(claimed, entry.value, amount.qualifier);
      // A figure from another year than the sentence names cannot refute it.
      if (verdict !== "accurate" && year !== null && entry.date !== null && !entry.date.startsWith(year.slice(0, 4)))
        continue;
      const candidate: Decision = {
        verdict,
        evidence: entry.evidence,
        key: verdict === "accurate" ? "figureMatches" : verdict === "imprecise" ? "figureClose" : "figureDiffers",
        values: {
          claimed: formatUsd(claimed, amount.unit),
          actual: formatUsd(entry.value, amount.unit),
          source: entry.evidence.map((e) => e.id).join(", "),
        },
      };
      if (!best || rank[candidate.verdict] < rank[best.verdict]) best = candidate;
    }
    if (best && (!worst || rank[best.verdict] > rank[worst.verdict])) worst = best;
  }
  return worst;
}

function formatUsd(value: number, unit: Amount["unit"]): string {
  if (unit === "percent") return `${value}%`;
  const short = (scaled: number) => String(Number(scaled.toPrecision(3)));
  if (value >= 1e9) return `USD ${short(value / 1e9)} bn`;
  if (value >= 1e6) return `USD ${short(value / 1e6)} m`;
  return `USD ${Math.round(value)}`;
}

function checkDates(
  cues: readonly ClaimCue[],
  entities: readonly LinkedEntity[],
  records: ReadonlyMap<string, NamedRecord>,
  date: string | null,
): Decision | null {
  if (date === null) return null;
  for (const cue of cues) {
    if (cue !== "founded" && cue !== "released") continue;
    for (const entity of entities) {
      const record = records.get(`${entity.record.resource}/${entity.record.id}`);
      const known = cue === "founded" ? record?.founded : record?.released;
      if (!record || !known) continue;
      const precision = Math.min(date.length, known.length);
      const same = known.slice(0, precision) === date.slice(0, precision);
      return {
        verdict: same ? "accurate" : "inaccurate",
        evidence: [
          {
            resource: record.resource === "models" ? "models" : "organizations",
            id: record.id,
            shows: `${record.name}: ${cue} ${known}`,
          },
        ],
        key: same ? "dateMatches" : "dateDiffers",
        values: { name: record.name, claimed: date, actual: known },
      };
    }
  }
  return null;
}

/** A sentence's amount or month matched to a curated event of one of its actors ("InvestAI: EUR 200 billion"). */
function checkEvents(
  ids: readonly string[],
  amounts: readonly Amount[],
  events: readonly EventAmounts[],
  knowledge: ReaderKnowledge,
  asOf: string | null,
  date: string | null,
): Decision | null {
  const actors = new Set(ids.flatMap((id) => [id, ...(ACTORS_OF[id] ?? [])]));
  const ofActors = events.filter(({ event }) => event.actors.some((actor) => actors.has(actor)));
  for (const amount of amounts) {
    const claimed = claimedValue(amount, knowledge, asOf);
    if (claimed === null || amount.unit !== "money") continue;
    for (const { event, usd } of ofActors)
      for (const value of usd) {
        const verdict = judgeNumber(claimed, value, amount.qualifier);
        if (verdict === "accurate" || verdict === "imprecise")
          return {
            verdict,
            evidence: [{ resource: "facts", id: event.id, shows: `${event.date}: ${event.titleEn}` }],
            key: verdict === "accurate" ? "eventMatches" : "figureClose",
            values: {
              claimed: formatUsd(claimed, amount.unit),
              actual: formatUsd(value, amount.unit),
              source: event.id,
              title: event.titleEn,
              date: event.date,
            },
          };
      }
  }
  if (date !== null && date.length >= 7) {
    const match = ofActors.find(({ event }) => event.date.startsWith(date));
    if (match)
      return {
        verdict: "accurate",
        evidence: [{ resource: "facts", id: match.event.id, shows: `${match.event.date}: ${match.event.titleEn}` }],
        key: "eventOnDate",
        values: { date: match.event.date, title: match.event.titleEn, source: match.event.id },
      };
  }
  return null;
}

const WOULD_DECIDE: Readonly<Record<ClaimCue | "figure", Parameters<typeof reasonText>[1]>> = {
  valuation: "decideValuation",
  budget: "decideSpending",
  investment: "decideInvestment",
  funding: "decideInvestment",
  stake: "decideStake",
  founded: "decideDate",
  released: "decideDate",
  ranking: "decideRanking",
  spending: "decideSpending",
  figure: "decideFigure",
};

export function checkClaims(context: ClaimContext, asOf: string | null): CheckedClaim[] {
  const { text, tokens, sentences, knowledge } = context;
  const claims: CheckedClaim[] = [];
  const judged = new Set<number>();
  for (const match of matchCuratedClaims(tokens, sentences, context.curated)) {
    const first = sentences[match.first]!;
    const last = sentences[match.last]!;
    for (let index = match.first; index <= match.last; index++) judged.add(index);
    const claim = match.claim;
    const reason =
      first.lang === "en" && claim.reason
        ? claim.reason
        : reasonText(first.lang, "curated", { id: claim.id, verdict: verdictWord(first.lang, claim.verdict) });
    claims.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      lang: first.lang,
      normalised: {
        subject: claim.subjects[0] ?? null,
        object: claim.subjects[1] ?? null,
        metric: "curated",
        value: null,
        date: null,
      },
      verdict: claim.verdict,
      reason,
      evidence: [
        {
          resource: "facts",
          id: claim.id,
          shows: `${claim.claimEn} — ${claim.verdict}${claim.reason ? `: ${claim.reason}` : ""}`,
        },
        ...claim.records.map((record) => ({
          resource: record.resource as Evidence["resource"],
          id: record.id,
          shows: record.shows,
        })),
        ...(claim.betterSource
          ? [{ resource: "sources" as const, id: claim.betterSource, shows: "a better source for the point" }]
          : []),
      ],
      decidedBy: claim.verdict === "unverifiable" ? reasonText(first.lang, "decideCurated", {}) : null,
      curatedClaim: claim.id,
    });
  }
  const cueMasks = new Uint16Array(tokens.spellingCount).fill(UNKNOWN_CUES);
  const entitiesOf = bySentence(context.entities, sentences);
  const amountsOf = bySentence(context.amounts, sentences);
  sentences.forEach((sentence, index) => {
    if (judged.has(index)) return;
    const linked = entitiesOf[index]!.filter((entity): entity is LinkedEntity => entity.status === "linked");
    if (linked.length === 0) return;
    const amounts = amountsOf[index]!;
    const cues = cuesOf(tokens, sentence, cueMasks);
    const date = dateOf(tokens, sentence);
    const checkable =
      amounts.length > 0 || (date !== null && (cues.length > 0 || date.length >= 7)) || cues.includes("ranking");
    if (!checkable) return;
    const ids = [...new Set(linked.map((entity) => entity.record.id))];
    const subject = ids[0] ?? null;
    const object = ids[1] ?? null;
    const lang = sentence.lang;
    const mainCue = cues.find((cue) => cue !== "ranking") ?? cues[0] ?? null;
    const firstAmount = amounts[0];
    const normalised: NormalisedClaim = {
      subject,
      object,
      metric: mainCue,
      value: firstAmount
        ? {
            amount: firstAmount.value * firstAmount.scale,
            unit: firstAmount.unit === "money" ? (firstAmount.currency ?? "money") : firstAmount.unit,
            qualifier: firstAmount.qualifier,
          }
        : null,
      date,
    };
    const base = {
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      lang,
      normalised,
      curatedClaim: null,
    };
    if (amounts.length === 0 && date === null && hasPrediction(tokens, sentence)) {
      claims.push({
        ...base,
        verdict: "opinion",
        reason: reasonText(lang, "prediction", {}),
        evidence: [],
        decidedBy: null,
      });
      return;
    }
    const decision =
      checkFigures(cues, ids, amounts, knowledge, asOf, date) ??
      checkDates(cues, linked, context.records, date) ??
      checkEvents(ids, amounts, context.events, knowledge, asOf, date);
    if (decision) {
      claims.push({
        ...base,
        verdict: decision.verdict,
        reason: reasonText(lang, decision.key, decision.values),
        evidence: decision.evidence,
        decidedBy: null,
      });
      return;
    }
    const what = WOULD_DECIDE[mainCue ?? "figure"];
    const names = linked
      .slice(0, 2)
      .map((entity) => entity.record.name)
      .join(" / ");
    claims.push({
      ...base,
      verdict: "unverifiable",
      reason: reasonText(lang, "noRecord", { names }),
      evidence: [],
      decidedBy: reasonText(lang, what, { names }),
    });
  });
  return claims.sort((a, b) => a.start - b.start);
}
