/**
 * The computation behind {@link salesVelocity}: its four factors over the same look-back range,
 * each computed by the indicator that owns it (win rate, average deal size, sales cycle length).
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import { absent, present, ratio } from "../figure.js";
import type { Figure } from "../types.js";
import { averageOfWon } from "./_averageDealSizeCore.js";
import { closedTallies, openPlan, type Tally } from "./_dealsPlans.js";
import { partialPeriodWarnings } from "./_dealsWarnings.js";
import { wonCycleFigures, type SalesCycleSettings } from "./_salesCycleCore.js";
import type { SalesVelocityFactors, SalesVelocityReason, SalesVelocityResult } from "./salesVelocityTypes.js";

/**
 * `openDeals x winRate x averageDealSize / cycleLengthDays`, or `null` with the reason of the first
 * factor that has no value (in that order), `zero-cycle` when the mean cycle is 0 days.
 */
export function velocityOf(factors: SalesVelocityFactors): Figure<SalesVelocityReason> {
  const { winRate, averageDealSize, cycleLengthDays } = factors;
  if (winRate.value === null) return absent(winRate.reason);
  if (averageDealSize.value === null) return absent(averageDealSize.reason);
  if (cycleLengthDays.value === null) return absent(cycleLengthDays.reason);
  if (cycleLengthDays.value.isZero()) return absent("zero-cycle");
  return present(
    new Dec(factors.openDeals).times(winRate.value).times(averageDealSize.value).div(cycleLengthDays.value),
  );
}

/** The sales velocity of one scope (see {@link salesVelocity}), on any plan runner. */
export function salesVelocityOf(run: PlanRunner, settings: SalesCycleSettings): SalesVelocityResult {
  const calendarDays: SalesCycleSettings = { ...settings, dayCount: "calendar", explain: false };
  const closed = closedTallies(run, calendarDays, ["won", "lost"]);
  const won = closed.get("won") as Tally;
  const lost = closed.get("lost") as Tally;
  const cycle = wonCycleFigures(run, calendarDays, settings.minSample);
  const factors: SalesVelocityFactors = {
    openDeals: run(openPlan(calendarDays, [], { deals: { kind: "count" } })).total().deals,
    winRate: ratio(new Dec(won.count), new Dec(won.count + lost.count), "no-closed-deals"),
    averageDealSize: averageOfWon(won),
    cycleLengthDays: cycle.mean,
  };
  return {
    indicator: "sales-velocity",
    unit: "money",
    currency: settings.guard.currency,
    period: { start: new Date(settings.period.start.getTime()), end: new Date(settings.period.end.getTime()) },
    openAt: new Date(settings.now),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    scope: settings.scope.scope,
    ...factors,
    cycleCount: cycle.count,
    minSample: settings.minSample,
    velocityPerDay: velocityOf(factors),
    warnings: partialPeriodWarnings(settings),
  };
}
