/**
 * The columns behind the tables. `OrderTable`, `DealTable` and `ActivityTable` are opaque in the
 * public API (a kind and a size), so their layout can change without breaking callers; the
 * indicators read these column interfaces. Also the brand that recognises a table (across the ESM
 * and CJS copies of the package, hence `Symbol.for`), the builders, and `orderColumnsOf` and its
 * siblings, which turn an indicator's input (an array of records or a table) into columns.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dictionary, NO_CODE } from "./dictionary.js";
import { decimalOfScaled, scaledInteger } from "../money/exactSum.js";
import { InvalidArgumentError } from "../errors/index.js";
import { ACTIVITY_STATUSES } from "../model/activitySchema.js";
import { DEAL_STATUSES } from "../model/dealSchema.js";
import type { Activity, Deal, Order } from "../model/types.js";
import type { ActivityTable, DealTable, OrderTable } from "./types.js";
import {
  definedEntries,
  OptionalCodesBuilder,
  OptionalDecimalsBuilder,
  trimmed,
  type OptionalCodes,
  type OptionalDecimals,
} from "./_optionalColumns.js";

const TABLE_BRAND = Symbol.for("crm-kpi.table");

/** The kinds of table: the headline records', then those of the extended catalogue (spec section 7). */
export type TableKind =
  | "orders"
  | "deals"
  | "activities"
  | "offers"
  | "prospects"
  | "requests"
  | "deliveries"
  | "complaints"
  | "expenses"
  | "penalties"
  | "surveys"
  | "stageChanges"
  | "closeDateChanges";

/** Whether `value` is a table of `kind` made by this package. */
export function isTable(value: unknown, kind: TableKind): boolean {
  return typeof value === "object" && value !== null && (value as { [TABLE_BRAND]?: unknown })[TABLE_BRAND] === kind;
}

/**
 * Brands and freezes a table. The brand is a non-enumerable symbol, so a look-alike object (from
 * JSON, or written by hand) is not taken for a table whose columns were never checked.
 */
export function branded<T extends { readonly kind: TableKind }>(table: T): T {
  Object.defineProperty(table, TABLE_BRAND, { value: table.kind });
  return Object.freeze(table);
}

const BUILDER_NAMES: Readonly<Record<TableKind, string>> = {
  orders: "orderTable",
  deals: "dealTable",
  activities: "activityTable",
  offers: "offerTable",
  prospects: "prospectTable",
  requests: "requestTable",
  deliveries: "deliveryTable",
  complaints: "complaintTable",
  expenses: "expenseTable",
  penalties: "penaltyTable",
  surveys: "surveyTable",
  stageChanges: "stageChangeTable",
  closeDateChanges: "closeDateChangeTable",
};

/** Builds columns record by record. */
export interface RecordColumnsBuilder<R, C> {
  addRecord(record: R): void;
  build(): C;
}

/**
 * The columns behind an indicator's records input: the table's, or those built from an array of
 * records (an array is converted on each call). A record that is not one of its kind (`name[i]`
 * without the fields a parse function gives) is named in an InvalidArgumentError.
 *
 * @throws InvalidArgumentError when `input` is neither an array nor a table of `kind`
 */
export function columnsOf<R, C>(
  input: unknown,
  kind: TableKind,
  newBuilder: (capacity: number) => RecordColumnsBuilder<R, C>,
  name: string,
): C {
  if (isTable(input, kind)) return input as C;
  if (!Array.isArray(input))
    throw new InvalidArgumentError(
      `${name} must be an array of ${kind} or a table of ${kind} (${BUILDER_NAMES[kind]})`,
    );
  const records = input as readonly R[];
  const builder = newBuilder(records.length);
  let index = 0;
  try {
    for (; index < records.length; index++) builder.addRecord(records[index] as R);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new InvalidArgumentError(
      `${name}[${index}] is not a valid record of ${kind} (records come from the parse functions)`,
    );
  }
  return builder.build();
}

export { trimmed };

