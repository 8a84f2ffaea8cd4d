/**
 * Partial results: the indicators computed over pieces of the records (files split across
 * `worker_threads`, monthly exports computed on different days) that merge exactly into the
 * figures of the whole. Each piece gives, for each plan an indicator asks for, a state of plain
 * JSON; the states of a plan merge, and tables built from them answer the indicators.
 *
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import type { ExchangeRates } from "../money/exchangeRates.js";
import type { Activity, Deal, Order } from "../model/types.js";
import { activityColumnsOf, branded, dealColumnsOf, orderColumnsOf, type TableKind } from "./_columns.js";
import { ANSWERS } from "./kernel/answers.js";
import { finishPartial } from "./kernel/finishPartial.js";
import { mergePartials } from "./kernel/mergePartials.js";
import { partialPlan } from "./kernel/partial.js";
import { checkPartialState, PARTIAL_FORMAT, planText, type PartialState } from "./kernel/partialState.js";
import type { AggregationPlan } from "./kernel/plan.js";
import type { AnyColumns } from "./kernel/planColumns.js";
import type { ActivityTable, DealTable, OrderTable } from "./types.js";

/**
 * A plan an indicator asks for, as plain JSON: what to aggregate over which table. Pass it on as
 * received (from {@link plansOf} or {@link computeFromPartials} to {@link computePartials}, through
 * `postMessage`, a file or a queue); its other fields are private.
 * @category Tables
 */
export interface PartialPlan {
  /** The kind of records it reads: `"orders"`, `"deals"` or `"activities"`. */
  readonly table: string;
}

/**
 * The state of one plan over some pieces of the records: plain JSON (exact decimals as strings,
 * instants as epoch milliseconds, keys as arrays), to store or send as is. Its other fields are
 * private.
 * @category Tables
 */
export interface PartialResult {
  /** The format of the state, `"crm-kpi.partial/1"`. */
  readonly format: string;
  /** The plan it answers. */
  readonly plan: PartialPlan;
  /** The pieces it covers (their `part` numbers, ascending). */
  readonly parts: readonly number[];
  /** Number of records in those pieces. */
  readonly rowCount: number;
}

/**
 * One piece of the records: any of orders, deals and activities (arrays of records or tables).
 * @category Tables
 */
export interface PieceRecords {
  /** The piece's orders. */
  readonly orders?: readonly Order[] | OrderTable;
  /** The piece's deals. */
  readonly deals?: readonly Deal[] | DealTable;
  /** The piece's activities. */
  readonly activities?: readonly Activity[] | ActivityTable;
}

/**
 * How a piece is computed.
 * @category Tables
 */
export interface PieceOptions {
  /**
   * The piece's place in the whole (a non-negative integer, unique per piece: a chunk's index, a
   * month's number). The whole's record order, which decides the order of ids and of first
   * appearances, is the pieces' in `part` order, each piece's records in their own order.
   */
  readonly part: number;
  /**
   * The computation's exchange rates, when it converts currencies: amounts are converted in the
   * piece, at each record's instant, exactly as over the whole. Give the same rates to every piece
   * and to the indicators.
   */
  readonly exchangeRates?: ExchangeRates;
}

/**
 * Tables that answer the indicators from partial states: pass them wherever the indicators take
 * an array of records or a table.
 * @category Tables
 */
export interface PartialTables {
  /** Orders (size: the records of the pieces of the orders' states). */
  readonly orders: OrderTable;
  /** Deals. */
  readonly deals: DealTable;
  /** Activities. */
  readonly activities: ActivityTable;
}

const HEADLINE_KINDS = ["orders", "deals", "activities"] as const;

