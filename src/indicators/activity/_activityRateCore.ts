/**
 * Internals of `activityRate`, `activityRateSeries` and `activityRateGrouped`: option checks, and
 * the figures of one period from its done counts and the targets. Not part of the public API.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { resolveCalendar, type Calendar } from "../../period/calendar.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import { assertDayCount, daysBetween } from "../../period/dayCount.js";
import { Dec, ZERO } from "../../money/dec.js";
import { rationalToDecimal, scale, type Rational } from "../../money/rational.js";
import { elapsedAt, paceOf } from "../_pace.js";
import { ratio } from "../figure.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import { DEFAULT_ATTAINMENT_THRESHOLDS, resolveThresholds, statusOf } from "../status.js";
import { proratedTarget, type TargetPart } from "../targets.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { ACTIVITY_TYPES, type ActivityTarget, type Seller } from "../../model/types.js";
import type { DayCount, Period } from "../../period/types.js";
import type { Ratio, Status, Thresholds } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type {
  ActivityPaceReason,
  ActivityRateOptions,
  ActivityRateResult,
  ActivityRateStatusReason,
  ActivityRateWarningCode,
  ActivityTypeRate,
  SellerActivityCounts,
} from "./activityRateTypes.js";
import { DEFAULT_MIN_WINDOW_DAYS } from "./activityRateTypes.js";

const KNOWN_TYPE_RANK: ReadonlyMap<string, number> = new Map(ACTIVITY_TYPES.map((type, index) => [type, index]));

/** Caller's types first (deduplicated, in their order), then the known types in library order, then the rest by code unit. */
function orderTypes(callerTypes: readonly string[], found: Iterable<string>): string[] {
  const ordered: string[] = [];
  const seen = new Set<string>();
  for (const type of callerTypes) {
    if (!seen.has(type)) {
      seen.add(type);
      ordered.push(type);
    }
  }
  const rest: string[] = [];
  for (const type of found) {
    if (!seen.has(type)) {
      seen.add(type);
      rest.push(type);
    }
  }
  rest.sort((a, b) => {
    const ra = KNOWN_TYPE_RANK.get(a);
    const rb = KNOWN_TYPE_RANK.get(b);
    if (ra !== undefined || rb !== undefined) return (ra ?? Number.MAX_SAFE_INTEGER) - (rb ?? Number.MAX_SAFE_INTEGER);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return ordered.concat(rest);
}

function checkTypes(types: unknown): readonly string[] {
  if (types === undefined) return [];
  if (!Array.isArray(types)) throw new InvalidArgumentError("types must be an array of activity type names");
  for (const type of types) {
    if (typeof type !== "string") throw new InvalidArgumentError(`types must hold strings, got ${typeof type}`);
  }
  return types as readonly string[];
}

function checkMinWindowDays(value: unknown): number {
  if (value === undefined) return DEFAULT_MIN_WINDOW_DAYS;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(
      `minWindowDays must be a finite number of days >= 0, got ${safeString(value).slice(0, 40)}`,
    );
  }
  return value;
}

/** Checks the option `targets`: an array of activity targets. */
export function checkTargets(targets: unknown): readonly ActivityTarget[] {
  if (!Array.isArray(targets)) {
    throw new InvalidArgumentError(
      `targets must be an array of activity targets (pass [] for none), got ${targets === null ? "null" : typeof targets}`,
    );
  }
  return targets as readonly ActivityTarget[];
}

/** Options of one computation, checked once. */
export interface ActivityRateSettings {
  /** The activity targets at any level (option `targets`). */
  readonly targets: readonly ActivityTarget[];
  readonly calendar: Calendar;
  readonly dayCount: DayCount;
  readonly proration: boolean;
  readonly thresholds: Thresholds;
  readonly minWindowDays: number;
  readonly callerTypes: readonly string[];
  readonly filter: ScopeFilter;
  readonly explain: boolean;
  /** The roster, listed with zeros. */
  readonly sellers: readonly Seller[];
}

/** Checks the options every activity-rate computation shares (not the period). */
export function activityRateSettings(options: Omit<ActivityRateOptions, "period">): ActivityRateSettings {
  const targets = checkTargets(options.targets);
  const calendar = resolveCalendar(options);
  const dayCount = assertDayCount(options.dayCount);
  if (options.proration !== undefined && typeof options.proration !== "boolean") {
    throw new InvalidArgumentError("proration must be true or false");
  }
  const proration = options.proration ?? true;
  const thresholds = resolveThresholds(options.thresholds, DEFAULT_ATTAINMENT_THRESHOLDS);
  const minWindowDays = checkMinWindowDays(options.minWindowDays);
  const callerTypes = checkTypes(options.types);
  const filter = resolveScope(options.scope, options.sellers);
  const explain = options.explain === true;

  return {
    targets,
    calendar,
    dayCount,
    proration,
    thresholds,
    minWindowDays,
    callerTypes,
    filter,
    explain,
    sellers: options.sellers ?? [],
  };
}

/** Done activities of a window, per type and per seller (and per type, the activity ids, when explaining). */
export interface DoneCounts {
  readonly doneByType: ReadonlyMap<string, number>;
  readonly doneBySeller: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** With explain: per type, the ids of the activities counted, by date then id; otherwise `null`. */
  readonly activityIds: ReadonlyMap<string, readonly string[]> | null;
  readonly totalDone: number;
}

/** Per type, the scope's own targets prorated over `period` (types whose targets all miss it are left out). */
function targetsByType(settings: ActivityRateSettings, period: Period): Map<string, { total: Decimal; ids: string[] }> {
  const { targets, calendar, dayCount, proration, filter } = settings;
  const partsByType = new Map<string, TargetPart[]>();
  for (const target of targets) {
    if (!filter.ownsTarget(target)) continue;
    const part: TargetPart = { id: target.id, start: target.start, end: target.end, value: target.count };
    const list = partsByType.get(target.type);
    if (list === undefined) partsByType.set(target.type, [part]);
    else list.push(part);
  }
  const context = { timeZone: calendar.timeZone, dayCount, proration };
  const byType = new Map<string, { total: Decimal; ids: string[] }>();
  for (const [type, parts] of partsByType) {
    // Sorted by id, so the target ids in `explain` do not depend on the input order.
    parts.sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime(),
    );
    const prorated = proratedTarget(parts, period, context);
    if (prorated.ids.length > 0) byType.set(type, prorated);
  }
  return byType;
}

