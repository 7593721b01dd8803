/** The headline answers of the blog post's questions, each a chart with its method and source. */
import { Controls } from "../components/controls.js";
import { IndicatorChart } from "../components/indicator-chart.js";
import { useLang } from "../i18n/lang.js";
import { useReference } from "../state/reference.js";
import { indicatorParams, useViewParams } from "../state/view-params.js";
import {
  europeHeadline,
  lagHeadline,
  latestOperational,
  modelsHeadline,
  shareHeadline,
  thresholdHeadline,
  type HeadlineContext,
} from "./headlines.js";
import { MetricNote } from "./metric-note.js";
import { PageHeader } from "./page-header.js";
import { firstGroup, historyParams, inView, lagParams, withoutWorld } from "./shared-params.js";

export default function Overview() {
  const { lang, t } = useLang();
  const reference = useReference();
  const view = useViewParams({ from: 2015 });
  const context: HeadlineContext = { t, lang, labelOf: (group) => reference.labelOf(group, lang) };
  return (
    <>
      <PageHeader title={t("overview.title")} intro={t("overview.intro")} />
      <Controls view={view} />
      <div className="charts">
        <IndicatorChart
          id="overview-models"
          indicator="notable-models-per-year"
          params={indicatorParams(view)}
          chart="notable-models"
          rows={withoutWorld}
          headline={(series) => modelsHeadline(series, context)}
        />
        <IndicatorChart
          id="overview-lag"
          indicator="frontier-lag"
          params={lagParams(view)}
          chart="frontier-lag"
          groupKey="follower"
          rows={inView(view)}
          shown={view}
          headline={(series) => lagHeadline(series, context)}
        >
          <MetricNote text={t("metric.lag")} link={t("metric.toSimulator")} />
        </IndicatorChart>
        <IndicatorChart
          id="overview-capability-lag"
          indicator="capability-lag"
          params={{ leader: "us", to: view.to }}
          chart="frontier-lag"
          groupKey="follower"
          rows={inView(view)}
          shown={view}
        >
          <MetricNote text={t("metric.capabilityLag")} link={t("metric.toSimulator")} />
        </IndicatorChart>
        <IndicatorChart
          id="overview-share"
          indicator="installed-compute"
          params={historyParams(view)}
          chart="share-bars"
          rows={latestOperational}
          title={t("compute.shareTitle")}
          headline={(series) => shareHeadline(series, context)}
        >
          <MetricNote text={t("metric.share")} link={t("metric.toSimulator")} />
        </IndicatorChart>
        <IndicatorChart
          id="overview-thresholds"
          indicator="regulatory-thresholds"
          params={{ blocs: view.blocs.join(","), to: view.to, attribution: view.attribution }}
          chart="thresholds"
          rows={firstGroup}
          headline={(series) => thresholdHeadline(series, context)}
        />
        <IndicatorChart
          id="overview-europe"
          indicator="europe-position"
          params={{ from: view.from, to: view.to, attribution: view.attribution }}
          chart="europe-ranks"
          headline={(series) => europeHeadline(series, context)}
        />
      </div>
    </>
  );
}
