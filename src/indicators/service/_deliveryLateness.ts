/**
 * The computation of `deliveryLateness` and its series and grouped forms on a plan runner.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import { RATIONAL_ZERO, type Rational } from "../../money/rational.js";
import type { CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import type { IndicatorWarning } from "../warnings.js";
import type { DurationSettings } from "./_serviceSettings.js";
import { durationBetween, durationStats, isPositive, spanDurationStats, unitLengthMs } from "../_durations.js";
import { cellOf, laidOut, SINGLE, type CellAddress, type DeliveryLayout } from "./_deliveryLayout.js";
import type {
  DeliveryLatenessResult,
  DeliveryLatenessWarningCode,
  OverdueDeliveries,
} from "./deliveryLatenessTypes.js";
import type { DurationStats } from "./serviceTypes.js";
import type { Ratio } from "../types.js";
import type { Bucket } from "../../period/types.js";
import { boundsOf, bucketStarts, mergeKeys, type GroupLayout } from "./_deliveryForms.js";
import type { DeliveryBucketBounds, DeliveryGroupedResult } from "./deliveryFormsTypes.js";

const DELIVERED = {
  ids: { kind: "ids" },
  promisedAt: { kind: "timeValues", column: "promisedAt" },
  deliveredAt: { kind: "timeValues", column: "deliveredAt" },
} as const;

const OPEN = { ids: { kind: "ids" }, promisedAt: { kind: "timeValues", column: "promisedAt" } } as const;

const LATE = { late: { kind: "spanStats", from: "promisedAt", to: "deliveredAt", floorAtZero: true } } as const;

/** The deliveries delivered in `[start, cut)`, with their promise and delivery instants. */
export function deliveredPlan(
  settings: DurationSettings,
  layout: DeliveryLayout = SINGLE,
): AggregationPlan<typeof DELIVERED> {
  return laidOut(
    {
      table: "deliveries",
      time: "deliveredAt",
      window: { from: settings.start, to: settings.cut },
      measures: DELIVERED,
    },
    layout,
    true,
  );
}

/** The deliveries promised before the cut and not delivered by it (whenever they were promised). */
export function overduePlan(settings: DurationSettings, layout: DeliveryLayout = SINGLE): AggregationPlan<typeof OPEN> {
  return laidOut(
    {
      table: "deliveries",
      time: "promisedAt",
      window: { from: null, to: settings.cut },
      where: [{ kind: "time", column: "deliveredAt", op: ">=", value: settings.cut, orAbsent: true }],
      measures: OPEN,
    },
    layout,
    false,
  );
}

/** The lateness figures of the deliveries of one cell. */
export interface LatenessFigures {
  readonly delivered: number;
  readonly lateness: DurationStats;
  readonly lateShare: Ratio<"no-deliveries">;
  readonly lateIds: readonly string[];
}

/** Lateness `max(0, deliveredAt - promisedAt)` of each delivery of `cell`, and the share late. */
export function latenessFigures(cell: CellValues<typeof DELIVERED>, settings: DurationSettings): LatenessFigures {
  const lateness: Rational[] = [];
  const lateIds: string[] = [];
  cell.ids.forEach((id, i) => {
    const late = durationBetween(cell.promisedAt[i] as number, cell.deliveredAt[i] as number, settings.measure);
    if (isPositive(late)) lateIds.push(id);
    lateness.push(isPositive(late) ? late : RATIONAL_ZERO);
  });
  return {
    delivered: cell.ids.length,
    lateness: durationStats(lateness),
    lateShare: ratio(new Dec(lateIds.length), new Dec(cell.ids.length), "no-deliveries"),
    lateIds,
  };
}

/** The overdue backlog of one cell, aged at the cut. */
function overdueOf(cell: CellValues<typeof OPEN>, settings: DurationSettings): OverdueDeliveries {
  const ages = cell.promisedAt.map((promised) => durationBetween(promised as number, settings.cut, settings.measure));
  return { count: cell.ids.length, age: durationStats(ages) };
}

function warningsOf(overdue: number, cut: number): IndicatorWarning<DeliveryLatenessWarningCode>[] {
  if (overdue === 0) return [];
  return [
    {
      code: "overdue-deliveries",
      message: `${overdue} deliveries promised before ${new Date(cut).toISOString()} were not delivered by then: they are reported in overdue with their age, not in the lateness figures`,
    },
  ];
}

/** The runs of the two plans of one computation, read cell by cell. */
export interface LatenessCells {
  readonly delivered: (at: CellAddress) => LatenessFigures;
  readonly overdue: (key?: string) => { readonly figures: OverdueDeliveries; readonly ids: readonly string[] };
  /** The group keys met (listed ones first), delivered then overdue; empty without groups. */
  readonly keys: readonly (readonly (string | null)[])[];
}

/**
 * Runs the delivered and overdue plans of `layout`. When every duration is the elapsed time over
 * one fixed length (`unitLengthMs`) and no id is asked for, the plans measure the spans in the
 * kernel (lateness from the promise to the delivery, floored at zero; overdue ages to the cut),
 * with no object per delivery; otherwise they list each delivery's instants and ids.
 */
