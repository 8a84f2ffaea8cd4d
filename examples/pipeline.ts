/** 2.3 Commercial pipeline (pipeline commercial): weighted pipeline by quarter and the year's forecast. */
import { periodContaining, pipeline } from "crm-kpi";
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
  ].map(([label, amounts]) => [label, String(amounts.count), money(amounts.unweighted), money(amounts.weighted)]),
);
if (result.forecast !== null) {
  console.log(`forecast ${money(result.forecast.forecast)}, ${percent(result.forecast.forecastAttainment.value)} of target`);
  console.log(`coverage ${result.forecast.coverage.value?.toFixed(2) ?? result.forecast.coverage.reason}`);
}
