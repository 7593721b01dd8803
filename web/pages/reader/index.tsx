/**
 * The article reader: paste or upload an article, post it to /api/v1/read, and see the text with its names, amounts
 * and claims marked, beside a panel of verdicts, evidence, amounts in dollars and names; export as Markdown or JSON.
 * The article is only ever shown as text nodes, so nothing in it runs.
 */
import { useState, type ChangeEvent } from "react";
import type { ArticleReading, ReadClaim } from "../../../src/domain/article-reading.js";
import { saveFile } from "../../export/save-file.js";
import { formatDate } from "../../i18n/format.js";
import { useMessages } from "../../i18n/lang.js";
import { PageHeader } from "../page-header.js";
import { VERDICT_COLOURS } from "../claims/verdicts.js";
import { postRead } from "./api.js";
import { readingMarkdown } from "./export.js";
import { CATALOGUE, type ReaderTranslate } from "./messages.js";
import { markedParagraphs, type Piece } from "./segments.js";
import "./reader.css";

type Format = "auto" | "text" | "markdown" | "html";
type LangChoice = "auto" | "nl" | "en";

function PieceView({ piece, claims }: { piece: Piece; claims: readonly ReadClaim[] }) {
  const claim = piece.claim >= 0 ? claims[piece.claim] : undefined;
  const classes = [
    piece.entity ? (piece.entity.status === "linked" ? "mark-entity" : "mark-unknown") : "",
    piece.amount ? "mark-amount" : "",
    claim ? "mark-claim" : "",
  ].filter(Boolean);
  if (classes.length === 0) return <>{piece.text}</>;
  const title = [
    piece.entity?.status === "linked"
      ? `${piece.entity.record.name} (${piece.entity.record.resource}/${piece.entity.record.id})`
      : "",
    piece.amount && piece.amount.usd !== null ? `≈ USD ${Math.round(piece.amount.usd).toLocaleString("en-US")}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <span
      className={classes.join(" ")}
      style={claim ? { textDecorationColor: VERDICT_COLOURS[claim.verdict] } : undefined}
      title={title || undefined}
      data-claim={claim ? piece.claim + 1 : undefined}
    >
      {piece.text}
    </span>
  );
}

function ClaimsPanel({ reading, tx }: { reading: ArticleReading; tx: ReaderTranslate }) {
  if (reading.claims.length === 0) return <p>{tx("noClaims")}</p>;
  return (
    <ol className="reader-claims">
      {reading.claims.map((claim, index) => (
        <li key={`${claim.start}-${index}`} data-verdict={claim.verdict}>
          <span className="verdict" style={{ background: VERDICT_COLOURS[claim.verdict] }}>
            {tx(`verdict.${claim.verdict}`)}
          </span>{" "}
          <q lang={claim.lang}>{claim.text.replace(/\s+/g, " ")}</q>
          <p>
            <strong>{tx("reason")}:</strong> <span lang={claim.lang}>{claim.reason}</span>
          </p>
          {claim.decided_by && (
            <p>
              <strong>{tx("decidedBy")}:</strong> <span lang={claim.lang}>{claim.decided_by}</span>
            </p>
          )}
          {claim.curated_claim && (
            <p>
              <a href={`/claims#${claim.curated_claim}`}>{tx("curated")}</a>
            </p>
          )}
          {claim.evidence.length > 0 && (
            <details>
              <summary>
                {tx("evidence")} ({claim.evidence.length})
              </summary>
              <ul>
                {claim.evidence.map((item) => (
                  <li key={`${item.resource}/${item.id}`}>
                    <a href={`/api/v1/${item.resource}/${encodeURIComponent(item.id)}`}>
                      {item.resource}/{item.id}
                    </a>
                    : <span lang="en">{item.shows}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

function AmountsPanel({ reading, tx, lang }: { reading: ArticleReading; tx: ReaderTranslate; lang: "nl" | "en" }) {
  if (reading.amounts.length === 0) return <p>{tx("noAmounts")}</p>;
  return (
    <div className="table-scroll">
      <table className="reader-amounts">
        <thead>
          <tr>
            <th scope="col">{tx("col.amount")}</th>
            <th scope="col">{tx("col.read")}</th>
            <th scope="col">{tx("col.usd")}</th>
            <th scope="col">{tx("col.rate")}</th>
          </tr>
        </thead>
        <tbody>
          {reading.amounts.map((amount, index) => (
            <tr key={`${amount.start}-${index}`}>
              <td>{amount.text}</td>
              <td>
                {[
                  tx(`qualifier.${amount.qualifier}` as Parameters<ReaderTranslate>[0]),
                  amount.value.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB"),
                  amount.scale !== 1 ? `× ${amount.scale.toExponential(0)}` : "",
                  amount.currency ?? (amount.unit === "percent" ? "%" : ""),
                ]
                  .filter(Boolean)
                  .join(" ")}
              </td>
              <td>
                {amount.usd === null
                  ? "–"
                  : `USD ${Math.round(amount.usd).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB")}`}
              </td>
              <td>
                {amount.rate
                  ? `${amount.rate.per_usd} ${amount.rate.currency}/USD, ${formatDate(amount.rate.date, lang)}, ${amount.rate.source}`
                  : amount.currency && amount.currency !== "USD"
                    ? tx("noRate")
                    : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NamesPanel({ reading, tx }: { reading: ArticleReading; tx: ReaderTranslate }) {
  const linked = new Map<string, { name: string; kind: string; count: number }>();
  const unknown = new Map<string, number>();
  for (const entity of reading.entities)
    if (entity.status === "linked") {
      const key = `${entity.record.resource}/${entity.record.id}`;
      linked.set(key, { name: entity.record.name, kind: entity.record.kind, count: (linked.get(key)?.count ?? 0) + 1 });
    } else unknown.set(entity.text, (unknown.get(entity.text) ?? 0) + 1);
  return (
    <>
      <ul className="reader-names">
        {[...linked].map(([key, entry]) => (
          <li key={key}>
            <a href={`/api/v1/${key}`}>{entry.name}</a>{" "}
            <small>
              ({entry.kind}, {tx("mentions", { n: entry.count })})
            </small>
          </li>
        ))}
      </ul>
      {unknown.size > 0 && (
        <>
          <h4>{tx("unknownNames")}</h4>
          <p className="reader-unknown">{[...unknown.keys()].join(", ")}</p>
        </>
      )}
    </>
  );
}

export default function ReaderPage() {
  const { lang, t: tx } = useMessages(CATALOGUE);
  const [text, setText] = useState("");
  const [format, setFormat] = useState<Format>("auto");
  const [langChoice, setLangChoice] = useState<LangChoice>("auto");
  const [state, setState] = useState<
    | { status: "idle" }
    | { status: "reading" }
    | { status: "done"; reading: ArticleReading }
    | { status: "error"; message: string }
  >({ status: "idle" });

  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void file.text().then((content) => {
      setText(content);
      if (/\.html?$/i.test(file.name)) setFormat("html");
      else if (/\.md$/i.test(file.name)) setFormat("markdown");
    });
  };
  const submit = () => {
    if (text.trim() === "") return setState({ status: "error", message: tx("empty") });
    setState({ status: "reading" });
    postRead({ text, format, ...(langChoice === "auto" ? {} : { lang: langChoice }) }).then(
      (reading) => setState({ status: "done", reading }),
      (error: Error) => setState({ status: "error", message: error.message }),
    );
  };
  const reading = state.status === "done" ? state.reading : null;

  return (
    <article className="reader-page">
      <PageHeader title={tx("title")} intro={tx("intro")} />
      <form
        className="reader-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor="reader-text">{tx("input")}</label>
        <textarea
          id="reader-text"
          value={text}
          rows={10}
          placeholder={tx("placeholder")}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="reader-controls">
          <label>
            {tx("upload")}{" "}
            <input type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" onChange={upload} />
          </label>
          <label>
            {tx("format")}{" "}
            <select value={format} onChange={(event) => setFormat(event.target.value as Format)}>
              {(["auto", "text", "markdown", "html"] as const).map((option) => (
                <option key={option} value={option}>
                  {tx(`format.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tx("language")}{" "}
            <select value={langChoice} onChange={(event) => setLangChoice(event.target.value as LangChoice)}>
              <option value="auto">{tx("language.auto")}</option>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="submit" disabled={state.status === "reading"}>
            {state.status === "reading" ? tx("reading") : tx("read")}
          </button>
        </div>
        <p className="reader-note">{tx("noScripts")}</p>
      </form>
      {state.status === "error" && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {reading && (
        <section className="reader-result" aria-live="polite">
          <p className="reader-summary">
            {tx("summary", {
              linked: reading.counts.linked,
              unknown: reading.counts.unknown,
              amounts: reading.counts.amounts,
              claims: reading.counts.claims,
              lang: reading.lang,
              date: reading.date ? tx("dated", { date: formatDate(reading.date, lang) }) : "",
            })}
          </p>
          <div className="reader-columns">
            <div className="reader-text">
              <h2>{tx("text")}</h2>
              <p className="reader-legend">{tx("legend")}</p>
              {markedParagraphs(reading).map((pieces, index) => (
                <p key={index} lang={reading.paragraphs[index]!.lang}>
                  {pieces.map((piece) => (
                    <PieceView key={piece.start} piece={piece} claims={reading.claims} />
                  ))}
                </p>
              ))}
            </div>
            <aside className="reader-panel">
              <h2>{tx("claims")}</h2>
              <ClaimsPanel reading={reading} tx={tx} />
              <h2>{tx("amounts")}</h2>
              <AmountsPanel reading={reading} tx={tx} lang={lang} />
              <h2>{tx("entities")}</h2>
              <NamesPanel reading={reading} tx={tx} />
              <h2>{tx("export")}</h2>
              <p className="reader-export">
                <button
                  type="button"
                  onClick={() =>
                    saveFile(new Blob([readingMarkdown(reading, tx)], { type: "text/markdown" }), "wedloop-reading.md")
                  }
                >
                  {tx("markdown")}
                </button>{" "}
                <button
                  type="button"
                  onClick={() =>
                    saveFile(
                      new Blob([JSON.stringify(reading, null, 2)], { type: "application/json" }),
                      "wedloop-reading.json",
                    )
                  }
                >
                  {tx("json")}
                </button>
              </p>
              <p className="reader-method">
                <strong>{tx("method")}:</strong> <span lang="en">{reading.method}</span>
              </p>
            </aside>
          </div>
        </section>
      )}
    </article>
  );
}
