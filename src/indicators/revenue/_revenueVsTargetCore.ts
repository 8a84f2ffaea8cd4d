/**
 * Internals shared by `revenueVsTarget`, `revenueVsTargetSeries` and `revenueVsTargetGrouped`:
 * option checking, target selection and the computation of one result from a realized sum and a
 * set of targets. Not part of the public API (not for the barrel).
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { instantOf } from "../../period/checkInstant.js";
import * as z from "zod";
import { resolveCalendar, type Calendar } from "../../period/calendar.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { assertDayCount } from "../../period/dayCount.js";
import { asDec, ZERO } from "../../money/dec.js";
import { absent, present, ratio } from "../figure.js";
import { elapsedAt, paceOf } from "../_pace.js";
import { divideDecimal, isZero, scale, rationalToDecimal, type Rational } from "../../money/rational.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import { DEFAULT_ATTAINMENT_THRESHOLDS, resolveThresholds, statusOf } from "../status.js";
import { proratedTarget, type TargetPart } from "../targets.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { RevenueTarget, Seller } from "../../model/types.js";
import {
  CurrencyJsonSchema,
  DecimalJsonSchema,
  figureJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
  ThresholdsJsonSchema,
} from "../../model/resultJson.js";
import type { DayCount, Period } from "../../period/types.js";
import type { Scope, Status, Thresholds } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import {
  REVENUE_VS_TARGET_WARNING_CODES,
  type RevenueVsTargetCommonOptions,
  type RevenueVsTargetCustomerResult,
  type RevenueVsTargetResult,
  type RevenueVsTargetStatusReason,
  type RevenueVsTargetWarningCode,
} from "./revenueVsTargetTypes.js";

/** A warning of revenue versus target. @internal */
export type Warning = IndicatorWarning<RevenueVsTargetWarningCode>;

/** Everything checked once per computation. @internal */
export interface Settings {
  readonly calendar: Calendar;
  readonly dayCount: DayCount;
  readonly proration: boolean;
  /** `asOf` in epoch ms, or `null` when the caller gave none (the period is then closed). */
  readonly asOf: number | null;
  readonly thresholds: Thresholds;
  readonly explain: boolean;
  /** The outer scope. */
  readonly filter: ScopeFilter;
  /** The owners in the outer scope, for a plan's `owners`: `undefined` for the company (every owner). */
  readonly owners: readonly string[] | undefined;
  /** One guard for the whole computation, so every figure of it is in one currency. */
  readonly guard: CurrencyGuard;
}

function checkBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new InvalidArgumentError(`${name} must be true or false, got ${typeof value}`);
  return value;
}

/**
 * Checks the options every revenue-vs-target function shares.
 * @internal
 */
export function prepare(options: RevenueVsTargetCommonOptions): Settings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError("options must be an object");
  let asOf: number | null = null;
  if (options.asOf !== undefined) asOf = instantOf(options.asOf, "asOf");
  if (options.sellers !== undefined && !Array.isArray(options.sellers)) {
    throw new InvalidArgumentError("sellers must be an array of sellers");
  }
  const calendar = resolveCalendar(options);
  const dayCount = assertDayCount(options.dayCount);
  const proration = checkBoolean(options.proration, "proration", true);
  const thresholds = resolveThresholds(options.thresholds, DEFAULT_ATTAINMENT_THRESHOLDS);
  const explain = checkBoolean(options.explain, "explain", false);
  const filter = resolveScope(options.scope, options.sellers);
  if (!Array.isArray(options.targets))
    throw new InvalidArgumentError("targets must be an array of revenue targets (option targets; [] for none)");
  const guard = new CurrencyGuard(options);
  return { calendar, dayCount, proration, asOf, thresholds, explain, filter, owners: filter.owners, guard };
}

/** End (exclusive) of the realized window `[start, min(end, asOf))` as epoch ms. @internal */
export function windowEnd(period: Period, asOf: number | null): number {
  const end = period.end.getTime();
  return asOf === null ? end : Math.min(end, asOf);
}

/** Whether a record's `[start, end)` range overlaps `[from, to)`. @internal */
export function overlaps(range: { readonly start: Date; readonly end: Date }, from: number, to: number): boolean {
  return range.end.getTime() > from && range.start.getTime() < to;
}

/**
 * The targets a scope uses over `[from, to)`: its own targets (settled detail 1) that overlap the
 * window, each converted by the computation's guard at the target's `start` (so the currency check
 * covers exactly the targets used, settled detail 14).
 * @internal
 */
