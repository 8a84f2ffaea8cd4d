/** 2.1 Revenue versus target (CA réalisé / objectifs): a quarter to date, for the company, per team and per customer. */
import { periodContaining, revenueVsTarget, revenueVsTargetGrouped } from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { light, money, percent, table } from "./_format.js";

const data = generateSampleDataset();
const quarter = periodContaining(data.asOf, "quarter");

const company = revenueVsTarget(data.orders, { targets: data.revenueTargets, period: quarter, asOf: data.asOf });
console.log(`${quarter.label}, ${percent(company.elapsedFraction)} elapsed`);
console.log(`${company.orderCount} orders`);
console.log(
  `realized ${money(company.realized)} / target ${money(company.target)} = ${percent(company.attainment.value)}`,
);
console.log(
  `expected to date ${money(company.expectedToDate)}, pace ${percent(company.pace.value)}, ${light(company.status)} (on ${company.statusBasis})`,
);
console.log(`still to travel ${money(company.remaining)}, projected ${money(company.projected.value)}`);

const teams = revenueVsTargetGrouped(data.orders, {
  targets: data.revenueTargets,
  period: quarter,
  asOf: data.asOf,
  groupBy: "team",
  sellers: data.sellers,
});
table(
  ["team", "orders", "realized", "target", "pace", "status"],
  teams.groups.map(({ key, result: team }) => [
    key,
    String(team.orderCount),
    money(team.realized),
    money(team.target),
    percent(team.pace.value, team.pace.reason),
    light(team.status, team.statusReason),
  ]),
);

// The accounts that carry the quarter: the five largest customers, the others folded into one line.
const customers = revenueVsTargetGrouped(data.orders, {
  targets: data.revenueTargets,
  period: quarter,
  asOf: data.asOf,
  groupBy: "customer",
  top: 5,
});
const rest =
  customers.rest === null
    ? []
    : [
        [
          `${customers.rest.groupCount} others`,
          String(customers.rest.result.orderCount),
          money(customers.rest.result.realized),
        ],
      ];
table(
  ["customer", "orders", "realized"],
  [...customers.groups.map(({ key, result }) => [key, String(result.orderCount), money(result.realized)]), ...rest],
);
