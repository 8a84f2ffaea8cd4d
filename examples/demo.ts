/**
 * `npm run demo`: the five headline indicators of the sample dataset, as a sales director would
 * read them, as of the sample's fixed date (2026-06-15), then the article's 22 operational
 * indicators and what the big CRMs add, one line each from the catalogue. Numbers and labels
 * follow one locale: en-US by default, another with `npm run demo -- --locale fr-FR`.
 */
import {
  activityRateGrouped,
  computeReport,
  lostDeals,
  periodContaining,
  pipeline,
  pipelineTable,
  reportTable,
  revenuePerSeller,
  revenueSeriesTable,
  revenueVsTargetGrouped,
  revenueVsTargetSeries,
  rollingWindow,
} from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { formatFor, table, title } from "./_format.js";

/** The locale of `--locale xx-YY` (or `--locale=xx-YY`), else en-US. */
function localeArgument(args: readonly string[]): string {
  const at = args.findIndex((arg) => arg === "--locale" || arg.startsWith("--locale="));
  if (at < 0) return "en-US";
  const value = args[at]?.startsWith("--locale=") === true ? args[at].slice("--locale=".length) : args[at + 1];
  if (value === undefined || value === "") throw new Error("--locale needs a tag, e.g. --locale fr-FR");
  return value;
}

const f = formatFor(localeArgument(process.argv.slice(2)));

const data = generateSampleDataset();
const asOf = data.asOf;
const names = new Map(data.sellers.map((seller) => [seller.id, seller.name]));
const nameOf = (id: string): string => names.get(id) ?? id;
const year = periodContaining(asOf, "year");

console.log(
  `crm-kpi demo: ${f.count(data.sellers.length)} sellers, ${f.count(data.orders.length)} orders, ${f.count(data.deals.length)} deals, ${f.count(data.activities.length)} activities`,
);
console.log(
  `As of ${asOf.toISOString().slice(0, 10)}. Amounts in ${data.currency}; numbers written as ${f.locale} writes them.`,
);

title(`1. Revenue versus target (CA réalisé / objectifs), ${year.label} by month`);
const series = revenueVsTargetSeries(data.orders, { targets: data.revenueTargets, range: year, grain: "month", asOf });
table(...revenueSeriesTable(f, series, `${year.label} to date`));
const thresholds = series.total.thresholds;
console.log(
  `Status: ${f.light("good")} at ${f.threshold(thresholds.good)} or more, ${f.light("watch")} from ${f.threshold(thresholds.watch)}, ${f.light("alert")} below.`,
);
console.log(
  "A closed month is judged on its attainment, the running one on its pace (realized / target expected to date).",
);
console.log(
  `Projected for ${year.label} at the current run rate: ${f.money(series.total.projected)} ${data.currency}.`,
);

const bySeller = revenueVsTargetGrouped(data.orders, {
  targets: data.revenueTargets,
  period: year,
  asOf,
  groupBy: "seller",
  sellers: data.sellers,
});
console.log("\nPer seller, year to date:");
table(
  ["seller", "realized", "annual target", "attainment", "pace", "status"],
  bySeller.groups.map(({ key, result }) => [
    nameOf(key),
    f.money(result.realized),
    f.money(result.target),
    f.percent(result.attainment),
    f.percent(result.pace),
    f.light(result.status, result.statusReason),
  ]),
);

title("2. Revenue per seller (CA par vendeur), last 6 months");
const lastSixMonths = {
  start: periodContaining(new Date(Date.UTC(2025, 11, 15)), "month").start,
  end: periodContaining(asOf, "month").end,
};
const perSeller = revenuePerSeller(data.orders, {
  range: lastSixMonths,
  asOf,
  sellers: data.sellers,
  targets: data.revenueTargets,
  activities: data.activities,
});
table(
  ["seller", ...perSeller.buckets.map((bucket) => bucket.label), "flags (latest complete month)"],
  perSeller.sellers.map((seller) => {
    const complete = seller.points.filter(
      (point) => !point.flags.includes("partial") && !point.flags.includes("not-started"),
    );
    const latest = complete[complete.length - 1];
    return [
      nameOf(seller.sellerId),
      ...seller.points.map((point) => f.money(point.realized)),
      latest?.flags.map((flag) => f.label("flag", flag)).join(", ") || "—",
    ];
  }),
);
console.log(
  `Flags are those of the latest complete month: ${perSeller.buckets.at(-1)?.label ?? "the last month"} is still running.`,
);
console.log("\nEffort versus result over the same months (split at the team medians):");
table(
  ["seller", "realized", "attainment", "done activities", "quadrant"],
  perSeller.effortVsResult.map((line) => [
    nameOf(line.sellerId),
    f.money(line.realized),
    f.percent(line.attainment),
    line.activityCount === null ? "—" : f.count(line.activityCount),
    line.quadrant === null ? f.percent(null, line.quadrantReason) : f.label("quadrant", line.quadrant),
  ]),
);

