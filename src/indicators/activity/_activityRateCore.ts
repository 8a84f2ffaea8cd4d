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
import { ratio } from "../figure.js";
import { resolveScope, type ScopeFilter } from "../../table/scope.js";
import { DEFAULT_ATTAINMENT_THRESHOLDS, resolveThresholds, statusOf } from "../status.js";
import { proratedTarget, type TargetPart } from "../targets.js";
import { safeString } from "../../errors/describe.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { ACTIVITY_TYPES, type ActivityTarget, type Seller } from "../../model/types.js";
import type { DayCount, Period } from "../../period/types.js";
import type { Thresholds } from "../types.js";
import type {
  ActivityRateOptions,
  ActivityRateResult,
  ActivityRateWarning,
  ActivityTypeRate,
  SellerActivityCounts,
} from "./activityRateTypes.js";
import { ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS } from "./activityRateTypes.js";

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
  if (value === undefined) return ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(`minWindowDays must be a finite number of days >= 0, got ${safeString(value).slice(0, 40)}`);
  }
  return value;
}

/** Options of one computation, checked once. */
export interface ActivityRateSettings {
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

  return { calendar, dayCount, proration, thresholds, minWindowDays, callerTypes, filter, explain, sellers: options.sellers ?? [] };
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
function targetsByType(targets: readonly ActivityTarget[], settings: ActivityRateSettings, period: Period): Map<string, { total: Decimal; ids: string[] }> {
  const { calendar, dayCount, proration, filter } = settings;
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
    parts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime()));
    const prorated = proratedTarget(parts, period, context);
    if (prorated.ids.length > 0) byType.set(type, prorated);
  }
  return byType;
}

/** Per seller, done counts of every listed type: roster sellers in scope (and the scoped seller) first, then other owners by id. */
function sellerCounts(settings: ActivityRateSettings, doneBySeller: DoneCounts["doneBySeller"], types: readonly string[]): SellerActivityCounts[] {
  const { filter } = settings;
  const sellerIds = new Set<string>();
  for (const seller of settings.sellers) if (filter.includesOwner(seller.id)) sellerIds.add(seller.id);
  if (filter.scope.level === "seller") sellerIds.add(filter.scope.sellerId);
  const others = [...doneBySeller.keys()].filter((id) => !sellerIds.has(id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of others) sellerIds.add(id);
  return [...sellerIds].map((sellerId) => {
    const counts = doneBySeller.get(sellerId);
    const byType = types.map((type) => ({ type, done: counts?.get(type) ?? 0 }));
    return { sellerId, done: byType.reduce((sum, entry) => sum + entry.done, 0), byType };
  });
}

/** Whether the whole period is strictly shorter than `minWindowDays` calendar days of the reporting zone. */
function isShortWindow(settings: ActivityRateSettings, period: Period): boolean {
  const length = daysBetween(settings.calendar.timeZone, period.start.getTime(), period.end.getTime(), "calendar");
  return new Dec(length.num.toString()).lessThan(new Dec(length.den.toString()).times(settings.minWindowDays));
}

/**
 * The activity rate of `period` from its done counts and the targets: per type, rate = done /
 * prorated target (no target: `null`); overall = done over the targeted types / their targets.
 */
export function activityRateFromCounts(
  counts: DoneCounts,
  targets: readonly ActivityTarget[],
  settings: ActivityRateSettings,
  period: Period,
  asOf: Date | null,
): ActivityRateResult {
  const { thresholds, filter } = settings;
  const { doneByType, activityIds, totalDone } = counts;
  const targetByType = targetsByType(targets, settings, period);
  const types = orderTypes(settings.callerTypes, [...doneByType.keys(), ...targetByType.keys()]);

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
    const status = rate.value === null ? null : statusOf(rate.value, thresholds);
    byType.push({ type, done, target, rate, status, statusReason: rate.value === null ? "no-target" : null });
  }
  const overall = ratio(overallDone, overallTarget, "no-target" as const);
  const warnings: ActivityRateWarning[] = isShortWindow(settings, period) ? ["short-window"] : [];

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
    status: overall.value === null ? null : statusOf(overall.value, thresholds),
    statusReason: overall.value === null ? "no-target" : null,
    thresholds,
    warnings,
  };
  if (!settings.explain) return result;
  const explain = types.map((type) => ({ type, activityIds: activityIds?.get(type) ?? [], targetIds: targetByType.get(type)?.ids ?? [] }));
  return { ...result, explain: { byType: explain } };
}
