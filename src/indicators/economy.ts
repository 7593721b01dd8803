/**
 * Indicator 8: the AI companies' economy: funding raised, valuations, annualised revenue, users, staff
 * and compute spend, per company and summed per group and year.
 */
import { z } from "zod";
import type { Bloc } from "../domain/bloc.js";
import type { CompanyMetricObservation } from "../domain/observations.js";
import { groupCells, resolveGroups } from "./groups.js";
import { IndicatorParamError, groupFields, history, inPeriod, paramsSchema, periodFields, yearOf } from "./params.js";
import { GROUP_CELLS, amount, maybeAmount, maybeText, text } from "./rows.js";
import { column, series, table, type IndicatorSeries, type Localized, latestDay } from "./series.js";
import { windowOf } from "./time-grid.js";
import { yearsOf } from "./yearly-counts.js";

/** Metrics that are amounts over time (summed within a year); every other metric is a level (the latest report holds). */
export const FLOW_METRICS: ReadonlySet<string> = new Set(["funding_equity", "funding_debt"]);

/** Words for the metric names Epoch's company data uses; an unknown name is shown as stored. */
const METRIC_NAMES: Readonly<Record<string, Localized>> = {
  funding_equity: { en: "equity funding", nl: "financiering met aandelen" },
  valuation_post_money: { en: "valuation (post-money)", nl: "waardering (na financiering)" },
  funding_debt: { en: "debt funding", nl: "financiering met schuld" },
  annualized_revenue: { en: "annualised revenue", nl: "omzet op jaarbasis" },
  revenue_annual: { en: "annual revenue", nl: "jaaromzet" },
  active_users: { en: "active users", nl: "actieve gebruikers" },
  staff: { en: "staff", nl: "personeel" },
  compute_spend: { en: "compute spending", nl: "uitgaven aan rekenkracht" },
};

const sentenceCase = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function metricName(metric: string): Localized {
  return METRIC_NAMES[metric] ?? { en: metric, nl: metric };
}

export const economyParams = paramsSchema({
  ...groupFields,
  ...periodFields,
  metric: z
    .string()
    .regex(/^[a-z0-9_]+$/, "a metric name such as funding_equity")
    .default("funding_equity")
    .describe("Metric name as stored, e.g. funding_equity, valuation_post_money, annualized_revenue, active_users."),
});
export type EconomyParams = z.output<typeof economyParams>;

/** One company report: the row type of the main table. */
export const COMPANY_REPORT_ROW = z.object({
  date: text,
  company: text,
  country: maybeText,
  metric: text,
  value: amount,
  confidence: maybeText,
  reportId: text,
});
export type CompanyReportRow = z.output<typeof COMPANY_REPORT_ROW>;

/** One group's sum in one year (null: none of its companies is tracked): the row type of the "byGroup" table. */
export const ECONOMY_GROUP_ROW = z.object({ year: amount, ...GROUP_CELLS, companies: amount, value: maybeAmount });
export type EconomyGroupRow = z.output<typeof ECONOMY_GROUP_ROW>;

type DatedMetric = CompanyMetricObservation & { readonly date: string };

