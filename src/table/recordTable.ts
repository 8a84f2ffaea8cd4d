/**
 * Columnar tables of the extended catalogue's records (offers, requests, deliveries...: spec
 * section 7), built by one generic builder: each kind declares which of its fields are instants,
 * coded values, decimals and amounts, and the builder stores them the way the kernel reads them.
 * These records are far fewer than orders or activities, so one builder for all of them is worth
 * more than a hand-tuned layout per kind.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { branded, columnsOf, MoneyColumnsBuilder, setDecimalAt, trimmed, type MoneyColumns } from "./_columns.js";
import type { TableKind } from "./_columns.js";
import { Dictionary, NO_CODE } from "./dictionary.js";
import { idColumn, type CodedColumn, type DecimalColumn, type PlanColumns } from "./kernel/planColumns.js";
import type { AmountColumnName, CodedColumnName, DecimalColumnName, TimeColumnName } from "./kernel/plan.js";

/** The table kinds built by {@link recordColumns}: every kind but the three headline ones. */
export type RecordTableKind = Exclude<TableKind, "orders" | "deals" | "activities">;

/** The columns a record table stores, by kind of column (names as in `plan.ts`). */
export interface RecordTableColumns {
  readonly time: readonly TimeColumnName[];
  readonly coded: readonly CodedColumnName[];
  readonly decimal: readonly DecimalColumnName[];
  readonly amount: readonly AmountColumnName[];
}

/**
 * The columns of each record kind. Every kind has an `owner` column (absent on rows whose record
 * names nobody, so a plan scoped to sellers leaves them out) and an `id` column (see `plan.ts`).
 */
export const RECORD_TABLE_COLUMNS: Readonly<Record<RecordTableKind, RecordTableColumns>> = {
  offers: {
    time: ["issuedAt", "decidedAt"],
    coded: ["owner", "customer", "status", "currency", "orderId", "dealId"],
    decimal: [],
    amount: ["amount"],
  },
  prospects: {
    time: ["createdAt", "qualifiedAt", "convertedAt", "lostAt"],
    coded: ["owner", "customer"],
    decimal: [],
    amount: [],
  },
  requests: {
    time: ["receivedAt", "firstResponseAt", "respondedAt", "processedAt", "dueAt"],
    coded: ["owner", "customer", "kind", "status"],
    decimal: [],
    amount: [],
  },
  deliveries: {
    time: ["promisedAt", "requestedAt", "deliveredAt"],
    coded: ["owner", "customer", "orderId", "conforming", "nonConformityReason"],
    decimal: [],
    amount: [],
  },
  complaints: { time: ["receivedAt"], coded: ["owner", "customer", "category"], decimal: [], amount: [] },
  expenses: { time: ["date"], coded: ["owner", "category", "currency"], decimal: [], amount: ["amount"] },
  penalties: {
    time: ["date"],
    coded: ["owner", "customer", "currency", "orderId", "deliveryId"],
    decimal: [],
    amount: ["amount"],
  },
  surveys: { time: ["date"], coded: ["owner", "customer"], decimal: ["score", "scaleMin", "scaleMax"], amount: [] },
  stageChanges: { time: ["enteredAt"], coded: ["owner", "dealId", "stage"], decimal: [], amount: [] },
  closeDateChanges: { time: ["changedAt", "expectedCloseDate"], coded: ["owner", "dealId"], decimal: [], amount: [] },
};

/** A record of the extended catalogue, as the builder reads it. */
export interface TableRecord {
  readonly id: string;
}

/** The columns of a record table: exactly what the kernel reads. */
export interface RecordColumns extends PlanColumns {
  readonly kind: RecordTableKind;
}

/** The record field behind a plan column. */
function fieldOf(record: TableRecord, column: string): unknown {
  const fields = record as unknown as Readonly<Record<string, unknown>>;
  switch (column) {
    case "owner":
      return fields.ownerId ?? fields.sellerId;
    case "customer":
      return fields.customerId;
    default:
      return fields[column];
  }
}

/** A coded value: strings as they are, booleans as `"true"`/`"false"`. */
function codedValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  throw new TypeError("not a coded value");
}

function timeValue(value: unknown): number {
  if (value === undefined || value === null) return Number.NaN;
  return (value as Date).getTime();
}

class RecordColumnsBuilder {
  private size = 0;
  private readonly ids: string[] = [];
  private readonly times: Float64Array[];
  private readonly codes: Uint32Array[];
  private readonly dictionaries: Dictionary[];
  private readonly scaled: Float64Array[];
  private readonly exact: Map<number, Decimal>[];
  private readonly money: MoneyColumnsBuilder[];

