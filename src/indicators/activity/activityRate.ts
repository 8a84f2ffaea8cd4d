import * as z from "zod";
import type { Decimal } from "decimal.js";
import { resolveCalendar } from "../../_lib/calendar.js";
import { assertDayCount, daysBetween } from "../../_lib/dayCount.js";
import { Dec, ZERO } from "../../_lib/decimal.js";
import { ratio } from "../../_lib/figure.js";
import { resolveScope } from "../../_lib/scope.js";
import { DEFAULT_ATTAINMENT_THRESHOLDS, resolveThresholds, statusOf } from "../../_lib/status.js";
import { proratedTarget, type TargetPart } from "../../_lib/targets.js";
import { shown } from "../../_lib/options.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { checkActivityWindow } from "./_window.js";
import {
  DecimalJsonSchema,
  InstantJsonSchema,
  PeriodJsonSchema,
  ratioJsonSchema,
  ScopeJsonSchema,
  ThresholdsJsonSchema,
} from "../../model/resultJson.js";
import { ACTIVITY_TYPES, type Activity, type ActivityTarget } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type {
  IndicatorOptions,
  Ratio,
  Scope,
  Status,
  TargetOptions,
  Thresholds,
  ThresholdsInput,
} from "../types.js";

/** Default shortest period, in calendar days, below which the activity rate carries a `short-window` warning. */
export const ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS = 28;

/** Options of {@link activityRate}. */
export interface ActivityRateOptions extends IndicatorOptions, TargetOptions {
  /** The `[start, end)` period whose activities are counted and whose targets are prorated. */
  readonly period: Period;
  /** "Now": with `asOf` inside the period only activities dated before it count. Default: none (closed period). */
  readonly asOf?: Date;
  /** Periods strictly shorter than this many calendar days get the `short-window` warning. Default 28. */
  readonly minWindowDays?: number;
  /** Status thresholds on the rate. Default good >= 1, watch >= 0.8. */
  readonly thresholds?: ThresholdsInput;
  /** Activity types to list even when they have no done activity and no target. */
  readonly types?: readonly string[];
}

/** Why an activity rate has no value: the prorated target is 0 (or there is none). */
export type ActivityRateReason = "no-target";

/** The warnings an activity rate can carry. */
export type ActivityRateWarning = "short-window";

/** Done count, prorated target, rate and status of one activity type. */
export interface ActivityTypeRate {
  /** The activity type. */
  readonly type: string;
  /** Done activities of that type in `[start, min(end, asOf))`, owners in scope. */
  readonly done: number;
  /** Prorated target of that type for the whole period, from the scope's own targets; 0 when none. */
  readonly target: Decimal;
  /** `done / target`; `null` with reason `no-target` when the prorated target is 0. */
  readonly rate: Ratio<ActivityRateReason>;
  /** Status of the rate; `null` when the rate is `null`. */
  readonly status: Status | null;
  /** Why `status` is `null`. */
  readonly statusReason: ActivityRateReason | null;
}

/** Done count of one type for one seller. */
export interface SellerTypeCount {
  /** The activity type. */
  readonly type: string;
  /** Done activities of that type. */
  readonly done: number;
}

/** Done activities of one seller, per type (every listed type, zeros included). */
export interface SellerActivityCounts {
  /** The seller (owner) id. */
  readonly sellerId: string;
  /** Done activities of every type. */
  readonly done: number;
  /** Done activities per type, in the order of the result's `byType`. */
  readonly byType: readonly SellerTypeCount[];
}

/** The records behind each type's figures (present only with `explain: true`). */
export interface ActivityRateExplain {
  /** Per type, in the order of `byType`. */
  readonly byType: readonly {
    /** The activity type. */
    readonly type: string;
    /** Ids of the done activities counted, by date then id. */
    readonly activityIds: readonly string[];
    /** Ids of the scope's targets of that type that overlap the period, by id. */
    readonly targetIds: readonly string[];
  }[];
}

