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
 *
 * The changes come in one cell (each change's deal id beside its two instants) rather than one
 * cell per deal: a deal's changes are brought together by a counting sort of their numbers.
 */
function slipsByDeal(run: PlanRunner, settings: DealSettings, dealIds: readonly string[]): Map<string, number> {
  const { deals, changed, expected } = run({
    table: "closeDateChanges",
    time: "changedAt",
    window: { from: null, to: settings.cut },
    // For the whole company `dealIds` is every deal: the caller keeps only those, so testing each
    // change against the whole id list would change nothing.
    where: settings.scope.owners === undefined ? [] : [{ kind: "in", column: "dealId", values: dealIds }],
    measures: {
      deals: { kind: "codeValues", column: "dealId" },
      changed: { kind: "timeValues", column: "changedAt" },
      expected: { kind: "timeValues", column: "expectedCloseDate" },
    },
  }).total();
  const zone = settings.calendar.timeZone;
  const start = settings.period.start.getTime();
  // Each deal numbered by first appearance, its changes gathered by a counting sort (stable: table
  // order within a deal), then put in order of change by an insertion sort (a deal has few changes).
  const numberOf = new Map<string, number>();
  const dealNumber = new Int32Array(deals.length).fill(-1);
  deals.forEach((dealId, i) => {
    if (dealId === null) return;
    let n = numberOf.get(dealId);
    if (n === undefined) numberOf.set(dealId, (n = numberOf.size));
    dealNumber[i] = n;
  });
  const starts = new Int32Array(numberOf.size + 1);
  for (const n of dealNumber) if (n >= 0) starts[n + 1] = (starts[n + 1] as number) + 1;
  for (let n = 0; n < numberOf.size; n++) starts[n + 1] = (starts[n + 1] as number) + (starts[n] as number);
  const next = starts.slice(0, numberOf.size);
  const order = new Int32Array(starts[numberOf.size] as number);
  dealNumber.forEach((n, i) => {
    if (n < 0) return;
    order[next[n] as number] = i;
    next[n] = (next[n] as number) + 1;
  });
  const slips = new Map<string, number>();
  for (const [dealId, n] of numberOf) {
    const from = starts[n] as number;
    const to = starts[n + 1] as number;
    for (let k = from + 1; k < to; k++) {
      const i = order[k] as number;
      let j = k - 1;
      for (; j >= from && (changed[order[j] as number] as number) > (changed[i] as number); j--)
        order[j + 1] = order[j] as number;
      order[j + 1] = i;
    }
    let days = 0;
    for (let k = from + 1; k < to; k++) {
      const i = order[k] as number;
      const moved = dayDiff(zone, expected[order[k - 1] as number] as number, expected[i] as number);
      if ((changed[i] as number) >= start && moved > 0) days += moved;
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
