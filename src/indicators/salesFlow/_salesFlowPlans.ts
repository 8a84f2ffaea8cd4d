/**
 * The plans of the sales-flow indicators: counts and exact sums of the records dated in the
 * period's window, the times of a cohort of customer requests, and the groups of a grouped
 * computation.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import type { RequestKind, RequestStatus } from "../../model/salesFlowTypes.js";
import type { Seller } from "../../model/types.js";
import type { TableKind } from "../../table/_columns.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, Measure, Predicate, TimeColumnName } from "../../table/kernel/plan.js";
import { ownerGroupKey } from "../lostDeals/_lostDealsPlans.js";
import type { SalesFlowSettings } from "./_salesFlowSettings.js";

/** What one tally counts: a table's rows dated by `time` in the window, that pass `where`. */
export interface TallySpec {
  readonly table: TableKind;
  readonly time: TimeColumnName;
  readonly where?: readonly Predicate[];
  /** Whether to sum the rows' amounts (converted at `time`). */
  readonly amount?: boolean;
}

/** A count, its exact sum (when asked for) and its ids (when explaining). */
export interface Tally {
  readonly count: number;
  readonly amount: Decimal | null;
  readonly ids: readonly string[] | null;
}

function windowPlan<M extends Readonly<Record<string, Measure>>>(
  settings: SalesFlowSettings,
  spec: Pick<TallySpec, "table" | "time" | "where">,
  measures: M,
  buckets?: readonly number[],
): AggregationPlan<M> {
  return {
    table: spec.table,
    time: spec.time,
    window: settings.window,
    ...(buckets === undefined ? {} : { buckets }),
    ...(settings.owners === undefined ? {} : { owners: settings.owners }),
    where: spec.where ?? [],
    measures,
  };
}

/** Counts (and sums, and lists) the rows of `spec` in the settings' window and scope. */
export function tally(run: PlanRunner, guard: CurrencyGuard, settings: SalesFlowSettings, spec: TallySpec): Tally {
  return tallyCells(run, guard, settings, spec)(null);
}

/**
 * The tallies of `spec` by bucket of `buckets` (their starts, epoch ms) over the settings'
 * window: each plan runs once, and the answer reads one bucket's cell, or every bucket's with
 * `null`.
 */
export function tallyCells(
  run: PlanRunner,
  guard: CurrencyGuard,
  settings: SalesFlowSettings,
  spec: TallySpec,
  buckets?: readonly number[],
): (bucket: number | null) => Tally {
  const counted = run(windowPlan(settings, spec, { rows: { kind: "count" } }, buckets), guard);
  const amount =
    spec.amount === true
      ? run(windowPlan(settings, spec, { amount: { kind: "sum", column: "amount" } }, buckets), guard)
      : null;
  const ids = settings.explain
    ? run(windowPlan(settings, spec, { ids: { kind: "ids", order: "time" } }, buckets), guard)
    : null;
  return (bucket) => ({
    count: (bucket === null ? counted.total() : counted.get(bucket)).rows,
    amount: amount === null ? null : (bucket === null ? amount.total() : amount.get(bucket)).amount,
    ids: ids === null ? null : (bucket === null ? ids.total() : ids.get(bucket)).ids,
  });
}

/** A time predicate "column before asOf" when there is an `asOf`; nothing otherwise. */
export function beforeAsOf(settings: SalesFlowSettings, column: TimeColumnName): Predicate[] {
  return settings.asOf === null ? [] : [{ kind: "time", column, op: "<", value: settings.asOf }];
}

/** The instants of one customer request of a cohort (epoch ms; `null` when absent). */
export interface RequestTimes {
  /** The request's id, listed only with `explain` (`null` otherwise). */
  readonly id: string | null;
  readonly status: RequestStatus;
  readonly receivedAt: number;
  readonly firstResponseAt: number | null;
  readonly respondedAt: number | null;
  readonly processedAt: number | null;
  readonly dueAt: number | null;
}

const REQUEST_STATUS_KEYS: readonly RequestStatus[] = ["open", "processed", "declined"];

/**
 * The requests of a cohort, by status then in table order, read one at a time through one view
 * that moves from request to request: no object per request.
 */
export interface RequestCohort {
  /** How many requests. */
  readonly size: number;
  /** Calls `visit` with each request in turn; the view is reused, so read it within the call. */
  forEach(visit: (request: RequestTimes) => void): void;
}