/** The result of {@link activityRate}. */
export interface ActivityRateResult {
  /** Stable indicator id. */
  readonly indicator: "activity-rate";
  /** The rates are ratios; counts are plain numbers. */
  readonly unit: "ratio";
  /** The period asked for. */
  readonly period: Period;
  /** The `asOf` given, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Done counts per seller: roster sellers in scope first (zeros included), then other owners by id. */
  readonly bySeller: readonly SellerActivityCounts[];
  /** Per activity type: caller's `types` first, then the library's known types, then others by name. */
  readonly byType: readonly ActivityTypeRate[];
  /** Done activities of every type, with or without a target. */
  readonly totalDone: number;
  /** Sum of done over types that have a target / sum of those targets; `null` (`no-target`) when none has one. */
  readonly overall: Ratio<ActivityRateReason>;
  /** Status of the overall rate; `null` when it is `null`. */
  readonly status: Status | null;
  /** Why `status` is `null`. */
  readonly statusReason: ActivityRateReason | null;
  /** The thresholds used. */
  readonly thresholds: Thresholds;
  /** `"short-window"` when the period is shorter than `minWindowDays` calendar days. */
  readonly warnings: ActivityRateWarning[];
  /** Ids behind the figures, with `explain: true` only. */
  readonly explain?: ActivityRateExplain;
}

const StatusJsonSchema = z.enum(["good", "watch", "alert"]);
const CountJsonSchema = z.number().int().nonnegative();

/**
 * zod schema of an {@link ActivityRateResult} as `JSON.stringify` writes it; read a result back with
 * `resultFromJSON(ActivityRateResultSchema, text)`.
 *
 * @example
 * ```ts
 * const back = resultFromJSON(ActivityRateResultSchema, JSON.stringify(result));
 * back.overall.value?.toString() === result.overall.value?.toString(); //=> true
 * ```
 */
export const ActivityRateResultSchema: z.ZodType<ActivityRateResult> = z.object({
  indicator: z.literal("activity-rate"),
  unit: z.literal("ratio"),
  period: PeriodJsonSchema,
  asOf: InstantJsonSchema.nullable(),
  scope: ScopeJsonSchema,
  bySeller: z.array(
    z.object({
      sellerId: z.string(),
      done: CountJsonSchema,
      byType: z.array(z.object({ type: z.string(), done: CountJsonSchema })),
    }),
  ),
  byType: z.array(
    z.object({
      type: z.string(),
      done: CountJsonSchema,
      target: DecimalJsonSchema,
      rate: ratioJsonSchema(["no-target"]),
      status: StatusJsonSchema.nullable(),
      statusReason: z.literal("no-target").nullable(),
    }),
  ),
  totalDone: CountJsonSchema,
  overall: ratioJsonSchema(["no-target"]),
  status: StatusJsonSchema.nullable(),
  statusReason: z.literal("no-target").nullable(),
  thresholds: ThresholdsJsonSchema,
  warnings: z.array(z.literal("short-window")),
  explain: z
    .object({
      byType: z.array(z.object({ type: z.string(), activityIds: z.array(z.string()), targetIds: z.array(z.string()) })),
    })
    .exactOptional(),
});

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

