/**
 * Internals of `activityRate` and `activityRateSeries`: option checks, counting done activities,
 * and building a result from counts. Not part of the public API.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { resolveCalendar, type Calendar } from "../../_lib/calendar.js";
import { assertDayCount, daysBetween } from "../../_lib/dayCount.js";
import { Dec, ZERO } from "../../_lib/decimal.js";
import { ratio } from "../../_lib/figure.js";
import { resolveScope, type ScopeFilter } from "../../_lib/scope.js";
import { DEFAULT_ATTAINMENT_THRESHOLDS, resolveThresholds, statusOf } from "../../_lib/status.js";
import { proratedTarget, type TargetPart } from "../../_lib/targets.js";
import { shown } from "../../_lib/options.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { ACTIVITY_TYPES, type Activity, type ActivityTarget, type Seller } from "../../model/types.js";
import type { DayCount, Period } from "../../period/types.js";
import type { Thresholds } from "../types.js";
import type {
  ActivityRateOptions,
  ActivityRateResult,
  ActivityRateWarning,
  ActivityTypeRate,
  SellerActivityCounts,
} from "./activityRate.js";
import { ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS } from "./activityRate.js";

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
    throw new InvalidArgumentError(`minWindowDays must be a finite number of days >= 0, got ${shown(value).slice(0, 40)}`);
  }
  return value;
}

function compareActivities(a: Activity, b: Activity): number {
  const byDate = a.date.getTime() - b.date.getTime();
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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

/** Done activities of a window, per type and per seller (and per type, the activities, when explaining). */
export interface DoneCounts {
  readonly doneByType: Map<string, number>;
  readonly doneBySeller: Map<string, Map<string, number>>;
  readonly activitiesByType: Map<string, Activity[]>;
  totalDone: number;
}

/** Empty counts. */
export function emptyDoneCounts(): DoneCounts {
  return { doneByType: new Map(), doneBySeller: new Map(), activitiesByType: new Map(), totalDone: 0 };
}

/** Counts the done activities of the scope dated in `[start, windowEnd)` into `counts`. */
export function countDone(
  counts: DoneCounts,
  activities: readonly Activity[],
  settings: ActivityRateSettings,
  start: number,
  windowEnd: number,
): void {
  const { doneByType, doneBySeller, activitiesByType } = counts;
  const { filter, explain } = settings;
  let totalDone = 0;
  for (const activity of activities) {
    if (activity.status !== "done") continue;
    const time = activity.date.getTime();
    if (!(time >= start && time < windowEnd)) continue;
    if (!filter.includesOwner(activity.ownerId)) continue;
    const type: string = activity.type;
    totalDone += 1;
    doneByType.set(type, (doneByType.get(type) ?? 0) + 1);
    let sellerCounts = doneBySeller.get(activity.ownerId);
    if (sellerCounts === undefined) {
      sellerCounts = new Map();
      doneBySeller.set(activity.ownerId, sellerCounts);
    }
    sellerCounts.set(type, (sellerCounts.get(type) ?? 0) + 1);
    if (explain) {
      const list = activitiesByType.get(type);
      if (list === undefined) activitiesByType.set(type, [activity]);
      else list.push(activity);
    }
  }

  counts.totalDone += totalDone;
}

/** Adds `from`'s counts into `into` (the counts of two disjoint windows give their union's). */
export function mergeDoneCounts(into: DoneCounts, from: DoneCounts): void {
  into.totalDone += from.totalDone;
  for (const [type, done] of from.doneByType) into.doneByType.set(type, (into.doneByType.get(type) ?? 0) + done);
  for (const [seller, types] of from.doneBySeller) {
    let sellerCounts = into.doneBySeller.get(seller);
    if (sellerCounts === undefined) {
      sellerCounts = new Map();
      into.doneBySeller.set(seller, sellerCounts);
    }
    for (const [type, done] of types) sellerCounts.set(type, (sellerCounts.get(type) ?? 0) + done);
  }
  for (const [type, list] of from.activitiesByType) {
    const existing = into.activitiesByType.get(type);
    if (existing === undefined) into.activitiesByType.set(type, [...list]);
    else for (const activity of list) existing.push(activity);
  }
}

