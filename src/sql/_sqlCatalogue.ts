/**
 * Catalogue indicators by id in SQL: the catalogue's own computation (`computeIndicator`) over
 * tables that answer each plan through a runner (the SQL rows of its compiled query), so the
 * result is the indicator's own function's, figure for figure. A table answers plans only: an
 * indicator that reads rows outside its plans, or needs records with no SQL table, is refused
 * with `SqlNotSupportedError` naming it and what it needs.
 *
 * @internal
 * @module
 */
import { SqlNotSupportedError } from "../errors/index.js";
import type { CurrencyGuard } from "../money/currencyGuard.js";
import { branded, type TableKind } from "../table/_columns.js";
import { ANSWERS } from "../table/kernel/answers.js";
import type { AggregationPlan } from "../table/kernel/plan.js";
import type { RecordKind } from "../catalogue/catalogue.js";
import { computeIndicator } from "../catalogue/computeIndicator.js";
import { definitionOf } from "../catalogue/_definitions.js";
import type { IndicatorData } from "../catalogue/indicatorData.js";

/** The record kinds an SQL call may hand over in memory: the reference data beside the tables. */
export const SQL_REFERENCE_KEYS = [
  "sellers",
  "revenueTargets",
  "activityTargets",
  "stageProbabilities",
  "lossReasonCategories",
] as const;

/** The record kinds the database's tables (or the call's reference data) give. */
const SQL_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>([
  "order",
  "deal",
  "activity",
  "revenue-target",
  "activity-target",
  "seller",
]);

/** The tables of the database, by the data field that holds them. */
const DATABASE_TABLES = [
  ["orders", "orders"],
  ["deals", "deals"],
  ["activities", "activities"],
] as const satisfies readonly (readonly [keyof IndicatorData, TableKind])[];

/** Answers a plan with its cells, in the computation's currency guard. */
export type SqlPlanAnswer = (plan: AggregationPlan, guard: CurrencyGuard) => unknown;

/** What a table lets an indicator read: its kind, its brand, and its plan answers; nothing else. */
function answeringTable(kind: TableKind, answer: SqlPlanAnswer): object {
  const table = branded({ kind, [ANSWERS]: answer });
  const allowed = new Set<PropertyKey>(["kind", ...Object.getOwnPropertySymbols(table)]);
  return new Proxy(table, {
    get(target, property, receiver): unknown {
      if (allowed.has(property)) return Reflect.get(target, property, receiver) as unknown;
      throw new SqlNotSupportedError(
        "a plan",
        `it reads the ${kind} outside its aggregation plans (${String(property)}), which SQL cannot answer`,
      );
    },
  });
}

/**
 * Computes the catalogue indicator `id` with `options`, its orders, deals and activities answered
 * by `answer`, the reference data (roster, targets, stage map, loss-reason categories) from `data`.
 *
 * @throws SqlNotSupportedError (naming `id`) when it requires records with no SQL table, or reads
 *   rows outside its plans; UnknownIndicatorError for an unknown id; the catalogue's errors
 */
export function computeCatalogueCall(
  id: string,
  options: unknown,
  data: Readonly<Record<string, unknown>>,
  answer: SqlPlanAnswer,
): unknown {
  const definition = definitionOf(id);
  const missing = definition.requires.filter((kind) => !SQL_KINDS.has(kind));
  if (missing.length > 0)
    throw new SqlNotSupportedError(
      id,
      `it needs ${missing.join(" and ")} records, which have no SQL table (the SQL tables hold orders, deals and activities)`,
    );
  const records: Record<string, unknown> = {};
  for (const key of SQL_REFERENCE_KEYS) if (data[key] !== undefined) records[key] = data[key];
  for (const [key, kind] of DATABASE_TABLES) records[key] = answeringTable(kind, answer);
  try {
    return computeIndicator(id, records as IndicatorData, options as never);
  } catch (error) {
    if (error instanceof SqlNotSupportedError && error.indicator === "a plan")
      throw new SqlNotSupportedError(id, error.missing);
    throw error;
  }
}
