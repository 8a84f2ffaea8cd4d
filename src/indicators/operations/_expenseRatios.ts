/**
 * The computations of indicators 8 (representation expenses / revenue) and 9 (order margins /
 * commercial expenses) over a `PlanRunner` reading orders and expenses.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import { EXPENSE_CATEGORIES, type ExpenseCategory } from "../../model/expenseSchema.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import type { PlanRunner } from "../../table/kernel/executePlan.js";
import type { Predicate } from "../../table/kernel/plan.js";
import { absent, present, ratio } from "../figure.js";
import { boundsOf, cellAt, checkOperationsOptions, datedPlan, headOf } from "./_operationsCore.js";
import {
  DEFAULT_COMMERCIAL_EXPENSES,
  DEFAULT_REPRESENTATION_EXPENSES,
  type ExpenseRatioOptions,
  type MarginToExpensesFigures,
  type MarginToExpensesResult,
  type RatioChangeReason,
  type RepresentationExpenseFigures,
  type RepresentationExpenseResult,
} from "./expenseRatiosTypes.js";

const KNOWN: ReadonlySet<string> = new Set(EXPENSE_CATEGORIES);

function checkCategories(categories: unknown, fallback: readonly ExpenseCategory[]): readonly ExpenseCategory[] {
  if (categories === undefined) return fallback;
  if (
    !Array.isArray(categories) ||
    categories.length === 0 ||
    categories.some((category) => typeof category !== "string" || !KNOWN.has(category))
  )
    throw new InvalidArgumentError(
      "categories must be a non-empty array of expense categories: representation, travel, commercial, other",
    );
  return [...new Set(categories as ExpenseCategory[])];
}

/** The expenses of `categories` by bucket, and the sums the guard meets first. */
function expensesCells(
  run: PlanRunner,
  settings: ReturnType<typeof checkOperationsOptions>,
  categories: readonly ExpenseCategory[],
  guard: CurrencyGuard,
) {
  return run(
    datedPlan(settings, "expenses", [{ kind: "in", column: "category", values: categories }], {
      sum: { kind: "sum", column: "amount" },
    }),
    guard,
  );
}

/**
 * The ids of the rows of `table` (of `where`) dated in each bucket, beside the expenses' ids;
 * `undefined` without `explain` (no plan runs).
 */
function explainOf(
  run: PlanRunner,
  settings: ReturnType<typeof checkOperationsOptions>,
  orderWhere: readonly Predicate[],
  categories: readonly ExpenseCategory[],
):
  | {
      readonly buckets: {
        readonly label: string;
        readonly orderIds: readonly string[];
        readonly expenseIds: readonly string[];
      }[];
    }
  | undefined {
  if (!settings.explain) return undefined;
  const byTime = { ids: { kind: "ids", order: "time" } } as const;
  const orders = run(datedPlan(settings, "orders", orderWhere, byTime));
  const expenses = run(
    datedPlan(settings, "expenses", [{ kind: "in", column: "category", values: categories }], byTime),
  );
  return {
    buckets: boundsOf(settings).map((bucket, index) => ({
      label: bucket.label,
      orderIds: orders.get(index).ids,
      expenseIds: expenses.get(index).ids,
    })),
  };
}

/** {@link representationExpenseRatio} over `run`'s orders and expenses. */
export function representationExpenseRatioOf(
  run: PlanRunner,
  options: ExpenseRatioOptions,
): RepresentationExpenseResult {
  const settings = checkOperationsOptions(options, DEFAULT_REPRESENTATION_EXPENSES.grain);
  const categories = checkCategories(options.categories, DEFAULT_REPRESENTATION_EXPENSES.categories);
  const guard = new CurrencyGuard(options);
  const revenue = run(datedPlan(settings, "orders", [], { sum: { kind: "sum", column: "amount" } }), guard);
  const expenses = expensesCells(run, settings, categories, guard);
  const figuresAt = (bucket: number | null): RepresentationExpenseFigures => {
    const spent = cellAt(expenses, bucket).sum;
    const earned = cellAt(revenue, bucket).sum;
    return { expenses: spent, revenue: earned, ratio: ratio(spent, earned, "no-revenue" as const) };
  };
  const figures = settings.bounds.map((_, index) => figuresAt(index));
  const explain = explainOf(run, settings, [], categories);
  return {
    indicator: "representation-expense-ratio",
    unit: "ratio",
    currency: guard.currency,
    categories,
    ...headOf(settings, "orders and expenses"),
    buckets: boundsOf(settings).map((bucket, index) => {
      const current = figures[index] as RepresentationExpenseFigures;
      const previous = index === 0 ? null : (figures[index - 1] as RepresentationExpenseFigures);
      let change = absent<RatioChangeReason>("no-previous");
      if (previous !== null) {
        const now = current.ratio.value;
        const before = previous.ratio.value;
        change = now === null || before === null ? absent("no-ratio") : present(now.minus(before));
      }
      return { ...bucket, ...current, change };
    }),
    totals: figuresAt(null),
    ...(explain === undefined ? {} : { explain }),
  };
}

/** {@link marginToCommercialExpenses} over `run`'s orders and expenses. */
export function marginToCommercialExpensesOf(run: PlanRunner, options: ExpenseRatioOptions): MarginToExpensesResult {
  const settings = checkOperationsOptions(options, DEFAULT_COMMERCIAL_EXPENSES.grain);
  const categories = checkCategories(options.categories, DEFAULT_COMMERCIAL_EXPENSES.categories);
  const guard = new CurrencyGuard(options);
  const orders = run(datedPlan(settings, "orders", [], { n: { kind: "count" } }), guard);
  const withMargin: readonly Predicate[] = [{ kind: "present", column: "margin", present: true }];
  const margins = run(
    datedPlan(settings, "orders", withMargin, {
      n: { kind: "count" },
      sum: { kind: "sum", column: "margin" },
    }),
    guard,
  );
  const expenses = expensesCells(run, settings, categories, guard);
  const figuresAt = (bucket: number | null): MarginToExpensesFigures => {
    const margin = cellAt(margins, bucket);
    const spent = cellAt(expenses, bucket).sum;
    return {
      margin: margin.sum,
      ordersWithMargin: margin.n,
      ordersWithoutMargin: cellAt(orders, bucket).n - margin.n,
      expenses: spent,
      ratio: ratio(margin.sum, spent, "no-expenses" as const),
    };
  };
  const explain = explainOf(run, settings, withMargin, categories);
  return {
    indicator: "margin-to-commercial-expenses",
    unit: "ratio",
    currency: guard.currency,
    categories,
    ...headOf(settings, "orders and expenses"),
    buckets: boundsOf(settings).map((bucket, index) => ({ ...bucket, ...figuresAt(index) })),
    totals: figuresAt(null),
    ...(explain === undefined ? {} : { explain }),
  };
}
