/**
 * Prices: what a level of AI capability costs from the cheapest US, Chinese and European provider over
 * time, how fast it falls, the US–China gap, price against capability on a day, and the price war's events.
 */
import type { IndicatorRow } from "../../api/types.js";
import { Controls, QuerySelect } from "../../components/controls.js";
import { IndicatorChart } from "../../components/indicator-chart.js";
import { formatDate } from "../../i18n/format.js";
import { useLocation } from "../../state/location.js";
import { useReference } from "../../state/reference.js";
import { useViewParams } from "../../state/view-params.js";
import { PageHeader } from "../page-header.js";
import { answerLines } from "./answer.js";
import { PriceWarEvents } from "./events.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, type PricesMessageKey } from "./messages.js";

const LEVELS = ["gpt-4", "o1", "year-ago-best"] as const;
const BLENDS = ["3:1", "1:1", "1:0", "0:1"] as const;
const HOSTS = ["include", "exclude"] as const;
// The day of the price-against-capability chart; the first is the default.
const SCATTER_DAYS = ["2025-06-30", "2023-06-30", "2024-06-30", "2025-12-31"] as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T {
  return allowed.find((candidate) => candidate === value) ?? allowed[0]!;
}

export default function Prices() {
  const { lang, t: p } = useMessages(CATALOGUE);
  const reference = useReference();
  const { query } = useLocation();
  const view = useViewParams({ from: 2023 });
  const level = oneOf(query.get("level"), LEVELS);
  const blend = oneOf(query.get("blend"), BLENDS);
  const hosts = oneOf(query.get("hosts"), HOSTS);
  const at = oneOf(query.get("at"), SCATTER_DAYS);
  const params = {
    levels: level,
    blocs: view.blocs.join(","),
    blend,
    hosts,
    from: view.from,
    to: view.to,
  };
  const ofLevel = (rows: readonly IndicatorRow[]) => rows.filter((row) => row.level === level);
  const priced = (rows: readonly IndicatorRow[]) =>
    ofLevel(rows).filter((row) => typeof row.cheapestUsdPerMtok === "number");
  return (
    <>
      <PageHeader title={p("title")} intro={p("intro")} />
      <Controls view={view} show={{ blocs: true, period: true, rule: false }}>
        <QuerySelect
          name="level"
          label={p("level")}
          value={level}
          options={LEVELS.map((value) => ({ value, label: p(`level.${value}` as PricesMessageKey) }))}
        />
        <QuerySelect
          name="blend"
          label={p("blend")}
          value={blend}
          options={BLENDS.map((value) => ({ value, label: p(`blend.${value}` as PricesMessageKey) }))}
        />
        <QuerySelect
          name="hosts"
          label={p("hosts")}
          value={hosts}
          options={HOSTS.map((value) => ({ value, label: p(`hosts.${value}` as PricesMessageKey) }))}
        />
      </Controls>
      <div className="charts">
        <IndicatorChart
          id="prices-steps"
          indicator="price-of-capability"
          params={{ ...params, from: Math.min(view.from, 2023) }}
          chart="record-steps"
          rows={priced}
          title={p("stepsTitle")}
          headline={(series) => (
            <>
              <strong>{p("answerTitle")}.</strong>{" "}
              {p("answerLead", { level: p(`level.${level}` as PricesMessageKey), blend })}
              <span className="answer">
                {answerLines(series, {
                  level,
                  blocs: view.blocs,
                  lang,
                  p,
                  labelOf: (group) => reference.labelOf(group, lang),
                }).map((line) => (
                  // The headline is a paragraph: one line per sentence without block elements inside it.
                  <span key={line} className="answer-line" style={{ display: "block", marginTop: "0.3em" }}>
                    {line}
                  </span>
                ))}
              </span>
            </>
          )}
        />
        <IndicatorChart
          id="prices-fall"
          indicator="price-of-capability"
          params={{ ...params, from: Math.min(view.from, 2023) }}
          table="fall"
          chart="growth-rates"
          rows={ofLevel}
          title={p("fallTitle")}
        />
        <IndicatorChart
          id="prices-gap"
          indicator="price-of-capability"
          params={{ ...params, from: Math.min(view.from, 2023) }}
          table="gap"
          chart="price-gap"
          rows={ofLevel}
          title={p("gapTitle")}
        />
        <IndicatorChart
          id="prices-scatter"
          indicator="price-against-capability"
          params={{ blocs: view.blocs.join(","), blend, hosts, at }}
          chart="price-scatter"
          title={p("scatterTitle", { date: formatDate(at, lang) })}
        >
          <QuerySelect
            name="at"
            label={p("at")}
            value={at}
            options={[...SCATTER_DAYS].sort().map((value) => ({ value, label: formatDate(value, lang) }))}
          />
        </IndicatorChart>
        <PriceWarEvents />
      </div>
    </>
  );
}
