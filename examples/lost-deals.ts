/** 2.5 Lost deals (volume des affaires perdues): monthly losses, loss rates and spikes. */
import { lostDeals } from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { money, percent, table } from "./_format.js";

const data = generateSampleDataset();
const result = lostDeals(data.deals, {
  range: { start: data.range.start, end: data.asOf },
  reasonCategories: data.lossReasonCategories,
});

table(
  ["month", "lost", "amount", "loss rate", "mean + 2 std", "spike"],
  result.buckets.map((bucket) => [
    bucket.label,
    String(bucket.lostCount),
    money(bucket.lostAmount),
    percent(bucket.lossRateByCount.value, bucket.lossRateByCount.reason),
    bucket.threshold?.toFixed(1) ?? "-",
    bucket.spike ? "SPIKE" : "",
  ]),
);
console.log(`top reason: ${result.totals.byReason[0]?.reason ?? "-"} (${result.totals.byReason[0]?.count ?? 0} deals)`);
