/** The engine's answer for a reader: the verdict, the arithmetic, every reason with its citation, the caveats. */
import type { CheckResult } from "./api.js";
import { ANSWER_COLOURS } from "./colours.js";
import { CATALOGUE, useExportText, type ExportMessageKey, type ExportTranslate } from "./messages.js";

const WEAK = new Set(["unconfirmed", "disputed"]);
const words = (text: string) => text.replace(/_/g, " ");

/** An engine code in the reader's language ("policy.not_stated"), or its words when the catalogue lacks it. */
function codeText(x: ExportTranslate, prefix: "basis" | "policy" | "evidence", code: string): string {
  const key = `${prefix}.${code}`;
  return key in CATALOGUE.en ? x(key as ExportMessageKey) : words(code);
}

export function Answer({ result }: { result: CheckResult }) {
  const { x } = useExportText();
  const { answer, classification } = result;
  const detail = (() => {
    switch (answer.kind) {
      case "licence_required":
        return x("basis", {
          basis: codeText(x, "basis", answer.basis),
          policy: codeText(x, "policy", answer.reviewPolicy),
          confidence: codeText(x, "evidence", answer.reviewPolicyConfidence),
        });
      case "licence_exception":
        return x("exception", {
          exception: answer.exception,
          notification: answer.notificationRequired === null ? "?" : answer.notificationRequired ? x("yes") : x("no"),
        });
      case "indeterminate":
        return x("deciding", { inputs: answer.decidingInputs.join(", ") });
      case "no_licence":
        return null;
    }
  })();
  return (
    <section
      className="export-answer"
      aria-labelledby="export-answer-title"
      data-answer={answer.kind}
      data-code={result.code}
    >
      <h2 id="export-answer-title">
        <span className="swatch" style={{ background: ANSWER_COLOURS[answer.kind] }} aria-hidden="true" />{" "}
        {x(`answer.${answer.kind}` as ExportMessageKey)} <code>{result.code}</code>
      </h2>
      {detail ? <p>{detail}</p> : null}
      <p>
        {x("classification", {
          eccn: classification.eccn ?? x("noEccn"),
          status: x(`status.${classification.status}` as ExportMessageKey),
        })}
        {classification.decidingInputs.length > 0
          ? ` ${x("deciding", { inputs: classification.decidingInputs.join(", ") })}`
          : null}
      </p>
      <p>{x("confidence", { confidence: result.confidence })}</p>
      <h3>{x("arithmetic")}</h3>
      <ol className="arithmetic">
        {result.metrics.steps.map((step, index) => (
          <li key={index}>
            <code>{step}</code>
          </li>
        ))}
      </ol>
      <h3>{x("reasons")}</h3>
      <ol className="reasons">
        {result.reasons.map((reason, index) => (
          <li key={index} data-confidence={reason.confidence}>
            {WEAK.has(reason.confidence) ? <strong>[{reason.confidence}] </strong> : null}
            {reason.text}
            <br />
            <cite>
              {reason.citation.instrument}
              {reason.citation.sources.length > 0 ? ` [${reason.citation.sources.join(", ")}]` : ""}
            </cite>{" "}
            ({reason.confidence})
          </li>
        ))}
      </ol>
      <h3>{x("caveats")}</h3>
      <ul className="caveats">
        {result.caveats.map((caveat, index) => (
          <li key={index} data-kind={caveat.kind}>
            <strong>{x(`caveat.${caveat.kind}` as ExportMessageKey)}:</strong> {caveat.text}
            {caveat.citation ? (
              <>
                {" "}
                (<cite>{caveat.citation.instrument}</cite>)
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