/** The activity rate of `period` from its done counts and the targets. */
export function activityRateFromCounts(
  counts: DoneCounts,
  targets: readonly ActivityTarget[],
  settings: ActivityRateSettings,
  period: Period,
  asOf: Date | null,
): ActivityRateResult {
  const { calendar, dayCount, proration, thresholds, minWindowDays, callerTypes, filter, explain } = settings;
  const { doneByType, doneBySeller, activitiesByType, totalDone } = counts;
  const start = period.start.getTime();
  // The scope's own targets per type, prorated over the whole period.
  const partsByType = new Map<string, TargetPart[]>();
  for (const target of targets) {
    if (!filter.ownsTarget(target)) continue;
    const part: TargetPart = { id: target.id, start: target.start, end: target.end, value: target.count };
    const list = partsByType.get(target.type);
    if (list === undefined) partsByType.set(target.type, [part]);
    else list.push(part);
  }
  const context = { timeZone: calendar.timeZone, dayCount, proration };
  const targetByType = new Map<string, { total: Decimal; ids: string[] }>();
  for (const [type, parts] of partsByType) {
    // Sorted by id, so the target ids in `explain` do not depend on the input order.
    parts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime()));
    const prorated = proratedTarget(parts, period, context);
    if (prorated.ids.length > 0) targetByType.set(type, prorated);
  }

  const types = orderTypes(callerTypes, [...doneByType.keys(), ...targetByType.keys()]);

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
    byType.push({
      type,
      done,
      target,
      rate,
      status: rate.value === null ? null : statusOf(rate.value, thresholds),
      statusReason: rate.value === null ? "no-target" : null,
    });
  }
  const overall = ratio(overallDone, overallTarget, "no-target" as const);

  // Sellers: roster sellers in scope (and the scoped seller) first, then other owners by id.
  const sellerIds: string[] = [];
  const listed = new Set<string>();
  const list = (id: string): void => {
    if (!listed.has(id)) {
      listed.add(id);
      sellerIds.push(id);
    }
  };
  for (const seller of settings.sellers) if (filter.includesOwner(seller.id)) list(seller.id);
  if (filter.scope.level === "seller") list(filter.scope.sellerId);
  const others = [...doneBySeller.keys()].filter((id) => !listed.has(id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of others) list(id);
  const bySeller: SellerActivityCounts[] = sellerIds.map((sellerId) => {
    const counts = doneBySeller.get(sellerId);
    let done = 0;
    const sellerTypes = types.map((type) => {
      const count = counts?.get(type) ?? 0;
      done += count;
      return { type, done: count };
    });
    return { sellerId, done, byType: sellerTypes };
  });

  const warnings: ActivityRateWarning[] = [];
  const length = daysBetween(calendar.timeZone, start, period.end.getTime(), "calendar");
  if (new Dec(length.num.toString()).lessThan(new Dec(length.den.toString()).times(minWindowDays))) {
    warnings.push("short-window");
  }

  const result: ActivityRateResult = {
    indicator: "activity-rate",
    unit: "ratio",
    period,
    asOf,
    scope: filter.scope,
    bySeller,
    byType,
    totalDone,
    overall,
    status: overall.value === null ? null : statusOf(overall.value, thresholds),
    statusReason: overall.value === null ? "no-target" : null,
    thresholds,
    warnings,
  };
  if (!explain) return result;
  return {
    ...result,
    explain: {
      byType: types.map((type) => ({
        type,
        activityIds: (activitiesByType.get(type) ?? []).sort(compareActivities).map((activity) => activity.id),
        targetIds: targetByType.get(type)?.ids ?? [],
      })),
    },
  };}
