/**
 * The guided questionnaire: steps of plain questions that build a system profile, then the assessment on
 * a chosen day with citations and deadlines, exportable as Markdown and JSON. Answers, step and day are
 * in the URL, so a link reproduces the page.
 */
import { useEffect, useState } from "react";
import { useAsync } from "../../api/use-async.js";
import { Link } from "../../components/link.js";
import { Status } from "../../components/status.js";
import { saveFile } from "../../export/save-file.js";
import { navigate, updateQuery, useLocation } from "../../state/location.js";
import { PageHeader } from "../page-header.js";
import { postObligations, ProfileRejected } from "./api.js";
import {
  answersFromQuery,
  DATE_PARAM,
  encodeAnswer,
  profileFromAnswers,
  STEP_PARAM,
  type AnswerValue,
} from "./answers.js";
import { AssessmentView } from "./assessment-view.js";
import { assessmentMarkdown } from "./markdown.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, type CheckTranslate } from "./messages.js";
import { QuestionField } from "./question-field.js";
import { findQuestion, STEPS } from "./questions.js";
import type { Lang } from "../../i18n/locale.js";
import "./check.css";

const RESULT_STEP = STEPS.length;

function goToStep(step: number): void {
  const query = new URLSearchParams(window.location.search);
  if (step === 0) query.delete(STEP_PARAM);
  else query.set(STEP_PARAM, String(step));
  navigate(`${window.location.pathname}?${query.toString()}`);
  document.getElementById("content")?.focus({ preventScroll: true });
}

