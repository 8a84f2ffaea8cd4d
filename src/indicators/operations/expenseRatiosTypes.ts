/**
 * The options and the results of `representationExpenseRatio` (indicator 8) and
 * `marginToCommercialExpenses` (indicator 9).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { ExpenseCategory } from "../../model/expenseSchema.js";
import type { Grain } from "../../period/types.js";
import type { Figure, Ratio } from "../types.js";
import type { OperationsHeadFields } from "./operationsTypes.js";
import type { OperationsBucketBounds, OperationsOptions } from "./operationsTypes.js";

/**
 * The defaults of {@link representationExpenseRatio}: months, the `representation` category.
 *
 * @example
 * ```ts
 * DEFAULT_REPRESENTATION_EXPENSES; //=> { grain: "month", categories: ["representation"] }
 * ```
 * @category Indicators
 */
export const DEFAULT_REPRESENTATION_EXPENSES: {
  /** The bucket grain. */
  readonly grain: Grain;
  /** The expense categories counted. */
  readonly categories: readonly ExpenseCategory[];
} = Object.freeze({ grain: "month", categories: Object.freeze(["representation"] as ExpenseCategory[]) });

/**
 * The defaults of {@link marginToCommercialExpenses}: months, every expense category ("commercial
 * costs" are all categories unless the caller narrows them, spec section 7).
 *
 * @example
 * ```ts
 * DEFAULT_COMMERCIAL_EXPENSES; //=> { grain: "month", categories: ["representation", "travel", "commercial", "other"] }
 * ```
 * @category Indicators
 */
export const DEFAULT_COMMERCIAL_EXPENSES: {
  /** The bucket grain. */
  readonly grain: Grain;
  /** The expense categories counted. */
  readonly categories: readonly ExpenseCategory[];
} = Object.freeze({
  grain: "month",
  categories: Object.freeze(["representation", "travel", "commercial", "other"] as ExpenseCategory[]),
});

/** Options of {@link representationExpenseRatio} and {@link marginToCommercialExpenses}. @category Indicators */
export interface ExpenseRatioOptions extends OperationsOptions {
  /** The expense categories counted; each indicator documents its default. */
  readonly categories?: readonly ExpenseCategory[];
}

/** Representation expenses against revenue in a bucket (or over the range). @category Indicators */
export interface RepresentationExpenseFigures {
  /** Sum of the expenses of the counted categories. */
  readonly expenses: Decimal;
  /** Revenue: sum of the orders' amounts (credit notes negative). */
  readonly revenue: Decimal;
  /** `expenses / revenue`; `null` with `no-revenue` when the revenue is 0. */
  readonly ratio: Ratio<"no-revenue">;
}

/** Why a change has no value: the first bucket has no previous one, or a ratio is `null`. @category Indicators */
export type RatioChangeReason = "no-previous" | "no-ratio";

/** One bucket of {@link representationExpenseRatio}. @category Indicators */
export interface RepresentationExpenseBucket extends OperationsBucketBounds, RepresentationExpenseFigures {
  /** `ratio` minus the previous bucket's `ratio` (in ratio points); `null` for the first bucket or when either ratio is `null`. */
  readonly change: Figure<RatioChangeReason>;
}

/** The result of {@link representationExpenseRatio}. @category Indicators */
export interface RepresentationExpenseResult extends OperationsHeadFields {
  /** Stable indicator id. */
  readonly indicator: "representation-expense-ratio";
  /** The headline figure is a ratio. */
  readonly unit: "ratio";
  /** Currency of every amount; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The expense categories counted. */
  readonly categories: readonly ExpenseCategory[];
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly RepresentationExpenseBucket[];
  /** The same figures over the whole range. */
  readonly totals: RepresentationExpenseFigures;
  /** The records behind each bucket (with `explain: true` only). */
  readonly explain?: {
    /** Per bucket, in the order of `buckets`. */
    readonly buckets: readonly {
      /** The bucket's label. */
      readonly label: string;
      /** Ids of the orders summed in `revenue`, by date. */
      readonly orderIds: readonly string[];
      /** Ids of the expenses summed in `expenses`, by date. */
      readonly expenseIds: readonly string[];
    }[];
  };
}

/** Order margins against commercial expenses in a bucket (or over the range). @category Indicators */
export interface MarginToExpensesFigures {
  /** Sum of `margin` over the orders that give one. */
  readonly margin: Decimal;
  /** Orders that give a margin. */
  readonly ordersWithMargin: number;
  /** Orders without a margin: left out of `margin`. */
  readonly ordersWithoutMargin: number;
  /** Sum of the expenses of the counted categories. */
  readonly expenses: Decimal;
  /** `margin / expenses`; `null` with `no-expenses` when the expenses sum to 0. */
  readonly ratio: Ratio<"no-expenses">;
}

/** One bucket of {@link marginToCommercialExpenses}. @category Indicators */
export interface MarginToExpensesBucket extends OperationsBucketBounds, MarginToExpensesFigures {}

/** The result of {@link marginToCommercialExpenses}. @category Indicators */
export interface MarginToExpensesResult extends OperationsHeadFields {
  /** Stable indicator id. */
  readonly indicator: "margin-to-commercial-expenses";
  /** The headline figure is a ratio. */
  readonly unit: "ratio";
  /** Currency of every amount; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The expense categories counted. */
  readonly categories: readonly ExpenseCategory[];
  /** One entry per bucket of the range, in time order. */
  readonly buckets: readonly MarginToExpensesBucket[];
  /** The same figures over the whole range. */
  readonly totals: MarginToExpensesFigures;
  /** The records behind each bucket (with `explain: true` only). */
  readonly explain?: {
    /** Per bucket, in the order of `buckets`. */
    readonly buckets: readonly {
      /** The bucket's label. */
      readonly label: string;
      /** Ids of the orders whose margin is summed in `margin`, by date. */
      readonly orderIds: readonly string[];
      /** Ids of the expenses summed in `expenses`, by date. */
      readonly expenseIds: readonly string[];
    }[];
  };
}