/** The money columns of a table. */
export interface MoneyColumns {
  /** Each row's amount x 10^4 as a safe integer, or `NaN` when it has no such form (then it is in `exactAmounts`). */
  readonly scaledAmounts: Float64Array;
  /** The amounts without a scaled form (more than four decimals, or too large), by row. */
  readonly exactAmounts: ReadonlyMap<number, Decimal>;
  /** Each row's currency, as a code into `currencies`. */
  readonly currencyCodes: Uint32Array;
  /** The distinct currencies, in order of first appearance. */
  readonly currencies: readonly string[];
}

/** A row's exact amount. */
export function amountAt(money: MoneyColumns, row: number): Decimal {
  return decimalAt(money.scaledAmounts, money.exactAmounts, row) as Decimal;
}

/**
 * Stores a decimal column's value at `row`: its scaled form (x 10^4, a safe integer) when it has
 * one, else `NaN` there and the `Decimal` in `exact`; `undefined` (no value) is `NaN` alone.
 */
export function setDecimalAt(
  scaled: Float64Array,
  exact: Map<number, Decimal>,
  row: number,
  value: Decimal | undefined,
): void {
  const form = value === undefined ? undefined : scaledInteger(value);
  if (form !== undefined) scaled[row] = form;
  else {
    scaled[row] = Number.NaN;
    if (value !== undefined) exact.set(row, value);
  }
}

/** The value {@link setDecimalAt} stored at `row`, `undefined` when none. */
export function decimalAt(scaled: Float64Array, exact: ReadonlyMap<number, Decimal>, row: number): Decimal | undefined {
  const form = scaled[row] as number;
  return form === form ? decimalOfScaled(form) : exact.get(row);
}

/** Builds the money columns of a table row by row. */
export class MoneyColumnsBuilder {
  private readonly scaledAmounts: Float64Array;
  private readonly exactAmounts = new Map<number, Decimal>();
  private readonly currencyCodes: Uint32Array;
  private readonly currencies = new Dictionary();

  constructor(capacity: number) {
    this.scaledAmounts = new Float64Array(capacity);
    this.currencyCodes = new Uint32Array(capacity);
  }

  setDecimal(row: number, amount: Decimal, currency: string): void {
    setDecimalAt(this.scaledAmounts, this.exactAmounts, row, amount);
    this.currencyCodes[row] = this.currencies.codeOf(currency);
  }

  setScaled(row: number, scaled: number, currency: string): void {
    this.scaledAmounts[row] = scaled;
    this.currencyCodes[row] = this.currencies.codeOf(currency);
  }

  columns(size: number): MoneyColumns {
    return {
      scaledAmounts: trimmed(this.scaledAmounts, size),
      exactAmounts: this.exactAmounts,
      currencyCodes: trimmed(this.currencyCodes, size),
      currencies: this.currencies.values,
    };
  }
}

/** The columns of an {@link OrderTable}. */
export interface OrderColumns extends OrderTable, MoneyColumns {
  /** Each row's order id. */
  readonly ids: readonly string[];
  /** Each row's `date`, in epoch milliseconds. */
  readonly times: Float64Array;
  /** Each row's seller (`sellerId`), as a code into `owners`. */
  readonly ownerCodes: Uint32Array;
  /** The distinct seller ids, in order of first appearance. */
  readonly owners: readonly string[];
  /** Each row's customer (`customerId`); dictionary-encoded only when a plan groups or filters by it. */
  readonly customerIds: readonly string[];
  /** The extended fields (spec section 7), each present only when some order has it. */
  readonly grossAmounts?: OptionalDecimals;
  readonly discounts?: OptionalDecimals;
  readonly margins?: OptionalDecimals;
  readonly hoursSold?: OptionalDecimals;
  readonly offerIds?: OptionalCodes;
  readonly dealIds?: OptionalCodes;
}

/** An order's extended fields, as records hold them or as lanes read them (scaled numbers). */
export interface OrderExtras<D> {
  readonly grossAmount: D | undefined;
  readonly discount: D | undefined;
  readonly margin: D | undefined;
  readonly hoursSold: D | undefined;
  readonly offerId: string | undefined;
  readonly dealId: string | undefined;
}