function StepNav({ step, tx, lang }: { step: number; tx: CheckTranslate; lang: Lang }) {
  return (
    <nav className="steps" aria-label={tx("check.steps")}>
      <ol>
        {[...STEPS.map((entry) => entry.title[lang]), tx("check.result")].map((title, index) => (
          <li key={index}>
            <button
              type="button"
              aria-current={index === step ? "step" : undefined}
              onClick={() => goToStep(index)}
              data-step={index}
            >
              {index + 1}. {title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Exports({
  profile,
  date,
  answerJson,
  markdown,
  tx,
}: {
  profile: Record<string, unknown>;
  date: string;
  answerJson: unknown;
  markdown: string;
  tx: CheckTranslate;
}) {
  const [copied, setCopied] = useState(false);
  const json = (value: unknown) => new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" });
  const copyLink = async () => {
    await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <div className="chart-tools exports" role="group" aria-label={tx("check.export")}>
      <span>{tx("check.export")}:</span>
      <button
        type="button"
        data-export="markdown"
        onClick={() => saveFile(new Blob([markdown], { type: "text/markdown" }), `wedloop-obligations-${date}.md`)}
      >
        {tx("check.markdown")}
      </button>
      <button
        type="button"
        data-export="json"
        onClick={() => saveFile(json({ date, profile, answer: answerJson }), `wedloop-obligations-${date}.json`)}
      >
        {tx("check.json")}
      </button>
      <button type="button" data-export="profile" onClick={() => saveFile(json(profile), "wedloop-profile.json")}>
        {tx("check.profileJson")}
      </button>
      <button type="button" className="copy-link" data-action="copy-link" onClick={copyLink}>
        {copied ? tx("check.copied") : tx("check.copyLink")}
      </button>
    </div>
  );
}

function Result({
  profile,
  date,
  lang,
  tx,
}: {
  profile: Record<string, unknown>;
  date: string;
  lang: Lang;
  tx: CheckTranslate;
}) {
  const state = useAsync(`obligations ${date} ${JSON.stringify(profile)}`, () => postObligations(profile, date));
  if (state.status === "loading")
    return (
      <p className="loading" aria-live="polite">
        {tx("check.loading")}
      </p>
    );
  if (state.status === "error") {
    if (!(state.error instanceof ProfileRejected)) return <Status state={state} />;
    return (
      <div className="rejected" role="alert">
        <p>{tx("check.rejected")}</p>
        <ul>
          {state.error.issues.map((issue) => {
            const field = issue.parameter.replace(/^profile\./, "");
            const question = findQuestion(field) ?? findQuestion(field.split(".")[0]!);
            const step = question ? STEPS.findIndex((entry) => entry.questions.includes(question)) : -1;
            return (
              <li key={issue.parameter} data-parameter={issue.parameter}>
                {step >= 0 ? (
                  <button type="button" className="link" onClick={() => goToStep(step)}>
                    {question!.label[lang]}
                  </button>
                ) : (
                  <code>{issue.parameter}</code>
                )}
                : {issue.message}
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
  const markdown = assessmentMarkdown(state.data, lang, window.location.href);
  return (
    <>
      <Exports profile={profile} date={date} answerJson={state.data} markdown={markdown} tx={tx} />
      <AssessmentView answer={state.data} lang={lang} tx={tx} />
    </>
  );
}

export default function RegulationCheck() {
  const { lang, t: tx } = useMessages(CATALOGUE);
  const { query } = useLocation();
  const answers = answersFromQuery(query);
  const stepText = query.get(STEP_PARAM);
  const step = stepText !== null && /^\d+$/.test(stepText) ? Math.min(Number(stepText), RESULT_STEP) : 0;
  const date = query.get(DATE_PARAM) ?? new Date().toISOString().slice(0, 10);
  // The day joins the URL once a result is shown, so the link keeps meaning the same day tomorrow.
  const dateMissing = step === RESULT_STEP && !query.has(DATE_PARAM);
  useEffect(() => {
    if (dateMissing) updateQuery({ [DATE_PARAM]: date });
  }, [dateMissing, date]);
  const setAnswer = (field: string, value: AnswerValue | undefined) => {
    const question = findQuestion(field)!;
    updateQuery({ [field]: encodeAnswer(question, value) });
  };
  const current = STEPS[step];
  return (
    <div className="regulation-check">
      <PageHeader title={tx("check.title")} intro={tx("check.intro")} />
      <p className="disclaimer">
        {tx("check.disclaimer")} <Link to="/regulation-check/timeline">{tx("check.timelineLink")}</Link>
      </p>
      <StepNav step={step} tx={tx} lang={lang} />
      <form className="questionnaire" onSubmit={(event) => event.preventDefault()} data-step={step}>
        <h2>
          {tx("check.stepOf", { n: step + 1, total: RESULT_STEP + 1 })}:{" "}
          {current ? current.title[lang] : tx("check.result")}
        </h2>
        {current ? (
          current.questions.map((question) => (
            <QuestionField
              key={question.field}
              question={question}
              value={answers[question.field]}
              onChange={(value) => setAnswer(question.field, value)}
              lang={lang}
              tx={tx}
            />
          ))
        ) : (
          <fieldset className="question" data-field={DATE_PARAM}>
            <legend>
              <label htmlFor="q-at">{tx("check.date")}</label>
            </legend>
            <p className="help">{tx("check.dateHelp")}</p>
            <input
              id="q-at"
              name={DATE_PARAM}
              type="date"
              value={date}
              onChange={(event) => updateQuery({ [DATE_PARAM]: event.target.value })}
            />
          </fieldset>
        )}
        <div className="step-buttons">
          {step > 0 ? (
            <button type="button" data-action="back" onClick={() => goToStep(step - 1)}>
              {tx("check.back")}
            </button>
          ) : null}
          {step < RESULT_STEP ? (
            <button type="button" data-action="next" className="primary" onClick={() => goToStep(step + 1)}>
              {step === RESULT_STEP - 1 ? tx("check.showResult") : tx("check.next")}
            </button>
          ) : null}
          {step === RESULT_STEP ? (
            <button type="button" data-action="restart" onClick={() => navigate(window.location.pathname)}>
              {tx("check.restart")}
            </button>
          ) : null}
        </div>
      </form>
      {step === RESULT_STEP ? <Result profile={profileFromAnswers(answers)} date={date} lang={lang} tx={tx} /> : null}
    </div>
  );
}