title("3. Commercial pipeline (pipeline commercial) by month of expected close");
const pipe = pipeline(data.deals, {
  asOf,
  grain: "month",
  stageProbabilities: data.stageProbabilities,
  forecast: { period: year, orders: data.orders, targets: data.revenueTargets },
});
table(...pipelineTable(f, pipe));
if (pipe.forecast !== null) {
  const forecast = pipe.forecast;
  console.log(
    `\nForecast ${year.label}: realized ${f.money(forecast.realized)} + weighted pipeline ${f.money(forecast.weightedInWindow)} = ${f.money(forecast.forecast)} ` +
      `(${f.percent(forecast.forecastAttainment)} of ${f.money(forecast.target)}); ` +
      `coverage of the remaining ${f.money(forecast.remainingTarget)}: ${f.multiple(forecast.coverage)} (open deals / target still to reach).`,
  );
}

title("4. Activity rate (taux d'activité), last 28 days per seller");
const window = rollingWindow(asOf, 28);
const activity = activityRateGrouped(data.activities, {
  targets: data.activityTargets,
  period: window,
  groupBy: "seller",
  sellers: data.sellers,
});
const types = activity.groups[0]?.result.byType.map((type) => type.type) ?? [];
table(
  ["seller", ...types, "overall", "status"],
  activity.groups.map((group) => [
    nameOf(group.key),
    ...group.result.byType.map((type) => (type.rate.value === null ? f.count(type.done) : f.parts(type.rate))),
    f.percent(group.result.overall),
    f.light(group.result.status, group.result.statusReason),
  ]),
);
console.log(
  "9/9: activities done / target for the 28 days (monthly targets prorated, rounded); a number alone: done, no target for that type.",
);
const activityThresholds = activity.groups[0]?.result.thresholds;
if (activityThresholds !== undefined) {
  console.log(
    `Status of the overall rate: ${f.light("good")} at ${f.threshold(activityThresholds.good)} or more, ${f.light("watch")} from ${f.threshold(activityThresholds.watch)}, ${f.light("alert")} below.`,
  );
}
const warnings = new Set(
  activity.groups.flatMap((group) => group.result.warnings.map((warning) => f.warning(warning))),
);
if (warnings.size > 0) console.log(`Warnings: ${[...warnings].join("; ")}`);

title("5. Lost deals (volume des affaires perdues), last 12 months to date");
// Deals are bucketed by closing date; the range stops at asOf so nothing after "now" is read.
const lastTwelveMonths = { start: periodContaining(new Date(Date.UTC(2025, 6, 15)), "month").start, end: asOf };
const lost = lostDeals(data.deals, { range: lastTwelveMonths, reasonCategories: data.lossReasonCategories });
table(
  ["month", "lost", "lost amount", "loss rate (count)", "loss rate (value)", "flags"],
  lost.buckets.map((bucket) => [
    bucket.label,
    f.count(bucket.lostCount),
    f.money(bucket.lostAmount),
    f.percent(bucket.lossRateByCount),
    f.percent(bucket.lossRateByValue),
    bucket.flags
      .map((flag) => (flag === "spike" ? `[!!] ${f.label("flag", flag)}` : f.label("flag", flag)))
      .join(", ") || "—",
  ]),
);
console.log("\nWhy deals were lost (12 months):");
table(
  ["category", "deals", "amount"],
  lost.totals.byCategory.map((line) => [
    f.label("lossCategory", line.category),
    f.count(line.count),
    f.money(line.amount),
  ]),
);
console.log("\nCompetitors who won them:");
table(
  ["competitor", "deals", "amount"],
  lost.totals.byCompetitor.slice(0, 5).map((line) => [line.competitor, f.count(line.count), f.money(line.amount)]),
);

// The extended catalogue, each indicator read by its entry alone (computeReport + headlineOf):
// the demo knows none of them.
const quarter = periodContaining(asOf, "quarter");
const report = computeReport(data, { period: quarter, asOf });

title(`6. Operational indicators (indicateurs opérationnels), ${quarter.label} to date`);
table(...reportTable(report, { locale: f.locale, groups: ["operational"] }), { textColumns: 3 });
console.log(
  "The article's 22 operational indicators: each line is its headline figure (durations as means, shares as percentages).",
);

title(`7. What the big CRMs add (Salesforce, HubSpot, Pipedrive, Odoo), ${quarter.label} to date`);
table(...reportTable(report, { locale: f.locale, groups: ["crm"] }), { textColumns: 3 });
console.log("Every figure: crm-kpi report --all on your own CSV exports, or computeReport in code.");
