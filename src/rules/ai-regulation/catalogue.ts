/** The catalogue as data for the API and the timeline page: instruments, rules, timelines, matrix. */
import { KNOWLEDGE_CUTOFF } from "./assessment.js";
import { formatDay } from "./format-day.js";
import type { IsoDay, Jurisdiction } from "./profile.js";
import type { RegulatoryRegime, RuleConfidence } from "../../domain/vocabulary.js";
import type { Instrument, Rule, Text, TimelineEvent } from "./rule.js";
import type { MatrixRow, RegulationTables } from "./tables/tables.js";

export function regimeOf(jurisdiction: Jurisdiction): RegulatoryRegime {
  return jurisdiction === "EU" || jurisdiction === "CN" ? jurisdiction : "US";
}

export interface TimelineEntry {
  readonly date: IsoDay;
  readonly jurisdiction: Jurisdiction;
  readonly kind: "instrument" | "applies" | "event";
  readonly id: string;
  readonly text: Text;
  /** Rules whose duties start that day (kind "applies"). */
  readonly rule_ids: readonly string[];
  readonly confidence: RuleConfidence;
  readonly citation_url: string;
  /** The entry comes from a law version later superseded (a date moved by an amendment). */
  readonly superseded: boolean;
}

export interface RegulationCatalogue {
  readonly knowledge_cutoff: IsoDay;
  readonly instruments: readonly Instrument[];
  readonly rules: readonly Rule[];
  readonly timelines: Readonly<Record<RegulatoryRegime, readonly TimelineEntry[]>>;
  readonly matrix: readonly MatrixRow[];
  readonly approaches: Readonly<Record<RegulatoryRegime, Text>>;
}

export function allRules(tables: RegulationTables): readonly Rule[] {
  return Object.values(tables.catalogues).flatMap((catalogue) => catalogue.rules);
}

export function allInstruments(tables: RegulationTables): readonly Instrument[] {
  return Object.values(tables.catalogues).flatMap((catalogue) => catalogue.instruments);
}

/** One regime's dated history and schedule: instrument events, application days, other events. */
export function regimeTimeline(tables: RegulationTables, regime: RegulatoryRegime): readonly TimelineEntry[] {
  const catalogues = Object.values(tables.catalogues).filter(
    (catalogue) => regimeOf(catalogue.jurisdiction) === regime,
  );
  const entries: TimelineEntry[] = [];
  for (const catalogue of catalogues) {
    for (const instrument of catalogue.instruments) {
      instrument.events.forEach((event, index) =>
        entries.push({
          date: event.date,
          jurisdiction: instrument.jurisdiction,
          kind: "instrument",
          id: `${instrument.id}#${index}`,
          text: { en: `${instrument.cite}: ${event.note.en}`, nl: `${instrument.cite}: ${event.note.nl}` },
          rule_ids: [],
          confidence: instrument.confidence,
          citation_url: instrument.url,
          superseded: false,
        }),
      );
    }
    entries.push(...applicationDays(catalogue.rules, catalogue.instruments), ...catalogue.timeline.map(eventEntry));
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function regulationCatalogue(tables: RegulationTables): RegulationCatalogue {
  return {
    knowledge_cutoff: KNOWLEDGE_CUTOFF,
    instruments: allInstruments(tables),
    rules: allRules(tables),
    timelines: {
      EU: regimeTimeline(tables, "EU"),
      CN: regimeTimeline(tables, "CN"),
      US: regimeTimeline(tables, "US"),
    },
    matrix: tables.matrix,
    approaches: tables.approaches,
  };
}

/** Groups rules by (instrument, applies-from day, version) so the timeline shows one line per start day. */
function applicationDays(rules: readonly Rule[], instruments: readonly Instrument[]): TimelineEntry[] {
  const groups = new Map<string, { rule: Rule; date: IsoDay; by: string; superseded: boolean; ids: string[] }>();
  for (const rule of rules.filter((candidate) => candidate.kind !== "penalty" && candidate.kind !== "note")) {
    for (const option of rule.appliesFrom) {
      option.versions.forEach((version, index) => {
        const key = `${rule.instrument}|${version.date}|${version.by}`;
        const group = groups.get(key) ?? {
          rule,
          date: version.date,
          by: version.by,
          superseded: index < option.versions.length - 1,
          ids: [],
        };
        if (!group.ids.includes(rule.id)) group.ids.push(rule.id);
        groups.set(key, group);
      });
    }
  }
  return [...groups.values()].map((group) => {
    const instrument = instruments.find((candidate) => candidate.id === group.rule.instrument)!;
    const day = formatDay(group.date);
    const prefix = group.superseded ? { en: "(superseded) ", nl: "(vervangen) " } : { en: "", nl: "" };
    return {
      date: group.date,
      jurisdiction: group.rule.jurisdiction,
      kind: "applies",
      id: `${instrument.id}@${group.date}@${group.by}`,
      text: {
        en: `${prefix.en}${instrument.cite}: ${group.ids.length === 1 ? "1 rule applies" : `${group.ids.length} rules apply`} from ${day.en} (${group.by}).`,
        nl: `${prefix.nl}${instrument.cite}: ${group.ids.length === 1 ? "1 regel geldt" : `${group.ids.length} regels gelden`} vanaf ${day.nl} (${group.by}).`,
      },
      rule_ids: group.ids,
      confidence: group.rule.confidence,
      citation_url: instrument.url,
      superseded: group.superseded,
    };
  });
}

function eventEntry(event: TimelineEvent): TimelineEntry {
  return {
    date: event.date,
    jurisdiction: event.jurisdiction,
    kind: "event",
    id: event.id,
    text: event.text,
    rule_ids: [],
    confidence: event.confidence,
    citation_url: event.citationUrl,
    superseded: false,
  };
}

/** Rules kept with an unconfirmed mark ([S], [M] or [C]), for the closing note of answers and docs. */
export function unconfirmedRules(tables: RegulationTables): readonly Rule[] {
  return allRules(tables).filter((rule) => rule.confidence !== "V");
}
