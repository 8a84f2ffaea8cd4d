/**
 * Indicators computed where the data lives: the plans of an indicator call compiled to SQL
 * (`toSql`), the rows turned back into exactly the in-memory result (`fromSqlRows`), and a driver
 * over any client (`computeWithSql`). The library depends on no database driver: the caller runs
 * the queries.
 *
 * @module
 */
import { InvalidArgumentError, SqlNotSupportedError } from "../errors/index.js";
import { safeString } from "../errors/describe.js";
import { CurrencyGuard } from "../money/currencyGuard.js";
import type { PlanRunner } from "../table/kernel/executePlan.js";
import type { IndicatorData } from "../catalogue/indicatorData.js";
import type { IndicatorId, IndicatorOptionsOf, IndicatorResultOf } from "../catalogue/registry.js";
import { computeCatalogueCall } from "./_sqlCatalogue.js";
import type { SqlDialect, SqlQuery } from "./dialect.js";
import { checkDialect } from "./_sqlText.js";
import { hasMoney, planToSql } from "./planSql.js";
import { sqlRatesOf } from "./_sqlRates.js";
import { cellsFromSqlRows, type SqlRow } from "./sqlCells.js";
import { SQL_CALLS } from "./_sqlCalls.js";
import type { SqlIndicatorName, SqlIndicators } from "./sqlCallTypes.js";

/**
 * The indicator forms that run in SQL, by function name: the five headline indicators with their
 * grouped and series forms. Catalogue indicators run by id too (`{ id, options, data }`), when
 * their plans compile; the others answer `SqlNotSupportedError` naming the id.
 *
 * @example
 * ```ts
 * SQL_INDICATORS.length; //=> 12
 * SQL_INDICATORS[0]; //=> "revenueVsTarget"
 * ```
 * @category SQL
 */
export const SQL_INDICATORS: readonly SqlIndicatorName[] = Object.keys(SQL_CALLS) as SqlIndicatorName[];

/**
 * One indicator call: the function's name and its options (without the records, which are the
 * database's tables).
 *
 * @category SQL
 */
export type SqlIndicatorCall = {
  readonly [K in SqlIndicatorName]: {
    /** The indicator form, by function name. */
    readonly indicator: K;
    /** Its options, as in memory less the records. */
    readonly options: SqlIndicators[K]["options"];
  };
}[SqlIndicatorName];

/**
 * The data an SQL call by catalogue id hands over in memory, beside the database's orders, deals
 * and activities: the roster, the targets, the stage map and the loss-reason categories (as in
 * `computeIndicator`'s data).
 *
 * @category SQL
 */
export type SqlReferenceData = Pick<
  IndicatorData,
  "sellers" | "revenueTargets" | "activityTargets" | "stageProbabilities" | "lossReasonCategories"
>;

/**
 * One catalogue indicator call by id, as `computeIndicator` takes it, less the records: the
 * orders, deals and activities are the database's tables; the reference data is `data`.
 *
 * @category SQL
 */
export type SqlCatalogueCall = {
  readonly [Id in IndicatorId]: {
    /** The catalogue id (see `listIndicators`). */
    readonly id: Id;
    /** Its options, as `computeIndicator` takes them. */
    readonly options: IndicatorOptionsOf<Id>;
    /** The roster, targets, stage map and loss-reason categories, when the indicator reads them. */
    readonly data?: SqlReferenceData;
  };
}[IndicatorId];

/** Any SQL call: an indicator form by function name, or a catalogue indicator by id. @category SQL */
export type SqlCall = SqlIndicatorCall | SqlCatalogueCall;

/** The result of a call: the in-memory function's result (the catalogue's, for a call by id). @category SQL */
export type SqlIndicatorResult<C extends SqlCall> = C extends SqlIndicatorCall
  ? SqlIndicators[C["indicator"]]["result"]
  : C extends SqlCatalogueCall
    ? IndicatorResultOf<C["id"]>
    : never;

