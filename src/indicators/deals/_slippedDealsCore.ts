/**
 * The computation behind {@link slippedDeals}: from the close-date history, the deals whose
 * expected close moved later during the period; without it, the deals overdue at `asOf`.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import { startOfDayContaining, wallDayOf } from "../../period/zone.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { absent, present } from "../figure.js";
import { dealsTally, openPlan, openTally, type Tally } from "./_dealsPlans.js";
import type { DealSettings } from "./_dealsSettings.js";
import type { SlippedDealsResult } from "./slippedDealsTypes.js";

/** Calendar days from one expected close day to another (both first instants of days in the zone). */
function dayDiff(zone: string, from: number, to: number): number {
  return wallDayOf(zone, to) - wallDayOf(zone, from);
}

/**
 * Per deal of the scope, the calendar days its expected close moved later in `[start, cut)`: each
 * change (by `changedAt`, then table order) is compared with the deal's previous change; a later
 * day is a slip of that many days. A deal's first known change has nothing to compare with.
 */
function slipsByDeal(run: PlanRunner, settings: DealSettings, dealIds: readonly string[]): Map<string, number> {
  const cells = run({
    table: "closeDateChanges",
    time: "changedAt",
    window: { from: null, to: settings.cut },
    // For the whole company `dealIds` is every deal: the caller keeps only those, so testing each
    // change against the whole id list would change nothing.
    where: settings.scope.owners === undefined ? [] : [{ kind: "in", column: "dealId", values: dealIds }],
    groupBy: [{ column: "dealId" }],
    measures: {
      changed: { kind: "timeValues", column: "changedAt" },
      expected: { kind: "timeValues", column: "expectedCloseDate" },
    },
  });
  const zone = settings.calendar.timeZone;
  const start = settings.period.start.getTime();
  const slips = new Map<string, number>();
  for (const dealId of cells.keys[0] ?? []) {
    if (dealId === null) continue;
    const { changed, expected } = cells.total(dealId);
    const order = changed.map((_, i) => i).sort((a, b) => (changed[a] as number) - (changed[b] as number) || a - b);
    let days = 0;
    for (let k = 1; k < order.length; k++) {
      const at = changed[order[k] as number] as number;
      const moved = dayDiff(zone, expected[order[k - 1] as number] as number, expected[order[k] as number] as number);
      if (at >= start && moved > 0) days += moved;
    }
    if (days > 0) slips.set(dealId, days);
  }
  return slips;
}

function base(
  settings: DealSettings,
  tally: Tally,
): Omit<SlippedDealsResult, "reading" | "daysMoved" | "meanDays" | "explain"> {
  const result = {
    indicator: "slipped-deals" as const,
    unit: "count" as const,
    currency: settings.guard.currency,
    period: { start: new Date(settings.period.start.getTime()), end: new Date(settings.period.end.getTime()) },
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    readAt: new Date(settings.now),
    scope: settings.scope.scope,
    dealCount: tally.count,
    amount: tally.amount,
  };
  return result;
}

/** The result with, when explaining, the deals behind it (last, as the schema writes it). */
function explained(result: SlippedDealsResult, tally: Tally): SlippedDealsResult {
  return tally.ids === null ? result : { ...result, explain: { dealIds: tally.ids } };
}

/** Slipped deals of one scope, on any plan runner (`history`: whether a close-date history was given). */
export function slippedDealsOf(run: PlanRunner, settings: DealSettings, history: boolean): SlippedDealsResult {
  if (history) {
    const owners = settings.scope.owners;
    const scoped = run({
      table: "deals",
      time: "createdAt",
      window: { from: null, to: null },
      ...(owners === undefined ? {} : { owners }),
      measures: { ids: { kind: "ids" } },
    }).total().ids;
    const slips = slipsByDeal(run, settings, scoped);
    const slipped = scoped.filter((id) => slips.has(id));
    const tally = dealsTally(run, settings, [{ kind: "in", column: "id", values: slipped }]);
    const days = slipped.reduce((sum, id) => sum + (slips.get(id) as number), 0);
    const result = base(settings, tally);
    return explained(
      {
        ...result,
        reading: "close-date-history",
        daysMoved: new Dec(days),
        meanDays: slipped.length === 0 ? absent("no-slipped-deals") : present(new Dec(days).div(slipped.length)),
      },
      tally,
    );
  }
  const zone = settings.calendar.timeZone;
  const today = startOfDayContaining(zone, settings.now);
  const overdue = [{ kind: "time", column: "expectedCloseDate", op: "<", value: today } as const];
  const tally = openTally(run, settings, overdue);
  const dues = run(openPlan(settings, overdue, { due: { kind: "timeValues", column: "expectedCloseDate" } })).total()
    .due;
  const late = dues.reduce<number>((sum, due) => sum + dayDiff(zone, due as number, today), 0);
  return explained(
    {
      ...base(settings, tally),
      reading: "overdue",
      daysMoved: null,
      meanDays: dues.length === 0 ? absent("no-slipped-deals") : present(new Dec(late).div(dues.length)),
    },
    tally,
  );
}
