import { describeInterval, intervalOf, type Bound } from "./bounds.js";
import type { ExportCheckResult } from "./check-export.js";
import type { ChipParameters } from "./input-schema.js";
import type { PlainAnswer, PlainReason } from "../../domain/plain-answer.js";
import { ruleTables } from "./tables/installed.js";
import { countryInSentence } from "./tables/lookup.js";
import type { LicenceLetter } from "./tables/schema.js";
import { FACT_OF_INPUT, OVERRIDE_OF_FACT, type PlainFact, type PlainLanguage } from "./plain-facts.js";

type PlainReasonTexts = ReturnType<typeof ruleTables>["plainTexts"]["en"]["reason"];

export type { PlainAnswer, PlainQuestion, PlainReason } from "../../domain/plain-answer.js";

/**
 * The answer a person reads (issue 12): a first sentence that says yes or no and why, the reasons in plain
 * words with the law's citation, the caveats that matter, and, when a fact is missing, the question that
 * would settle it. Pure: country names come in as a function; dates and numbers are formatted per language.
 */

export interface PlainContext {
  readonly chipName: string;
  readonly vendor?: string | null;
  readonly chip?: ChipParameters;
  readonly language: PlainLanguage;
  readonly countryName: (code: string, language: PlainLanguage) => string;
}

const LOCALE: Readonly<Record<PlainLanguage, string>> = { en: "en-GB", nl: "nl-NL" };
const numberFormats = new Map<PlainLanguage, Intl.NumberFormat>();
const dateFormats = new Map<PlainLanguage, Intl.DateTimeFormat>();

export function formatPlainNumber(value: number, language: PlainLanguage): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

