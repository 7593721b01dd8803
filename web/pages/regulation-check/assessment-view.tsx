/** The assessment: per jurisdiction the tier and why, screens, obligations with status and citation; deadlines; the closing note. */
import { formatDate } from "../../i18n/format.js";
import type { Lang } from "../../i18n/locale.js";
import { statusText, tierLabel, type CheckTranslate } from "./messages.js";
import { byStatus } from "./status-order.js";
import type { JurisdictionAssessment, ObligationResult, ObligationsAnswer } from "./types.js";

interface ViewProps {
  readonly lang: Lang;
  readonly tx: CheckTranslate;
}

const star = (record: { unconfirmed: boolean; confidence: string }) =>
  record.unconfirmed ? (
    <abbr className="unconfirmed" title={record.confidence}>
      {" "}
      [{record.confidence}]*
    </abbr>
  ) : null;

function ObligationRow({ record, lang, tx }: ViewProps & { record: ObligationResult }) {
  const day = (text: string) => formatDate(text, lang);
  return (
    <tr data-rule={record.id} data-status={record.status}>
      <td className={`status status-${record.status}`}>{statusText(record, tx, day)}</td>
      <td>
        <a href={record.citation_url} target="_blank" rel="noreferrer">
          {record.citation}
        </a>
        {star(record)}
        <div className="rule-id">{record.id}</div>
      </td>
      <td>
        {record.text[lang]}
        {record.status === "not_triggered" && record.reason ? (
          <div className="reason">{tx("check.notTriggered", { reason: record.reason[lang] })}</div>
        ) : null}
        {record.needs_review
          ? record.review_reasons.map((reason, index) => (
              <div key={index} className="reason">
                {tx("check.review", { reason: reason[lang] })}
              </div>
            ))
          : null}
        {record.watch ? <div className="reason">{tx("check.watch", { text: record.watch[lang] })}</div> : null}
      </td>
    </tr>
  );
}

function JurisdictionSection({ result, lang, tx }: ViewProps & { result: JurisdictionAssessment }) {
  const tier = tierLabel(result.tier, tx);
  const flagged = result.screens.filter((screen) => screen.result !== "clear");
  const records = byStatus([...result.obligations, ...result.notes]);
  return (
    <section
      className="jurisdiction"
      data-jurisdiction={result.jurisdiction}
      aria-labelledby={`j-${result.jurisdiction}`}
    >
      <h3 id={`j-${result.jurisdiction}`}>{result.jurisdiction}</h3>
      <p className="scope">{result.scope_reason[lang]}</p>
      <p className="tier">
        <strong>{tx("check.tier")}:</strong>{" "}
        {result.tier_applicable_at_D
          ? tier
          : tx("check.tierLater", { tier, effective: tierLabel(result.effective_tier_at_D, tx) })}
        {result.model_tier ? <> · {tx("check.modelTier", { tier: tierLabel(result.model_tier, tx) })}</> : null}
      </p>
      <p className="explanation">{result.explanation[lang]}</p>
      {flagged.length > 0 ? (
        <>
          <h4>{tx("check.screens")}</h4>
          <ul className="screens">
            {flagged.map((screen) => (
              <li key={screen.id} data-screen={screen.id} data-result={screen.result}>
                <strong>{tx(`screen.${screen.result}`)}</strong> {screen.citation}
                {screen.confidence === "V" ? "" : ` [${screen.confidence}]*`}: {screen.reason[lang]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {records.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={tx("check.obligations")}>
          <table className="obligations">
            <caption>{tx("check.obligations")}</caption>
            <thead>
              <tr>
                <th scope="col">{tx("check.col.status")}</th>
                <th scope="col">{tx("check.col.rule")}</th>
                <th scope="col">{tx("check.col.duty")}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <ObligationRow key={record.id} record={record} lang={lang} tx={tx} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {result.penalties.length > 0 ? (
        <details className="penalties">
          <summary>{tx("check.penalties")}</summary>
          <ul>
            {result.penalties.map((penalty) => (
              <li key={penalty.id}>
                {penalty.citation}
                {star(penalty)}: {penalty.text[lang]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

export function AssessmentView({ answer, lang, tx }: ViewProps & { answer: ObligationsAnswer }) {
  const { assessment } = answer;
  const day = (text: string) => formatDate(text, lang);
  const inScope = assessment.per_jurisdiction.filter((result) => result.in_scope);
  const outside = assessment.per_jurisdiction.filter((result) => !result.in_scope).map((result) => result.jurisdiction);
  return (
    <div className="assessment" data-as-of={assessment.as_of}>
      {assessment.warnings.length > 0 ? (
        <div className="warnings" role="note">
          {assessment.warnings.map((warning, index) => (
            <p key={index}>{warning[lang]}</p>
          ))}
        </div>
      ) : null}
      <h2>{tx("check.inScope")}</h2>
      {inScope.map((result) => (
        <JurisdictionSection key={result.jurisdiction} result={result} lang={lang} tx={tx} />
      ))}
      {outside.length > 0 ? (
        <p className="out-of-scope">{tx("check.outOfScope", { list: outside.join(", ") })}</p>
      ) : null}
      <section className="deadlines" aria-labelledby="deadlines-title">
        <h2 id="deadlines-title">{tx("check.deadlines")}</h2>
        {answer.upcoming_deadlines.length === 0 ? (
          <p>{tx("check.noDeadlines")}</p>
        ) : (
          <ol>
            {answer.upcoming_deadlines.map((deadline) => (
              <li key={`${deadline.jurisdiction}-${deadline.id}`} data-rule={deadline.id}>
                <time dateTime={deadline.date}>{day(deadline.date)}</time> · {deadline.jurisdiction} · {deadline.id}{" "}
                {tx(`check.deadline.${deadline.kind}`)} (
                <a href={deadline.citation_url} target="_blank" rel="noreferrer">
                  {deadline.citation}
                </a>
                {deadline.unconfirmed ? " *" : ""}): {deadline.text[lang]}
              </li>
            ))}
          </ol>
        )}
      </section>
      {answer.unconfirmed.length > 0 ? (
        <section className="unconfirmed-note" aria-labelledby="unconfirmed-title">
          <h2 id="unconfirmed-title">{tx("check.unconfirmed")}</h2>
          <p>{tx("check.unconfirmedIntro")}</p>
          <ul>
            {answer.unconfirmed.map((mark) => (
              <li key={mark.id}>
                {mark.id} [{mark.confidence}] {mark.citation}
                {mark.confidence_note ? `: ${mark.confidence_note}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="generated">{tx("check.generated", { cutoff: day(assessment.knowledge_cutoff) })}</p>
    </div>
  );
}
