import type { CsvRow } from "../csv-rows.js";
import { slugify } from "../normalize/organization.js";
import type { DatasetDefinition, LoadContext, RowOutput } from "./dataset.js";
import { provenanceOf, RowFields } from "./row-fields.js";

export const aiCompanies: DatasetDefinition = {
  id: "ai_companies",
  sourceId: "epoch-ai-companies",
  // The company list names the companies; the figures the indicators read come from the reports.
  feeds: [],
  title: "AI Companies",
  file: "ai_companies/ai_companies.csv",
  remoteFile: "ai_companies.csv",
  table: "companies",
  mapRow(row, context, sourceId) {
    const fields = new RowFields(row);
    const name = fields.required("Name");
    const founded = fields.date("Founding date");
    return {
      companies: [
        {
          id: context.organizations.resolve(fields.text("Organization (from Organizations)") ?? name),
          name,
          company_type: fields.text("Company type"),
          domains: fields.text("Product Domain(s)"),
          founded: founded?.day ?? null,
          ...provenanceOf(row, sourceId),
        },
      ],
    };
  },
};

/** A numeric column of a company report and what it measures. */
interface MetricColumn {
  readonly metric: string;
  readonly column: string;
  readonly unit: string | ((fields: RowFields) => string);
}

interface ReportShape {
  readonly kind: "funding_round" | "revenue" | "staff" | "usage" | "compute_spend";
  readonly dataset: string;
  readonly title: string;
  readonly dateColumn: string;
  readonly typeColumn: string | null;
  readonly statusColumn: string | null;
  /** Extra text that tells two reports of one company apart (division, product). */
  readonly qualifierColumn: string | null;
  readonly metrics: readonly MetricColumn[];
}

const SOURCE_COLUMNS = ["Source 1", "Source 2", "Source 3"];

function reportRow(shape: ReportShape, row: CsvRow, context: LoadContext, sourceId: string): RowOutput {
  const fields = new RowFields(row);
  const company = fields.required("Company");
  const companyId = context.organizations.resolve(company);
  const id = `${shape.kind.replace(/_/g, "-")}-${slugify(company)}-r${row.line}`;
  const date = fields.date(shape.dateColumn);
  const reported = fields.date("Report date");
  const qualifier = shape.qualifierColumn ? fields.text(shape.qualifierColumn) : null;
  const label = [fields.text("Id") ?? id, qualifier].filter((part) => part !== null).join(" · ");
  const metrics = shape.metrics.flatMap(({ metric, column, unit }) => {
    const value = fields.measure(column);
    return value === null
      ? []
      : [{ report_id: id, metric, value, unit: typeof unit === "string" ? unit : unit(fields) }];
  });
  return {
    company_reports: [
      {
        id,
        kind: shape.kind,
        company_id: companyId,
        label,
        date: date?.day ?? null,
        date_precision: date?.precision ?? null,
        report_date: reported?.day ?? null,
        status: shape.statusColumn ? fields.text(shape.statusColumn) : null,
        type: shape.typeColumn ? fields.text(shape.typeColumn) : null,
        confidence: fields.text("Confidence"),
        notes: fields.text("Notes"),
        urls: JSON.stringify(fields.urls(SOURCE_COLUMNS)),
        ...provenanceOf(row, sourceId),
      },
    ],
    company_metrics: metrics,
  };
}

/** A funding round is the same round when company, close date and equity amount agree. */
function sameRound(output: RowOutput): { key: string; reason: string } | null {
  const report = output.company_reports?.[0];
  const equity = output.company_metrics?.find((metric) => metric.metric === "funding_equity");
  if (!report?.date || !equity) return null;
  return {
    key: `${report.company_id}|${report.date}|${equity.value}`,
    reason: "same company, close date and equity amount",
  };
}

function reportDataset(shape: ReportShape): DatasetDefinition {
  return {
    ...(shape.kind === "funding_round" ? { duplicateKey: sameRound } : {}),
    id: shape.dataset,
    sourceId: `epoch-${shape.dataset.replace(/_/g, "-")}`,
    feeds: ["companyMetrics"],
    title: shape.title,
    file: `ai_companies/${shape.dataset}.csv`,
    remoteFile: `${shape.dataset}.csv`,
    table: "company_reports",
    mapRow: (row, context, sourceId) => reportRow(shape, row, context, sourceId),
  };
}

export const fundingRounds = reportDataset({
  kind: "funding_round",
  dataset: "ai_companies_funding_rounds",
  title: "AI Companies: funding rounds",
  dateColumn: "Close date",
  typeColumn: "Type",
  statusColumn: "Status",
  qualifierColumn: null,
  metrics: [
    { metric: "funding_equity", column: "Funding (equity)", unit: "USD" },
    { metric: "funding_debt", column: "Funding (debt)", unit: "USD" },
    { metric: "valuation_post_money", column: "Valuation (post-money)", unit: "USD" },
  ],
});

export const revenueReports = reportDataset({
  kind: "revenue",
  dataset: "ai_companies_revenue_reports",
  title: "AI Companies: revenue reports",
  dateColumn: "Date",
  typeColumn: "Type",
  statusColumn: null,
  qualifierColumn: null,
  metrics: [
    { metric: "revenue_annual", column: "Revenue amount (normalize to annual)", unit: "USD/year" },
    { metric: "annualized_revenue", column: "Annualized revenue (USD)", unit: "USD/year" },
  ],
});

export const staffReports = reportDataset({
  kind: "staff",
  dataset: "ai_companies_staff_reports",
  title: "AI Companies: staff reports",
  dateColumn: "Date",
  typeColumn: "Type",
  statusColumn: null,
  qualifierColumn: "Division name",
  metrics: [{ metric: "staff", column: "Staff count", unit: "people" }],
});

export const usageReports = reportDataset({
  kind: "usage",
  dataset: "ai_companies_usage_reports",
  title: "AI Companies: usage reports",
  dateColumn: "Date",
  typeColumn: "Source type",
  statusColumn: null,
  qualifierColumn: "Product",
  metrics: [
    {
      metric: "active_users",
      column: "Active users",
      unit: (fields) => `users (${(fields.text("Active users time period") ?? "unspecified period").toLowerCase()})`,
    },
    { metric: "daily_tokens", column: "Daily tokens", unit: "tokens/day" },
    { metric: "daily_messages", column: "Daily messages", unit: "messages/day" },
  ],
});

export const computeSpend = reportDataset({
  kind: "compute_spend",
  dataset: "ai_companies_compute_spend",
  title: "AI Companies: compute spend",
  dateColumn: "Date",
  typeColumn: "Category",
  statusColumn: "Period type",
  qualifierColumn: null,
  metrics: [
    { metric: "compute_spend", column: "Amount", unit: "USD" },
    { metric: "inference_compute_spend", column: "Inference compute spend", unit: "USD" },
    { metric: "rnd_compute_spend", column: "R&D compute spend", unit: "USD" },
    { metric: "total_compute_spend", column: "Total compute spend", unit: "USD" },
  ],
});
