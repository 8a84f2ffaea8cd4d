/**
 * `npm run demo`: the five headline indicators of the sample dataset, as a sales director would
 * read them, as of the sample's fixed date (2026-06-15).
 */
import {
  activityRateGrouped,
  lostDeals,
  periodContaining,
  pipeline,
  revenuePerSeller,
  revenueVsTargetGrouped,
  revenueVsTargetSeries,
  rollingWindow,
} from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { light, money, percent, table, title } from "./_format.js";

const data = generateSampleDataset();
const asOf = data.asOf;
const names = new Map(data.sellers.map((seller) => [seller.id, seller.name]));
const nameOf = (id: string): string => names.get(id) ?? id;
const year = periodContaining(asOf, "year");

console.log(`crm-kpi demo: ${data.sellers.length} sellers, ${data.orders.length} orders, ${data.deals.length} deals, ${data.activities.length} activities (${data.currency})`);
console.log(`As of ${asOf.toISOString().slice(0, 10)}.`);

title(`1. Revenue versus target (CA réalisé / objectifs), ${year.label} by month`);
const series = revenueVsTargetSeries(data.orders, data.revenueTargets, { range: year, grain: "month", asOf });
table(
  ["month", "realized", "target", "attainment", "pace", "status"],
  [...series.buckets, { ...series.total, label: `${year.label} to date` }].map((bucket) => [
    bucket.label,
    money(bucket.realized),
    money(bucket.target),
    percent(bucket.attainment.value, bucket.attainment.reason),
    percent(bucket.pace.value, bucket.pace.reason),
    `${light(bucket.status, bucket.statusReason)} (${bucket.statusBasis})`,
  ]),
);
console.log(`Projected for ${year.label} at the current run rate: ${money(series.total.projected.value)} ${data.currency}.`);

const bySeller = revenueVsTargetGrouped(data.orders, data.revenueTargets, { period: year, asOf, groupBy: "seller", sellers: data.sellers });
console.log("\nPer seller, year to date:");
table(
  ["seller", "realized", "annual target", "attainment", "pace", "status"],
  bySeller.groups.map((group) => [
    nameOf(group.key),
    money(group.realized),
    money(group.target),
    percent(group.attainment.value, group.attainment.reason),
    percent(group.pace.value, group.pace.reason),
    light(group.status, group.statusReason),
  ]),
);

title("2. Revenue per seller (CA par vendeur), last 6 months");
const lastSixMonths = { start: periodContaining(new Date(Date.UTC(2025, 11, 15)), "month").start, end: periodContaining(asOf, "month").end };
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
    const complete = seller.points.filter((point) => !point.flags.includes("partial") && !point.flags.includes("not-started"));
    const latest = complete[complete.length - 1];
    return [nameOf(seller.sellerId), ...seller.points.map((point) => money(point.realized)), latest?.flags.join(", ") || "-"];
  }),
);
console.log("\nEffort versus result over the same months (split at the team medians):");
table(
  ["seller", "realized", "attainment", "done activities", "quadrant"],
  perSeller.effortVsResult.map((line) => [
    nameOf(line.sellerId),
    money(line.realized),
    percent(line.attainment.value, line.attainment.reason),
    String(line.activityCount ?? "-"),
    line.quadrant === "high-effort-low-result" ? "high effort, low result: method to review" : (line.quadrant ?? "-").replaceAll("-", " "),
  ]),
);

title("3. Commercial pipeline (pipeline commercial) by month of expected close");
const pipe = pipeline(data.deals, {
  asOf,
  grain: "month",
  stageProbabilities: data.stageProbabilities,
  forecast: { period: year, orders: data.orders, targets: data.revenueTargets },
});
table(
  ["expected close", "deals", "unweighted", "weighted"],
  [
    ["overdue", pipe.overdue] as const,
    ...pipe.buckets.map((bucket) => [bucket.label, bucket] as const),
    ["no date", pipe.undated] as const,
    ["total", pipe.totals] as const,
  ].map(([label, amounts]) => [label, String(amounts.count), money(amounts.unweighted), money(amounts.weighted)]),
);
if (pipe.forecast !== null) {
  const forecast = pipe.forecast;
  console.log(
    `\nForecast ${year.label}: realized ${money(forecast.realized)} + weighted pipeline ${money(forecast.weightedInWindow)} = ${money(forecast.forecast)} ` +
      `(${percent(forecast.forecastAttainment.value, forecast.forecastAttainment.reason)} of ${money(forecast.target)}); ` +
      `coverage of the remaining ${money(forecast.remainingTarget)}: ${forecast.coverage.value === null ? `(${forecast.coverage.reason})` : `${forecast.coverage.value.toFixed(2)}x`}.`,
  );
}

title("4. Activity rate (taux d'activité), last 28 days per seller");
const window = rollingWindow(asOf, 28);
const activity = activityRateGrouped(data.activities, data.activityTargets, { period: window, groupBy: "seller", sellers: data.sellers });
const types = activity.groups[0]?.result.byType.map((type) => type.type) ?? [];
table(
  ["seller", ...types, "overall", "status"],
  activity.groups.map((group) => [
    nameOf(group.key),
    ...group.result.byType.map((type) => (type.rate.value === null ? String(type.done) : `${type.done}/${type.target.toFixed(0)}`)),
    percent(group.result.overall.value, group.result.overall.reason),
    light(group.result.status, group.result.statusReason),
  ]),
);
const warnings = new Set(activity.groups.flatMap((group) => group.result.warnings));
if (warnings.size > 0) console.log(`Warnings: ${[...warnings].join(", ")}`);

title("5. Lost deals (volume des affaires perdues), last 12 months to date");
// Deals are bucketed by closing date; the range stops at asOf so nothing after "now" is read.
const lastTwelveMonths = { start: periodContaining(new Date(Date.UTC(2025, 6, 15)), "month").start, end: asOf };
const lost = lostDeals(data.deals, { range: lastTwelveMonths, reasonCategories: data.lossReasonCategories });
table(
  ["month", "lost", "lost amount", "loss rate (count)", "loss rate (value)", "flags"],
  lost.buckets.map((bucket) => [
    bucket.label,
    String(bucket.lostCount),
    money(bucket.lostAmount),
    percent(bucket.lossRateByCount.value, bucket.lossRateByCount.reason),
    percent(bucket.lossRateByValue.value, bucket.lossRateByValue.reason),
    bucket.spike ? "SPIKE" : bucket.flags.join(", "),
  ]),
);
console.log("\nWhy deals were lost (12 months):");
table(
  ["category", "deals", "amount"],
  lost.totals.byCategory.map((line) => [line.category, String(line.count), money(line.amount)]),
);
console.log("\nCompetitors who won them:");
table(
  ["competitor", "deals", "amount"],
  lost.totals.byCompetitor.slice(0, 5).map((line) => [line.competitor, String(line.count), money(line.amount)]),
);
