/**
 * Export controls: pick a chip from the data (or give TPP and PD), a destination and a date; the engine's
 * answer with its reasoning and citations, the chip's status over time, and every chip on TPP vs PD.
 */
import { useMemo } from "react";
import type { IndicatorRow } from "../../api/types.js";
import { useAsync } from "../../api/use-async.js";
import { ChartFrame } from "../../components/chart-frame.js";
import { citationLines } from "../../components/citation.js";
import { Status } from "../../components/status.js";
import { useLang, useMessages } from "../../i18n/lang.js";
import { updateQuery, useLocation } from "../../state/location.js";
import { useReference } from "../../state/reference.js";
import { PageHeader } from "../page-header.js";
import { Answer, CodeLegend, DatacenterControl } from "./answer.js";
import {
  chipsUrl,
  fetchChipCheck,
  fetchChips,
  fetchRules,
  fetchTimeline,
  postCustomCheck,
  type ChipStatus,
  type Question,
} from "./api.js";
import { ChipsChart } from "./chips-chart.js";
import { ANSWER_COLOURS } from "./colours.js";
import { CATALOGUE, exportColumn, type ExportMessageKey } from "./messages.js";
import { parseExportView, type ExportView } from "./params.js";
import "./export-control.css";

const todayInBrowser = () => new Date().toISOString().slice(0, 10);

function QuestionForm({ view, chips }: { view: ExportView; chips: readonly ChipStatus[] }) {
  const { lang, t: x } = useMessages(CATALOGUE);
  const { t } = useLang();
  const reference = useReference();
  const countries = [...reference.countries.values()].sort((a, b) =>
    (lang === "nl" ? a.name_nl : a.name_en).localeCompare(lang === "nl" ? b.name_nl : b.name_en, lang),
  );
  const byName = [...chips].sort((a, b) => a.name.localeCompare(b.name, "en"));
  const countryOptions = countries.map((country) => (
    <option key={country.code} value={country.code}>
      {lang === "nl" ? country.name_nl : country.name_en} ({country.code})
    </option>
  ));
  const { question } = view;
  return (
    <form className="controls" aria-label={x("question")} onSubmit={(event) => event.preventDefault()}>
      <label className="select">
        {x("chip")}{" "}
        <select
          name="chip"
          value={view.chip ?? "custom"}
          onChange={(event) => updateQuery({ chip: event.target.value })}
        >
          <option value="custom">{x("customChip")}</option>
          {byName.map((chip) => (
            <option key={chip.id} value={chip.id}>
              {chip.name}
            </option>
          ))}
        </select>
      </label>
      {view.chip === null ? (
        <>
          <label className="select">
            {x("tpp")}{" "}
            <input
              type="number"
              name="tpp"
              min={0}
              step="any"
              value={view.customTpp ?? ""}
              onChange={(event) => updateQuery({ tpp: event.target.value })}
            />
          </label>
          <label className="select">
            {x("pd")}{" "}
            <input
              type="number"
              name="pd"
              min={0}
              step="any"
              value={view.customPd ?? ""}
              onChange={(event) => updateQuery({ pd: event.target.value })}
            />
          </label>
        </>
      ) : null}
      {view.chip === null ? (
        <label className="select">
          {x("datacenter")}{" "}
          <select
            name="dc"
            value={question.datacenter === null ? "" : String(question.datacenter)}
            onChange={(event) => updateQuery({ dc: event.target.value })}
          >
            <option value="">{x("datacenterUnknown")}</option>
            <option value="true">{x("yes")}</option>
            <option value="false">{x("no")}</option>
          </select>
        </label>
      ) : null}
      <label className="select">
        {x("destination")}{" "}
        <select name="to" value={question.to} onChange={(event) => updateQuery({ to: event.target.value })}>
          {countryOptions}
        </select>
      </label>
      <label className="select">
        {x("endUserHq")}{" "}
        <select
          name="hq"
          value={question.endUserHq ?? ""}
          onChange={(event) => updateQuery({ hq: event.target.value })}
        >
          <option value="">{x("none")}</option>
          {countryOptions}
        </select>
      </label>
      <label className="select">
        {x("date")}{" "}
        <input
          type="date"
          name="date"
          value={question.date}
          onChange={(event) => updateQuery({ date: event.target.value })}
        />
      </label>
      <label className="select">
        {x("mode")}{" "}
        <select
          name="mode"
          value={question.mode}
          onChange={(event) => updateQuery({ mode: event.target.value === "enforced" ? null : event.target.value })}
        >
          <option value="enforced">{x("mode.enforced")}</option>
          <option value="as_written">{x("mode.as_written")}</option>
        </select>
      </label>
      <a href={chipsUrl(question, ".csv")} download>
        {t("chart.csv")}: {x("scatter")}
      </a>
    </form>
  );
}

