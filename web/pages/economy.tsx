/** Economy: one company metric at a time, summed per bloc and year, and every report per company. */
import { fetchAll } from "../api/client.js";
import type { OrganizationRecord } from "../api/types.js";
import { useAsync } from "../api/use-async.js";
import { Controls, QuerySelect } from "../components/controls.js";
import { IndicatorChart } from "../components/indicator-chart.js";
import { useLang } from "../i18n/lang.js";
import { useLocation } from "../state/location.js";
import { indicatorParams, useViewParams } from "../state/view-params.js";
import { PageHeader } from "./page-header.js";

// The metric names Epoch's company data uses; each has words in the catalogue (metric.<name>).
const METRICS = [
  "funding_equity",
  "valuation_post_money",
  "funding_debt",
  "annualized_revenue",
  "revenue_annual",
  "active_users",
  "staff",
  "compute_spend",
] as const;

export default function Economy() {
  const { t } = useLang();
  const { query } = useLocation();
  const view = useViewParams({ from: 2018 });
  const metric = METRICS.find((candidate) => candidate === query.get("metric")) ?? METRICS[0];
  const params = { ...indicatorParams(view, { attribution: false }), metric };
  // Company ids in the legend, tooltips and table read as the organisations' names once these arrive.
  const organizations = useAsync("organizations", () => fetchAll<OrganizationRecord>("organizations"));
  const names =
    organizations.status === "done"
      ? new Map(organizations.data.map((organization) => [organization.id, organization.name]))
      : new Map<string, string>();
  return (
    <>
      <PageHeader title={t("economy.title")} intro={t("economy.intro")} />
      <Controls view={view} show={{ blocs: true, period: true, rule: false }}>
        <QuerySelect
          name="metric"
          label={t("controls.metric")}
          value={metric}
          options={METRICS.map((value) => ({ value, label: t(`metric.${value}`) }))}
        />
      </Controls>
      <div className="charts">
        <IndicatorChart
          id="economy-blocs"
          indicator="economy"
          params={params}
          table="byGroup"
          chart="stacked-years"
          title={`${t("economy.perBloc")}: ${t(`metric.${metric}`)}`}
        />
        <IndicatorChart
          id="economy-companies"
          title={`${t("economy.perCompany")}: ${t(`metric.${metric}`)}`}
          rows={(rows) => rows.map((row) => ({ ...row, metric: t(`metric.${metric}`) }))}
          indicator="economy"
          params={params}
          chart="company-reports"
          groupKey="company"
          groupLabel={(company) => names.get(company)}
        />
      </div>
    </>
  );
}
