/** Every source: the Epoch AI datasets of this snapshot (licence, date, checksum) and the curated sources. */
import { useState } from "react";
import { fetchAll } from "../api/client.js";
import type { IndicatorRow, SourceRecord } from "../api/types.js";
import { useAsync } from "../api/use-async.js";
import { messageColumn } from "../components/columns.js";
import { DataTable } from "../components/data-table.js";
import { Status } from "../components/status.js";
import { useLang } from "../i18n/lang.js";
import { useReference } from "../state/reference.js";
import { PageHeader } from "./page-header.js";

export default function Sources() {
  const { t } = useLang();
  const { version } = useReference();
  const [filter, setFilter] = useState("");
  const state = useAsync("sources", () => fetchAll<SourceRecord>("sources"));
  const datasetRows: IndicatorRow[] = version.datasets.map((dataset) => ({
    title: dataset.title,
    url: dataset.url,
    licence: dataset.licence,
    date: dataset.snapshot_date,
    rows: dataset.rows_stored,
    sha256: dataset.sha256,
  }));
  const datasetColumns = [
    messageColumn("title", "sources.dataset"),
    messageColumn("url", "regulation.source"),
    messageColumn("licence", "sources.licence"),
    messageColumn("date", "sources.date"),
    messageColumn("rows", "sources.rows", "rows"),
    messageColumn("sha256", "sources.checksum"),
  ];
  return (
    <>
      <PageHeader title={t("sources.title")} intro={t("sources.intro")} />
      <p className="credit">
        {t("sources.epoch", { snapshot: version.snapshot_id, built: (version.built_at ?? "").slice(0, 10) })}
      </p>
      <section>
        <h2>{t("sources.datasets")}</h2>
        <DataTable caption={t("sources.datasets")} columns={datasetColumns} rows={datasetRows} />
      </section>
      {state.status !== "done" ? (
        <Status state={state} />
      ) : (
        <section>
          <h2>{t("sources.all", { n: state.data.length })}</h2>
          <label className="select">
            {t("sources.filter")}{" "}
            <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
          </label>
          <ul className="source-list">
            {state.data
              .filter((source) =>
                `${source.title} ${source.publisher ?? ""} ${source.id}`.toLowerCase().includes(filter.toLowerCase()),
              )
              .map((source) => (
                <li key={source.id} id={`source-${source.id}`}>
                  {/* A source's title is quoted as published, in its own language. */}
                  <cite translate="no">
                    {source.url ? (
                      <a href={source.url} rel="noreferrer">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                  </cite>
                  {source.publisher ? (
                    <>
                      {" — "}
                      <span translate="no">{source.publisher}</span>
                    </>
                  ) : null}
                  {source.published ? `, ${source.published}` : ""}. {t("sources.licence")}:{" "}
                  {source.licence ?? t("sources.unknownLicence")}
                  {source.accessed ? `; ${t("sources.accessed").toLowerCase()} ${source.accessed}` : ""}.
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  );
}
