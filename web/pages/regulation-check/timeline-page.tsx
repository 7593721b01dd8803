/**
 * Each regime's timeline (EU, China, US) with the dates amendments moved, and the comparison matrix of the
 * three approaches. The regime shown and whether replaced dates show are in the URL.
 */
import { useAsync } from "../../api/use-async.js";
import { Link } from "../../components/link.js";
import { Status } from "../../components/status.js";
import { formatDate } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";
import { updateQuery, useLocation } from "../../state/location.js";
import { PageHeader } from "../page-header.js";
import { fetchRegulations } from "./api.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, type CheckTranslate } from "./messages.js";
import type { RegulatoryRegime, RegulationsResponse, TimelineEntry } from "./types.js";
import "./check.css";

const REGIMES: readonly RegulatoryRegime[] = ["EU", "CN", "US"];

function Timeline({
  regime,
  entries,
  showSuperseded,
  lang,
  tx,
}: {
  regime: RegulatoryRegime;
  entries: readonly TimelineEntry[];
  showSuperseded: boolean;
  lang: Lang;
  tx: CheckTranslate;
}) {
  const shown = entries.filter((entry) => showSuperseded || !entry.superseded);
  return (
    <section className="timeline" data-regime={regime} aria-labelledby={`timeline-${regime}`}>
      <h2 id={`timeline-${regime}`}>{tx(`regime.${regime}`)}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`timeline-${regime}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tx("timeline.date")}</th>
              <th scope="col">{tx("timeline.where")}</th>
              <th scope="col">{tx("timeline.what")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id} className={entry.superseded ? "superseded" : undefined} data-kind={entry.kind}>
                <td>
                  <time dateTime={entry.date}>{formatDate(entry.date, lang)}</time>
                </td>
                <td>{entry.jurisdiction}</td>
                <td>
                  {entry.superseded ? (
                    <del title={tx("timeline.superseded")}>{entry.text[lang]}</del>
                  ) : (
                    entry.text[lang]
                  )}
                  {entry.confidence === "V" ? null : (
                    <abbr className="unconfirmed" title={tx("timeline.marks")}>
                      {" "}
                      [{entry.confidence}]*
                    </abbr>
                  )}{" "}
                  <a href={entry.citation_url} target="_blank" rel="noreferrer" aria-label={`${entry.id}: source`}>
                    ↗
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Matrix({ data, lang, tx }: { data: RegulationsResponse["data"]; lang: Lang; tx: CheckTranslate }) {
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{tx("timeline.matrix")}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{tx("timeline.dimension")}</th>
              {REGIMES.map((regime) => (
                <th key={regime} scope="col">
                  {tx(`regime.${regime}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-row="approach">
              <th scope="row">{tx("timeline.approach")}</th>
              {REGIMES.map((regime) => (
                <td key={regime}>{data.approaches[regime]?.[lang] ?? "–"}</td>
              ))}
            </tr>
            {data.matrix.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.dimension[lang]}</th>
                {REGIMES.map((regime) => (
                  <td key={regime}>{row.cells[regime]?.[lang] ?? "–"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function RegulationTimeline() {
  const { lang, t: tx } = useMessages(CATALOGUE);
  const { query } = useLocation();
  const state = useAsync("regulations", fetchRegulations);
  const chosen = REGIMES.filter((regime) => (query.get("regime") ?? "").split(",").includes(regime));
  const regimes = chosen.length > 0 ? chosen : REGIMES;
  const showSuperseded = query.get("superseded") === "1";
  const toggle = (regime: RegulatoryRegime) => {
    const next = regimes.includes(regime)
      ? regimes.filter((entry) => entry !== regime)
      : REGIMES.filter((entry) => entry === regime || regimes.includes(entry));
    if (next.length > 0) updateQuery({ regime: next.length === REGIMES.length ? null : next.join(",") });
  };
  return (
    <div className="regulation-timeline">
      <PageHeader title={tx("timeline.title")} intro={tx("timeline.intro")} />
      <p>
        <Link to="/regulation-check">{tx("timeline.checkLink")}</Link>
      </p>
      <form className="controls" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{tx("timeline.regime")}</legend>
          {REGIMES.map((regime) => (
            <label key={regime} className="check">
              <input
                type="checkbox"
                name="regime"
                value={regime}
                checked={regimes.includes(regime)}
                onChange={() => toggle(regime)}
              />
              {tx(`regime.${regime}`)}
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            name="superseded"
            checked={showSuperseded}
            onChange={() => updateQuery({ superseded: showSuperseded ? null : "1" })}
          />
          {tx("timeline.showSuperseded")}
        </label>
      </form>
      {state.status !== "done" ? (
        <Status state={state} />
      ) : (
        <div className="charts">
          <p className="marks-legend">{tx("timeline.marks")}</p>
          {regimes.map((regime) => (
            <Timeline
              key={regime}
              regime={regime}
              entries={state.data.data.timelines[regime] ?? []}
              showSuperseded={showSuperseded}
              lang={lang}
              tx={tx}
            />
          ))}
          <Matrix data={state.data.data} lang={lang} tx={tx} />
          <p className="generated">
            {tx("check.generated", { cutoff: formatDate(state.data.data.knowledge_cutoff, lang) })}
          </p>
        </div>
      )}
    </div>
  );
}
