/** AI models: counts per bloc, frontier training compute and its growth, the lag, open weights, thresholds. */
import { Controls } from "../components/controls.js";
import { IndicatorChart } from "../components/indicator-chart.js";
import { useLang } from "../i18n/lang.js";
import { indicatorParams, useViewParams } from "../state/view-params.js";
import { PageHeader } from "./page-header.js";
import { firstGroup, historyParams, inView, lagParams, withoutWorld } from "./shared-params.js";

export default function Models() {
  const { t } = useLang();
  const view = useViewParams();
  return (
    <>
      <PageHeader title={t("models.title")} intro={t("models.intro")} />
      <Controls view={view} />
      <div className="charts">
        <IndicatorChart
          id="models-per-year"
          indicator="notable-models-per-year"
          params={indicatorParams(view)}
          chart="notable-models"
          rows={withoutWorld}
        />
        <IndicatorChart
          id="models-frontier"
          indicator="frontier-compute"
          params={historyParams(view)}
          chart="record-steps"
          rows={inView(view)}
          shown={view}
        />
        <IndicatorChart
          id="models-growth"
          indicator="frontier-compute"
          params={historyParams(view)}
          table="growth"
          chart="growth-rates"
        />
        <IndicatorChart
          id="models-lag"
          indicator="frontier-lag"
          params={lagParams(view)}
          chart="frontier-lag"
          groupKey="follower"
          rows={inView(view)}
          shown={view}
        />
        <IndicatorChart
          id="models-open"
          indicator="open-weights-share"
          params={indicatorParams(view)}
          chart="open-weights"
        />
        <IndicatorChart
          id="models-thresholds"
          indicator="regulatory-thresholds"
          params={{ blocs: view.blocs.join(","), from: view.from, to: view.to, attribution: view.attribution }}
          chart="thresholds"
          rows={firstGroup}
        />
      </div>
    </>
  );
}
