/**
 * The plan of realized revenue (2.1, and the realized part of the pipeline's forecast, settled
 * detail 9): the orders dated in `[start, min(end, asOf))`, summed by bucket.
 *
 * @internal
 * @module
 */
import type { AggregationPlan, CountMeasure, GroupKey, IdsMeasure, SumMeasure } from "../../table/kernel/plan.js";

/** The measures of realized revenue: the exact sum, the order count and (explaining) the order ids in table order. */
export interface RealizedMeasures {
  readonly [name: string]: SumMeasure | CountMeasure | IdsMeasure;
  readonly revenue: SumMeasure;
  readonly orders: CountMeasure;
  /** Present when explaining. */
  readonly ids?: IdsMeasure;
}

/** What a realized-revenue plan covers. */
export interface RealizedPlanInput {
  /** First instant counted (epoch ms). */
  readonly from: number;
  /** First instant not counted: the period's end, or `asOf` when earlier (epoch ms). */
  readonly to: number;
  /** Bucket starts (epoch ms), the first at `from`; absent: one bucket. */
  readonly buckets?: readonly number[];
  /** The owners in scope; absent or `undefined`: every owner. */
  readonly owners?: readonly string[] | undefined;
  /** Groups (by seller, by team...). */
  readonly groupBy?: readonly GroupKey[] | undefined;
  /** Whether amounts meet the currency check group by group. */
  readonly visitGroups?: boolean;
  /** Whether to collect the order ids. */
  readonly explain: boolean;
}

/**
 * Realized revenue as a plan: orders whose `date` is in `[from, to)`, in scope, summed exactly
 * (credit notes count negatively) and counted, by bucket and group; with `explain`, their ids in
 * table order.
 */
export function realizedPlan(input: RealizedPlanInput): AggregationPlan<RealizedMeasures> {
  const measures: RealizedMeasures = input.explain
    ? { revenue: { kind: "sum", column: "amount" }, orders: { kind: "count" }, ids: { kind: "ids" } }
    : { revenue: { kind: "sum", column: "amount" }, orders: { kind: "count" } };
  return {
    table: "orders",
    time: "date",
    window: { from: input.from, to: Math.max(input.from, input.to) },
    ...(input.buckets === undefined ? {} : { buckets: input.buckets }),
    ...(input.owners === undefined ? {} : { owners: input.owners }),
    ...(input.groupBy === undefined ? {} : { groupBy: input.groupBy }),
    ...(input.visitGroups === true ? { visit: "groups" as const } : {}),
    measures,
  };
}
