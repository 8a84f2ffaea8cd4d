/** 2.3 Commercial pipeline (pipeline commercial): weighted pipeline by quarter, the year's forecast quarter by quarter, the main accounts. */
import { periodContaining, pipeline, pipelineGrouped, pipelineSeries } from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { money, percent, table } from "./_format.js";

const data = generateSampleDataset();
const result = pipeline(data.deals, {
  asOf: data.asOf,
  grain: "quarter",
  stageProbabilities: data.stageProbabilities,
  forecast: { period: periodContaining(data.asOf, "year"), orders: data.orders, targets: data.revenueTargets },
});

table(
  ["expected close", "deals", "unweighted", "weighted"],
  [
    ["overdue", result.overdue] as const,
    ...result.buckets.map((bucket) => [bucket.label, bucket] as const),
    ["no date", result.undated] as const,
    ["total", result.totals] as const,
  ].map(([label, amounts]) => [label, String(amounts.dealCount), money(amounts.unweighted), money(amounts.weighted)]),
);
if (result.forecast !== null) {
  console.log(
    `forecast ${money(result.forecast.forecast)}, ${percent(result.forecast.forecastAttainment.value)} of target`,
  );
  console.log(`coverage ${result.forecast.coverage.value?.toFixed(2) ?? result.forecast.coverage.reason}`);
}

// The year's forecast quarter by quarter, in one call.
const series = pipelineSeries(data.deals, {
  asOf: data.asOf,
  stageProbabilities: data.stageProbabilities,
  range: periodContaining(data.asOf, "year"),
  grain: "quarter",
  orders: data.orders,
  targets: data.revenueTargets,
});
table(
  ["quarter", "orders", "realized", "deals", "weighted", "forecast", "target"],
  series.buckets.map((b) => [
    b.label,
    String(b.orderCount),
    money(b.realized),
    String(b.dealCountInWindow),
    money(b.weightedInWindow),
    money(b.forecast),
    money(b.target),
  ]),
);
for (const warning of series.warnings) console.log(`note (${warning.code}): ${warning.message}`);

// The accounts that carry the pipeline: the five largest, the others as one line.
const accounts = pipelineGrouped(data.deals, {
  asOf: data.asOf,
  stageProbabilities: data.stageProbabilities,
  groupBy: "customer",
  top: 5,
});
table(
  ["customer", "deals", "weighted"],
  [
    ...accounts.groups.map((g) => [g.key, String(g.result.totals.dealCount), money(g.result.totals.weighted)]),
    ...(accounts.rest === null
      ? []
      : [
          [
            `${accounts.rest.groupCount} others`,
            String(accounts.rest.result.totals.dealCount),
            money(accounts.rest.result.totals.weighted),
          ],
        ]),
    ...(accounts.withoutCustomer === null || accounts.withoutCustomer.dealCount === 0
      ? []
      : [["no customer", String(accounts.withoutCustomer.dealCount), money(accounts.withoutCustomer.weighted)]]),
  ],
);