export function usedTargets(
  targets: readonly RevenueTarget[],
  filter: Pick<ScopeFilter, "ownsTarget">,
  from: number,
  to: number,
  guard: CurrencyGuard,
): TargetPart[] {
  const parts: TargetPart[] = [];
  for (const target of targets) {
    if (!filter.ownsTarget(target) || !overlaps(target, from, to)) continue;
    parts.push({
      id: target.id,
      start: target.start,
      end: target.end,
      value: guard.convert(asDec(target.amount), target.currency, target.start),
    });
  }
  return parts;
}

/**
 * Targets set below a scope (for sellers or teams inside it), which never roll up into it; used
 * only to warn when the scope has no target of its own.
 * @internal
 */
export function targetsBelow(
  targets: readonly RevenueTarget[],
  filter: ScopeFilter,
  from: number,
  to: number,
): Period[] {
  const scope = filter.scope;
  if (scope.level === "seller") return [];
  const below: Period[] = [];
  for (const target of targets) {
    if (!overlaps(target, from, to)) continue;
    const isBelow =
      scope.level === "company"
        ? target.level !== "company"
        : target.level === "seller" && target.scopeId !== undefined && filter.includesOwner(target.scopeId);
    if (isBelow) below.push(target);
  }
  return below;
}

/**
 * Realized revenue over a period or bucket: the exact sum of the orders counted and, when
 * explaining, their ids in table order (`null` otherwise).
 * @internal
 */
export interface RealizedFigure {
  readonly sum: Decimal;
  /** How many orders make `sum`. */
  readonly count: number;
  readonly ids: readonly string[] | null;
}

/** What one result is computed from. @internal */
export interface ResultInput {
  readonly scope: Scope;
  readonly period: Period;
  readonly realized: RealizedFigure;
  /** The scope's own targets, already converted (those not overlapping `period` are skipped). */
  readonly targets: readonly TargetPart[];
  /** Targets set below the scope (for the no-roll-up warning only). */
  readonly below: readonly Period[];
}

/**
 * Elapsed fraction of `period` at the computation's `asOf` (1 without one).
 * @internal
 */
export function elapsedOf(settings: Settings, period: Period): Rational {
  return elapsedAt(settings.calendar.timeZone, period, settings.asOf, settings.dayCount);
}

/**
 * One revenue-vs-target result from a realized sum and the scope's targets. `currency` is the
 * computation's final currency (read after every amount of the computation went through the guard).
 * @internal
 */
