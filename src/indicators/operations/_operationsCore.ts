/**
 * The machinery the operational indicators share: their options checked (range, grain, `asOf`,
 * calendar, scope), the buckets and the counted window, the plans' common part, the warnings, and
 * the grouped form (one result per seller or team).
 *
 * @internal
 * @module
 */
import { assertGrain, resolveCalendar, type Calendar } from "../../period/calendar.js";
import { checkPeriod, echoPeriod } from "../../period/checkPeriod.js";
import { instantOf } from "../../period/checkInstant.js";
import { splitRange } from "../../period/splitRange.js";
import type { Bucket, Grain, Period } from "../../period/types.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { safeString } from "../../errors/describe.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { checkSellers, teamsOf } from "../../model/_teams.js";
import { resolveScope } from "../../table/scope.js";
import type { Cells, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey, Measure, Predicate } from "../../table/kernel/plan.js";
import type { TableKind } from "../../table/_columns.js";
import type { Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type {
  OperationsBucketBounds,
  OperationsGroupedOptions,
  OperationsOptions,
  OperationsWarningCode,
} from "./operationsTypes.js";

/** The checked options of one operational computation. */
export interface OperationsSettings {
  readonly range: Period;
  /** The `asOf` cut (epoch ms), or `null`: no cut. */
  readonly asOf: number | null;
  readonly grain: Grain;
  readonly calendar: Calendar;
  readonly scope: Scope;
  /** The owners in the scope; `undefined` for the whole company. */
  readonly owners: readonly string[] | undefined;
  readonly explain: boolean;
  /** The buckets of the whole range. */
  readonly bounds: readonly Bucket[];
  /** The counted window: `[range start, min(range end, asOf))`. */
  readonly window: { readonly from: number; readonly to: number };
}

/**
 * Checks the options shared by the operational indicators, in the order their errors are
 * reported: the options object, range, `asOf`, grain, calendar, scope (with the roster).
 *
 * @throws InvalidArgumentError for any invalid option
 */
export function checkOperationsOptions(options: OperationsOptions, defaultGrain: Grain): OperationsSettings {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const range = checkPeriod(options.range, "range");
  const asOf = options.asOf === undefined ? null : instantOf(options.asOf, "asOf");
  const grain = assertGrain(options.grain ?? defaultGrain);
  const calendar = resolveCalendar(options);
  const filter = resolveScope(options.scope, options.sellers);
  const bounds = splitRange(range, grain, calendar);
  const from = range.start.getTime();
  const end = range.end.getTime();
  const to = asOf === null ? end : Math.max(from, Math.min(end, asOf));
  return {
    range,
    asOf,
    grain,
    calendar,
    scope: filter.scope,
    owners: filter.owners,
    explain: options.explain === true,
    bounds,
    window: { from, to },
  };
}

/** A plan over `table` by `date`, in the settings' window, buckets and scope. */
export function datedPlan<M extends Readonly<Record<string, Measure>>>(
  settings: OperationsSettings,
  table: TableKind,
  where: readonly Predicate[],
  measures: M,
  groupBy: readonly GroupKey[] = [],
): AggregationPlan<M> {
  return {
    table,
    time: "date",
    window: settings.window,
    buckets: settings.bounds.map((bucket) => bucket.start.getTime()),
    ...(settings.owners === undefined ? {} : { owners: settings.owners }),
    where,
    groupBy,
    measures,
  };
}

/** The cell of bucket `bucket`, or over every bucket when `bucket` is `null`. */
export function cellAt<M extends Readonly<Record<string, Measure>>>(
  cells: Cells<M>,
  bucket: number | null,
  ...keys: readonly (string | null)[]
): ReturnType<Cells<M>["total"]> {
  return bucket === null ? cells.total(...keys) : cells.get(bucket, ...keys);
}

/** The bounds of each bucket, as results report them. */
export function boundsOf(settings: OperationsSettings): OperationsBucketBounds[] {
  return settings.bounds.map((bucket) => ({ label: bucket.label, start: bucket.start, end: bucket.end }));
}

/** The fields every operational result starts with. */
export interface OperationsHead {
  readonly grain: Grain;
  readonly range: Period;
  readonly asOf: Date | null;
  readonly scope: Scope;
  readonly warnings: readonly IndicatorWarning<OperationsWarningCode>[];
}

/** The grain, range (echoed in the zone), `asOf`, scope and `asOf` warnings of a result. */
export function headOf(settings: OperationsSettings, counted: string): OperationsHead {
  return {
    grain: settings.grain,
    range: echoPeriod(settings.range, settings.calendar.timeZone),
    asOf: settings.asOf === null ? null : new Date(settings.asOf),
    scope: settings.scope,
    warnings: warningsOf(settings, counted),
  };
}

function warningsOf(settings: OperationsSettings, counted: string): IndicatorWarning<OperationsWarningCode>[] {
  const { asOf, range } = settings;
  if (asOf === null || asOf >= range.end.getTime()) return [];
  const at = new Date(asOf).toISOString();
  if (asOf <= range.start.getTime()) {
    return [{ code: "range-not-started", message: `asOf ${at} is at or before the range start: nothing is counted` }];
  }
  return [
    {
      code: "partial-range",
      message: `asOf ${at} falls inside the range: ${counted} dated at or after it are not counted, and the bucket holding it is partial`,
    },
  ];
}

/** One group of a grouped computation. */
export interface OperationsGroup<R> {
  readonly key: string;
  readonly result: R;
}

/**
 * The grouped form of an operational indicator: the groups (the roster's sellers or teams first,
 * then the owners met in the tables read, in the counted window, in order of first appearance; by
 * team, owners with no team are in no group), then the indicator computed for each group's scope.
 *
 * @param run - runs the plans
 * @param options - the indicator's options with `groupBy`
 * @param tables - the tables whose owners make groups
 * @param compute - the indicator for one scope's options
 * @throws InvalidArgumentError for an invalid `groupBy`, a team grouping without a roster, or an option the indicator rejects
 */
export function groupedOf<O extends OperationsOptions, R>(
  run: PlanRunner,
  options: OperationsGroupedOptions<O>,
  tables: readonly TableKind[],
  compute: (options: O) => R,
): { readonly groupBy: "seller" | "team"; readonly groups: readonly OperationsGroup<R>[] } {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a range");
  const { groupBy, ...rest } = options;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (groupBy !== "seller" && groupBy !== "team") {
    throw new InvalidArgumentError(
      `groupBy must be "seller" or "team", got ${JSON.stringify(safeString(groupBy)).slice(0, 40)}`,
    );
  }
  if (groupBy === "team" && options.sellers === undefined) {
    throw new InvalidArgumentError(
      "groupBy team needs the sellers roster (option sellers) to know who is in which team",
    );
  }
  const settings = checkOperationsOptions(rest as unknown as O, "month");
  checkSellers(options.sellers);
  const roster = options.sellers ?? [];
  const key: GroupKey =
    groupBy === "seller"
      ? { column: "owner", keys: roster.map((seller) => seller.id) }
      : {
          column: "owner",
          keys: roster.flatMap((seller) => (seller.teamId === undefined ? [] : [seller.teamId])),
          relabel: [...teamsOf(options.sellers)],
        };
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    const plan: AggregationPlan<{ readonly n: { readonly kind: "count" } }> = {
      table,
      time: "date",
      window: settings.window,
      groupBy: [key],
      measures: { n: { kind: "count" } },
    };
    // Finding the groups sums nothing: a guard of its own, so no currency is decided here.
    for (const found of run(plan, new CurrencyGuard({})).keys[0] ?? []) {
      if (found !== null && !seen.has(found)) {
        seen.add(found);
        keys.push(found);
      }
    }
  }
  return {
    groupBy,
    groups: keys.map((group) => {
      const scope: Scope =
        groupBy === "seller" ? { level: "seller", sellerId: group } : { level: "team", teamId: group };
      return { key: group, result: compute({ ...rest, scope } as unknown as O) };
    }),
  };
}
