/**
 * Aggregation plans: what an indicator aggregates, as plain data. A plan names a table, a time
 * column with a half-open window and bucket boundaries, the owners in scope, row predicates, group
 * keys and measures; it holds no function, so it survives `JSON.stringify` and can be compiled to
 * SQL or run as mergeable partial results. {@link executePlan} runs one over a table.
 *
 * @internal
 * @module
 */
import type { TableKind } from "../_columns.js";

/*
 * Column names are the records' field names (spec section 7), except `owner` (a record's `sellerId`
 * or `ownerId`) and `customer` (its `customerId`), so a plan reads the same over a table and over
 * the records it was built from.
 */

/** Instant columns (epoch ms in the tables; absent values are `NaN`). */
export type TimeColumnName =
  | "date"
  | "createdAt"
  | "closedAt"
  | "expectedCloseDate"
  | "issuedAt"
  | "decidedAt"
  | "qualifiedAt"
  | "convertedAt"
  | "lostAt"
  | "receivedAt"
  | "firstResponseAt"
  | "respondedAt"
  | "processedAt"
  | "dueAt"
  | "promisedAt"
  | "requestedAt"
  | "deliveredAt"
  | "enteredAt"
  | "changedAt";

/**
 * Dictionary-encoded columns (absent values have no code and group under the key `null`). `id`
 * codes each row by its own id (joins: the orders whose id is in a list); a boolean field is coded
 * `"true"` or `"false"`.
 */
export type CodedColumnName =
  | "owner"
  | "currency"
  | "customer"
  | "status"
  | "type"
  | "stage"
  | "lossReason"
  | "competitor"
  | "id"
  | "kind"
  | "category"
  | "cancellationCause"
  | "dealId"
  | "orderId"
  | "offerId"
  | "deliveryId"
  | "conforming"
  | "nonConformityReason";

/** Decimal columns other than money. */
export type DecimalColumnName = "probability" | "hoursSold" | "durationMinutes" | "score" | "scaleMin" | "scaleMax";

/** Money columns (an amount in the record's `currency`). */
export type AmountColumnName = "amount" | "grossAmount" | "discount" | "margin";

/** The columns each headline table kind offers to plans (the others: `RECORD_TABLE_COLUMNS`). */
export const PLAN_COLUMNS: Readonly<
  Record<
    "orders" | "deals" | "activities",
    {
      readonly time: readonly TimeColumnName[];
      readonly coded: readonly CodedColumnName[];
      readonly decimal: readonly DecimalColumnName[];
      readonly amount: readonly AmountColumnName[];
    }
  >
> = {
  orders: {
    time: ["date"],
    coded: ["owner", "currency", "customer", "offerId", "dealId"],
    decimal: [],
    amount: ["amount"],
  },
  deals: {
    time: ["createdAt", "closedAt", "expectedCloseDate"],
    coded: ["owner", "currency", "customer", "status", "stage", "lossReason", "competitor"],
    decimal: ["probability"],
    amount: ["amount"],
  },
  activities: {
    time: ["date"],
    coded: ["owner", "customer", "type", "status", "dealId", "cancellationCause"],
    decimal: [],
    amount: [],
  },
};

/** A half-open window `[from, to)` of epoch milliseconds; `null` leaves that side open. */
export interface PlanWindow {
  readonly from: number | null;
  readonly to: number | null;
}

/** Keeps the rows whose coded column holds one of `values` (`null` stands for an absent value). */
export interface InPredicate {
  readonly kind: "in";
  readonly column: CodedColumnName;
  readonly values: readonly (string | null)[];
}

/**
 * Keeps the rows whose instant column compares with `value` (epoch ms) by `op`; a row without that
 * instant passes only with `orAbsent: true` (an open deal has no `closedAt`).
 */
export interface TimePredicate {
  readonly kind: "time";
  readonly column: TimeColumnName;
  readonly op: "<" | "<=" | ">=" | ">";
  readonly value: number;
  readonly orAbsent?: boolean;
}

