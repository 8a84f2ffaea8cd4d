/**
 * The plans of lost deals (2.5): the deals closed (won or lost) in a range by `closedAt`, counted
 * and summed by bucket and status, and the lost ones by loss reason and by competitor named; for
 * the grouped form, the same by seller or team first, and the plan that finds the groups.
 *
 * @internal
 * @module
 */
import type { Seller } from "../../model/types.js";
import { checkSellers, teamsOf } from "../../model/_teams.js";
import type { GroupBy } from "../../table/scope.js";
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import type { Cells, PlanRunner } from "../../table/kernel/executePlan.js";
import type {
  AggregationPlan,
  CountMeasure,
  GroupKey,
  IdsMeasure,
  Measure,
  PlanWindow,
  Predicate,
  SumMeasure,
} from "../../table/kernel/plan.js";

/** Count and exact sum of the deals of a cell. */
export interface TallyMeasures {
  readonly [name: string]: Measure;
  readonly deals: CountMeasure;
  readonly amount: SumMeasure;
}

/** The deals' ids by `closedAt` then id. */
export interface IdsMeasures {
  readonly [name: string]: Measure;
  readonly ids: IdsMeasure;
}

/** The cells of one lost-deals computation. */
export interface LostDealsCells {
  /** Closed deals by bucket, (group,) and status `won` or `lost`. */
  readonly closed: Cells<TallyMeasures>;
  /** Lost deals by bucket, (group,) and loss reason (`null`: none given). */
  readonly reasons: Cells<TallyMeasures>;
  /** Lost deals naming a competitor, by bucket, (group,) and competitor. */
  readonly competitors: Cells<TallyMeasures>;
  /** Explaining only: the closed deals' ids, by bucket, (group,) and status. */
  readonly ids: Cells<IdsMeasures> | null;
}

/** What the plans of a lost-deals computation cover. */
export interface LostDealsPlanInput {
  /** The range, as a window of `closedAt` (epoch ms). */
  readonly window: PlanWindow;
  /** Bucket starts (epoch ms), the first at the window's start. */
  readonly buckets: readonly number[];
  /** The owners in scope; absent: every owner. */
  readonly owners?: readonly string[] | undefined;
  /** The group (seller or team) key, before the plan's own key; absent: no groups. */
  readonly group?: GroupKey | undefined;
  /** Whether to collect the closed deals' ids. */
  readonly explain: boolean;
}

const TALLY: TallyMeasures = { deals: { kind: "count" }, amount: { kind: "sum", column: "amount" } };
const IDS: IdsMeasures = { ids: { kind: "ids", order: "time" } };
const CLOSED: Predicate = { kind: "in", column: "status", values: ["won", "lost"] };
const LOST: Predicate = { kind: "in", column: "status", values: ["lost"] };

function closedDealsPlan<M extends Readonly<Record<string, Measure>>>(
  input: LostDealsPlanInput,
  where: readonly Predicate[],
  key: GroupKey,
  measures: M,
): AggregationPlan<M> {
  return {
    table: "deals",
    time: "closedAt",
    window: input.window,
    buckets: input.buckets,
    ...(input.owners === undefined ? {} : { owners: input.owners }),
    where,
    groupBy: input.group === undefined ? [key] : [input.group, key],
    measures,
  };
}

/**
 * Runs the plans of lost deals, each over the deals of the scope closed in the range (amounts
 * converted at `closedAt`): won and lost by status, then the lost ones by reason, then those naming
 * a competitor by competitor, and explaining, the ids by status. The first meets every counted
 * amount in table order, so that a currency error names the first two currencies of the counted
 * deals in table order. The ids have a plan of their own: a cell's read computes every measure of
 * its plan, and reading a tally should not sort ids.
 */
export function runLostDealsPlans(run: PlanRunner, guard: CurrencyGuard, input: LostDealsPlanInput): LostDealsCells {
  const byStatus: GroupKey = { column: "status", keys: ["won", "lost"] };
  return {
    closed: run(closedDealsPlan(input, [CLOSED], byStatus, TALLY), guard),
    reasons: run(closedDealsPlan(input, [LOST], { column: "lossReason" }, TALLY), guard),
    competitors: run(
      closedDealsPlan(
        input,
        [LOST, { kind: "present", column: "competitor", present: true }],
        { column: "competitor" },
        TALLY,
      ),
      guard,
    ),
    ids: input.explain ? run(closedDealsPlan(input, [CLOSED], byStatus, IDS), guard) : null,
  };
}

/**
 * The group key of a grouped computation: owners, the roster's sellers first (with zeros when they
 * own nothing); by team, each owner relabelled to its team in the roster (owners with no team are
 * in no group), the roster's teams first.
 *
 * @throws InvalidArgumentError when the roster is not an array
 */
export function ownerGroupKey(groupBy: GroupBy, sellers: readonly Seller[] | undefined): GroupKey {
  checkSellers(sellers);
  const roster = sellers ?? [];
  if (groupBy === "seller") return { column: "owner", keys: roster.map((seller) => seller.id) };
  const teams = teamsOf(sellers);
  const keys = roster.flatMap((seller) => (seller.teamId === undefined ? [] : [seller.teamId]));
  return { column: "owner", keys, relabel: [...teams] };
}

/**
 * The plan that finds the groups of a grouped computation: the deals closed in `window`, by group
 * (`groupKey`'s listed keys, then the owners met). It meets their amounts group by group, and
 * within a team owner by owner in roster order, each owner's deals in table order: every group
 * shares the currency this settles.
 */
export function groupsPlan(window: PlanWindow, groupKey: GroupKey): AggregationPlan<{ readonly amount: SumMeasure }> {
  return {
    table: "deals",
    time: "closedAt",
    window,
    where: [CLOSED],
    groupBy: [groupKey],
    visit: "groups",
    measures: { amount: { kind: "sum", column: "amount" } },
  };
}
