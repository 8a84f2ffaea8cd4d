import type { Decimal } from "decimal.js";
import type * as z from "zod";
import type { Order, RevenueTarget } from "../../model/types.js";
import { checkPeriod } from "../../_lib/checkPeriod.js";
import type { Period } from "../../period/types.js";
import type { Figure, IndicatorOptions, Ratio, Scope, Status, TargetOptions, Thresholds, ThresholdsInput } from "../types.js";
import { buildResult, prepare, revenueVsTargetResultObject, sumRealized, targetsBelow, usedTargets } from "./_revenueVsTargetCore.js";
import type { OrderTable } from "../../table/orderTable.js";
import { orderColumnsOf } from "../../table/_columns.js";

/** Why a pace cannot be computed: the period has not started yet, or there is no target. */
export type PaceReason = "not-started" | "no-target";

/** Why a revenue-vs-target result has no status: the value it is judged on is `null` for this reason. */
export type RevenueVsTargetStatusReason = "no-target" | "not-started";

/** Options shared by {@link revenueVsTarget}, `revenueVsTargetSeries` and `revenueVsTargetGrouped`. */
export type RevenueVsTargetCommonOptions = IndicatorOptions &
  TargetOptions & {
    /**
     * "Now". Only orders dated strictly before it count (settled detail 3); the elapsed fraction,
     * pace and projection are measured at it. Absent: the period is judged closed.
     */
    readonly asOf?: Date;
    /** Status thresholds; default `DEFAULT_ATTAINMENT_THRESHOLDS` (good >= 1, watch >= 0.8, else alert). */
    readonly thresholds?: ThresholdsInput;
  };

/** Options of {@link revenueVsTarget}. */
export type RevenueVsTargetOptions = RevenueVsTargetCommonOptions & {
  /** The `[start, end)` period measured. */
  readonly period: Period;
};

/**
 * Revenue achieved versus target over one period (CA réalisé / objectifs), for one scope.
 * Every money figure is in {@link RevenueVsTargetResult.currency}.
 */
export interface RevenueVsTargetResult {
  /** Stable indicator id. */
  readonly indicator: "revenue-vs-target";
  /** The unit of the money figures. */
  readonly unit: "money";
  /** Currency of every money figure; `null` only when nothing was summed and no currency was asked for. */
  readonly currency: string | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Sum of order amounts dated in `[start, min(end, asOf))` (credit notes negative). */
  readonly realized: Decimal;
  /** The scope's own targets prorated to the whole period (settled details 1, 2 and 5). */
  readonly target: Decimal;
  /** `realized / target`; `null` with reason `no-target` when the target is 0. `>= 1`: objective met. */
  readonly attainment: Ratio<"no-target">;
  /** `max(target - realized, 0)`: the road still to travel. */
  readonly remaining: Decimal;
  /** Elapsed fraction of the period at `asOf`, in [0, 1] (1 when closed). */
  readonly elapsedFraction: Decimal;
  /** `target x elapsedFraction`. */
  readonly expectedToDate: Decimal;
  /** `realized / expectedToDate`; `null` with `not-started` (nothing elapsed) or `no-target`. */
  readonly pace: Ratio<PaceReason>;
  /** `realized / elapsedFraction` (run rate to the period's end); `null` with `not-started`. */
  readonly projected: Figure<"not-started">;
  /** Whether the period is closed: no `asOf`, or `asOf >= end`. */
  readonly closed: boolean;
  /** What the status is judged on: `attainment` when closed, else `pace` (settled detail 3). */
  readonly statusBasis: "attainment" | "pace";
  /** Status light on {@link statusBasis}; `null` when that value is `null`. */
  readonly status: Status | null;
  /** Why {@link status} is `null` (the reason of the basis value), else `null`. */
  readonly statusReason: RevenueVsTargetStatusReason | null;
  /** The thresholds used. */
  readonly thresholds: Thresholds;
  /** Notes, e.g. when the scope has no target of its own but its sellers do. */
  readonly warnings: string[];
  /** With `explain: true`: ids of the orders summed in `realized` and of the targets used in `target`. */
  readonly explain?: {
    /** Ids of the orders summed in `realized`, in input order. */
    readonly orders: string[];
    /** Ids of the targets that overlap the period and make `target`, in input order. */
    readonly targets: string[];
  };
}