/**
 * Keeps the rows whose column has a value (`present: true`) or has none (`present: false`). An
 * optional amount (`grossAmount`, `discount`, `margin`) is summed over the rows that have it.
 */
export interface PresentPredicate {
  readonly kind: "present";
  readonly column: TimeColumnName | CodedColumnName | DecimalColumnName | AmountColumnName;
  readonly present: boolean;
}

/** A row predicate; a row is kept when it passes every predicate of the plan. */
export type Predicate = InPredicate | TimePredicate | PresentPredicate;

/**
 * A group key: one coded column. Its keys are `keys` (listed first, in that order, even when no
 * row has them: a roster's sellers with zeros), then the other values met among the selected rows,
 * in order of first appearance. With `relabel` (pairs `[value, label]`, e.g. seller to team), a row
 * groups under its value's label, and a row whose value has no label is left out of the plan.
 */
export interface GroupKey {
  readonly column: CodedColumnName;
  readonly keys?: readonly (string | null)[];
  readonly relabel?: readonly (readonly [string, string])[];
}

/** Number of rows. */
export interface CountMeasure {
  readonly kind: "count";
}

/** Exact sum of a money column, in the computation's currency. */
export interface SumMeasure {
  readonly kind: "sum";
  readonly column: AmountColumnName;
}

/**
 * Exact sum of a money column times a per-row weight: the row's own `weight` value, or when it has
 * none the value `fallback.values` gives for the row's `fallback.column` (decimal strings). A row
 * with neither is a plan error (the indicator checks its rows first; see `executePlan`).
 */
export interface WeightedSumMeasure {
  readonly kind: "weightedSum";
  readonly column: AmountColumnName;
  readonly weight: DecimalColumnName;
  readonly fallback?: { readonly column: CodedColumnName; readonly values: readonly (readonly [string, string])[] };
}

/** Number of distinct values of a coded column (an absent value is not counted). */
export interface DistinctMeasure {
  readonly kind: "distinct";
  readonly column: CodedColumnName;
}

/** Earliest or latest instant of a time column (epoch ms; `null` when no row has one). */
export interface ExtremeMeasure {
  readonly kind: "min" | "max";
  readonly column: TimeColumnName;
}

/**
 * The ids of the rows, in table order (`order: "table"`, the default) or by the plan's time column
 * then id (`order: "time"`).
 */
export interface IdsMeasure {
  readonly kind: "ids";
  readonly order?: "table" | "time";
}

/** Exact sum of a decimal column (hours, minutes, scores); rows without a value add nothing. */
export interface DecimalSumMeasure {
  readonly kind: "decimalSum";
  readonly column: DecimalColumnName;
}

/**
 * Each kept row's instant of a time column (epoch ms, `null` when absent), in table order: aligned
 * row by row with the cell's `ids` (table order) and other values measures, so a figure can pair
 * two instants of one row (a response time is `respondedAt - receivedAt`).
 */
export interface TimeValuesMeasure {
  readonly kind: "timeValues";
  readonly column: TimeColumnName;
}

/** Each kept row's value of a decimal column (`null` when absent), in table order, aligned like {@link TimeValuesMeasure}. */
export interface DecimalValuesMeasure {
  readonly kind: "decimalValues";
  readonly column: DecimalColumnName;
}

/**
 * Count, exact sum and exact median of a decimal column's values (rows without one are not
 * counted): what a mean and a median of lengths need, without a value per row in the result.
 * Not compiled to SQL.
 */
export interface DecimalStatsMeasure {
  readonly kind: "decimalStats";
  readonly column: DecimalColumnName;
}

/**
 * How many rows have each combination of values of a few decimal columns (a survey's score and
 * scale), in ascending order of the values: what figures over few distinct values need (an index,
 * promoter counts), without a `Decimal` per row. Not compiled to SQL.
 */
