/**
 * The plans of the pipeline (2.3) over a deal table: the deals open at `asOf`, without a
 * probability and at an unknown stage, undated, overdue, by unit of expected close, or expected
 * in the forecast window; each with its count, unweighted and weighted sums.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type {
  AggregationPlan,
  CountMeasure,
  ExtremeMeasure,
  GroupKey,
  IdsMeasure,
  PlanWindow,
  Predicate,
  SumMeasure,
  TimePredicate,
  WeightedSumMeasure,
} from "../../table/kernel/plan.js";

/** The measures of a pipeline figure: count, unweighted and weighted sums, and (explaining) the deal ids in table order. */
export type AmountMeasures = {
  readonly dealCount: CountMeasure;
  readonly unweighted: SumMeasure;
  readonly weighted: WeightedSumMeasure;
  readonly ids?: IdsMeasure;
};

/** What every pipeline plan shares: the instant read at, the owners read and the group column. */
export interface PipelinePlanContext {
  /** `asOf`, epoch ms. */
  readonly asOf: number;
  /** First instant of `asOf`'s day in the reporting zone. */
  readonly asOfDayStart: number;
  /** The owners read; absent: every owner. */
  readonly owners: readonly string[] | undefined;
  /** The group column; absent: one group. */
  readonly groupBy: GroupKey | undefined;
}

/**
 * The measures of a pipeline figure. A deal's weight is its own probability when it has one, 0
 * included, else its stage's (settled detail 7).
 */
export function amountMeasures(stages: ReadonlyMap<string, Decimal>, explain: boolean): AmountMeasures {
  const weighted: WeightedSumMeasure = {
    kind: "weightedSum",
    column: "amount",
    weight: "probability",
    fallback: {
      column: "stage",
      values: [...stages].map(([stage, probability]) => [stage, probability.toString()] as const),
    },
  };
  const measures: AmountMeasures = {
    dealCount: { kind: "count" },
    unweighted: { kind: "sum", column: "amount" },
    weighted,
  };
  return explain ? { ...measures, ids: { kind: "ids" } } : measures;
}

/** Not closed at or before `asOf` (an open deal has no `closedAt`). */
function notClosedAt(asOf: number): TimePredicate {
  return { kind: "time", column: "closedAt", op: ">", value: asOf, orAbsent: true };
}

/** The owners and the groups of a plan. */
function scoped(
  owners: readonly string[] | undefined,
  groupBy: GroupKey | undefined,
): Pick<AggregationPlan, "owners" | "groupBy"> {
  return { ...(owners === undefined ? {} : { owners }), ...(groupBy === undefined ? {} : { groupBy: [groupBy] }) };
}

/**
 * The deals open at `asOf` (settled detail 6: created at or before it, not closed at or before it;
 * the status is not read) that pass `where`. Amounts are converted at `asOf`: an open deal's amount
 * is a current estimate.
 */
function openDeals<M extends AggregationPlan["measures"]>(
  asOf: number,
  owners: readonly string[] | undefined,
  groupBy: GroupKey | undefined,
  where: readonly Predicate[],
  measures: M,
): AggregationPlan<M> {
  return {
    table: "deals",
    time: "createdAt",
    // Created at or before asOf: instants are whole milliseconds.
    window: { from: null, to: asOf + 1 },
    ...scoped(owners, groupBy),
    where: [notClosedAt(asOf), ...where],
    measures,
    convertAt: asOf,
  };
}

/** The open deals whose expected close lies in `window`, by `buckets` of expected close when given. */
function dueDeals<M extends AggregationPlan["measures"]>(
  context: PipelinePlanContext,
  window: PlanWindow,
  measures: M,
  buckets?: readonly number[],
): AggregationPlan<M> {
  return {
    table: "deals",
    time: "expectedCloseDate",
    window,
    ...(buckets === undefined ? {} : { buckets }),
    ...scoped(context.owners, context.groupBy),
    where: [{ kind: "time", column: "createdAt", op: "<=", value: context.asOf }, notClosedAt(context.asOf)],
    measures,
    convertAt: context.asOf,
  };
}

/** The open deals of `owners` that have no probability, counted by stage (stages in order of first appearance). */
export function stagesWithoutProbabilityPlan(
  asOf: number,
  owners: readonly string[] | undefined,
): AggregationPlan<{ readonly dealCount: CountMeasure }> {
  const dealCount: CountMeasure = { kind: "count" };
  return {
    ...openDeals(asOf, owners, undefined, [{ kind: "present", column: "probability", present: false }], { dealCount }),
    groupBy: [{ column: "stage" }],
  };
}