  constructor(
    private readonly kind: RecordTableKind,
    capacity: number,
  ) {
    const spec = RECORD_TABLE_COLUMNS[kind];
    this.times = spec.time.map(() => new Float64Array(capacity));
    this.codes = spec.coded.map(() => new Uint32Array(capacity));
    this.dictionaries = spec.coded.map(() => new Dictionary());
    this.scaled = spec.decimal.map(() => new Float64Array(capacity));
    this.exact = spec.decimal.map(() => new Map<number, Decimal>());
    this.money = spec.amount.map(() => new MoneyColumnsBuilder(capacity));
  }

  addRecord(record: TableRecord): void {
    const spec = RECORD_TABLE_COLUMNS[this.kind];
    if (typeof record.id !== "string") throw new TypeError("a record has a string id");
    const row = this.size;
    spec.time.forEach((column, j) => {
      (this.times[j] as Float64Array)[row] = timeValue(fieldOf(record, column));
    });
    spec.coded.forEach((column, j) => {
      const value = column === "id" ? record.id : codedValue(fieldOf(record, column));
      (this.codes[j] as Uint32Array)[row] =
        value === undefined ? NO_CODE : (this.dictionaries[j] as Dictionary).codeOf(value);
    });
    spec.decimal.forEach((column, j) => {
      const value = fieldOf(record, column) as Decimal | undefined;
      if (value !== undefined && typeof value.isFinite !== "function") throw new TypeError("not a decimal");
      setDecimalAt(this.scaled[j] as Float64Array, this.exact[j] as Map<number, Decimal>, row, value);
    });
    spec.amount.forEach((column, j) => {
      const amount = fieldOf(record, column) as Decimal | undefined;
      const currency = fieldOf(record, "currency");
      if (amount === undefined || typeof amount.isFinite !== "function" || typeof currency !== "string")
        throw new TypeError("an amount has a decimal value and a currency");
      (this.money[j] as MoneyColumnsBuilder).setDecimal(row, amount, currency);
    });
    this.ids.push(record.id);
    this.size++;
  }

  build(): RecordColumns {
    const spec = RECORD_TABLE_COLUMNS[this.kind];
    const size = this.size;
    const coded = new Map<CodedColumnName, CodedColumn>(
      spec.coded.map((column, j) => [
        column,
        { codes: trimmed(this.codes[j] as Uint32Array, size), values: (this.dictionaries[j] as Dictionary).values },
      ]),
    );
    if (!coded.has("owner")) coded.set("owner", { codes: new Uint32Array(size).fill(NO_CODE), values: [] });
    coded.set("id", idColumn(this.ids));
    return branded({
      kind: this.kind,
      size,
      ids: this.ids,
      times: new Map(spec.time.map((column, j) => [column, trimmed(this.times[j] as Float64Array, size)])),
      coded,
      decimals: new Map<DecimalColumnName, DecimalColumn>(
        spec.decimal.map((column, j) => [
          column,
          { scaled: trimmed(this.scaled[j] as Float64Array, size), exact: this.exact[j] as Map<number, Decimal> },
        ]),
      ),
      amounts: new Map<AmountColumnName, MoneyColumns>(
        spec.amount.map((column, j) => [column, (this.money[j] as MoneyColumnsBuilder).columns(size)]),
      ),
    });
  }
}

/**
 * Builds the table of `records`, of kind `kind`, for the kernel. Rows keep the records' order.
 *
 * @param kind - the kind of record
 * @param records - parsed records of that kind
 * @returns the table
 * @throws InvalidArgumentError when a record lacks a field its kind stores (records come from the parse functions)
 */
// A type parameter, so that records given as literals (tests, examples) keep their other fields.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function recordColumns<R extends TableRecord>(kind: RecordTableKind, records: readonly R[]): RecordColumns {
  return recordColumnsOf(records, kind, kind);
}

/**
 * The columns behind an input of kind `kind`: the table's, or those built from an array of its
 * records (`name` is the option's name, for the error).
 *
 * @throws InvalidArgumentError when `input` is neither an array of records nor a table of `kind`
 */
export function recordColumnsOf(input: unknown, kind: RecordTableKind, name: string): RecordColumns {
  return columnsOf(input, kind, (capacity) => new RecordColumnsBuilder(kind, capacity), name);
}