/** Builds order columns row by row, from records or from parsed fields. */
export class OrderColumnsBuilder {
  private size = 0;
  private readonly ids: string[] = [];
  private readonly times: Float64Array;
  private readonly ownerCodes: Uint32Array;
  private readonly owners = new Dictionary();
  private readonly customerIds: string[] = [];
  private readonly money: MoneyColumnsBuilder;
  private readonly grossAmounts: OptionalDecimalsBuilder;
  private readonly discounts: OptionalDecimalsBuilder;
  private readonly margins: OptionalDecimalsBuilder;
  private readonly hoursSold: OptionalDecimalsBuilder;
  private readonly offerIds: OptionalCodesBuilder;
  private readonly dealIds: OptionalCodesBuilder;

  /** @param capacity - most rows that will be added */
  constructor(capacity: number) {
    this.times = new Float64Array(capacity);
    this.ownerCodes = new Uint32Array(capacity);
    this.money = new MoneyColumnsBuilder(capacity);
    this.grossAmounts = new OptionalDecimalsBuilder(capacity);
    this.discounts = new OptionalDecimalsBuilder(capacity);
    this.margins = new OptionalDecimalsBuilder(capacity);
    this.hoursSold = new OptionalDecimalsBuilder(capacity);
    this.offerIds = new OptionalCodesBuilder(capacity);
    this.dealIds = new OptionalCodesBuilder(capacity);
  }

  addRecord(order: Order): void {
    const row = this.addCommon(order.id, order.date.getTime(), order.sellerId, order.customerId);
    this.money.setDecimal(row, order.amount, order.currency);
    this.grossAmounts.setDecimal(row, order.grossAmount);
    this.discounts.setDecimal(row, order.discount);
    this.margins.setDecimal(row, order.margin);
    this.hoursSold.setDecimal(row, order.hoursSold);
    this.offerIds.set(row, order.offerId);
    this.dealIds.set(row, order.dealId);
  }

  addFields(
    id: string,
    time: number,
    scaledAmount: number,
    currency: string,
    sellerId: string,
    customerId: string,
    extras?: OrderExtras<number>,
  ): void {
    const row = this.addCommon(id, time, sellerId, customerId);
    this.money.setScaled(row, scaledAmount, currency);
    if (extras === undefined) return;
    this.grossAmounts.setScaled(row, extras.grossAmount);
    this.discounts.setScaled(row, extras.discount);
    this.margins.setScaled(row, extras.margin);
    this.hoursSold.setScaled(row, extras.hoursSold);
    this.offerIds.set(row, extras.offerId);
    this.dealIds.set(row, extras.dealId);
  }

  private addCommon(id: string, time: number, sellerId: string, customerId: string): number {
    const row = this.size++;
    this.ids.push(id);
    this.times[row] = time;
    this.ownerCodes[row] = this.owners.codeOf(sellerId);
    this.customerIds.push(customerId);
    return row;
  }

  build(): OrderColumns {
    const size = this.size;
    return branded({
      kind: "orders",
      size,
      ids: this.ids,
      times: trimmed(this.times, size),
      ownerCodes: trimmed(this.ownerCodes, size),
      owners: this.owners.values,
      customerIds: this.customerIds,
      ...this.money.columns(size),
      ...definedEntries({
        grossAmounts: this.grossAmounts.build(size),
        discounts: this.discounts.build(size),
        margins: this.margins.build(size),
        hoursSold: this.hoursSold.build(size),
        offerIds: this.offerIds.build(size),
        dealIds: this.dealIds.build(size),
      }),
    });
  }
}

/** The code of each value of `values`: its index. */
function codeLookup(values: readonly string[]): (value: string) => number {
  const codes = new Map(values.map((value, code) => [value, code]));
  return (value) => codes.get(value) as number;
}

/** Status codes of {@link DealColumns.statusCodes}: the index of the status in the schema's list. */
export const DEAL_STATUS_CODES: readonly Deal["status"][] = DEAL_STATUSES;

/** The code of a deal status. */
export const dealStatusCode: (status: string) => number = codeLookup(DEAL_STATUS_CODES);