function AnswerSection({ view }: { view: ExportView }) {
  const { lang, t: x } = useMessages(CATALOGUE);
  const { question, chip, customTpp, customPd, given } = view;
  const key = JSON.stringify({ question, chip, customTpp, customPd, given, lang });
  const state = useAsync(`export-answer ${key}`, async () => {
    if (chip !== null) {
      const { result, plain, chip: stored } = (await fetchChipCheck(chip, question, lang, given)).data;
      return { result, plain, datacenterFact: stored.curated_facts.find((fact) => fact.field === "datacenter") };
    }
    if (customTpp === null) return null;
    const custom = await postCustomCheck(
      { tpp: customTpp, pd: customPd, datacenter: question.datacenter },
      question,
      lang,
    );
    return { result: custom.data, plain: custom.plain, datacenterFact: undefined };
  });
  if (state.status !== "done") return <Status state={state} />;
  if (state.data === null) return <p>{x("customHint")}</p>;
  const { result, plain, datacenterFact } = state.data;
  return (
    <>
      {chip !== null ? <DatacenterControl fact={datacenterFact} reader={question.datacenter} /> : null}
      <Answer result={result} plain={plain} given={chip === null ? {} : given} canAsk={chip !== null} />
      <p className="source">
        {x("sourceRules", { citations: result.citations.map((citation) => citation.instrument).join("; ") })}{" "}
        {x("notAdvice")}
      </p>
    </>
  );
}

function TimelineSection({ view, chipName, snapshot }: { view: ExportView; chipName: string; snapshot: string }) {
  const { lang, t: x } = useMessages(CATALOGUE);
  const { t } = useLang();
  const reference = useReference();
  const today = todayInBrowser();
  const until = view.question.date > today ? view.question.date : today;
  const chip = view.chip!;
  const state = useAsync(`export-timeline ${chip} ${JSON.stringify(view.question)} ${until}`, () =>
    fetchTimeline(chip, view.question, until),
  );
  if (state.status !== "done") return <Status state={state} />;
  const segments = state.data.data.segments;
  const answerLabel = (kind: string) => x(`answer.${kind}` as ExportMessageKey);
  const rows: IndicatorRow[] = segments.map((segment) => ({
    from: segment.from,
    until: segment.until,
    code: segment.code,
    answer: answerLabel(segment.answer.kind),
    eccn: segment.eccn,
  }));
  const citations = [
    ...new Set(segments.flatMap((segment) => segment.result.citations.map((citation) => citation.instrument))),
  ];
  const sourceLine = `${x("sourceChips", { snapshot })} ${x("sourceRules", { citations: citations.join("; ") })}`;
  const destination = reference.labelOf(view.question.to, lang);
  return (
    <ChartFrame
      id="export-control-timeline"
      title={x("timeline", { chip: chipName, destination })}
      subtitle={x("timelineSubtitle")}
      sourceLine={sourceLine}
      citation={citationLines(sourceLine, t)}
      columns={[
        exportColumn("from", "col.from"),
        exportColumn("until", "col.until"),
        exportColumn("code", "col.code"),
        exportColumn("answer", "col.answer"),
        exportColumn("eccn", "col.eccn"),
      ]}
      rows={rows}
      legend={Object.entries(ANSWER_COLOURS).map(([kind, colour]) => ({ label: answerLabel(kind), colour }))}
      drawKey={`timeline ${lang} ${chip} ${JSON.stringify(view.question)} ${until}`}
      draw={async (width) => {
        if (segments.length === 0) return null;
        const chart = (await import("./timeline-chart.js")).default;
        return chart(
          segments.map((segment) => ({
            from: segment.from,
            until: segment.until,
            code: segment.code,
            answer: segment.answer.kind,
            label: answerLabel(segment.answer.kind),
          })),
          { width, lang },
        );
      }}
    />
  );
}

export default function ExportControl() {
  const { lang, t: x } = useMessages(CATALOGUE);
  const { query } = useLocation();
  const reference = useReference();
  const today = useMemo(() => todayInBrowser(), []);
  const view = parseExportView(query, today);
  const chipsQuestion: Question = { ...view.question, datacenter: null };
  const state = useAsync(`export-chips ${JSON.stringify(chipsQuestion)}`, () =>
    Promise.all([fetchChips(chipsQuestion), fetchRules()]),
  );
  const snapshot = reference.version.snapshot_id;
  return (
    <div className="export-control-page">
      <PageHeader title={x("title")} intro={x("intro")} />
      {state.status !== "done" ? (
        <Status state={state} />
      ) : (
        <>
          <QuestionForm view={view} chips={state.data[0].data} />
          <AnswerSection view={view} />
          <div className="charts">
            {view.chip !== null ? (
              <TimelineSection
                view={view}
                chipName={state.data[0].data.find((chip) => chip.id === view.chip)?.name ?? view.chip}
                snapshot={snapshot}
              />
            ) : (
              <p>{x("timelineCustom")}</p>
            )}
            <ChipsChart view={view} chips={state.data[0].data} rules={state.data[1].data} snapshot={snapshot} />
          </div>
          <CodeLegend legend={state.data[1].data.legend[lang]} />
        </>
      )}
    </div>
  );
}
