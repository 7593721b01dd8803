import {
  EU_MEMBER_STATES,
  hasPublicOpinionAttribute,
  placementDate,
  type IsoDay,
  type SystemProfile,
} from "./profile.js";
import type { Condition, NamedFact, NumberField, Text } from "./rule.js";

/** What a condition is evaluated against. */
export interface ConditionContext {
  readonly profile: SystemProfile;
  readonly facts: Readonly<Record<string, NamedFact>>;
  /** The applies-from day of the rule being evaluated (for `placedBefore: "applies_from"`). */
  readonly appliesFrom?: IsoDay;
  /** Whether a prohibition of this jurisdiction applies at D (for consequence rules such as EU-AIA-5-CEASE). */
  readonly prohibitedAtD?: boolean;
}

export function holds(condition: Condition, context: ConditionContext): boolean {
  const { profile } = context;
  if ("all" in condition) return condition.all.every((child) => holds(child, context));
  if ("any" in condition) return condition.any.some((child) => holds(child, context));
  if ("not" in condition) return !holds(condition.not, context);
  if ("flag" in condition) return profile[condition.flag] === true;
  if ("has" in condition)
    return condition.values.some((value) => (profile[condition.has] as readonly string[]).includes(value));
  if ("is" in condition) return condition.values.includes(profile[condition.is]);
  if ("above" in condition) {
    const value = numberField(profile, condition.above);
    return value !== undefined && value > condition.value;
  }
  if ("below" in condition) {
    const value = numberField(profile, condition.below);
    return value !== undefined && value < condition.value;
  }
  if ("atLeast" in condition) {
    const value = numberField(profile, condition.atLeast);
    return value !== undefined && value >= condition.value;
  }
  if ("annexI" in condition) {
    const product = profile.annex_i_product;
    if (!product) return false;
    return condition.annexI === "section_b" ? product.section === "B" : product[condition.annexI];
  }
  if ("providerOutside" in condition) {
    const country = profile.provider_established_in;
    if (country === undefined) return false;
    return condition.providerOutside === "EU"
      ? !(EU_MEMBER_STATES as readonly string[]).includes(country)
      : country !== "CN";
  }
  if ("publicOpinion" in condition) return hasPublicOpinionAttribute(profile);
  if ("placedBefore" in condition) {
    const placed = placementDate(profile, condition.market);
    const limit = condition.placedBefore === "applies_from" ? context.appliesFrom : condition.placedBefore;
    return placed !== undefined && limit !== undefined && placed < limit;
  }
  if ("fact" in condition) return holds(namedFact(condition.fact, context).when, context);
  return context.prohibitedAtD === true;
}

/** Why a condition does not hold, in both languages (the first failing part of an `all`). */
export function explainFailure(condition: Condition, context: ConditionContext): Text {
  if ("all" in condition) {
    const failing = condition.all.find((child) => !holds(child, context));
    return failing ? explainFailure(failing, context) : describe(condition);
  }
  if ("any" in condition) {
    const parts = condition.any.map((child) => explainFailure(child, context));
    return { en: parts.map((part) => part.en).join("; and "), nl: parts.map((part) => part.nl).join("; en ") };
  }
  if ("not" in condition) {
    const inner = describe(condition.not);
    return { en: `excluded because ${inner.en}`, nl: `uitgesloten omdat ${inner.nl}` };
  }
  // A failing named fact is explained by the part of its definition that fails.
  if ("fact" in condition) return explainFailure(namedFact(condition.fact, context).when, context);
  const wanted = describe(condition);
  return { en: `not met: ${wanted.en}`, nl: `niet voldaan: ${wanted.nl}` };
}

/** A condition in words, for reasons and documentation. */
export function describe(condition: Condition): Text {
  if ("all" in condition) return join(condition.all.map(describe), " and ", " en ");
  if ("any" in condition) return join(condition.any.map(describe), " or ", " of ");
  if ("not" in condition) {
    const inner = describe(condition.not);
    return { en: `not (${inner.en})`, nl: `niet (${inner.nl})` };
  }
  if ("flag" in condition) return { en: `${condition.flag} is true`, nl: `${condition.flag} is waar` };
  if ("has" in condition) {
    const list = condition.values.join(", ");
    return { en: `${condition.has} includes one of ${list}`, nl: `${condition.has} bevat een van ${list}` };
  }
  if ("is" in condition) {
    const list = condition.values.join(", ");
    return { en: `${condition.is} is one of ${list}`, nl: `${condition.is} is een van ${list}` };
  }
  if ("above" in condition)
    return { en: `${condition.above} > ${condition.value}`, nl: `${condition.above} > ${condition.value}` };
  if ("below" in condition)
    return { en: `${condition.below} < ${condition.value}`, nl: `${condition.below} < ${condition.value}` };
  if ("atLeast" in condition)
    return { en: `${condition.atLeast} ≥ ${condition.value}`, nl: `${condition.atLeast} ≥ ${condition.value}` };
  if ("annexI" in condition) {
    return condition.annexI === "section_b"
      ? { en: "the product falls under Annex I Section B", nl: "het product valt onder bijlage I, afdeling B" }
      : { en: `annex_i_product.${condition.annexI} is true`, nl: `annex_i_product.${condition.annexI} is waar` };
  }
  if ("providerOutside" in condition) {
    const place =
      condition.providerOutside === "EU"
        ? { en: "the EU", nl: "de EU" }
        : { en: "mainland China", nl: "het Chinese vasteland" };
    return {
      en: `the provider is established outside ${place.en}`,
      nl: `de aanbieder is buiten ${place.nl} gevestigd`,
    };
  }
  if ("publicOpinion" in condition) {
    return {
      en: "the service has public-opinion attributes or social-mobilisation capacity",
      nl: "de dienst heeft opiniekenmerken of maatschappelijk mobilisatievermogen",
    };
  }
  if ("placedBefore" in condition) {
    const day = condition.placedBefore === "applies_from" ? "the applicable date" : condition.placedBefore;
    const dag = condition.placedBefore === "applies_from" ? "de toepassingsdatum" : condition.placedBefore;
    return {
      en: `placed on the ${condition.market} market before ${day}`,
      nl: `vóór ${dag} op de markt gebracht in ${condition.market}`,
    };
  }
  if ("fact" in condition) return { en: condition.fact.replaceAll("_", " "), nl: condition.fact.replaceAll("_", " ") };
  return { en: "a prohibition applies at the date", nl: "een verbod geldt op de datum" };
}

function join(parts: readonly Text[], en: string, nl: string): Text {
  return { en: parts.map((part) => part.en).join(en), nl: parts.map((part) => part.nl).join(nl) };
}

function namedFact(name: string, context: ConditionContext): NamedFact {
  const fact = context.facts[name];
  if (!fact) throw new Error(`rule data refers to unknown fact "${name}"`);
  return fact;
}

function numberField(profile: SystemProfile, field: NumberField): number | undefined {
  if (field.startsWith("user_counts.")) {
    const key = field.slice("user_counts.".length) as keyof SystemProfile["user_counts"];
    return profile.user_counts[key];
  }
  return profile[field as Exclude<NumberField, `user_counts.${string}`>];
}
