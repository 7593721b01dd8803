/** Players: the curated relations between organisations and countries, as a network and a table. */
import { fetchAll } from "../api/client.js";
import type { FactRecord, IndicatorRow, OrganizationRecord } from "../api/types.js";
import { useAsync } from "../api/use-async.js";
import { loadChart } from "../charts/registry.js";
import { ChartFrame } from "../components/chart-frame.js";
import { citationLines } from "../components/citation.js";
import { messageColumn } from "../components/columns.js";
import { curatedSourceLine } from "../components/facts-source-line.js";
import { Status } from "../components/status.js";
import { RELATION_KINDS, RELATION_STYLE, relationKind } from "../charts/relation-kinds.js";
import { formatNumber } from "../i18n/format.js";
import { CATALOGUE, useLang, type Translate } from "../i18n/lang.js";
import type { MessageKey } from "../i18n/messages-en.js";
import { useReference, type Reference } from "../state/reference.js";
import { PageHeader } from "./page-header.js";

async function loadPlayers(): Promise<{ relations: FactRecord[]; organizations: Map<string, OrganizationRecord> }> {
  const [relations, organizations] = await Promise.all([
    fetchAll<FactRecord>("facts", { kind: "relation" }),
    fetchAll<OrganizationRecord>("organizations"),
  ]);
  return { relations, organizations: new Map(organizations.map((organization) => [organization.id, organization])) };
}

/** The bloc of an entity: a country code's own partition bloc, or its headquarters' for an organisation. */
function blocOf(entity: string, organizations: ReadonlyMap<string, OrganizationRecord>, reference: Reference): string {
  const country = /^[A-Z]{2}$/.test(entity) ? entity : (organizations.get(entity)?.hq_country ?? null);
  if (country === null) return "row";
  const partition = reference.blocs
    .filter((bloc) => !bloc.derived && !bloc.rest)
    .find((bloc) => bloc.members.includes(country));
  return partition?.id ?? "row";
}

/** A relation's words in the language ("supplies chips to"), or the id with spaces when it has none. */
function relationText(relation: string, t: Translate): string {
  const key = `relation.${relation}` as MessageKey;
  return key in CATALOGUE.en ? t(key) : relation.replace(/-/g, " ");
}

export default function Players() {
  const { lang, t } = useLang();
  const reference = useReference();
  const state = useAsync("players", loadPlayers);
  if (state.status !== "done") return <Status state={state} />;
  const { relations, organizations } = state.data;
  const nameOf = (entity: string) => organizations.get(entity)?.name ?? reference.labelOf(entity, lang);
  const rows: IndicatorRow[] = relations
    // A relation has both ends and a name (the data files require them); the fact type allows them to be empty.
    .filter(
      (fact): fact is typeof fact & { subject: string; object: string; predicate: string } =>
        fact.subject !== null && fact.object !== null && fact.predicate !== null,
    )
    .map((fact) => ({
      date: fact.date,
      subject: nameOf(fact.subject),
      relation: relationText(fact.predicate, t),
      relationId: fact.predicate,
      object: nameOf(fact.object),
      subjectGroup: blocOf(fact.subject, organizations, reference),
      objectGroup: blocOf(fact.object, organizations, reference),
      confidence: fact.confidence,
      source: fact.source_id,
    }));
  const columns = [
    messageColumn("date", "regulation.date"),
    messageColumn("subject", "players.subject"),
    messageColumn("relation", "players.relation"),
    messageColumn("object", "players.object"),
    messageColumn("confidence", "regulation.confidence"),
    messageColumn("source", "regulation.source"),
  ];
  const groups = [...new Set(rows.flatMap((row) => [String(row.subjectGroup), String(row.objectGroup)]))];
  const sourceLine = curatedSourceLine(reference, t);
  return (
    <>
      <PageHeader title={t("players.title")} intro={t("players.intro")} />
      <p>{t("players.organisations", { n: formatNumber(organizations.size, lang) })}</p>
      <div className="charts">
        <ChartFrame
          id="players-network"
          title={t("players.network")}
          subtitle={t("players.networkSubtitle", { n: rows.length })}
          sourceLine={sourceLine}
          citation={citationLines(sourceLine, t)}
          columns={columns}
          rows={rows}
          legend={[
            ...reference
              .orderGroups(groups)
              .map((group) => ({ label: reference.labelOf(group, lang), colour: reference.colourOf(group) })),
            ...RELATION_KINDS.filter((kind) => rows.some((row) => relationKind(String(row.relationId)) === kind)).map(
              (kind) => ({ label: t(`relationKind.${kind}`), colour: RELATION_STYLE[kind].colour }),
            ),
          ]}
          drawKey={`players ${lang} ${rows.length}`}
          draw={async (width) => {
            if (rows.length === 0) return null;
            const chart = await loadChart("network");
            return chart(
              { key: "relations", title: { en: "", nl: "" }, columns, rows, units: {} },
              {
                width,
                lang,
                groupKey: "subjectGroup",
                colourOf: reference.colourOf,
                labelOf: (group) => reference.labelOf(group, lang),
                order: reference.orderGroups,
              },
            );
          }}
        />
      </div>
    </>
  );
}