export function economy(
  input: { readonly companyMetrics: readonly CompanyMetricObservation[]; readonly blocs: readonly Bloc[] },
  params: EconomyParams,
): IndicatorSeries {
  const groups = resolveGroups(params, input.blocs);
  const available = [...new Set(input.companyMetrics.map((m) => m.metric))].sort();
  if (!available.includes(params.metric)) {
    throw new IndicatorParamError(
      "metric",
      `no reports of '${params.metric}'; available metrics: ${available.join(", ")}`,
    );
  }
  // A level reported before `from` still holds: the whole history up to `to` is read, `from` only cuts the rows.
  const upToEnd = input.companyMetrics.filter(
    (m): m is DatedMetric => m.metric === params.metric && m.date !== null && inPeriod(m.date, history(params)),
  );
  upToEnd.sort((a, b) => a.date.localeCompare(b.date) || a.company.localeCompare(b.company));
  const reports = upToEnd.filter((r) => inPeriod(r.date, params));
  const flow = FLOW_METRICS.has(params.metric);
  const name = metricName(params.metric);
  const unit = upToEnd[0]?.unit ?? null;
  const window = windowOf(
    reports.map((r) => r.date),
    params,
  );
  const groupRows: EconomyGroupRow[] = [];
  for (const group of groups) {
    // A group none of whose companies Epoch tracks has no data, which is not zero.
    const tracked = input.companyMetrics.some(
      (m) => m.metric === params.metric && m.country !== null && group.members.has(m.country),
    );
    const inGroup = upToEnd.filter((r) => r.country !== null && group.members.has(r.country));
    for (const year of window ? yearsOf(window) : []) {
      const companies = new Set<string>();
      let total = 0;
      if (flow) {
        for (const r of inGroup.filter((r) => yearOf(r.date) === year)) {
          total += r.value;
          companies.add(r.company);
        }
      } else {
        const latest = new Map<string, number>(); // reports are in date order, so the last one set wins
        for (const r of inGroup.filter((r) => yearOf(r.date) <= year)) latest.set(r.company, r.value);
        for (const [company, value] of latest) {
          total += value;
          companies.add(company);
        }
      }
      groupRows.push({ year, ...groupCells(group), companies: companies.size, value: tracked ? total : null });
    }
  }
  return series(
    "economy",
    [
      table(
        "main",
        { en: `Company reports: ${name.en}`, nl: `Bedrijfsgegevens: ${name.nl}` },
        [
          column("date", "Date", "Datum"),
          column("company", "Company", "Bedrijf"),
          column("country", "Country", "Land"),
          column("metric", "Metric", "Maatstaf"),
          // The measure's own name, so that the axis and the table say what the number is.
          column("value", sentenceCase(name.en), sentenceCase(name.nl), unit),
          column("confidence", "Epoch confidence", "Betrouwbaarheid volgens Epoch"),
          column("reportId", "Report", "Melding"),
        ],
        reports.map((r): CompanyReportRow => ({
          date: r.date,
          company: r.company,
          country: r.country,
          metric: r.metric,
          value: r.value,
          confidence: r.confidence,
          reportId: r.reportId,
        })),
      ),
      table(
        "byGroup",
        { en: `Per bloc and year: ${name.en}`, nl: `Per blok en jaar: ${name.nl}` },
        [
          column("year", "Year", "Jaar"),
          column("group", "Bloc or country", "Blok of land"),
          column("groupKind", "Kind", "Soort"),
          column("companies", "Companies reporting", "Bedrijven met gegevens", "companies"),
          column(
            "value",
            flow ? "Sum in year" : "Sum of latest values",
            flow ? "Som in het jaar" : "Som van de laatste waarden",
            unit,
          ),
        ],
        groupRows,
      ),
    ],
    {
      filters: [
        {
          en: `Epoch AI's AI companies data: reports of ${name.en} with a date inside the period.`,
          nl: `De gegevens over AI-bedrijven van Epoch AI: meldingen van ${name.nl} met een datum binnen de periode.`,
        },
      ],
      attribution: null,
      formula: flow
        ? {
            en: "Per group and year: the sum of the amounts of the group's companies dated in that year. A company belongs to the country of its headquarters.",
            nl: "Per groep en jaar: de som van de bedragen van de bedrijven van de groep met een datum in dat jaar. Een bedrijf hoort bij het land van zijn hoofdkantoor.",
          }
        : {
            en: "Per group and year: for each of the group's companies the latest value reported up to the end of that year, summed. A company belongs to the country of its headquarters.",
            nl: "Per groep en jaar: per bedrijf van de groep de laatste waarde gemeld tot het einde van dat jaar, opgeteld. Een bedrijf hoort bij het land van zijn hoofdkantoor.",
          },
      assumptions: flow
        ? []
        : [
            {
              en: "A reported level (valuation, revenue run rate, users) holds until the next report, however old it is.",
              nl: "Een gemelde stand (waardering, omzet op jaarbasis, gebruikers) blijft gelden tot de volgende melding, hoe oud die ook is.",
            },
          ],
      caveats: [
        {
          en: "Epoch covers a handful of leading AI companies, mostly American; many figures are media reports or estimates, with Epoch's confidence label per report.",
          nl: "Epoch volgt een handvol toonaangevende AI-bedrijven, vooral Amerikaanse; veel cijfers komen uit media of zijn schattingen, met het betrouwbaarheidslabel van Epoch per melding.",
        },
      ],
      n: reports.length,
      asOf: latestDay(upToEnd.map((r) => r.date)),
      metric: {
        en: `${name.en} of tracked AI companies, by headquarters country`,
        nl: `${name.nl} van gevolgde AI-bedrijven, naar land van hoofdkantoor`,
      },
      window,
    },
  );
}
