/** 2.4 Activity rate (taux d'activité): one month for the company, per activity type, and the running month per seller. */
import { activityRate, activityRateGrouped, periodContaining, rollUpTargets } from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { light, percent, table, title } from "./_format.js";

const data = generateSampleDataset();
const month = periodContaining(new Date(Date.UTC(2026, 4, 15)), "month");
// Activity targets are set per seller; a company figure uses company-level targets only, so
// roll the sellers' targets up first (spec settled detail 1). Without it the result warns
// "targets-below-scope" instead of rating anything.
const companyTargets = rollUpTargets(data.activityTargets, { to: "company" }).targets;

const result = activityRate(data.activities, { targets: companyTargets, period: month });
table(
  ["type", "done", "target", "rate", "status"],
  result.byType.map((type) => [
    type.type,
    String(type.done),
    type.target.toFixed(1),
    percent(type.rate.value, type.rate.reason),
    light(type.status, type.statusReason),
  ]),
);
console.log(
  `overall ${percent(result.overall.value)} ${light(result.status)}; warnings: ${result.warnings.map((w) => w.code).join(", ") || "none"}`,
);

// The month holding asOf is still running: each seller is judged on pace (done / target x elapsed
// fraction), not on the whole month's target.
const running = periodContaining(data.asOf, "month");
const sellers = activityRateGrouped(data.activities, {
  targets: data.activityTargets,
  period: running,
  asOf: data.asOf,
  groupBy: "seller",
  sellers: data.sellers,
});
title(`Per seller, ${running.start.toISOString().slice(0, 7)} as of ${data.asOf.toISOString().slice(0, 10)}`);
table(
  ["seller", "done", "rate to date", "pace", "status"],
  sellers.groups.map(({ key, result: r }) => [
    key,
    String(r.totalDone),
    percent(r.overall.value, r.overall.reason),
    percent(r.pace.value, r.pace.reason),
    light(r.status, r.statusReason),
  ]),
);
console.log(
  `statuses judged on ${sellers.groups[0]?.result.statusBasis ?? "-"} (${percent(sellers.groups[0]?.result.elapsedFraction ?? null)} of the month elapsed)`,
);