/**
 * The states of one piece for each plan: what each plan gives over the piece's records, to merge
 * with the other pieces' states (see {@link combinePartials}).
 *
 * @param plans - the plans to compute (from {@link plansOf} or {@link computeFromPartials})
 * @param piece - the piece's records (only the kinds the plans read are needed)
 * @param options - the piece's `part` and the exchange rates, if any
 * @returns one state per plan, in the order of `plans`
 * @throws InvalidArgumentError for a plan that is not one, a record kind the piece lacks, a bad
 *   `part`; the errors the indicators raise for a record without a weight or a missing exchange rate
 * @example
 * ```ts
 * import { computePartials, orderTable, plansOf, revenueVsTarget, toDecimal } from "crm-kpi";
 *
 * const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const plans = plansOf((tables) => revenueVsTarget(tables.orders, { period, targets: [], asOf: period.end }));
 * const january = orderTable([
 *   { id: "o-1", date: new Date("2026-01-10T09:00:00Z"), amount: toDecimal("1200.50"), currency: "EUR", sellerId: "ann" },
 * ]);
 * const states = computePartials(plans, { orders: january }, { part: 1 });
 * [states.length, states[0]?.parts, states[0]?.rowCount]; //=> [1, [1], 1]
 * ```
 * @category Tables
 */
export function computePartials(
  plans: readonly PartialPlan[],
  piece: PieceRecords,
  options: PieceOptions,
): PartialResult[] {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof piece !== "object" || piece === null)
    throw new InvalidArgumentError("the piece must be an object of records");
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must give the piece's part");
  if (!Array.isArray(plans)) throw new InvalidArgumentError("plans must be an array of plans");
  const tables = new Map<string, AnyColumns>();
  const tableOf = (kind: string): AnyColumns => {
    let table = tables.get(kind);
    if (table !== undefined) return table;
    if (kind === "orders" && piece.orders !== undefined) table = orderColumnsOf(piece.orders, "orders");
    else if (kind === "deals" && piece.deals !== undefined) table = dealColumnsOf(piece.deals, "deals");
    else if (kind === "activities" && piece.activities !== undefined)
      table = activityColumnsOf(piece.activities, "activities");
    else throw new InvalidArgumentError(`a plan reads ${kind}, which the piece does not give`);
    tables.set(kind, table);
    return table;
  };
  return plans.map((plan) => {
    if (typeof plan !== "object" || plan === null) throw new InvalidArgumentError("a plan must be an object");
    const kernelPlan = plan as unknown as AggregationPlan;
    return partialPlan(kernelPlan, tableOf(kernelPlan.table), options);
  });
}

/**
 * Merges states into one per plan: the states of a plan over disjoint pieces add up (counts and
 * sums add, distinct values unite, ids and first appearances follow the pieces' `part` order),
 * in any order and grouping, exactly.
 *
 * @param states - states from {@link computePartials} or earlier merges, of any plans, in any order
 * @returns one state per plan, in order of first appearance in `states`
 * @throws InvalidArgumentError when a value is not a state, two states of a plan share a piece
 *   (its records would count twice), or one converted currencies and the other did not
 * @example
 * ```ts
 * import { combinePartials, computePartials, orderTable, plansOf, revenueVsTarget, toDecimal } from "crm-kpi";
 *
 * const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const plans = plansOf((tables) => revenueVsTarget(tables.orders, { period, targets: [], asOf: period.end }));
 * const order = (id: string, date: string, amount: string) =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ann" });
 * const january = computePartials(plans, { orders: orderTable([order("o-1", "2026-01-10T09:00:00Z", "100")]) }, { part: 1 });
 * const february = computePartials(plans, { orders: orderTable([order("o-2", "2026-02-10T09:00:00Z", "50")]) }, { part: 2 });
 * const [quarter] = combinePartials([...february, ...january]);
 * [quarter?.parts, quarter?.rowCount]; //=> [[1, 2], 2]
 * combinePartials([...january, ...january]); //=> throws InvalidArgumentError
 * ```
 * @category Tables
 */
export function combinePartials(states: readonly PartialResult[]): PartialResult[] {
  if (!Array.isArray(states)) throw new InvalidArgumentError("states must be an array of partial states");
  const byPlan = new Map<string, PartialState>();
  states.forEach((state, index) => {
    const checked = checkPartialState(state, `states[${index}]`);
    const text = planText(checked.plan);
    const other = byPlan.get(text);
    byPlan.set(text, other === undefined ? checked : mergePartials(other, checked));
  });
  return [...byPlan.values()];
}