/**
 * Activity rate (taux d'activité, headline indicator 2.4): how many commercial actions (calls,
 * emails, meetings, demos, quotes, qualified leads, visits, or the caller's own types) were done,
 * against the activity targets set for the period.
 *
 * Formula, for the owners in the scope:
 * - `done` per seller and per type = activities with status `"done"` dated in `[start, min(end, asOf))`
 *   (planned and cancelled ones never count; an activity exactly at `asOf` does not count);
 * - per type, `target` = sum over the scope's own targets of that type of
 *   `count x overlap / targetLength` (days of the reporting zone; settled details 1, 2 and 13: a
 *   team's or the company's figure uses the targets set at that level only, sellers' targets never
 *   roll up), and `rate = done / target`; a prorated target of 0 means "no target" (rate `null`,
 *   reason `no-target`);
 * - `overall` = sum of done over the types that have a target / sum of those targets; types
 *   without a target are counted (`totalDone`) and reported without a rate;
 * - status on each rate and on the overall rate: good >= 1, watch >= 0.8, alert below (options
 *   `thresholds`); `null` when the rate is `null`;
 * - warning `short-window` when the whole period (not clipped by `asOf`) is strictly shorter than
 *   `minWindowDays` (default 28) calendar days of the reporting zone: the article warns against
 *   judging activity on too short a time ("ne construisez pas cet indicateur sur un temps trop court").
 *
 * Interpretation: with `asOf` inside the period, the rate is done-to-date over the whole period's
 * target (as attainment in settled detail 5), and the status judges that rate as it is: half-way
 * through the month a rate of 0.5 is on track yet its status is `alert`. Compare the rate with the
 * elapsed fraction (`elapsedFraction`), or use {@link rollingWindow} for a closed trailing window.
 * Interpretation: `short-window` is measured in calendar days even when `dayCount` is `"business"`
 * (which only changes proration).
 * Interpretation: the types listed are the caller's `types`, the types with a done activity in the
 * window and the types of the scope's targets that overlap the period; a target of another scope
 * does not list its type.
 * Interpretation: `bySeller` lists the roster sellers in scope (zeros included; a seller scope
 * always lists its seller) then the other owners with done activities, by id.
 *
 * @param activities - the activity records (trusted, already parsed)
 * @param targets - activity targets at any level; only the scope's own count
 * @param options - period, `asOf`, scope, roster, zone, day count, proration, thresholds,
 *   `minWindowDays`, `types`, `explain` ({@link ActivityRateOptions})
 * @returns the {@link ActivityRateResult}
 * @throws {@link InvalidArgumentError} for an invalid period, `asOf`, scope, zone, day count,
 *   thresholds, `minWindowDays` or `types`
 * @throws {@link InvalidMoneyError} for a threshold that is not a decimal
 * @throws {@link ProrationForbiddenError} when `proration: false` and a target only partly overlaps the period
 * @example
 * ```ts
 * const r = activityRate(
 *   [
 *     { id: "a1", ownerId: "ann", type: "call", date: new Date("2026-03-02T09:00:00Z"), status: "done" },
 *     { id: "a2", ownerId: "ann", type: "call", date: new Date("2026-03-03T09:00:00Z"), status: "planned" },
 *   ],
 *   [{ id: "t1", level: "company", type: "call", start: new Date("2026-03-01T00:00:00Z"),
 *      end: new Date("2026-04-01T00:00:00Z"), count: toDecimal(2) }],
 *   { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } },
 * );
 * JSON.parse(JSON.stringify(r.byType[0]));
 * //=> { type: "call", done: 1, target: "2",
 * //     rate: { value: "0.5", reason: null, numerator: "1", denominator: "2" },
 * //     status: "alert", statusReason: null }     (1 done of 2; the planned call does not count)
 * r.overall.value?.toString(); //=> "0.5"
 * r.warnings;                  //=> []            (March has 31 days, not shorter than 28)
 * ```
 */
export function activityRate(
  activities: readonly Activity[],
  targets: readonly ActivityTarget[],
  options: ActivityRateOptions,
): ActivityRateResult {
  const { period, asOf, windowEnd } = checkActivityWindow(options);
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

  // Count done activities in [start, windowEnd), per type and per seller.
  const start = period.start.getTime();
  const doneByType = new Map<string, number>();
  const doneBySeller = new Map<string, Map<string, number>>();
  const activitiesByType = new Map<string, Activity[]>();
  let totalDone = 0;
  for (const activity of activities) {
    if (activity.status !== "done") continue;
    const time = activity.date.getTime();
    if (!(time >= start && time < windowEnd)) continue;
    if (!filter.includesOwner(activity.ownerId)) continue;
    const type: string = activity.type;
    totalDone += 1;
    doneByType.set(type, (doneByType.get(type) ?? 0) + 1);
    let counts = doneBySeller.get(activity.ownerId);
    if (counts === undefined) {
      counts = new Map();
      doneBySeller.set(activity.ownerId, counts);
    }
    counts.set(type, (counts.get(type) ?? 0) + 1);
    if (explain) {
      const list = activitiesByType.get(type);
      if (list === undefined) activitiesByType.set(type, [activity]);
      else list.push(activity);
    }
  }

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
    // Sorted by id so that the (rounded) shares add up in the same order whatever the input order.
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
  for (const seller of options.sellers ?? []) if (filter.includesOwner(seller.id)) list(seller.id);
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
  };
}
