/** Compute and chips: installed compute in GPU clusters, frontier data centres, best chips by designer country. */
import { Controls, QuerySelect } from "../components/controls.js";
import { IndicatorChart } from "../components/indicator-chart.js";
import { useLang } from "../i18n/lang.js";
import { useLocation } from "../state/location.js";
import { useViewParams } from "../state/view-params.js";
import { latestOperational } from "./headlines.js";
import { PageHeader } from "./page-header.js";
import { historyParams, inView } from "./shared-params.js";

const BREAKDOWNS = ["bloc", "owner", "country", "dataCentre"] as const;
const CHIP_METRICS = ["tpp", "memoryBandwidth"] as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T {
  return allowed.find((candidate) => candidate === value) ?? allowed[0]!;
}

export default function Compute() {
  const { t } = useLang();
  const { query } = useLocation();
  const view = useViewParams({ from: 2015 });
  const by = oneOf(query.get("by"), BREAKDOWNS);
  const metric = oneOf(query.get("metric"), CHIP_METRICS);
  const operationalInView = (rows: Parameters<ReturnType<typeof inView>>[0]) =>
    inView(view)(rows).filter((row) => row.status === "operational" && row.groupKind !== "world");
  return (
    <>
      <PageHeader title={t("compute.title")} intro={t("compute.intro")} />
      <Controls view={view}>
        <QuerySelect
          name="by"
          label={t("controls.by")}
          value={by}
          options={BREAKDOWNS.map((value) => ({ value, label: t(`compute.by.${value}`) }))}
        />
        <QuerySelect
          name="metric"
          label={t("controls.metric")}
          value={metric}
          options={CHIP_METRICS.map((value) => ({ value, label: t(`compute.metric.${value}`) }))}
        />
      </Controls>
      <div className="charts">
        <IndicatorChart
          id="compute-installed"
          indicator="installed-compute"
          params={historyParams(view)}
          chart="compute-over-time"
          rows={operationalInView}
          shown={view}
          title={t("compute.h100Title")}
        />
        <IndicatorChart
          id="compute-share"
          indicator="installed-compute"
          params={historyParams(view)}
          chart="share-bars"
          rows={latestOperational}
          title={t("compute.shareTitle")}
        />
        <IndicatorChart
          id="compute-data-centres"
          indicator="data-centres"
          params={{ blocs: view.blocs.join(","), from: view.from, to: view.to, attribution: view.attribution, by }}
          chart="data-centres"
        />
        <IndicatorChart
          id="compute-chips"
          indicator="chips"
          params={{ blocs: view.blocs.join(","), to: view.to, metric }}
          chart="record-steps"
          rows={inView(view)}
          shown={view}
        />
      </div>
    </>
  );
}