export interface DecimalTallyMeasure {
  readonly kind: "decimalTally";
  /** The columns whose values are combined, in the order of each entry's `values`. */
  readonly columns: readonly DecimalColumnName[];
}

/**
 * Each kept row's value of a coded column (`null` when absent), in table order, aligned like
 * {@link TimeValuesMeasure}: a row's key to join another table by (a delivery's `orderId`), read
 * beside its instants in one cell rather than one cell per key.
 */
export interface CodeValuesMeasure {
  readonly kind: "codeValues";
  readonly column: CodedColumnName;
}

/**
 * Count, exact sum and exact median of the span from one instant of each row to another, in
 * integer milliseconds: `to - from`, where `to` is another time column of the row (a sales
 * cycle: `closedAt - createdAt`) or one instant (an open item's age at `asOf`). A row without
 * one of the instants gives no span. With `floorAtZero`, a negative span counts as zero (a
 * delivery ahead of its promise is not late); `positive` still counts the spans above zero.
 */
export interface SpanStatsMeasure {
  readonly kind: "spanStats";
  readonly from: TimeColumnName;
  readonly to: TimeColumnName | number;
  readonly floorAtZero?: boolean;
}

/**
 * Per rank of `ranks` (ordered values of the coded column `column`), the number of distinct values
 * of the coded column `key` with a kept row whose `column` value is that rank's or a later one's:
 * the deals of a stage history that reached each stage of a pipeline. A key's rows are reduced to
 * its furthest rank (a value's rank is its last position in `ranks`; other values and absent keys
 * count for nothing), without a cell per key (`reachedRanks.ts`).
 */
export interface ReachedMeasure {
  readonly kind: "reached";
  readonly key: CodedColumnName;
  readonly column: CodedColumnName;
  readonly ranks: readonly string[];
}

/** What a cell holds. */
export type Measure =
  | CountMeasure
  | SumMeasure
  | WeightedSumMeasure
  | DistinctMeasure
  | ExtremeMeasure
  | IdsMeasure
  | DecimalSumMeasure
  | TimeValuesMeasure
  | DecimalValuesMeasure
  | DecimalStatsMeasure
  | SpanStatsMeasure
  | DecimalTallyMeasure
  | CodeValuesMeasure
  | ReachedMeasure;

/** An aggregation plan (see the module's summary). */
export interface AggregationPlan<M extends Readonly<Record<string, Measure>> = Readonly<Record<string, Measure>>> {
  /** The table read. */
  readonly table: TableKind;
  /** The instant column the window and the buckets read. */
  readonly time: TimeColumnName;
  /** The rows kept: `time` in `[from, to)` (a row without that instant is never kept). */
  readonly window: PlanWindow;
  /**
   * First instants of the buckets, ascending, the first at `window.from`; bucket `b` is
   * `[buckets[b], buckets[b + 1])`, the last one ending at `window.to`. Absent: one bucket. Buckets
   * may start at or after `window.to` (a series cut at `asOf`): they stay empty.
   */
  readonly buckets?: readonly number[];
  /** The owners in scope (absent: every owner). */
  readonly owners?: readonly string[];
  /** Row predicates, all of which a row must pass. */
  readonly where?: readonly Predicate[];
  /** Group keys; cells are by bucket and one key of each. */
  readonly groupBy?: readonly GroupKey[];
  /** The measures of every cell, by name. */
  readonly measures: M;
  /**
   * When amounts are converted to the computation's currency: at the row's instant of a time
   * column, or at one instant (epoch ms). Default: the plan's `time` column.
   */
  readonly convertAt?: TimeColumnName | number;
  /**
   * The order in which amounts meet the currency check, which decides the currencies a
   * `MixedCurrencyError` names: table order (default), or group by group in the key order of the
   * first group key (and, when it relabels owners, owner by owner in the relabel order), each
   * group's rows in table order.
   */
  readonly visit?: "table" | "groups";
}
