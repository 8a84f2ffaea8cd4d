/**
 * The checked options of the deal indicators of spec section 4, and their grouped form: the
 * period, the `asOf` cut, the calendar, the scope and the currency check.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { Seller } from "../../model/types.js";
import { resolveCalendar, type Calendar } from "../../period/calendar.js";
import { instantOf } from "../../period/checkInstant.js";
import { checkPeriod } from "../../period/checkPeriod.js";
import { assertDayCount } from "../../period/dayCount.js";
import type { DayCount, Period } from "../../period/types.js";
import type { Cells, PlanRunner } from "../../table/kernel/executePlan.js";
import type { GroupKey } from "../../table/kernel/plan.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import { ownerGroupKey } from "../lostDeals/_lostDealsPlans.js";
import type { DealGroupedResult, DealPeriodOptions } from "./dealsTypes.js";

/** What the checked options of one deal computation settle. */
export interface DealSettings {
  readonly period: Period;
  /** `asOf` (epoch ms), or `null` when absent. */
  readonly asOf: number | null;
  /** Where the counting stops: `min(period end, asOf)`, not before the period's start (epoch ms). */
  readonly cut: number;
  /** The instant open deals are read at: `asOf`, else the period's end (epoch ms). */
  readonly now: number;
  readonly calendar: Calendar;
  readonly dayCount: DayCount;
  readonly scope: ScopeFilter;
  readonly explain: boolean;
  /** The one currency check of the computation. */
  readonly guard: CurrencyGuard;
}

/**
 * Checks the options shared by the deal indicators, in the order their errors are reported: the
 * options object, period, `asOf`, calendar, day count, scope (with the roster), currency.
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkDealOptions(options: DealPeriodOptions & { readonly dayCount?: unknown }): DealSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a period");
  const period = checkPeriod(options.period, "period");
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const calendar = resolveCalendar(options);
  const dayCount = assertDayCount(options.dayCount);
  const scope = resolveScope(options.scope, options.sellers);
  const guard = new CurrencyGuard(options);
  const end = period.end.getTime();
  return {
    period,
    asOf,
    // Before the period starts nothing is counted: an empty window, not a reversed one.
    cut: asOf === null ? end : Math.max(period.start.getTime(), Math.min(end, asOf)),
    now: asOf ?? end,
    calendar,
    dayCount,
    scope,
    explain: options.explain === true,
    guard,
  };
}

/**
 * A whole-number option: `fallback` when absent.
 *
 * @throws InvalidArgumentError when it is not a safe integer at least `min`
 */
export function wholeNumberOption(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgumentError(`${name} must be a whole number >= ${min}, got ${safeString(value).slice(0, 40)}`);
  }
  return value;
}

/** The settings of one group: the shared settings with the group's scope. */
export function withScope<S extends DealSettings>(settings: S, scope: ScopeFilter): S {
  return { ...settings, scope };
}

/**
 * Checks `groupBy` (and that a team split has a roster).
 *
 * @throws InvalidArgumentError for another value, or `"team"` without `sellers`
 */
export function checkGroupBy(groupBy: unknown, sellers: readonly Seller[] | undefined): "seller" | "team" {
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(
      `groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  if (groupBy === "team" && sellers === undefined)
    throw new InvalidArgumentError(
      "groupBy team needs the sellers roster (option sellers) to know who is in which team",
    );
  return groupBy;
}

/**
 * The groups of a grouped deal indicator, by one plan over every deal: the roster's sellers (or
 * teams) first, then the owners of the deals (or their teams) by first appearance; then the
 * indicator computed for each group's scope.
 *
 * Interpretation: the groups are the roster's and those of every deal's owner, whatever its dates,
 * so that a seller appears with the same groups in every deal indicator.
 */
export function groupedDeals<R>(
  run: PlanRunner,
  groupBy: "seller" | "team",
  sellers: readonly Seller[] | undefined,
  compute: (scope: ScopeFilter) => R,
): DealGroupedResult<R> {
  const key: GroupKey = ownerGroupKey(groupBy, sellers);
  const cells: Cells<{ readonly deals: { readonly kind: "count" } }> = run({
    table: "deals",
    time: "createdAt",
    window: { from: null, to: null },
    groupBy: [key],
    measures: { deals: { kind: "count" } },
  });
  const keys = (cells.keys[0] ?? []).filter((k): k is string => k !== null);
  const groups = keys.map((k) => {
    const scope = resolveScope(
      groupBy === "seller" ? { level: "seller", sellerId: k } : { level: "team", teamId: k },
      sellers,
    );
    return { key: k, result: compute(scope) };
  });
  return { groupBy, groups };
}
