/**
 * A quarter's figures from monthly exports computed on different days: at the end of each month,
 * the month's file gives the partial states of the plans the quarter's indicators ask for
 * (`plansOf`, `computePartials`), saved as JSON; at the end of the quarter, the saved states are
 * read back and combined into the five indicators (`computeFromPartials`). The figures are exactly
 * those computed over every month's records at once, which the script checks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  activityTable,
  combinePartials,
  computeFromPartials,
  computePartials,
  dealTable,
  orderTable,
  plansOf,
  type Activity,
  type Deal,
  type Order,
  type PartialResult,
  type PieceRecords,
} from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { money, table } from "./_format.js";
import { fiveIndicators, type FiveSettings } from "./_five.js";

const data = generateSampleDataset();
// The first quarter of the sample's second year, closed: its figures as of its end.
const quarter = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
const settings: FiveSettings = {
  asOf: quarter.end,
  period: quarter,
  revenueTargets: data.revenueTargets,
  activityTargets: data.activityTargets,
  stageProbabilities: data.stageProbabilities,
};

/** A month's number (its piece's `part`): the whole's record order is the months' order. */
const monthOf = (date: Date): number => date.getUTCFullYear() * 12 + date.getUTCMonth();

// The monthly exports of the CRM: each record in the file of its month (a deal in its creation month's).
const files = new Map<number, { orders: Order[]; deals: Deal[]; activities: Activity[] }>();
const fileOf = (date: Date): { orders: Order[]; deals: Deal[]; activities: Activity[] } => {
  const month = monthOf(date);
  let file = files.get(month);
  if (file === undefined) files.set(month, (file = { orders: [], deals: [], activities: [] }));
  return file;
};
for (const order of data.orders) fileOf(order.date).orders.push(order);
for (const deal of data.deals) fileOf(deal.createdAt).deals.push(deal);
for (const activity of data.activities) fileOf(activity.date).activities.push(activity);
const months = [...files.keys()].sort((a, b) => a - b);
const pieceOf = (month: number): PieceRecords => {
  const file = files.get(month) as { orders: Order[]; deals: Deal[]; activities: Activity[] };
  return { orders: orderTable(file.orders), deals: dealTable(file.deals), activities: activityTable(file.activities) };
};

// The plans the quarter's indicators ask for, known before any month is computed.
const plans = plansOf((tables) => fiveIndicators(tables, settings));
console.log(`the quarter's indicators ask for ${plans.length} plans`);

// "On different days": each month's states, computed from its file alone and saved as JSON.
const directory = mkdtempSync(join(tmpdir(), "crm-kpi-monthly-"));
try {
  for (const month of months)
    writeFileSync(
      join(directory, `${month}.json`),
      JSON.stringify(computePartials(plans, pieceOf(month), { part: month })),
    );

  // At the end of the quarter: the saved states, read back.
  const saved = readdirSync(directory).flatMap(
    (name) => JSON.parse(readFileSync(join(directory, name), "utf8")) as PartialResult[],
  );
  console.log(
    `${months.length} monthly files gave ${saved.length} states, ${combinePartials(saved).length} once combined`,
  );
  let recomputed = 0;
  const figures = await computeFromPartials(
    (tables) => fiveIndicators(tables, settings),
    (asked) => {
      const known = new Set(plans.map((plan) => JSON.stringify(plan)));
      const fresh = asked.filter((plan) => !known.has(JSON.stringify(plan)));
      // A plan shaped by the figures themselves (the pipeline's latest expected close) was not known
      // in advance: its states come from the monthly files again.
      recomputed += fresh.length;
      return [...saved, ...months.flatMap((month) => computePartials(fresh, pieceOf(month), { part: month }))];
    },
  );
  if (recomputed > 0) console.log(`${recomputed} plan(s) depended on the figures: computed from the monthly files`);

  // The same figures as over every month's records at once, in month order.
  const all = months.map((month) => files.get(month) as { orders: Order[]; deals: Deal[]; activities: Activity[] });
  const whole = fiveIndicators(
    {
      orders: orderTable(all.flatMap((file) => file.orders)),
      deals: dealTable(all.flatMap((file) => file.deals)),
      activities: activityTable(all.flatMap((file) => file.activities)),
    },
    settings,
  );
  if (JSON.stringify(figures) !== JSON.stringify(whole))
    throw new Error("the monthly partials' figures differ from the whole's");
  console.log("the combined monthly partials give exactly the whole's figures\n");
  table(
    ["2026-Q1", "figure"],
    [
      ["revenue", `${money(figures.revenue.total.realized)} of ${money(figures.revenue.total.target)}`],
      ["orders", String(figures.revenue.total.orderCount)],
      ["weighted pipeline at the quarter's end", money(figures.pipeline.totals.weighted)],
      ["activities done", String(figures.activity.total.totalDone)],
      ["deals lost", String(figures.lost.totals.lostCount)],
    ],
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
