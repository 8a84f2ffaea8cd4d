/**
 * The plans the deal indicators of spec section 4 share: deals closed in the period (won, lost),
 * by status, counted, summed and (explaining) listed; and deals open at an instant.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Cells, PlanRunner } from "../../table/kernel/executePlan.js";
import type {
  AggregationPlan,
  CountMeasure,
  IdsMeasure,
  Measure,
  Predicate,
  SumMeasure,
} from "../../table/kernel/plan.js";
import type { DealSettings } from "./_dealsSettings.js";

/** Count and exact sum of the deals of a cell, and (explaining) their ids by time then id. */
export interface TallyMeasures {
  readonly [name: string]: Measure;
  readonly deals: CountMeasure;
  readonly amount: SumMeasure;
}

const TALLY: TallyMeasures = { deals: { kind: "count" }, amount: { kind: "sum", column: "amount" } };
const IDS: { readonly ids: IdsMeasure } = { ids: { kind: "ids", order: "time" } };

/** Count, sum and ids of a set of deals. */
export interface Tally {
  readonly count: number;
  readonly amount: Decimal;
  /** The deals' ids by time then id; `null` when not explaining. */
  readonly ids: readonly string[] | null;
}

function owners(settings: DealSettings): Pick<AggregationPlan, "owners"> {
  const list = settings.scope.owners;
  return list === undefined ? {} : { owners: list };
}

/**
 * The deals of the scope closed in `[period start, cut)` with one of `statuses`, by status (the
 * statuses listed first). Amounts are converted at `closedAt` and meet the currency check in
 * table order.
 */
export function closedPlan<M extends Readonly<Record<string, Measure>>>(
  settings: DealSettings,
  statuses: readonly ("won" | "lost")[],
  measures: M,
): AggregationPlan<M> {
  return {
    table: "deals",
    time: "closedAt",
    window: { from: settings.period.start.getTime(), to: settings.cut },
    ...owners(settings),
    where: [{ kind: "in", column: "status", values: statuses }],
    groupBy: [{ column: "status", keys: statuses }],
    measures,
  };
}

/**
 * The deals of the scope open at `now` (settled detail 6: created at or before it, not closed at
 * or before it), with `where`. Amounts are converted at `now`: an open deal's amount is an estimate.
 */
export function openPlan<M extends Readonly<Record<string, Measure>>>(
  settings: DealSettings,
  where: readonly Predicate[],
  measures: M,
): AggregationPlan<M> {
  return {
    table: "deals",
    time: "createdAt",
    window: { from: null, to: settings.now + 1 },
    ...owners(settings),
    where: [{ kind: "time", column: "closedAt", op: ">", value: settings.now, orAbsent: true }, ...where],
    measures,
    convertAt: settings.now,
  };
}

/**
 * Runs the closed-deal plans: the tally of each of `statuses`, and explaining, their ids (in a plan
 * of their own, so that reading a tally never sorts ids).
 */
export function closedTallies(
  run: PlanRunner,
  settings: DealSettings,
  statuses: readonly ("won" | "lost")[],
): ReadonlyMap<"won" | "lost", Tally> {
  const tallies: Cells<TallyMeasures> = run(closedPlan(settings, statuses, TALLY), settings.guard);
  const ids = settings.explain ? run(closedPlan(settings, statuses, IDS), settings.guard) : null;
  const result = new Map<"won" | "lost", Tally>();
  for (const status of statuses) {
    const total = tallies.total(status);
    result.set(status, {
      count: total.deals,
      amount: total.amount,
      ids: ids === null ? null : ids.total(status).ids,
    });
  }
  return result;
}

/** The tally of the deals open at `now` that pass `where`. */
export function openTally(run: PlanRunner, settings: DealSettings, where: readonly Predicate[] = []): Tally {
  const total = run(openPlan(settings, where, TALLY), settings.guard).total();
  const ids = settings.explain
    ? run(openPlan(settings, where, { ids: { kind: "ids" } }), settings.guard).total().ids
    : null;
  return { count: total.deals, amount: total.amount, ids };
}

/**
 * The tally of the deals of the scope that pass `where`, whatever their dates (amounts converted
 * at `now`, as open deals).
 */
export function dealsTally(run: PlanRunner, settings: DealSettings, where: readonly Predicate[]): Tally {
  const plan = <M extends Readonly<Record<string, Measure>>>(measures: M): AggregationPlan<M> => ({
    table: "deals",
    time: "createdAt",
    window: { from: null, to: null },
    ...owners(settings),
    where,
    measures,
    convertAt: settings.now,
  });
  const total = run(plan(TALLY), settings.guard).total();
  const ids = settings.explain ? run(plan({ ids: { kind: "ids" } }), settings.guard).total().ids : null;
  return { count: total.deals, amount: total.amount, ids };
}
