/** Europe against the United States and China on every indicator, with ranks. */
import { Controls } from "../components/controls.js";
import { IndicatorChart } from "../components/indicator-chart.js";
import { useLang } from "../i18n/lang.js";
import { useViewParams } from "../state/view-params.js";
import { MetricNote } from "./metric-note.js";
import { PageHeader } from "./page-header.js";
import { historyParams, inView, lagParams } from "./shared-params.js";

const EUROPE_VIEW = ["eu", "us", "china"];

export default function Europe() {
  const { t } = useLang();
  const view = { ...useViewParams({ from: 2015 }), blocs: EUROPE_VIEW };
  return (
    <>
      <PageHeader title={t("europe.title")} intro={t("europe.intro")} />
      <Controls view={view} show={{ blocs: false, period: true, rule: true }} />
      <div className="charts">
        <IndicatorChart
          id="europe-ranks"
          indicator="europe-position"
          params={{ from: view.from, to: view.to, attribution: view.attribution }}
          chart="europe-ranks"
        />
        <IndicatorChart
          id="europe-lag"
          indicator="frontier-lag"
          params={lagParams(view)}
          chart="frontier-lag"
          groupKey="follower"
          rows={inView(view)}
          shown={view}
        >
          <MetricNote text={t("metric.lag")} link={t("metric.toSimulator")} />
        </IndicatorChart>
        <IndicatorChart
          id="europe-frontier"
          indicator="frontier-compute"
          params={historyParams(view)}
          chart="record-steps"
          rows={inView(view)}
          shown={view}
        />
      </div>
    </>
  );
}