export function latenessCells(run: PlanRunner, settings: DurationSettings, layout: DeliveryLayout): LatenessCells {
  const unitMs = settings.explain ? null : unitLengthMs(settings.measure);
  if (unitMs !== null) {
    const age = { age: { kind: "spanStats", from: "promisedAt", to: settings.cut } } as const;
    const delivered = run({ ...deliveredPlan(settings, layout), measures: LATE });
    const overdue = run({ ...overduePlan(settings, layout), measures: age });
    return {
      delivered: (at) => {
        const { late } = cellOf(delivered, at);
        return {
          delivered: late.count,
          lateness: spanDurationStats(late, unitMs),
          lateShare: ratio(new Dec(late.positive), new Dec(late.count), "no-deliveries"),
          lateIds: [],
        };
      },
      overdue: (key) => {
        const ages = cellOf(overdue, key === undefined ? { bucket: null } : { bucket: null, key }).age;
        return { figures: { count: ages.count, age: spanDurationStats(ages, unitMs) }, ids: [] };
      },
      keys: [delivered.keys[0] ?? [], overdue.keys[0] ?? []],
    };
  }
  const delivered = run(deliveredPlan(settings, layout));
  const overdue = run(overduePlan(settings, layout));
  return {
    delivered: (at) => latenessFigures(cellOf(delivered, at), settings),
    overdue: (key) => {
      const open = cellOf(overdue, key === undefined ? { bucket: null } : { bucket: null, key });
      return { figures: overdueOf(open, settings), ids: open.ids };
    },
    keys: [delivered.keys[0] ?? [], overdue.keys[0] ?? []],
  };
}

/** The whole result of one cell (every bucket) and its overdue backlog. */
export function latenessResultOf(
  cells: LatenessCells,
  settings: DurationSettings,
  key?: string,
): DeliveryLatenessResult {
  const figures = cells.delivered(key === undefined ? { bucket: null } : { bucket: null, key });
  const open = cells.overdue(key);
  return {
    indicator: "delivery-lateness",
    unit: "duration",
    durationUnit: settings.measure.unit,
    dayCount: settings.measure.dayCount,
    period: settings.period,
    asOf: settings.asOf,
    delivered: figures.delivered,
    lateness: figures.lateness,
    lateShare: figures.lateShare,
    overdue: open.figures,
    warnings: warningsOf(open.figures.count, settings.cut),
    ...(settings.explain ? { explain: { lateIds: figures.lateIds, overdueIds: [...open.ids] } } : {}),
  };
}

/**
 * Delivery lateness over the period on a plan runner.
 *
 * @param run - the plan runner over the deliveries
 * @param settings - the checked options
 * @returns the result
 */
export function deliveryLatenessOf(run: PlanRunner, settings: DurationSettings): DeliveryLatenessResult {
  return latenessResultOf(latenessCells(run, settings, SINGLE), settings);
}

/** One bucket of a lateness series: the deliveries delivered in it. */
export interface LatenessBucketFigures extends DeliveryBucketBounds {
  readonly delivered: number;
  readonly lateness: DurationStats;
  readonly lateShare: Ratio<"no-deliveries">;
  readonly explain?: { readonly lateIds: readonly string[] };
}

/**
 * Delivery lateness bucket by bucket on a plan runner: one bucketed plan of the deliveries
 * delivered in the range, and the whole range's result (its overdue backlog at the cut).
 */
export function deliveryLatenessSeriesOf(
  run: PlanRunner,
  settings: DurationSettings,
  buckets: readonly Bucket[],
): { readonly buckets: LatenessBucketFigures[]; readonly total: DeliveryLatenessResult } {
  const cells = latenessCells(run, settings, { buckets: bucketStarts(buckets) });
  return {
    buckets: buckets.map((bucket, index) => {
      const { lateIds, ...figures } = cells.delivered({ bucket: index });
      return { ...boundsOf(bucket), ...figures, ...(settings.explain ? { explain: { lateIds } } : {}) };
    }),
    total: latenessResultOf(cells, settings),
  };
}

/**
 * Delivery lateness per seller or team of the deliveries' orders on a plan runner: the two plans
 * keyed by group, then the company's result and the deliveries in no group.
 */
export function deliveryLatenessGroupedOf(
  run: PlanRunner,
  settings: DurationSettings,
  grouping: GroupLayout,
): DeliveryGroupedResult<"delivery-lateness", DeliveryLatenessResult> {
  const cells = latenessCells(run, settings, grouping.layout);
  const groups = mergeKeys(...cells.keys).map((key) => ({ key, result: latenessResultOf(cells, settings, key) }));
  const total = deliveryLatenessOf(run, settings);
  const counted = (result: DeliveryLatenessResult): number => result.delivered + result.overdue.count;
  return {
    indicator: "delivery-lateness",
    groupBy: grouping.groupBy,
    groups,
    total,
    ungrouped: counted(total) - groups.reduce((sum, group) => sum + counted(group.result), 0),
  };
}