export function buildResult(settings: Settings, input: ResultInput, currency: string | null): RevenueVsTargetResult {
  const { period, realized } = input;
  const zone = settings.calendar.timeZone;
  const { total: target, ids: targetIds } = proratedTarget(input.targets, period, {
    timeZone: zone,
    dayCount: settings.dayCount,
    proration: settings.proration,
  });
  const end = period.end.getTime();
  const closed = settings.asOf === null || settings.asOf >= end;
  const elapsed = elapsedOf(settings, period);
  const expectedToDate = scale(target, elapsed);
  const realizedSum = realized.sum;
  const remainingRaw = target.minus(realizedSum);
  const attainment = ratio(realizedSum, target, "no-target");
  const paceRatio = paceOf(realizedSum, target, expectedToDate, elapsed);
  const projected = isZero(elapsed)
    ? absent("not-started" as const)
    : present<"not-started">(divideDecimal(realizedSum, elapsed));
  const basis = closed ? attainment : paceRatio;
  let status: Status | null = null;
  let statusReason: RevenueVsTargetStatusReason | null = null;
  if (basis.value === null) statusReason = basis.reason;
  else status = statusOf(basis.value, settings.thresholds);
  const warnings: Warning[] = [];
  if (targetIds.length === 0) {
    const below = input.below.filter((t) => overlaps(t, period.start.getTime(), end)).length;
    if (below > 0) {
      warnings.push({
        code: "targets-below-scope",
        message: `no target is set at this scope's own level over the period; ${below} target(s) set for its sellers or teams overlap it but never roll up (docs/specification.md, settled detail 1): sum them into a target at this level to use them`,
      });
    }
  }
  const result: RevenueVsTargetResult = {
    indicator: "revenue-vs-target",
    unit: "money",
    currency,
    scope: input.scope,
    period: echoPeriod(period, zone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    realized: realizedSum,
    orderCount: realized.count,
    target,
    attainment,
    remaining: remainingRaw.isNegative() ? ZERO : remainingRaw,
    elapsedFraction: rationalToDecimal(elapsed),
    expectedToDate,
    pace: paceRatio,
    projected,
    closed,
    statusBasis: closed ? "attainment" : "pace",
    status,
    statusReason,
    thresholds: settings.thresholds,
    warnings,
  };
  if (realized.ids === null) return result;
  return { ...result, explain: { orders: [...realized.ids], targets: targetIds } };
}

/**
 * The result of a customer group (or of the customers folded into `rest`): the realized figures
 * of `buildResult`, and `null` with `no-customer-targets` for every figure that needs a target.
 * @internal
 */
export function buildCustomerResult(
  settings: Settings,
  scope: Scope,
  period: Period,
  realized: RealizedFigure,
  currency: string | null,
): RevenueVsTargetCustomerResult {
  const end = period.end.getTime();
  const elapsed = elapsedOf(settings, period);
  const result: RevenueVsTargetCustomerResult = {
    indicator: "revenue-vs-target",
    unit: "money",
    currency,
    scope,
    period: { start: new Date(period.start.getTime()), end: new Date(end) },
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    realized: realized.sum,
    orderCount: realized.count,
    target: null,
    attainment: null,
    remaining: null,
    expectedToDate: null,
    pace: null,
    targetReason: "no-customer-targets",
    elapsedFraction: rationalToDecimal(elapsed),
    projected: isZero(elapsed)
      ? absent("not-started" as const)
      : present<"not-started">(divideDecimal(realized.sum, elapsed)),
    closed: settings.asOf === null || settings.asOf >= end,
    status: null,
    statusReason: "no-customer-targets",
    warnings: [],
  };
  return realized.ids === null ? result : { ...result, explain: { orders: [...realized.ids], targets: [] } };
}

/** The roster restricted to the sellers of a scope. @internal */
export function sellersIn(sellers: readonly Seller[] | undefined, filter: ScopeFilter): Seller[] | undefined {
  return sellers?.filter((seller) => filter.includesOwner(seller.id));
}

/** Schema of a status light. @internal */
export const StatusJsonSchema = z.enum(["good", "watch", "alert"]).nullable();

/** Schema of a warning of revenue versus target. @internal */
export const WarningJsonSchema = z.object({ code: z.enum(REVENUE_VS_TARGET_WARNING_CODES), message: z.string() });

const ExplainJsonSchema = z.object({ orders: z.array(z.string()), targets: z.array(z.string()) });

/** The object schema of one result, extendable by the series and grouped schemas. @internal */
export const revenueVsTargetResultObject = z.object({
  indicator: z.literal("revenue-vs-target"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  realized: DecimalJsonSchema,
  orderCount: z.number().int().nonnegative(),
  target: DecimalJsonSchema,
  attainment: ratioJsonSchema(["no-target"]),
  remaining: DecimalJsonSchema,
  elapsedFraction: DecimalJsonSchema,
  expectedToDate: DecimalJsonSchema,
  pace: ratioJsonSchema(["not-started", "no-target"]),
  projected: figureJsonSchema(["not-started"]),
  closed: z.boolean(),
  statusBasis: z.enum(["attainment", "pace"]),
  status: StatusJsonSchema,
  statusReason: z.enum(["no-target", "not-started"]).nullable(),
  thresholds: ThresholdsJsonSchema,
  warnings: z.array(WarningJsonSchema),
  explain: ExplainJsonSchema.exactOptional(),
});

/** The object schema of a customer group's result. @internal */
export const revenueVsTargetCustomerResultObject = z.object({
  indicator: z.literal("revenue-vs-target"),
  unit: z.literal("money"),
  currency: CurrencyJsonSchema,
  scope: ScopeJsonSchema,
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  realized: DecimalJsonSchema,
  orderCount: z.number().int().nonnegative(),
  target: z.null(),
  attainment: z.null(),
  remaining: z.null(),
  expectedToDate: z.null(),
  pace: z.null(),
  targetReason: z.literal("no-customer-targets"),
  elapsedFraction: DecimalJsonSchema,
  projected: figureJsonSchema(["not-started"]),
  closed: z.boolean(),
  status: z.null(),
  statusReason: z.literal("no-customer-targets"),
  warnings: z.array(WarningJsonSchema),
  explain: ExplainJsonSchema.exactOptional(),
});
