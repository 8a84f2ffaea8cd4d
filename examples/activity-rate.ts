/** 2.4 Activity rate (taux d'activité): one month for the company, per activity type. */
import { activityRate, periodContaining, rollUpTargets } from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { light, percent, table } from "./_format.js";

const data = generateSampleDataset();
const month = periodContaining(new Date(Date.UTC(2026, 4, 15)), "month");
// Activity targets are set per seller; a company figure uses company-level targets only, so
// roll the sellers' targets up first (spec settled detail 1).
const companyTargets = rollUpTargets(data.activityTargets, { to: "company" }).targets;

const result = activityRate(data.activities, { targets: companyTargets, period: month });
table(
  ["type", "done", "target", "rate", "status"],
  result.byType.map((type) => [type.type, String(type.done), type.target.toFixed(1), percent(type.rate.value, type.rate.reason), light(type.status, type.statusReason)]),
);
console.log(`overall ${percent(result.overall.value)} ${light(result.status)}; warnings: ${result.warnings.join(", ") || "none"}`);
