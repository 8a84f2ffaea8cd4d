/**
 * The columns of a table by the names plans use (`date`, `owner`, `amount`...), so the executor
 * reads any table kind through one shape.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { Dictionary, NO_CODE } from "../dictionary.js";
import {
  ACTIVITY_STATUS_CODES,
  DEAL_STATUS_CODES,
  type ActivityColumns,
  type DealColumns,
  type MoneyColumns,
  type OrderColumns,
  type TableKind,
} from "../_columns.js";
import type { AmountColumnName, CodedColumnName, DecimalColumnName, TimeColumnName } from "./plan.js";
import { absentCodes, absentDecimals, type OptionalDecimals } from "../_optionalColumns.js";

/** A dictionary-encoded column: each row's code into `values` (`NO_CODE` when absent). */
export interface CodedColumn {
  readonly codes: Uint32Array | Uint8Array;
  readonly values: readonly string[];
}

/** A decimal column stored as scaled integers (x 10^4), with the values that have no such form. */
export interface DecimalColumn {
  /** Each row's value x 10^4 as a safe integer; `NaN` when absent or in `exact`. */
  readonly scaled: Float64Array;
  readonly exact: ReadonlyMap<number, Decimal>;
}

/** A table as the executor reads it. */
export interface PlanColumns {
  readonly kind: TableKind;
  readonly size: number;
  readonly ids: readonly string[];
  readonly times: ReadonlyMap<TimeColumnName, Float64Array>;
  readonly coded: ReadonlyMap<CodedColumnName, CodedColumn>;
  readonly decimals: ReadonlyMap<DecimalColumnName, DecimalColumn>;
  readonly amounts: ReadonlyMap<AmountColumnName, MoneyColumns>;
}

/**
 * The columns of any table: a headline table's hand-laid columns, or a record table's
 * (`recordTable.ts`), which are already the executor's shape.
 */
export type AnyColumns = OrderColumns | DealColumns | ActivityColumns | PlanColumns;

const cache = new WeakMap<AnyColumns, PlanColumns>();

/**
 * A headline table's coded columns, with the customer and id columns dictionary-encoded on first
 * use: most plans never read them, and encoding one costs a map look-up per row (about 0.3 s over
 * 3M activities).
 */
class CodedColumns extends Map<CodedColumnName, CodedColumn> {
  private readonly unstored: ReadonlySet<CodedColumnName>;

  /** @param optional - the table's optional columns, `undefined` when it did not store them (no row has a value) */
  constructor(
    entries: readonly (readonly [CodedColumnName, CodedColumn])[],
    private readonly customerIds: readonly (string | undefined)[],
    private readonly ids: readonly string[],
    optional: readonly (readonly [CodedColumnName, CodedColumn | undefined])[] = [],
  ) {
    super(entries);
    const unstored = new Set<CodedColumnName>();
    for (const [name, column] of optional) {
      if (column === undefined) unstored.add(name);
      else this.set(name, column);
    }
    this.unstored = unstored;
  }

  override has(name: CodedColumnName): boolean {
    return super.has(name) || name === "customer" || name === "id";
  }

  override get(name: CodedColumnName): CodedColumn | undefined {
    let column = super.get(name);
    if (column === undefined && this.unstored.has(name)) {
      column = absentCodes(this.ids.length);
      this.set(name, column);
    } else if (column === undefined && (name === "customer" || name === "id")) {
      column = name === "id" ? idColumn(this.ids) : encoded(this.customerIds);
      this.set(name, column);
    }
    return column;
  }
}

/** The `id` column of a table: each row coded by its own id (a repeated id shares its code). */
export function idColumn(ids: readonly string[]): CodedColumn {
  const dictionary = new Dictionary();
  const codes = new Uint32Array(ids.length);
  for (let row = 0; row < ids.length; row++) codes[row] = dictionary.codeOf(ids[row] as string);
  return { codes, values: dictionary.values };
}

/** A column of optional strings, dictionary-encoded. */
function encoded(values: readonly (string | undefined)[]): CodedColumn {
  const dictionary = new Dictionary();
  const codes = new Uint32Array(values.length);
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    codes[row] = value === undefined ? NO_CODE : dictionary.codeOf(value);
  }
  return { codes, values: dictionary.values };
}

/**
 * A map of columns whose optional ones the table did not store (no row has a value) are built on
 * first use, all absent: a plan can read them, and a table without them pays nothing until one does.
 */
class OptionalColumns<K, V> extends Map<K, V> {
  private readonly unstored: ReadonlySet<K>;

  constructor(
    entries: readonly (readonly [K, V | undefined])[],
    private readonly absent: () => V,
  ) {
    super();
    const unstored = new Set<K>();
    for (const [name, column] of entries) {
      if (column === undefined) unstored.add(name);
      else this.set(name, column);
    }
    this.unstored = unstored;
  }