/** The state of a plan over no piece: empty cells. */
function emptyState(plan: AggregationPlan): PartialState {
  return {
    format: PARTIAL_FORMAT,
    plan,
    parts: [],
    rowCount: 0,
    converted: null,
    mixed: false,
    keys: (plan.groupBy ?? []).map(() => []),
    currencies: [],
    cells: [],
  };
}

/** Tables whose plans `answer` serves, each of the given size. */
function answeringTables(
  answer: (plan: AggregationPlan) => PartialState,
  sizes: ReadonlyMap<string, number>,
): PartialTables {
  const tableOf = (kind: TableKind): object =>
    branded({
      kind,
      size: sizes.get(kind) ?? 0,
      [ANSWERS]: (plan: AggregationPlan, guard: Parameters<typeof finishPartial>[1]) =>
        finishPartial(answer(plan), guard),
    });
  const [orders, deals, activities] = HEADLINE_KINDS.map(tableOf);
  return { orders, deals, activities } as unknown as PartialTables;
}

/** Number of records of each kind: the largest count of the states of a plan of that kind. */
function sizesOf(states: Iterable<PartialState>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const state of states) sizes.set(state.plan.table, Math.max(sizes.get(state.plan.table) ?? 0, state.rowCount));
  return sizes;
}

/**
 * Tables that answer the indicators from states (merged with {@link combinePartials} first when
 * several pieces gave states of a plan). An indicator that asks for a plan no state answers throws.
 *
 * @param states - states of the plans the indicators ask for
 * @returns orders, deals and activities tables to pass to the indicators
 * @throws InvalidArgumentError when a value is not a state or two states of a plan share a piece;
 *   when an indicator runs, for a plan no state answers
 * @example
 * ```ts
 * import { computePartials, orderTable, partialTables, plansOf, revenueVsTarget, toDecimal } from "crm-kpi";
 *
 * const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const quarter = (orders: Parameters<typeof revenueVsTarget>[0]) =>
 *   revenueVsTarget(orders, { period, targets: [], asOf: period.end });
 * const plans = plansOf((tables) => quarter(tables.orders));
 * const order = (id: string, date: string, amount: string) =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ann" });
 * // Computed on different days, kept as JSON, read back.
 * const saved = [
 *   JSON.stringify(computePartials(plans, { orders: orderTable([order("o-1", "2026-01-10T09:00:00Z", "100.10")]) }, { part: 1 })),
 *   JSON.stringify(computePartials(plans, { orders: orderTable([order("o-2", "2026-03-31T21:00:00Z", "-0.10")]) }, { part: 3 })),
 * ];
 * const tables = partialTables(saved.flatMap((text) => JSON.parse(text)));
 * const result = quarter(tables.orders);
 * [result.realized.toString(), result.orderCount]; //=> ["100", 2]
 * ```
 * @category Tables
 */
export function partialTables(states: readonly PartialResult[]): PartialTables {
  const byPlan = new Map(
    combinePartials(states).map((state) => [planText((state as PartialState).plan), state as PartialState]),
  );
  return answeringTables((plan) => {
    const state = byPlan.get(planText(plan));
    if (state === undefined)
      throw new InvalidArgumentError(
        `no partial state answers a plan over ${plan.table} that the indicator asks for: compute it (plansOf, computeFromPartials)`,
      );
    return state;
  }, sizesOf(byPlan.values()));
}

/**
 * The plans a computation asks for, found by running it once over tables that answer every plan
 * with empty cells. A plan whose shape depends on figures (the pipeline's latest expected close)
 * may differ once the data is there: {@link computeFromPartials} asks for such plans as they come.
 *
 * @param compute - the computation, from tables (pass them to the indicators)
 * @returns the plans it asked for, once each, in the order it asked
 * @throws what `compute` throws, when it asked for no plan before throwing
 * @example
 * ```ts
 * import { activityRate, plansOf } from "crm-kpi";
 *
 * const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };
 * plansOf((tables) => activityRate(tables.activities, { period, targets: [] })).map((plan) => plan.table);
 * //=> ["activities"]
 * ```
 * @category Tables
 */
