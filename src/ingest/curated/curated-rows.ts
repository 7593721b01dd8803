import type { StoreContent } from "../../db/write-store.js";
import type { Fact } from "../../domain/fact.js";
import type { CuratedData } from "./load-curated.js";

type Row<Table extends keyof StoreContent> = StoreContent[Table][number];

/** The columns every fact kind fills in its own way: what it is about, what it says, and when. */
function factColumns(
  fact: Fact,
): Pick<Row<"facts">, "subject" | "predicate" | "object" | "value" | "unit" | "date" | "date_end"> {
  switch (fact.kind) {
    case "metric":
      return {
        subject: fact.subject,
        predicate: fact.metric,
        object: null,
        value: fact.value,
        unit: fact.unit,
        date: fact.date ?? fact.period?.from ?? null,
        date_end: fact.period?.to ?? null,
      };
    case "relation":
      return {
        subject: fact.subject,
        predicate: fact.relation,
        object: fact.object,
        value: fact.value ?? null,
        unit: fact.unit ?? null,
        date: fact.date,
        date_end: fact.until ?? null,
      };
    case "event":
      return {
        subject: fact.actors[0] ?? null,
        predicate: fact.event_kind,
        object: null,
        value: null,
        unit: null,
        date: fact.date,
        date_end: null,
      };
    case "claim":
      return {
        subject: fact.subjects[0] ?? null,
        predicate: fact.verdict,
        object: null,
        value: null,
        unit: null,
        date: null,
        date_end: null,
      };
  }
}

function factEntities(fact: Fact): Row<"fact_entities">[] {
  const links: [string, string][] = [];
  if (fact.kind === "metric") links.push([fact.subject, "subject"]);
  if (fact.kind === "relation") links.push([fact.subject, "subject"], [fact.object, "object"]);
  if (fact.kind === "event")
    links.push(
      ...fact.actors.map((id): [string, string] => [id, "actor"]),
      ...fact.countries.map((id): [string, string] => [id, "country"]),
    );
  if (fact.kind === "claim") links.push(...fact.subjects.map((id): [string, string] => [id, "subject"]));
  const unique = new Map(
    links.map(([entity, role]) => [`${entity} ${role}`, { fact_id: fact.id, entity_id: entity, role }]),
  );
  return [...unique.values()];
}

/** Curated sources and facts as store rows. */
export function curatedRows(curated: CuratedData) {
  const sources: Row<"sources">[] = curated.sources.map((source) => ({
    id: source.id,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    published: source.published ?? null,
    accessed: source.accessed,
    language: source.language,
    licence: source.licence ?? null,
    notes: source.notes ?? null,
    file: `${source.file}:${source.line}`,
  }));
  const facts: Row<"facts">[] = curated.facts.map((located) => {
    const { file, line, fieldLine: _fieldLine, ...fact } = located;
    return {
      id: fact.id,
      kind: fact.kind,
      ...factColumns(fact),
      confidence: fact.confidence,
      source_id: fact.source,
      quote: fact.quote,
      detail: JSON.stringify(fact),
      file,
      line,
    };
  });
  return { sources, facts, factEntities: curated.facts.flatMap(factEntities) };
}