/** Per seller, done counts of every listed type: roster sellers in scope (and the scoped seller) first, then other owners by id. */
function sellerCounts(
  settings: ActivityRateSettings,
  doneBySeller: DoneCounts["doneBySeller"],
  types: readonly string[],
): SellerActivityCounts[] {
  const { filter } = settings;
  const sellerIds = new Set<string>();
  for (const seller of settings.sellers) if (filter.includesOwner(seller.id)) sellerIds.add(seller.id);
  if (filter.scope.level === "seller") sellerIds.add(filter.scope.sellerId);
  const others = [...doneBySeller.keys()]
    .filter((id) => !sellerIds.has(id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of others) sellerIds.add(id);
  return [...sellerIds].map((sellerId) => {
    const counts = doneBySeller.get(sellerId);
    const byType = types.map((type) => ({ type, done: counts?.get(type) ?? 0 }));
    return { sellerId, done: byType.reduce((sum, entry) => sum + entry.done, 0), byType };
  });
}

/** The whole period's length in calendar days of the reporting zone, exact. */
function periodDays(settings: ActivityRateSettings, period: Period): Rational {
  return daysBetween(settings.calendar.timeZone, period.start.getTime(), period.end.getTime(), "calendar");
}

/** The `short-window` warning when the whole period is strictly shorter than `minWindowDays` calendar days. */
function shortWindowWarning(settings: ActivityRateSettings, period: Period): IndicatorWarning<"short-window"> | null {
  const length = periodDays(settings, period);
  if (!new Dec(length.num.toString()).lessThan(new Dec(length.den.toString()).times(settings.minWindowDays)))
    return null;
  const days = rationalToDecimal(length).toSignificantDigits(6).toString();
  return {
    code: "short-window",
    message: `the period lasts ${days} calendar day(s), shorter than minWindowDays (${settings.minWindowDays}): the article warns against judging activity on too short a window; judge on a longer period or a rollingWindow`,
  };
}

/**
 * The types for which the scope has no target of its own over `period` but targets set below it
 * (for its sellers, or its teams for the company) overlap it, and how many such targets there are.
 */
function targetsBelowScope(
  settings: ActivityRateSettings,
  period: Period,
  ownTypes: ReadonlySet<string>,
): { types: string[]; count: number } {
  const { filter, targets } = settings;
  const scope = filter.scope;
  const types = new Set<string>();
  let count = 0;
  if (scope.level === "seller") return { types: [], count };
  const start = period.start.getTime();
  const end = period.end.getTime();
  for (const target of targets) {
    if (ownTypes.has(target.type) || target.end.getTime() <= start || target.start.getTime() >= end) continue;
    const below =
      scope.level === "company"
        ? target.level !== "company"
        : target.level === "seller" && target.scopeId !== undefined && filter.includesOwner(target.scopeId);
    if (!below) continue;
    types.add(target.type);
    count += 1;
  }
  return { types: [...types].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), count };
}