  override has(name: K): boolean {
    return super.has(name) || this.unstored.has(name);
  }

  override get(name: K): V | undefined {
    let column = super.get(name);
    if (column === undefined && this.unstored.has(name)) {
      column = this.absent();
      this.set(name, column);
    }
    return column;
  }
}

/** An order table's optional decimal column as an amount column, in the order's currency. */
function orderAmounts(orders: OrderColumns, column: OptionalDecimals): MoneyColumns {
  return {
    scaledAmounts: column.scaled,
    exactAmounts: column.exact,
    currencyCodes: orders.currencyCodes,
    currencies: orders.currencies,
  };
}

function build(table: OrderColumns | DealColumns | ActivityColumns): PlanColumns {
  const base = { kind: table.kind, size: table.size, ids: table.ids };
  const owner: CodedColumn = { codes: table.ownerCodes, values: table.owners };
  switch (table.kind) {
    case "orders": {
      const orders = table;
      return {
        ...base,
        times: new Map([["date", orders.times]]),
        coded: new CodedColumns(
          [
            ["owner", owner],
            ["currency", { codes: orders.currencyCodes, values: orders.currencies }],
          ],
          orders.customerIds,
          orders.ids,
          [
            ["offerId", orders.offerIds],
            ["dealId", orders.dealIds],
          ],
        ),
        decimals: new OptionalColumns<DecimalColumnName, DecimalColumn>([["hoursSold", orders.hoursSold]], () =>
          absentDecimals(orders.size),
        ),
        amounts: new OptionalColumns<AmountColumnName, MoneyColumns>(
          [
            ["amount", orders],
            ["grossAmount", orders.grossAmounts && orderAmounts(orders, orders.grossAmounts)],
            ["discount", orders.discounts && orderAmounts(orders, orders.discounts)],
            ["margin", orders.margins && orderAmounts(orders, orders.margins)],
          ],
          () => orderAmounts(orders, absentDecimals(orders.size)),
        ),
      };
    }
    case "deals": {
      const deals = table;
      return {
        ...base,
        times: new Map<TimeColumnName, Float64Array>([
          ["createdAt", deals.createdTimes],
          ["closedAt", deals.closedTimes],
          ["expectedCloseDate", deals.expectedCloseTimes],
        ]),
        coded: new CodedColumns(
          [
            ["owner", owner],
            ["currency", { codes: deals.currencyCodes, values: deals.currencies }],
            ["status", { codes: deals.statusCodes, values: DEAL_STATUS_CODES }],
            ["stage", { codes: deals.stageCodes, values: deals.stages }],
            ["lossReason", { codes: deals.lossReasonCodes, values: deals.lossReasons }],
            ["competitor", { codes: deals.competitorCodes, values: deals.competitors }],
          ],
          deals.customerIds,
          deals.ids,
        ),
        decimals: new Map([["probability", { scaled: deals.scaledProbabilities, exact: deals.exactProbabilities }]]),
        amounts: new Map([["amount", deals]]),
      };
    }
    case "activities": {
      const activities = table;
      return {
        ...base,
        times: new Map([["date", activities.times]]),
        coded: new CodedColumns(
          [
            ["owner", owner],
            ["type", { codes: activities.typeCodes, values: activities.types }],
            ["status", { codes: activities.statusCodes, values: ACTIVITY_STATUS_CODES }],
          ],
          activities.customerIds,
          activities.ids,
          [
            ["dealId", activities.dealIds],
            ["cancellationCause", activities.cancellationCauses],
          ],
        ),
        decimals: new OptionalColumns<DecimalColumnName, DecimalColumn>(
          [["durationMinutes", activities.durationMinutes]],
          () => absentDecimals(activities.size),
        ),
        amounts: new Map(),
      };
    }
  }
}

/** Whether a table's columns are hand-laid (orders, deals, activities), not already the executor's shape. */
function isHeadlineColumns(table: AnyColumns): table is OrderColumns | DealColumns | ActivityColumns {
  return "ownerCodes" in table;
}

/** The plan columns of `table` (built once per table: tables are immutable). */
export function planColumnsOf(table: AnyColumns): PlanColumns {
  if (!isHeadlineColumns(table)) return table;
  let columns = cache.get(table);
  if (columns === undefined) {
    columns = build(table);
    cache.set(table, columns);
  }
  return columns;
}

/** Looks a named column up, or says which table lacks it. */
export function columnOf<K, V>(columns: ReadonlyMap<K, V>, name: K, what: string, kind: TableKind): V {
  const column = columns.get(name);
  if (column === undefined)
    throw new InvalidArgumentError(
      `a plan over ${kind} names the ${what} column ${JSON.stringify(name)}, which ${kind} do not have`,
    );
  return column;
}