/**
 * Every open deal. The other plans read only deals this one has summed, so it is the one whose
 * amounts meet the currency check group by group (the order that decides what an error names).
 */
export function totalsPlan(context: PipelinePlanContext, measures: AmountMeasures): AggregationPlan<AmountMeasures> {
  const plan = openDeals(context.asOf, context.owners, context.groupBy, [], measures);
  return context.groupBy === undefined ? plan : { ...plan, visit: "groups" };
}

/** The open deals without an expected close date. */
export function undatedPlan(context: PipelinePlanContext, measures: AmountMeasures): AggregationPlan<AmountMeasures> {
  return openDeals(
    context.asOf,
    context.owners,
    context.groupBy,
    [{ kind: "present", column: "expectedCloseDate", present: false }],
    measures,
  );
}

/**
 * The open deals expected to close before `asOf`'s day (settled detail 8: the expected close is a
 * day, so a deal due today is not overdue; comparing the instant with the day's first instant
 * compares its day).
 */
export function overduePlan(context: PipelinePlanContext, measures: AmountMeasures): AggregationPlan<AmountMeasures> {
  return dueDeals(context, { from: null, to: context.asOfDayStart }, measures);
}

/** The measures of {@link totalsWithLatestPlan}: a pipeline figure, and the latest expected close. */
export type TotalsMeasures = AmountMeasures & { readonly last: ExtremeMeasure };

/**
 * Every open deal ({@link totalsPlan}), with the latest expected close among them: one plan for
 * the totals and for the last unit of the buckets (see {@link latestDue}).
 */
export function totalsWithLatestPlan(
  context: PipelinePlanContext,
  measures: AmountMeasures,
): AggregationPlan<TotalsMeasures> {
  const last: ExtremeMeasure = { kind: "max", column: "expectedCloseDate" };
  return { ...totalsPlan(context, measures), measures: { ...measures, last } };
}

/**
 * The latest expected close among the open deals due on or after `asOf`'s day, from the latest
 * among all open deals (`latest`): when that one is due before the day, none is due after it.
 */
export function latestDue(latest: number | null, asOfDayStart: number): number | null {
  return latest !== null && latest >= asOfDayStart ? latest : null;
}

/**
 * The open deals due on or after `asOf`'s day, by grain unit of expected close: `starts` are the
 * units' first instants (the first unit holds `asOf`), `end` the last unit's end. The first bucket
 * starts at `asOf`'s day, as earlier days are overdue; unit boundaries are first instants of days,
 * so a deal lands in the unit of its expected close day.
 */
export function bucketsPlan(
  context: PipelinePlanContext,
  starts: readonly number[],
  end: number,
  measures: AmountMeasures,
): AggregationPlan<AmountMeasures> {
  return dueDeals(context, { from: context.asOfDayStart, to: end }, measures, [
    context.asOfDayStart,
    ...starts.slice(1),
  ]);
}

/** The open deals expected to close in `[from, to)` (an empty window when `to` is before `from`). */
export function expectedInPlan(
  context: PipelinePlanContext,
  from: number,
  to: number,
  measures: AmountMeasures,
): AggregationPlan<AmountMeasures> {
  return dueDeals(context, { from, to: Math.max(from, to) }, measures);
}

/**
 * The open deals expected to close in `[starts[0], end)`, by bucket `[starts[b], starts[b + 1])`
 * (the forecast windows of a series' periods, one plan for all of them).
 */
export function expectedByBucketPlan(
  context: PipelinePlanContext,
  starts: readonly number[],
  end: number,
  measures: AmountMeasures,
): AggregationPlan<AmountMeasures> {
  return dueDeals(context, { from: starts[0] as number, to: end }, measures, starts);
}

/** The customers of the open deals of `owners` (deals without a customer left out), in order of first appearance. */
export function customersPlan(
  asOf: number,
  owners: readonly string[] | undefined,
): AggregationPlan<Record<string, never>> {
  const none: Record<string, never> = {};
  return openDeals(
    asOf,
    owners,
    { column: "customer" },
    [{ kind: "present", column: "customer", present: true }],
    none,
  );
}

/** The open deals of the context without a customer. */
export function withoutCustomerPlan(
  context: PipelinePlanContext,
  measures: AmountMeasures,
): AggregationPlan<AmountMeasures> {
  return openDeals(
    context.asOf,
    context.owners,
    undefined,
    [{ kind: "present", column: "customer", present: false }],
    measures,
  );
}
