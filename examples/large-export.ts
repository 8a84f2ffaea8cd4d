/**
 * A large export: raw rows parsed straight into tables (`parseOrderTable`, `parseDealTable`,
 * `parseActivityTable`), then the five headline indicators computed from the tables. Tables are
 * what to use when the same records feed several indicators, or when there are millions of them.
 */
import {
  activityRateSeries,
  formatRowError,
  lostDeals,
  parseActivityTable,
  parseActivityTargets,
  parseDealTable,
  parseOrderTable,
  parseRevenueTargets,
  periodContaining,
  pipeline,
  revenuePerSeller,
  revenueVsTargetSeries,
} from "crm-kpi";
import { generateSampleDataset, toRawRows } from "crm-kpi/sample";
import { money, percent, table } from "./_format.js";

// What a CRM export gives: plain rows, strings for money and dates (here 100,000 orders, 30,000 deals, 300,000 activities;
// only the records the five headline indicators read).
const data = generateSampleDataset({ orders: 100_000, deals: 30_000, activities: 300_000, extended: false });
const rows = toRawRows(data);

let start = performance.now();
const orders = parseOrderTable(rows.orders);
const deals = parseDealTable(rows.deals);
const activities = parseActivityTable(rows.activities);
const revenueTargets = parseRevenueTargets(rows.revenueTargets).records;
const activityTargets = parseActivityTargets(rows.activityTargets).records;
for (const error of [...orders.errors, ...deals.errors, ...activities.errors].slice(0, 5))
  console.log(formatRowError(error));
console.log(
  `parsed ${orders.table.size} orders, ${deals.table.size} deals, ${activities.table.size} activities in ${Math.round(performance.now() - start)} ms`,
);

start = performance.now();
const year = periodContaining(data.asOf, "year");
const twoYears = { start: new Date("2025-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") };
const revenue = revenueVsTargetSeries(orders.table, {
  targets: revenueTargets,
  range: year,
  grain: "quarter",
  asOf: data.asOf,
});
const perSeller = revenuePerSeller(orders.table, {
  range: twoYears,
  grain: "quarter",
  asOf: data.asOf,
  targets: revenueTargets,
});
const pipe = pipeline(deals.table, { asOf: data.asOf, grain: "quarter", stageProbabilities: data.stageProbabilities });
const activity = activityRateSeries(activities.table, {
  targets: activityTargets,
  range: year,
  grain: "quarter",
  asOf: data.asOf,
});
const lost = lostDeals(deals.table, { range: twoYears, grain: "quarter" });
console.log(`five indicators in ${Math.round(performance.now() - start)} ms\n`);

table(
  ["indicator", "figure"],
  [
    ["revenue this year", `${money(revenue.total.realized)} of ${money(revenue.total.target)}`],
    ["attainment to date", percent(revenue.total.attainment.value, revenue.total.attainment.reason)],
    ["sellers listed", String(perSeller.sellers.length)],
    ["weighted pipeline", money(pipe.totals.weighted)],
    ["activities done this year", String(activity.total.totalDone)],
    ["deals lost over two years", String(lost.totals.lostCount)],
  ],
);