/** The columns of a {@link DealTable}. Absent dates are `NaN`; absent strings have the code {@link NO_CODE}. */
export interface DealColumns extends DealTable, MoneyColumns {
  readonly ids: readonly string[];
  readonly ownerCodes: Uint32Array;
  readonly owners: readonly string[];
  /** Each row's status, as an index into {@link DEAL_STATUS_CODES} (0 open, 1 won, 2 lost). */
  readonly statusCodes: Uint8Array;
  readonly createdTimes: Float64Array;
  /** `closedAt` in epoch ms, `NaN` when absent. */
  readonly closedTimes: Float64Array;
  /** `expectedCloseDate` in epoch ms, `NaN` when absent. */
  readonly expectedCloseTimes: Float64Array;
  readonly stageCodes: Uint32Array;
  readonly stages: readonly string[];
  /** Each row's own probability x 10^4 as a safe integer; `NaN` when absent or in `exactProbabilities`. */
  readonly scaledProbabilities: Float64Array;
  /** The probabilities without a scaled form, by row. */
  readonly exactProbabilities: ReadonlyMap<number, Decimal>;
  readonly lossReasonCodes: Uint32Array;
  readonly lossReasons: readonly string[];
  readonly competitorCodes: Uint32Array;
  readonly competitors: readonly string[];
  /** Each row's `customerId` (`undefined` when absent); dictionary-encoded only when a plan groups or filters by it. */
  readonly customerIds: readonly (string | undefined)[];
}

/** A row's own probability, `undefined` when the deal has none. */
export function probabilityAt(deals: DealColumns, row: number): Decimal | undefined {
  return decimalAt(deals.scaledProbabilities, deals.exactProbabilities, row);
}

function optionalCode(dictionary: Dictionary, value: string | undefined): number {
  return value === undefined ? NO_CODE : dictionary.codeOf(value);
}

/** Builds deal columns row by row, from records or from parsed fields. */
export class DealColumnsBuilder {
  private size = 0;
  private readonly ids: string[] = [];
  private readonly ownerCodes: Uint32Array;
  private readonly owners = new Dictionary();
  private readonly statusCodes: Uint8Array;
  private readonly createdTimes: Float64Array;
  private readonly closedTimes: Float64Array;
  private readonly expectedCloseTimes: Float64Array;
  private readonly stageCodes: Uint32Array;
  private readonly stages = new Dictionary();
  private readonly scaledProbabilities: Float64Array;
  private readonly exactProbabilities = new Map<number, Decimal>();
  private readonly lossReasonCodes: Uint32Array;
  private readonly lossReasons = new Dictionary();
  private readonly competitorCodes: Uint32Array;
  private readonly competitors = new Dictionary();
  private readonly customerIds: (string | undefined)[] = [];
  private readonly money: MoneyColumnsBuilder;

  /** @param capacity - most rows that will be added */
  constructor(capacity: number) {
    this.ownerCodes = new Uint32Array(capacity);
    this.statusCodes = new Uint8Array(capacity);
    this.createdTimes = new Float64Array(capacity);
    this.closedTimes = new Float64Array(capacity);
    this.expectedCloseTimes = new Float64Array(capacity);
    this.stageCodes = new Uint32Array(capacity);
    this.scaledProbabilities = new Float64Array(capacity);
    this.lossReasonCodes = new Uint32Array(capacity);
    this.competitorCodes = new Uint32Array(capacity);
    this.money = new MoneyColumnsBuilder(capacity);
  }

  addRecord(deal: Deal): void {
    const row = this.addCommon(
      deal.id,
      deal.ownerId,
      dealStatusCode(deal.status),
      deal.createdAt.getTime(),
      deal.closedAt === undefined ? Number.NaN : deal.closedAt.getTime(),
      deal.expectedCloseDate === undefined ? Number.NaN : deal.expectedCloseDate.getTime(),
      deal.stage,
      deal.lossReason,
      deal.competitor,
      deal.customerId,
    );
    setDecimalAt(this.scaledProbabilities, this.exactProbabilities, row, deal.probability);
    this.money.setDecimal(row, deal.amount, deal.currency);
  }

