import * as z from "zod";
import type { Decimal } from "decimal.js";
import { registerFastPlan } from "./_fastRows.js";
import { requiredField, resolveSchemaOptions } from "./_fields.js";
import { currencyField, idField, readEnum } from "./_textFields.js";
import { moneyField } from "./_decimalFields.js";
import { instantField } from "./_dateFields.js";
import type { FieldSchema, SchemaOptions } from "./schemaOptions.js";

/**
 * The expense categories of spec section 7: `representation` (frais de représentation: meals,
 * gifts, entertaining customers), `travel` (déplacements), `commercial` (other commercial costs:
 * trade shows, samples, documentation) and `other`.
 *
 * @example
 * ```ts
 * EXPENSE_CATEGORIES; //=> ["representation", "travel", "commercial", "other"]
 * ```
 * @category Model
 */
export const EXPENSE_CATEGORIES = ["representation", "travel", "commercial", "other"] as const;

/**
 * An expense category (one of {@link EXPENSE_CATEGORIES}).
 *
 * @example
 * ```ts
 * const category: ExpenseCategory = "representation";
 * ```
 * @category Model
 */
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/**
 * A seller's expense (frais): what was spent, when, on what. Commercial costs (indicator 9) are
 * all categories unless a caller narrows them; representation costs (indicator 8) are the
 * `representation` category.
 *
 * @example
 * ```ts
 * const expense: Expense = parseExpenses([{ id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "84.50", currency: "EUR", category: "representation" }]).records[0];
 * ```
 * @category Model
 */
export interface Expense {
  /** Stable, unique id of the expense. */
  readonly id: string;
  /** The seller who incurred it. */
  readonly sellerId: string;
  /** When it was incurred. */
  readonly date: Date;
  /** The amount; negative for a refund or a correction. */
  readonly amount: Decimal;
  /** ISO 4217 code. */
  readonly currency: string;
  /** What it was spent on. */
  readonly category: ExpenseCategory;
}

/**
 * The fields of {@link ExpenseSchema}.
 *
 * @example
 * ```ts
 * Object.keys(ExpenseSchema.shape); //=> ["id", "sellerId", "date", "amount", "currency", "category"]
 * ```
 * @category Model
 */
export type ExpenseShape = {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  id: FieldSchema<string>;
  /** The seller who incurred it: required id. */
  sellerId: FieldSchema<string>;
  /** When it was incurred: a required instant. */
  date: FieldSchema<Date>;
  /** The amount: a required decimal (decimal string, finite number or Decimal), any sign. */
  amount: FieldSchema<Decimal>;
  /** ISO 4217 currency code, upper case: required. */
  currency: FieldSchema<string>;
  /** `representation`, `travel`, `commercial` or `other`: required. */
  category: FieldSchema<ExpenseCategory>;
};

/**
 * The type of {@link ExpenseSchema} and of what {@link createExpenseSchema} returns.
 *
 * @example
 * ```ts
 * const schema: ExpenseSchemaType = createExpenseSchema({ decimalComma: true });
 * ```
 * @category Model
 */
export type ExpenseSchemaType = z.ZodObject<ExpenseShape>;

/**
 * What {@link ExpenseSchema} outputs (assignable to {@link Expense}).
 *
 * @example
 * ```ts
 * const expense: Expense = ExpenseSchema.parse(row) satisfies ExpenseSchemaOutput;
 * ```
 * @category Model
 */
export type ExpenseSchemaOutput = z.output<ExpenseSchemaType>;

/**
 * An expense row in its raw form (JSON values or CSV cells).
 *
 * @example
 * ```ts
 * const row: RawExpense = { id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "84.50", currency: "EUR", category: "representation" };
 * ```
 * @category Model
 */
export interface RawExpense {
  /** The record's id: required text, at most 256 characters, unique within one parse call. */
  readonly id: string;
  /** The seller who incurred it: required id. */
  readonly sellerId: string;
  /** When it was incurred: a required instant. */
  readonly date: string | Date;
  /** The amount: a decimal string, a finite number or a Decimal. */
  readonly amount: string | number | Decimal;
  /** ISO 4217 currency code, upper case: required. */
  readonly currency: string;
  /** `"representation"`, `"travel"`, `"commercial"` or `"other"`. */
  readonly category: string;
}

/**
 * Builds the schema of an expense row (frais: spec section 7).
 *
 * Fields: `id`, `sellerId`, `date`, `amount` (money, spec section 1), `currency` (ISO 4217),
 * `category` (one of {@link EXPENSE_CATEGORIES}, lower case). Interpretation: the amount is not
 * sign-checked: a negative amount is a refund or a correction of an earlier expense, summed as it
 * is (section 1: negative amounts are legal). No rule across fields.
 *
 * @param options - {@link SchemaOptions}: the zone dates are read in, the decimal comma
 * @returns a zod object schema; unknown keys are stripped
 * @throws {@link InvalidArgumentError} for an unknown time zone or malformed options
 * @example
 * ```ts
 * createExpenseSchema({ decimalComma: true }).parse({ id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "84,50", currency: "EUR", category: "travel" });
 * //=> { id: "e-1", sellerId: "s-1", date: 2026-03-04T00:00:00.000Z, amount: Decimal("84.5"), currency: "EUR", category: "travel" }
 * ```
 * @category Model
 */
export function createExpenseSchema(options?: SchemaOptions): ExpenseSchemaType {
  const resolved = resolveSchemaOptions(options);
  return registerFastPlan(
    z.object({
      id: idField(),
      sellerId: idField(),
      date: instantField(resolved),
      amount: moneyField(resolved),
      currency: currencyField(),
      category: requiredField(readEnum(EXPENSE_CATEGORIES)),
    }),
  );
}

/**
 * The expense row schema (UTC, decimal point), ready to use.
 *
 * @example
 * ```ts
 * ExpenseSchema.safeParse({ id: "e-1", sellerId: "s-1", date: "2026-03-04", amount: "20", currency: "EUR", category: "meals" }).error?.issues[0]?.message;
 * //=> 'expected one of "representation", "travel", "commercial", "other", got "meals"'
 * ```
 * @category Model
 */
export const ExpenseSchema: ExpenseSchemaType = createExpenseSchema();
