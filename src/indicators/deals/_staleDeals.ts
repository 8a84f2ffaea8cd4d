/**
 * Stale deals: the deals open at the reading instant with no activity linked to them (`dealId`)
 * for `n` days. Win rate's `staleAsLostAfterDays` and pipeline ageing read them.
 *
 * @internal
 * @module
 */
import { DAY_MS, firstInstantAtOrAfterWall, toWall } from "../../period/zone.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { openPlan, openTally, type Tally } from "./_dealsPlans.js";
import type { DealSettings } from "./_dealsSettings.js";

/**
 * The instant `days` calendar days before `now` at the same local time of the reporting zone (the
 * first instant at or after it when that time falls in a daylight-saving gap).
 */
export function daysBefore(settings: DealSettings, days: number): number {
  const zone = settings.calendar.timeZone;
  return firstInstantAtOrAfterWall(zone, toWall(zone, settings.now) - days * DAY_MS);
}

/**
 * The deals open at `now` (settled detail 6) that are stale: created at or before the instant
 * `days` days before `now`, and with no done activity linked to them (`dealId`, any owner) dated
 * after that instant and at or before `now`.
 *
 * Three plans: the candidates' ids (open, created early enough), the deals touched in the window
 * (activities by `dealId`), then the tally of the candidates not touched (by `id`).
 */
export function staleOpenDeals(run: PlanRunner, settings: DealSettings, days: number): Tally {
  const since = daysBefore(settings, days);
  const created = { kind: "time", column: "createdAt", op: "<=", value: since } as const;
  const candidates = run(openPlan(settings, [created], { ids: { kind: "ids" } })).total().ids;
  const touched = run({
    table: "activities",
    time: "date",
    window: { from: since + 1, to: settings.now + 1 },
    where: [
      { kind: "in", column: "status", values: ["done"] },
      { kind: "present", column: "dealId", present: true },
    ],
    groupBy: [{ column: "dealId" }],
    measures: { activities: { kind: "count" } },
  });
  const touchedIds = new Set(touched.keys[0] ?? []);
  const stale = candidates.filter((id) => !touchedIds.has(id));
  return openTally(run, settings, [{ kind: "in", column: "id", values: stale }]);
}