/** A query and the rows the database returned for it. @category SQL */
export interface SqlAnswer {
  /** The query, as `toSql` gave it. */
  readonly query: SqlQuery;
  /** Its rows, as objects by column name (values as text, numbers or bigints). */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/**
 * A database as `computeWithSql` reads it: its dialect and a function that runs one
 * parameterised query and resolves to its rows as objects by column name.
 *
 * @category SQL
 */
export interface SqlEngine {
  /** `"duckdb"` or `"postgres"`. */
  readonly dialect: SqlDialect;
  /**
   * Runs `text` with `params` (`$1`... placeholders) and resolves to its rows.
   *
   * @param text - the SQL text
   * @param params - the placeholders' values
   * @returns the rows, as objects by column name
   */
  query(text: string, params: readonly (string | null)[]): Promise<readonly Readonly<Record<string, unknown>>[]>;
}

function keyOf(query: SqlQuery): string {
  return JSON.stringify([query.text, query.params]);
}

function checkCall(call: unknown): SqlCall {
  if (typeof call !== "object" || call === null)
    throw new InvalidArgumentError("an SQL indicator call must be an object with indicator and options");
  if (Object.hasOwn(call, "id")) {
    const data: unknown = (call as { data?: unknown }).data;
    if (data !== undefined && (typeof data !== "object" || data === null))
      throw new InvalidArgumentError("the data of an SQL call by id must be an object");
    return call as SqlCatalogueCall;
  }
  const indicator: unknown = (call as { indicator?: unknown }).indicator;
  if (typeof indicator !== "string" || !Object.hasOwn(SQL_CALLS, indicator)) {
    throw new SqlNotSupportedError(
      typeof indicator === "string" ? indicator : safeString(indicator),
      `no SQL form yet; the indicators computed in SQL are ${SQL_INDICATORS.join(", ")}`,
    );
  }
  return call as SqlIndicatorCall;
}

/**
 * One round: the result, or the first query the answers lack. A plan not answered yet gets empty
 * cells and the computation goes on, so that every plan it asks for is compiled (a plan SQL cannot
 * run is refused before any query is run) and the first one missing is asked for.
 */
function round(
  call: SqlCall,
  dialect: SqlDialect,
  answers: readonly SqlAnswer[],
): { readonly result: unknown } | { readonly query: SqlQuery } {
  const given: unknown = answers;
  if (!Array.isArray(given)) throw new InvalidArgumentError("answers must be an array of { query, rows }");
  const rowsOf = new Map<string, readonly SqlRow[]>(answers.map((answer) => [keyOf(answer.query), answer.rows]));
  // The queries of the plans not answered yet, in the order the computation asked for them.
  const missing: SqlQuery[] = [];
  const run: PlanRunner = (plan, guard = new CurrencyGuard({})) => {
    const query = planToSql(plan, dialect, hasMoney(plan) ? sqlRatesOf(guard) : null);
    const rows = rowsOf.get(keyOf(query));
    if (rows === undefined) missing.push(query);
    return cellsFromSqlRows(plan, rows ?? [], guard);
  };
  const name = "id" in call ? call.id : call.indicator;
  let result: unknown;
  try {
    if ("id" in call) {
      result = computeCatalogueCall(call.id, call.options, { ...call.data }, (plan, guard) => run(plan, guard));
    } else {
      const body = SQL_CALLS[call.indicator] as (run: PlanRunner, options: unknown) => unknown;
      result = body(run, call.options);
    }
  } catch (error) {
    if (error instanceof SqlNotSupportedError)
      throw error.indicator === "a plan" ? new SqlNotSupportedError(name, error.missing) : error;
    // Empty cells may make a computation fail that the real figures will not.
    if (missing[0] !== undefined) return { query: missing[0] };
    throw error;
  }
  return missing[0] === undefined ? { result } : { query: missing[0] };
}

/**
 * The SQL queries an indicator call still needs, given the `answers` (queries already run, with
 * their rows): run them, add them to the answers, and call again until none is left (an
 * indicator's later plans may depend on its earlier figures), then {@link fromSqlRows} gives the
 * result. Each query is one parameterised statement over the tables of `createTablesSql`.
 *
 * A call is an indicator form by function name (`{ indicator, options }`), or a catalogue indicator
 * by id (`{ id, options, data }`, options as `computeIndicator` takes them, `data` the roster,
 * targets, stage map and loss-reason categories): the catalogue's own computation runs, its
 * orders, deals and activities answered from the database.
 *
 * Interpretation: a catalogue indicator computes in SQL when the records it requires are orders,
 * deals, activities or the reference data, and every plan it asks for compiles; one that requires
 * other records (offers, deliveries, stage history...), reads rows outside its plans, or asks for
 * a plan the compiler cannot run exactly is refused, before any query when its first plans show
 * it. Records it reads only when given (the close-date history of `slipped-deals`) are not read:
 * the result is the in-memory one without them.
 *
 * @param call - the indicator form and its options, or the catalogue id, options and data
 * @param dialect - `"duckdb"` or `"postgres"`
 * @param answers - the queries run so far, with their rows
 * @returns the queries still to run (empty when the answers are complete)
 * @throws SqlNotSupportedError for an indicator without an SQL form, a catalogue id whose records
 *   or plans SQL cannot answer (naming the id and what), or exchange rates not built by
 *   `createExchangeRates` (their rates are known only through `rateOn`)
 * @throws the in-memory function's errors for bad options (InvalidArgumentError...)
 * @example
 * ```ts
 * const [query] = toSql(
 *   { indicator: "activityRate", options: { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") }, targets: [] } },
 *   "duckdb",
 * );
 * query.text.startsWith("SELECT"); //=> true
 * query.params.slice(0, 2); //=> ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"]
 * toSql({ id: "win-rate", options: { period: "2026-Q1" } }, "postgres")[0]?.text.startsWith("SELECT"); //=> true
 * toSql({ id: "delivery-lateness", options: { period: "2026-Q1" } }, "duckdb"); //=> throws SqlNotSupportedError
 * ```
 * @category SQL
 */
export function toSql(call: SqlCall, dialect: SqlDialect, answers: readonly SqlAnswer[] = []): SqlQuery[] {
  const checked = checkDialect(dialect);
  const step = round(checkCall(call), checked, answers);
  return "query" in step ? [step.query] : [];
}

/**
 * The result of an indicator call from the rows of its queries: exactly the object the in-memory
 * function returns on the same records (figures, keys and ids in the same order, exact decimals).
 *
 * Interpretation: amounts in a currency other than the computation's are refused
 * (`MixedCurrencyError`, naming the first two currencies in table order). With exchange rates from
 * `createExchangeRates`, each query groups amounts by the rate in force at their instant (the
 * rates' start instants are parameters) and the sums are converted exactly after: the same
 * figures as converting row by row. A missing rate raises `MissingExchangeRateError` for the
 * first such row in table order.
 *
 * @param call - the indicator form and its options, or the catalogue id, options and data (see {@link toSql})
 * @param dialect - `"duckdb"` or `"postgres"`
 * @param answers - every query {@link toSql} asked for, with its rows
 * @returns the indicator's result
 * @throws InvalidArgumentError when the answers lack a query (call {@link toSql} again)
 * @throws SqlNotSupportedError and the in-memory function's errors, as {@link toSql}
 * @example
 * ```ts
 * const call = { indicator: "lostDeals", options: { range: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") } } } as const;
 * fromSqlRows(call, "postgres", []); //=> throws InvalidArgumentError
 * ```
 * @category SQL
 */
export function fromSqlRows<C extends SqlCall>(
  call: C,
  dialect: SqlDialect,
  answers: readonly SqlAnswer[],
): SqlIndicatorResult<C> {
  const checked = checkDialect(dialect);
  const step = round(checkCall(call), checked, answers);
  if ("query" in step)
    throw new InvalidArgumentError(
      "the answers lack a query of this call: run the queries toSql gives, then call again",
    );
  return step.result as SqlIndicatorResult<C>;
}

/**
 * Computes an indicator call over a database: asks {@link toSql} for the queries, runs them with
 * `engine.query`, until the call is answered, and returns {@link fromSqlRows}'s result. The result
 * equals the in-memory function's on the same records, figure for figure.
 *
 * @param engine - the database: its dialect and a query function (the caller's client)
 * @param call - the indicator form and its options, or the catalogue id, options and data (see {@link toSql})
 * @returns the indicator's result
 * @throws SqlNotSupportedError and the in-memory function's errors, as {@link toSql}; the query
 *   function's own errors
 * @example
 * ```ts
 * const engine = { dialect: "duckdb", query: async () => [] } as const;
 * const call = { indicator: "activityRate", options: { period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") }, targets: [] } } as const;
 * const pending = computeWithSql(engine, call); // await it: the activity rate over no rows
 * pending instanceof Promise; //=> true
 * ```
 * @category SQL
 */
export async function computeWithSql<C extends SqlCall>(engine: SqlEngine, call: C): Promise<SqlIndicatorResult<C>> {
  if (typeof engine !== "object" || typeof engine.query !== "function")
    throw new InvalidArgumentError("engine must be an object with a dialect and a query function");
  const dialect = checkDialect(engine.dialect);
  const answers: SqlAnswer[] = [];
  for (;;) {
    const step = round(checkCall(call), dialect, answers);
    if (!("query" in step)) return step.result as SqlIndicatorResult<C>;
    const rows = await engine.query(step.query.text, step.query.params);
    answers.push({ query: step.query, rows });
  }
}
