/** 2.5 Lost deals (volume des affaires perdues): monthly losses, loss rates and spikes, as of the sample's date. */
import { lostDeals } from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { money, percent, table } from "./_format.js";

const data = generateSampleDataset();
// Deals closed at or after asOf are not counted; the month holding it is partial (losses to date).
const result = lostDeals(data.deals, {
  range: data.range,
  asOf: data.asOf,
  reasonCategories: data.lossReasonCategories,
});

table(
  ["month", "lost", "amount", "loss rate", "mean + 2 std", "flags"],
  result.buckets.map((bucket) => [
    bucket.label,
    String(bucket.lostCount),
    money(bucket.lostAmount),
    percent(bucket.lossRateByCount.value, bucket.lossRateByCount.reason),
    bucket.threshold?.toFixed(1) ?? "-",
    bucket.flags.includes("spike") ? "SPIKE" : bucket.flags.join(", "),
  ]),
);
console.log(`top reason: ${result.totals.byReason[0]?.reason ?? "-"} (${result.totals.byReason[0]?.count ?? 0} deals)`);