  /** Adds a parsed row: `scaledProbability` is `NaN` when absent; absent dates `NaN`, absent texts `undefined`. */
  addFields(
    id: string,
    ownerId: string,
    statusCode: number,
    createdTime: number,
    closedTime: number,
    expectedCloseTime: number,
    stage: string,
    scaledProbability: number,
    scaledAmount: number,
    currency: string,
    lossReason: string | undefined,
    competitor: string | undefined,
    customerId: string | undefined,
  ): void {
    const row = this.addCommon(
      id,
      ownerId,
      statusCode,
      createdTime,
      closedTime,
      expectedCloseTime,
      stage,
      lossReason,
      competitor,
      customerId,
    );
    this.scaledProbabilities[row] = scaledProbability;
    this.money.setScaled(row, scaledAmount, currency);
  }

  private addCommon(
    id: string,
    ownerId: string,
    statusCode: number,
    createdTime: number,
    closedTime: number,
    expectedCloseTime: number,
    stage: string,
    lossReason: string | undefined,
    competitor: string | undefined,
    customerId: string | undefined,
  ): number {
    const row = this.size++;
    this.ids.push(id);
    this.ownerCodes[row] = this.owners.codeOf(ownerId);
    this.statusCodes[row] = statusCode;
    this.createdTimes[row] = createdTime;
    this.closedTimes[row] = closedTime;
    this.expectedCloseTimes[row] = expectedCloseTime;
    this.stageCodes[row] = this.stages.codeOf(stage);
    this.lossReasonCodes[row] = optionalCode(this.lossReasons, lossReason);
    this.competitorCodes[row] = optionalCode(this.competitors, competitor);
    this.customerIds.push(customerId);
    return row;
  }

  build(): DealColumns {
    const size = this.size;
    return branded({
      kind: "deals",
      size,
      ids: this.ids,
      ownerCodes: trimmed(this.ownerCodes, size),
      owners: this.owners.values,
      statusCodes: trimmed(this.statusCodes, size),
      createdTimes: trimmed(this.createdTimes, size),
      closedTimes: trimmed(this.closedTimes, size),
      expectedCloseTimes: trimmed(this.expectedCloseTimes, size),
      stageCodes: trimmed(this.stageCodes, size),
      stages: this.stages.values,
      scaledProbabilities: trimmed(this.scaledProbabilities, size),
      exactProbabilities: this.exactProbabilities,
      lossReasonCodes: trimmed(this.lossReasonCodes, size),
      lossReasons: this.lossReasons.values,
      competitorCodes: trimmed(this.competitorCodes, size),
      competitors: this.competitors.values,
      customerIds: this.customerIds,
      ...this.money.columns(size),
    });
  }
}

/** Status codes of {@link ActivityColumns.statusCodes}: the index of the status in the schema's list. */
export const ACTIVITY_STATUS_CODES: readonly Activity["status"][] = ACTIVITY_STATUSES;

/** The code of status "done". */
export const DONE_CODE = ACTIVITY_STATUS_CODES.indexOf("done");

/** The code of an activity status. */
export const activityStatusCode: (status: string) => number = codeLookup(ACTIVITY_STATUS_CODES);

/** The columns of an {@link ActivityTable}. */
export interface ActivityColumns extends ActivityTable {
  readonly ids: readonly string[];
  readonly times: Float64Array;
  readonly ownerCodes: Uint32Array;
  readonly owners: readonly string[];
  readonly typeCodes: Uint32Array;
  readonly types: readonly string[];
  /** Each row's status, as an index into {@link ACTIVITY_STATUS_CODES} (0 done, 1 planned, 2 cancelled). */
  readonly statusCodes: Uint8Array;
  /** Each row's `customerId` (`undefined` when absent); dictionary-encoded only when a plan groups or filters by it. */
  readonly customerIds: readonly (string | undefined)[];
  /** The extended fields (spec section 7), each present only when some activity has it. */
  readonly dealIds?: OptionalCodes;
  readonly durationMinutes?: OptionalDecimals;
  readonly cancellationCauses?: OptionalCodes;
}