/** The view a cohort moves over its lists (a request's fields, rewritten in place). */
interface RequestView {
  id: string | null;
  status: RequestStatus;
  receivedAt: number;
  firstResponseAt: number | null;
  respondedAt: number | null;
  processedAt: number | null;
  dueAt: number | null;
}

/**
 * The requests of `kinds` received in the window (owners in scope), with their instants, by
 * status then in table order.
 */
export function requestCohort(
  run: PlanRunner,
  settings: SalesFlowSettings,
  kinds: readonly RequestKind[],
): RequestCohort {
  return requestCohortCells(run, settings, kinds)(null);
}

/**
 * The request cohorts of {@link requestCohort} by bucket of `buckets` (their starts, epoch ms) of
 * `receivedAt`: the plan runs once, and the answer reads one bucket's cohort, or every bucket's
 * with `null`.
 */
export function requestCohortCells(
  run: PlanRunner,
  settings: SalesFlowSettings,
  kinds: readonly RequestKind[],
  buckets?: readonly number[],
): (bucket: number | null) => RequestCohort {
  const cells = run({
    table: "requests",
    time: "receivedAt",
    window: settings.window,
    ...(buckets === undefined ? {} : { buckets }),
    ...(settings.owners === undefined ? {} : { owners: settings.owners }),
    where: [{ kind: "in", column: "kind", values: kinds }],
    groupBy: [{ column: "status", keys: REQUEST_STATUS_KEYS }],
    measures: {
      // The ids are listed only with `explain`: the figures need the instants.
      ...(settings.explain ? { ids: { kind: "ids" } as const } : {}),
      receivedAt: { kind: "timeValues", column: "receivedAt" },
      firstResponseAt: { kind: "timeValues", column: "firstResponseAt" },
      respondedAt: { kind: "timeValues", column: "respondedAt" },
      processedAt: { kind: "timeValues", column: "processedAt" },
      dueAt: { kind: "timeValues", column: "dueAt" },
    },
  });
  return (bucket) => {
    const parts = REQUEST_STATUS_KEYS.map((status) => ({
      status,
      cell: bucket === null ? cells.total(status) : cells.get(bucket, status),
    }));
    return {
      size: parts.reduce((size, part) => size + part.cell.receivedAt.length, 0),
      forEach: (visit) => {
        const view: RequestView = {
          id: null,
          status: "open",
          receivedAt: Number.NaN,
          firstResponseAt: null,
          respondedAt: null,
          processedAt: null,
          dueAt: null,
        };
        for (const { status, cell } of parts) {
          const ids = (cell as { readonly ids?: readonly string[] }).ids;
          view.status = status;
          for (let i = 0; i < cell.receivedAt.length; i++) {
            view.id = ids?.[i] ?? null;
            view.receivedAt = cell.receivedAt[i] ?? Number.NaN;
            view.firstResponseAt = cell.firstResponseAt[i] ?? null;
            view.respondedAt = cell.respondedAt[i] ?? null;
            view.processedAt = cell.processedAt[i] ?? null;
            view.dueAt = cell.dueAt[i] ?? null;
            visit(view);
          }
        }
      },
    };
  };
}

/** Where a grouped computation finds its groups: a table's rows dated by `time` in the window. */
export interface GroupSource {
  readonly table: TableKind;
  readonly time: TimeColumnName;
  readonly where?: readonly Predicate[];
}

/**
 * The groups of a grouped computation: the roster's sellers (or teams) first, then the owners (or
 * their teams) met among the rows the indicator counts, source after source, in order of first
 * appearance.
 */
export function groupKeys(
  run: PlanRunner,
  settings: SalesFlowSettings,
  groupBy: "seller" | "team",
  sellers: readonly Seller[] | undefined,
  sources: readonly GroupSource[],
): string[] {
  const key = ownerGroupKey(groupBy, sellers);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const cells = run({
      table: source.table,
      time: source.time,
      window: settings.window,
      where: source.where ?? [],
      groupBy: [key],
      measures: { rows: { kind: "count" } },
    });
    for (const value of cells.keys[0] ?? []) {
      if (value === null || seen.has(value)) continue;
      seen.add(value);
      keys.push(value);
    }
  }
  return keys;
}
