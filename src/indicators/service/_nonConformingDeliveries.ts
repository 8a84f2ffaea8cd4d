/**
 * The computation of `nonConformingDeliveries` on a plan runner.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import { compareCodePoints } from "../../errors/describe.js";
import type { Cells, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey, Predicate } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import type { ServiceSettings } from "./_serviceSettings.js";
import type { Bucket } from "../../period/types.js";
import { echoPeriod } from "../../period/checkPeriod.js";
import { bucketStarts, mergeKeys, type GroupLayout } from "./_deliveryForms.js";
import type { DeliveryGroupedResult } from "./deliveryFormsTypes.js";
import { cellOf, laidOut, SINGLE, type CellAddress, type DeliveryLayout } from "./_deliveryLayout.js";
import type { NonConformingDeliveriesResult, NonConformityByReason } from "./nonConformingDeliveriesTypes.js";

const COUNT = { count: { kind: "count" } } as const;
const COUNT_AND_IDS = { count: { kind: "count" }, ids: { kind: "ids" } } as const;
type Measures = typeof COUNT | typeof COUNT_AND_IDS;
const VERDICT: GroupKey = { column: "conforming", keys: ["false", "true", null] };
const NON_CONFORMING: Predicate = { kind: "in", column: "conforming", values: ["false"] };

function deliveredPlan(
  settings: ServiceSettings,
  key: GroupKey,
  where: readonly Predicate[],
  layout: DeliveryLayout,
  withIds: boolean,
): AggregationPlan<Measures> {
  return laidOut(
    {
      table: "deliveries",
      time: "deliveredAt",
      window: { from: settings.start, to: settings.cut },
      where,
      groupBy: [key],
      // The ids only when asked for: collecting every delivery's id costs more than counting them.
      measures: withIds ? COUNT_AND_IDS : COUNT,
    },
    layout,
    true,
  );
}

/** The ids of a cell whose plan collected them (with `explain`). */
function idsOf(cell: { readonly count: number; readonly ids?: readonly string[] }): string[] {
  return [...(cell.ids ?? [])];
}

/** Most frequent first, then by reason (code point order), `null` last. */
function byFrequency(a: NonConformityByReason, b: NonConformityByReason): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.reason === null || b.reason === null) return a.reason === null ? (b.reason === null ? 0 : 1) : -1;
  return compareCodePoints(a.reason, b.reason);
}

/** The runs of the two plans of one computation: the deliveries by verdict, the non-conforming ones by reason. */
export interface VerdictCells {
  readonly verdicts: Cells<Measures>;
  readonly reasons: Cells<Measures>;
}

/** Runs the verdict and reason plans of `layout`. */
export function verdictCells(run: PlanRunner, settings: ServiceSettings, layout: DeliveryLayout): VerdictCells {
  return {
    verdicts: run(deliveredPlan(settings, VERDICT, [], layout, settings.explain)),
    reasons: run(deliveredPlan(settings, { column: "nonConformityReason" }, [NON_CONFORMING], layout, false)),
  };
}

/** The non-conforming deliveries of one cell (a bucket, a group, or every delivery). */
export function verdictResultOf(
  cells: VerdictCells,
  settings: ServiceSettings,
  at: CellAddress,
): NonConformingDeliveriesResult {
  const nonConforming = cellOf(cells.verdicts, at, "false");
  const conforming = cellOf(cells.verdicts, at, "true");
  const notAssessed = cellOf(cells.verdicts, at, null);
  const delivered = nonConforming.count + conforming.count + notAssessed.count;
  const reasonKeys = cells.reasons.keys[at.key === undefined ? 0 : 1] ?? [];
  const byReason = reasonKeys
    .map((reason): NonConformityByReason => ({ reason, count: cellOf(cells.reasons, at, reason).count }))
    .filter((entry) => entry.count > 0)
    .sort(byFrequency);
  return {
    indicator: "non-conforming-deliveries",
    unit: "ratio",
    period: settings.period,
    asOf: settings.asOf,
    delivered,
    nonConforming: nonConforming.count,
    conforming: conforming.count,
    notAssessed: notAssessed.count,
    share: ratio(new Dec(nonConforming.count), new Dec(delivered), "no-deliveries"),
    byReason,
    ...(settings.explain
      ? { explain: { nonConformingIds: idsOf(nonConforming), notAssessedIds: idsOf(notAssessed) } }
      : {}),
  };
}

/**
 * Non-conforming deliveries over the period on a plan runner: the deliveries delivered in
 * `[start, cut)` by verdict, then the non-conforming ones by reason.
 *
 * @param run - the plan runner over the deliveries
 * @param settings - the checked options
 * @returns the result
 */
export function nonConformingDeliveriesOf(run: PlanRunner, settings: ServiceSettings): NonConformingDeliveriesResult {
  return verdictResultOf(verdictCells(run, settings, SINGLE), settings, { bucket: null });
}

/** One bucket of a non-conformity series: {@link verdictResultOf} over the bucket, labelled. */
export type VerdictBucket = NonConformingDeliveriesResult & { readonly label: string };

/**
 * Non-conforming deliveries bucket by bucket on a plan runner: the two plans bucketed by
 * `deliveredAt`, each bucket's result over the bucket as its period, and the whole range's.
 */
export function nonConformingDeliveriesSeriesOf(
  run: PlanRunner,
  settings: ServiceSettings,
  buckets: readonly Bucket[],
): { readonly buckets: VerdictBucket[]; readonly total: NonConformingDeliveriesResult } {
  const cells = verdictCells(run, settings, { buckets: bucketStarts(buckets) });
  const zone = settings.calendar.timeZone;
  return {
    buckets: buckets.map((bucket, index) => ({
      label: bucket.label,
      ...verdictResultOf(cells, { ...settings, period: echoPeriod(bucket, zone) }, { bucket: index }),
    })),
    total: verdictResultOf(cells, settings, { bucket: null }),
  };
}

/**
 * Non-conforming deliveries per seller or team of the deliveries' orders on a plan runner: the
 * two plans keyed by group, then the company's result and the deliveries in no group.
 */
export function nonConformingDeliveriesGroupedOf(
  run: PlanRunner,
  settings: ServiceSettings,
  grouping: GroupLayout,
): DeliveryGroupedResult<"non-conforming-deliveries", NonConformingDeliveriesResult> {
  const cells = verdictCells(run, settings, grouping.layout);
  const groups = mergeKeys(cells.verdicts.keys[0] ?? []).map((key) => ({
    key,
    result: verdictResultOf(cells, settings, { bucket: null, key }),
  }));
  const total = nonConformingDeliveriesOf(run, settings);
  return {
    indicator: "non-conforming-deliveries",
    groupBy: grouping.groupBy,
    groups,
    total,
    ungrouped: total.delivered - groups.reduce((sum, group) => sum + group.result.delivered, 0),
  };
}