export function plansOf(compute: (tables: PartialTables) => unknown): PartialPlan[] {
  return discover(compute, new Map()).missing;
}

/** Runs `compute` over states, answering the plans it lacks with empty cells and listing them. */
function discover<T>(
  compute: (tables: PartialTables) => T,
  known: ReadonlyMap<string, PartialState>,
): { readonly missing: AggregationPlan[]; readonly result?: T; readonly failed: boolean; readonly error?: unknown } {
  const missing = new Map<string, AggregationPlan>();
  const tables = answeringTables((plan) => {
    const text = planText(plan);
    const state = known.get(text);
    if (state !== undefined) return state;
    if (!missing.has(text)) missing.set(text, JSON.parse(JSON.stringify(plan)) as AggregationPlan);
    return emptyState(plan);
  }, sizesOf(known.values()));
  try {
    const result = compute(tables);
    return { missing: [...missing.values()], result, failed: false };
  } catch (error) {
    // Empty cells may make a computation fail that the real figures will not.
    if (missing.size === 0) throw error;
    return { missing: [...missing.values()], failed: true, error };
  }
}

/** Rounds of plans asked after which {@link computeFromPartials} gives up (a computation whose plans never settle). */
const MAX_ROUNDS = 20;

/**
 * Runs a computation over partial states: asks `partialsOf` for the states of the plans it needs
 * (to compute them over the pieces, in workers or elsewhere), merges them, and runs it again until
 * every plan it asks for has its state. The result is exactly the computation over the whole
 * records, the pieces in `part` order.
 *
 * @param compute - the computation, from tables (pass them to the indicators)
 * @param partialsOf - the states of the plans asked, over every piece (any number per plan; states
 *   of other plans are left aside)
 * @returns what `compute` returns
 * @throws what `compute` throws over the whole; InvalidArgumentError when `partialsOf` gives no
 *   state for a plan asked, or the plans asked do not settle after 20 rounds
 * @example
 * ```ts
 * import { computeFromPartials, computePartials, orderTable, revenueVsTarget, toDecimal } from "crm-kpi";
 *
 * const period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
 * const order = (id: string, date: string, amount: string) =>
 *   ({ id, date: new Date(date), amount: toDecimal(amount), currency: "EUR", sellerId: "ann" });
 * const pieces = [orderTable([order("o-1", "2026-01-10T09:00:00Z", "100")]), orderTable([order("o-2", "2026-02-10T09:00:00Z", "50")])];
 * const result = await computeFromPartials(
 *   (tables) => revenueVsTarget(tables.orders, { period, targets: [], asOf: period.end }),
 *   // In a real run each piece is computed in its own worker (see examples/workers.ts).
 *   async (plans) => pieces.flatMap((orders, part) => computePartials(plans, { orders }, { part })),
 * );
 * // result.realized is 150, result.orderCount 2
 * ```
 * @category Tables
 */
export async function computeFromPartials<T>(
  compute: (tables: PartialTables) => T,
  partialsOf: (plans: readonly PartialPlan[]) => Promise<readonly PartialResult[]> | readonly PartialResult[],
): Promise<T> {
  const known = new Map<string, PartialState>();
  for (let round = 0; ; round++) {
    const { missing, result, failed, error } = discover(compute, known);
    if (missing.length === 0) {
      if (failed) throw error;
      return result as T;
    }
    if (round >= MAX_ROUNDS)
      throw new InvalidArgumentError(`the computation still asks for new plans after ${MAX_ROUNDS} rounds`);
    const asked = new Set(missing.map(planText));
    const states = combinePartials(await partialsOf(missing)) as PartialState[];
    for (const state of states) {
      const text = planText(state.plan);
      // States of plans not asked this round (a list of every saved state, say) are not needed.
      if (!asked.has(text)) continue;
      const other = known.get(text);
      known.set(text, other === undefined ? state : mergePartials(other, state));
    }
    const lacking = missing.find((plan) => !known.has(planText(plan)));
    if (lacking !== undefined)
      throw new InvalidArgumentError(`partialsOf gave no state for a plan over ${lacking.table} it was asked for`);
  }
}