/** Builds activity columns row by row, from records or from parsed fields. */
export class ActivityColumnsBuilder {
  private size = 0;
  private readonly ids: string[] = [];
  private readonly times: Float64Array;
  private readonly ownerCodes: Uint32Array;
  private readonly owners = new Dictionary();
  private readonly typeCodes: Uint32Array;
  private readonly types = new Dictionary();
  private readonly statusCodes: Uint8Array;
  private readonly customerIds: (string | undefined)[] = [];
  private readonly dealIds: OptionalCodesBuilder;
  private readonly durationMinutes: OptionalDecimalsBuilder;
  private readonly cancellationCauses: OptionalCodesBuilder;

  /** @param capacity - most rows that will be added */
  constructor(capacity: number) {
    this.times = new Float64Array(capacity);
    this.ownerCodes = new Uint32Array(capacity);
    this.typeCodes = new Uint32Array(capacity);
    this.statusCodes = new Uint8Array(capacity);
    this.dealIds = new OptionalCodesBuilder(capacity);
    this.durationMinutes = new OptionalDecimalsBuilder(capacity);
    this.cancellationCauses = new OptionalCodesBuilder(capacity);
  }

  addRecord(activity: Activity): void {
    this.addFields(
      activity.id,
      activity.date.getTime(),
      activity.ownerId,
      activity.type,
      activityStatusCode(activity.status),
      activity.customerId,
      activity.dealId,
      activity.durationMinutes,
      activity.cancellationCause,
    );
  }

  /** Adds a row; `durationMinutes` is the number the record holds (absent fields `undefined`). */
  addFields(
    id: string,
    time: number,
    ownerId: string,
    type: string,
    statusCode: number,
    customerId: string | undefined,
    dealId?: string,
    durationMinutes?: number,
    cancellationCause?: string,
  ): void {
    const row = this.size++;
    this.ids.push(id);
    this.times[row] = time;
    this.ownerCodes[row] = this.owners.codeOf(ownerId);
    this.typeCodes[row] = this.types.codeOf(type);
    this.statusCodes[row] = statusCode;
    this.customerIds.push(customerId);
    this.dealIds.set(row, dealId);
    this.durationMinutes.setNumber(row, durationMinutes);
    this.cancellationCauses.set(row, cancellationCause);
  }

  build(): ActivityColumns {
    const size = this.size;
    return branded({
      kind: "activities",
      size,
      ids: this.ids,
      times: trimmed(this.times, size),
      ownerCodes: trimmed(this.ownerCodes, size),
      owners: this.owners.values,
      typeCodes: trimmed(this.typeCodes, size),
      types: this.types.values,
      statusCodes: trimmed(this.statusCodes, size),
      customerIds: this.customerIds,
      ...definedEntries({
        dealIds: this.dealIds.build(size),
        durationMinutes: this.durationMinutes.build(size),
        cancellationCauses: this.cancellationCauses.build(size),
      }),
    });
  }
}

/**
 * The columns of an orders input (`name` is the option's name, for the error).
 *
 * @throws InvalidArgumentError when `input` is neither an array of orders nor an order table
 */
export function orderColumnsOf(input: readonly Order[] | OrderTable, name: string): OrderColumns {
  return columnsOf(input, "orders", (capacity) => new OrderColumnsBuilder(capacity), name);
}

/**
 * The columns of a deals input.
 *
 * @throws InvalidArgumentError when `input` is neither an array of deals nor a deal table
 */
export function dealColumnsOf(input: readonly Deal[] | DealTable, name: string): DealColumns {
  return columnsOf(input, "deals", (capacity) => new DealColumnsBuilder(capacity), name);
}

/**
 * The columns of an activities input.
 *
 * @throws InvalidArgumentError when `input` is neither an array of activities nor an activity table
 */
export function activityColumnsOf(input: readonly Activity[] | ActivityTable, name: string): ActivityColumns {
  return columnsOf(input, "activities", (capacity) => new ActivityColumnsBuilder(capacity), name);
}