export function formatPlainDate(day: string, language: PlainLanguage): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** Fills a template; a sentence that now starts with an article ("the United States ...") gets its capital. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c" in the language. */
function listOf(items: readonly string[], language: PlainLanguage): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${ruleTables().plainTexts[language].and} ${items.at(-1)!}`;
}

/** "at most 664", "ten minste 7,33": a bound as the reader's language says it. */
function boundWords(bound: Bound, language: PlainLanguage): string {
  return describeInterval(intervalOf(bound), language, (value) => formatPlainNumber(value, language));
}

/** The bound a curated fact gives, with its unit, or null when the fact is a value. */
function curatedBound(fact: PlainFact, result: ExportCheckResult, chip: PlainContext["chip"], language: PlainLanguage) {
  const io = chip?.interconnectBidirGBps;
  const dram = chip?.dramBandwidthGBps;
  if (fact === "interconnect" && typeof io === "object" && io !== null) return `${boundWords(io, language)} GB/s`;
  if (fact === "memory_bandwidth" && typeof dram === "object" && dram !== null)
    return `${boundWords(dram, language)} GB/s`;
  const area = result.metrics.applicableDieAreaBound;
  if (fact === "die_area" && area !== null) return `${boundWords(area, language)} mm²`;
  return null;
}

/** The plain facts behind the engine's deciding inputs, in order, once each. */
export function missingFacts(result: ExportCheckResult): PlainFact[] {
  const inputs = [
    ...result.classification.decidingInputs,
    ...(result.answer.kind === "indeterminate" ? result.answer.decidingInputs : []),
  ];
  const facts = inputs.map((input) => FACT_OF_INPUT[input] ?? (input.startsWith("chip.dies") ? "transistor" : null));
  return [...new Set(facts.filter((fact): fact is PlainFact => fact !== null))];
}

/** The letter behind a letter-based answer: the one a reason cites (each letter has its own instrument). */
function letterOf(result: ExportCheckResult): LicenceLetter | undefined {
  return ruleTables().licenceLetters.find((letter) =>
    result.reasons.some(
      (reason) =>
        reason.ruleVersion === letter.ruleVersion && reason.citation.instrument === letter.citation.instrument,
    ),
  );
}

function ruleCitation(id: string | null | undefined): string {
  const version = ruleTables().ruleVersions.find((entry) => entry.id === id);
  return version ? version.citation.instrument : "";
}

function headline(result: ExportCheckResult, context: PlainContext, values: Record<string, string>): string {
  const texts = ruleTables().plainTexts[context.language];
  const { answer, classification } = result;
  switch (answer.kind) {
    case "no_licence":
      return fill(classification.status === "controlled" ? texts.no.outOfScope : texts.no.below, values);
    case "licence_exception":
      return fill(answer.notificationRequired ? texts.exception.withNotice : texts.exception.withoutNotice, {
        ...values,
        exception: answer.exception,
      });
    case "indeterminate":
      return fill(texts.unknown, values);
    case "licence_required":
      switch (answer.basis) {
        case "is_informed_letter":
          return fill(classification.status === "controlled" ? texts.yes.letter : texts.yes.letterBelow, values);
        case "headquarters_rule":
          return fill(texts.yes.headquarters, values);
        case "embargo":
          return fill(texts.yes.embargo, values);
        case "rule":
          return fill(texts.yes.rule, values);
      }
  }
}

/** The first reason: TPP and, where it can be said, the performance density and the area it rests on. */
function metricsText(
  result: ExportCheckResult,
  texts: PlainReasonTexts,
  number: (value: number) => string,
  language: PlainLanguage,
): string {
  const { metrics } = result;
  if (metrics.tpp === null) return texts.noMetrics;
  const tpp = number(metrics.tpp);
  if (metrics.pdBound !== null && metrics.applicableDieAreaBound !== null)
    return fill(texts.metrics, {
      tpp,
      pd: boundWords(metrics.pdBound, language),
      area: boundWords(metrics.applicableDieAreaBound, language),
    });
  if (metrics.applicableDieAreaMm2 === 0) return fill(texts.metricsNoCountedDie, { tpp });
  if (metrics.pd !== null && metrics.applicableDieAreaMm2 !== null)
    return fill(texts.metrics, { tpp, pd: number(metrics.pd), area: number(metrics.applicableDieAreaMm2) });
  // The area may be known while whether it counts is not (a die of unknown transistor architecture).
  return fill(missingFacts(result).includes("transistor") ? texts.metricsUndecidedDie : texts.metricsNoDensity, {
    tpp,
  });
}

function reasons(result: ExportCheckResult, context: PlainContext, values: Record<string, string>): PlainReason[] {
  const { language } = context;
  const texts = ruleTables().plainTexts[language].reason;
  const { classification, answer } = result;
  const number = (value: number) => formatPlainNumber(value, language);
  const technicalNote = "ECCN 3A090, Technical Note (88 FR 73458)";
  const list: PlainReason[] = [
    {
      text: metricsText(result, texts, number, language),
      citation: technicalNote,
    },
  ];
  const rule = classification.ruleVersion ? (ruleTables().ruleNames[classification.ruleVersion]?.[language] ?? "") : "";
  const ruleValues = { ...values, rule, facts: values.facts ?? "" };
  list.push({
    text: fill(
      classification.ruleVersion === null
        ? texts.beforeRules
        : classification.status === "controlled"
          ? texts.controlled
          : classification.status === "indeterminate"
            ? texts.undecided
            : texts.notControlled,
      ruleValues,
    ),
    citation: ruleCitation(classification.ruleVersion),
  });
  if (context.chip?.datacenter === true || context.chip?.datacenter === false)
    list.push({
      text: context.chip.datacenter ? texts.datacenterYes : texts.datacenterNo,
      citation: "ECCN 3A090, Note 2 (88 FR 73458)",
    });
  if (answer.kind === "licence_required") {
    const letter = answer.basis === "is_informed_letter" ? letterOf(result) : undefined;
    if (letter) {
      list.push({
        text: fill(texts.letter, {
          ...values,
          products: listOf(letter.namedProducts, language),
          destinations: listOf(
            [
              ...letter.destinations.countries.map((code) =>
                countryInSentence(code, context.countryName(code, language), language),
              ),
              ...letter.destinations.groups,
            ],
            language,
          ),
        }),
        citation: letter.citation.instrument,
      });
      if (letter.licencesGranted && result.question.date >= letter.licencesGranted.from)
        list.push({
          text: fill(texts.letterGranted, { from: formatPlainDate(letter.licencesGranted.from, language) }),
          citation: letter.licencesGranted.citation.instrument,
        });
    } else if (answer.basis === "headquarters_rule")
      list.push({ text: fill(texts.headquarters, values), citation: ruleCitation(classification.ruleVersion) });
    else if (answer.basis === "embargo")
      list.push({ text: fill(texts.embargo, values), citation: result.reasons.at(-1)?.citation.instrument ?? "" });
    else list.push({ text: fill(texts.destinationRule, values), citation: ruleCitation(classification.ruleVersion) });
  }
  if (answer.kind === "licence_exception") {
    const exception = ruleTables().licenceExceptions.find((entry) => entry.id === answer.exception);
    const notice =
      answer.notificationRequired === true ? (language === "nl" ? " na melding aan BIS" : " after notifying BIS") : "";
    list.push({
      text: fill(texts.exception, { exception: answer.exception, section: exception?.section ?? "", notice }),
      citation: exception?.citation.instrument ?? "",
    });
  }
  if (answer.kind === "no_licence" && classification.status === "controlled")
    list.push({ text: fill(texts.outOfScope, values), citation: ruleCitation(classification.ruleVersion) });
  return list;
}

/** Where each value came from, as a reader needs to know it. */
function caveats(result: ExportCheckResult, context: PlainContext): string[] {
  const texts = ruleTables().plainTexts[context.language];
  const noted = new Map<PlainFact, string>();
  for (const note of context.chip?.notes ?? []) {
    const fact = FACT_OF_INPUT[note.field];
    if (!fact || noted.has(fact)) continue;
    // "source Tom's Hardware [tomshardware-2024-h20-l20-l2] (file:line)": the reader sees the publisher.
    const source = /; source (.+?) \[[a-z0-9-]+\]/.exec(note.text)?.[1];
    const bound = curatedBound(fact, result, context.chip, context.language);
    if (note.text.startsWith("Curated") && source && bound !== null)
      noted.set(fact, fill(texts.caveat.curatedBound, { fact: texts.noun[fact], source, bound }));
    else if (note.text.startsWith("Curated") && source)
      noted.set(fact, fill(texts.caveat.curated, { fact: texts.noun[fact], source }));
    else if (note.text.includes("given by the user"))
      noted.set(fact, fill(texts.caveat.user, { fact: texts.noun[fact] }));
    else if (note.text.includes("Epoch")) noted.set(fact, fill(texts.caveat.epoch, { fact: texts.noun[fact] }));
  }
  const unconfirmed = result.caveats.filter((caveat) => caveat.kind === "unconfirmed_fact").length;
  return [
    ...noted.values(),
    ...(unconfirmed > 0
      ? [fill(texts.caveat.unconfirmed, { n: formatPlainNumber(unconfirmed, context.language) })]
      : []),
    ...(result.caveats.some((caveat) => caveat.kind === "compliance_pending") ? [texts.caveat.compliancePending] : []),
    texts.caveat.notAdvice,
  ];
}

export function plainAnswer(result: ExportCheckResult, context: PlainContext): PlainAnswer {
  const { language } = context;
  const texts = ruleTables().plainTexts[language];
  const facts = missingFacts(result);
  const answer = result.answer;
  const letter =
    answer.kind === "licence_required" && answer.basis === "is_informed_letter" ? letterOf(result) : undefined;
  const values: Record<string, string> = {
    chip: context.chipName,
    country: countryInSentence(
      result.question.destination,
      context.countryName(result.question.destination, language),
      language,
    ),
    date: formatPlainDate(result.question.date, language),
    eccn: result.classification.eccn ?? "3A090",
    facts: listOf(
      facts.map((fact) => texts.fact[fact]),
      language,
    ),
    hq: result.question.endUserHq
      ? countryInSentence(result.question.endUserHq, context.countryName(result.question.endUserHq, language), language)
      : "",
    policy: answer.kind === "licence_required" ? (texts.policy[answer.reviewPolicy] ?? answer.reviewPolicy) : "",
    vendor: letter?.vendor ?? context.vendor ?? "",
    letterDate: letter ? formatPlainDate(letter.effective, language) : "",
  };
  return {
    language,
    headline: headline(result, context, values),
    reasons: reasons(result, context, values),
    caveats: caveats(result, context),
    questions: (answer.kind === "indeterminate" ? facts : []).map((fact) => ({
      fact,
      question: fill(texts.question[fact], { chip: context.chipName }),
      parameter: OVERRIDE_OF_FACT[fact].api,
      flag: OVERRIDE_OF_FACT[fact].cli,
      kind: OVERRIDE_OF_FACT[fact].kind,
    })),
    code: result.code,
    legend: texts.legend[result.code] ?? "",
  };
}