/** The `targets-below-scope` warning, as revenue versus target words it, naming the types concerned. */
function belowScopeWarning(
  settings: ActivityRateSettings,
  period: Period,
  ownTypes: ReadonlySet<string>,
): IndicatorWarning<"targets-below-scope"> | null {
  const { types, count } = targetsBelowScope(settings, period, ownTypes);
  if (count === 0) return null;
  const named =
    types
      .slice(0, 5)
      .map((type) => JSON.stringify(type.slice(0, 60)))
      .join(", ") + (types.length > 5 ? ", ..." : "");
  return {
    code: "targets-below-scope",
    message: `no activity target is set at this scope's own level over the period for type(s) ${named}; ${count} target(s) set for its sellers or teams overlap it but never roll up (docs/specification.md, settled detail 1): sum them into a target at this level to use them (rollUpTargets)`,
  };
}

/** The status of the value judged (rate when closed, pace while running), or why there is none. */
function judged(
  basis: Ratio<ActivityPaceReason>,
  thresholds: Thresholds,
): { status: Status | null; statusReason: ActivityRateStatusReason | null } {
  if (basis.value === null) return { status: null, statusReason: basis.reason };
  return { status: statusOf(basis.value, thresholds), statusReason: null };
}

/**
 * The activity rate of `period` from its done counts and the targets: per type, rate = done /
 * prorated target (no target: `null`), pace = done / (target x elapsed fraction); overall = done
 * over the targeted types / their targets, and its pace. Statuses judge the rate when the period
 * is closed (no `asOf`, or `asOf >= end`), the pace otherwise.
 */
export function activityRateFromCounts(
  counts: DoneCounts,
  settings: ActivityRateSettings,
  period: Period,
  asOf: Date | null,
): ActivityRateResult {
  const { thresholds, filter } = settings;
  const { doneByType, activityIds, totalDone } = counts;
  const targetByType = targetsByType(settings, period);
  const types = orderTypes(settings.callerTypes, [...doneByType.keys(), ...targetByType.keys()]);
  const closed = asOf === null || asOf.getTime() >= period.end.getTime();
  const elapsed = elapsedAt(
    settings.calendar.timeZone,
    period,
    asOf === null ? null : asOf.getTime(),
    settings.dayCount,
  );

  const byType: ActivityTypeRate[] = [];
  let overallDone = ZERO;
  let overallTarget = ZERO;
  for (const type of types) {
    const done = doneByType.get(type) ?? 0;
    const target = targetByType.get(type)?.total ?? ZERO;
    const rate = ratio(new Dec(done), target, "no-target" as const);
    if (rate.value !== null) {
      overallDone = overallDone.plus(done);
      overallTarget = overallTarget.plus(target);
    }
    const expectedToDate = scale(target, elapsed);
    const pace = paceOf(new Dec(done), target, expectedToDate, elapsed);
    byType.push({ type, done, target, rate, expectedToDate, pace, ...judged(closed ? rate : pace, thresholds) });
  }
  const overall = ratio(overallDone, overallTarget, "no-target" as const);
  const expectedToDate = scale(overallTarget, elapsed);
  const pace = paceOf(overallDone, overallTarget, expectedToDate, elapsed);
  const warnings = [
    shortWindowWarning(settings, period),
    belowScopeWarning(settings, period, new Set(targetByType.keys())),
  ].filter((warning): warning is IndicatorWarning<ActivityRateWarningCode> => warning !== null);

  const result: ActivityRateResult = {
    indicator: "activity-rate",
    unit: "ratio",
    period: echoPeriod(period, settings.calendar.timeZone),
    asOf,
    scope: filter.scope,
    bySeller: sellerCounts(settings, counts.doneBySeller, types),
    byType,
    totalDone,
    overall,
    elapsedFraction: rationalToDecimal(elapsed),
    expectedToDate,
    pace,
    closed,
    statusBasis: closed ? "attainment" : "pace",
    ...judged(closed ? overall : pace, thresholds),
    thresholds,
    warnings,
  };
  if (!settings.explain) return result;
  const explain = types.map((type) => ({
    type,
    activityIds: activityIds?.get(type) ?? [],
    targetIds: targetByType.get(type)?.ids ?? [],
  }));
  return { ...result, explain: { byType: explain } };
}
