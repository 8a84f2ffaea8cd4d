/**
 * What the three columnar tables share: the brand that recognises them (across the ESM and CJS
 * copies of the package, hence `Symbol.for`), the money columns, and the check that turns an
 * indicator's input (an array of records or a table) into a table.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dictionary } from "../_lib/dictionary.js";
import { scaledInteger } from "../_lib/exactSum.js";
import { InvalidArgumentError } from "../errors/index.js";

/** Marks an object made by `orderTable`, `dealTable` or `activityTable`; its value is the table's kind. */
const TABLE_BRAND = Symbol.for("crm-kpi.table");

/** The kinds of table. */
export type TableKind = "orders" | "deals" | "activities";

/**
 * Brands and freezes a table. The brand is a non-enumerable symbol, so a look-alike object (from
 * JSON, or written by hand) is not taken for a table whose columns were never checked.
 */
export function branded<T extends { readonly kind: TableKind }>(table: T): T {
  Object.defineProperty(table, TABLE_BRAND, { value: table.kind });
  return Object.freeze(table);
}

/** Whether `value` is a table of `kind` made by this package. */
export function isTable(value: unknown, kind: TableKind): boolean {
  return typeof value === "object" && value !== null && (value as { [TABLE_BRAND]?: unknown })[TABLE_BRAND] === kind;
}

/**
 * The table behind an indicator's records input: the table itself, or one built from an array of
 * records (`build`).
 *
 * @throws InvalidArgumentError when `input` is neither an array nor a table of `kind`
 */
export function tableOf<R, T>(input: readonly R[] | T, kind: TableKind, build: (records: readonly R[]) => T, name: string): T {
  if (Array.isArray(input)) return build(input as readonly R[]);
  if (isTable(input, kind)) return input as T;
  throw new InvalidArgumentError(`${name} must be an array of ${kind} or a table of ${kind} (${kind === "orders" ? "orderTable" : kind === "deals" ? "dealTable" : "activityTable"})`);
}

/** The money columns of a table: each row's exact amount, its fast form and its currency. */
export interface MoneyColumns {
  /** Each row's amount, as given. */
  readonly amounts: readonly Decimal[];
  /** Each row's amount x 10^4 as a safe integer (what exact sums add), or `NaN` when it is not one. */
  readonly scaledAmounts: Float64Array;
  /** Each row's currency, as a code into `currencies`. */
  readonly currencyCodes: Uint32Array;
  /** The distinct currencies, in order of first appearance. */
  readonly currencies: readonly string[];
}

/** Fills money columns row by row. @internal */
export class MoneyColumnsBuilder {
  readonly amounts: Decimal[];
  readonly scaledAmounts: Float64Array;
  readonly currencyCodes: Uint32Array;
  private readonly currencies = new Dictionary();

  constructor(size: number) {
    this.amounts = new Array<Decimal>(size);
    this.scaledAmounts = new Float64Array(size);
    this.currencyCodes = new Uint32Array(size);
  }

  set(row: number, amount: Decimal, currency: string): void {
    this.amounts[row] = amount;
    this.scaledAmounts[row] = scaledInteger(amount) ?? Number.NaN;
    this.currencyCodes[row] = this.currencies.codeOf(currency);
  }

  columns(): MoneyColumns {
    return { amounts: this.amounts, scaledAmounts: this.scaledAmounts, currencyCodes: this.currencyCodes, currencies: this.currencies.values };
  }
}