/**
 * Revenue achieved versus target (CA réalisé / objectifs), headline indicator 2.1.
 *
 * Formulas, in words:
 * - realized = sum of the amounts of the scope's orders dated in `[start, min(end, asOf))`;
 *   negative amounts (credit notes) are summed as they are; an order dated exactly at `asOf` does
 *   not count (settled detail 3);
 * - target = sum over the scope's own targets of `amount x overlap / targetLength` (days of the
 *   reporting zone, calendar or business), overlapping targets adding up (settled details 1 and 2);
 * - attainment = realized / target, over the whole period's target (settled detail 5);
 * - remaining = max(target - realized, 0);
 * - elapsedFraction = (asOf - start) / (end - start) in days of the zone, parts of days as real
 *   time over the day's real length, clamped to [0, 1] (settled details 4 and 17);
 * - expectedToDate = target x elapsedFraction; pace = realized / expectedToDate;
 *   projected = realized / elapsedFraction; pace and projected are computed from the exact
 *   fraction with one final division;
 * - status = good when the basis >= thresholds.good, watch when >= thresholds.watch, else alert;
 *   the basis is attainment for a closed period (no `asOf`, or `asOf >= end`), pace otherwise.
 *
 * Interpretation: targets in another currency are converted with the exchange rates at the
 * target's own `start` instant (a target has no single "record date"); the currency check covers
 * the orders actually summed and the targets overlapping the period (settled detail 14).
 * Interpretation: when no time of the period has elapsed at `asOf` (`asOf <= start`, or no
 * business day yet with `dayCount: "business"`), pace and projected are `null` with reason
 * `not-started`, which takes precedence over `no-target`.
 * Interpretation: the article's caution not to read this figure alone is left to the caller, who
 * can put it beside the activity rate (2.4) of the same scope and period.
 *
 * @param orders - an array of orders or invoices (domain records, already parsed), or its table
 *   (`orderTable`): pass the table when calling several indicators on the same orders
 * @param targets - revenue targets at any level; only the scope's own are used
 * @param options - period, scope, `asOf`, calendar, currency, day count, proration, thresholds, explain
 * @returns the {@link RevenueVsTargetResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, scope, zone, fiscal month,
 *   day count, flag or thresholds (watch above good), or a period with no business day to count;
 *   for `orders` that are neither an array nor an order table
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link UnknownCurrencyError} when `currency` is not an ISO 4217 code
 * @throws {@link MixedCurrencyError} when the summed orders and used targets are in several currencies and no exchange rates are given
 * @throws {@link MissingExchangeRateError} when no rate is in force for an order's date or a target's start
 * @throws {@link ProrationForbiddenError} with `proration: false`, for a target that only partly overlaps the period
 * @example
 * ```ts
 * const result = revenueVsTarget(
 *   [{ id: "o1", date: new Date("2026-01-10T00:00:00Z"), amount: toDecimal("15500"), currency: "EUR", sellerId: "s1", customerId: "c1" }],
 *   [{ id: "t1", level: "company", start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z"), amount: toDecimal("31000"), currency: "EUR" }],
 *   { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") }, asOf: new Date("2026-01-16T12:00:00Z") },
 * );
 * result.attainment.value?.toString(); //=> "0.5"   (15,500 / 31,000)
 * result.elapsedFraction.toString();   //=> "0.5"   (15.5 of 31 days)
 * result.pace.value?.toString();       //=> "1"     on track half way
 * result.projected.value?.toString();  //=> "31000"
 * result.statusBasis;                  //=> "pace"
 * result.status;                       //=> "good"
 * ```
 */
export function revenueVsTarget(
  orders: readonly Order[] | OrderTable,
  targets: readonly RevenueTarget[],
  options: RevenueVsTargetOptions,
): RevenueVsTargetResult {
  const settings = prepare(options);
  const period = checkPeriod(options.period, "period");
  const table = orderColumnsOf(orders, "orders");
  const { filter, guard } = settings;
  const realized = sumRealized(table, null, filter.ownerMask(table.owners), period, settings);
  const from = period.start.getTime();
  const to = period.end.getTime();
  const parts = usedTargets(targets, filter, from, to, guard);
  const below = targetsBelow(targets, filter, from, to);
  return buildResult(settings, { scope: filter.scope, period, realized, targets: parts, below }, guard.currency);
}

/**
 * Zod schema of a {@link RevenueVsTargetResult} as JSON: use it with `resultFromJSON` to read a
 * serialised result back (decimals from strings, instants from ISO strings).
 *
 * @example
 * ```ts
 * const back = resultFromJSON(RevenueVsTargetResultSchema, JSON.stringify(result));
 * back.realized.equals(result.realized); //=> true
 * ```
 */
export const RevenueVsTargetResultSchema: z.ZodType<RevenueVsTargetResult> = revenueVsTargetResultObject;
