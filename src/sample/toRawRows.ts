import type { Decimal } from "decimal.js";
import type { SampleRecords } from "./generateSampleDataset.js";

/**
 * A seller as a raw row.
 *
 * @example
 * ```ts
 * const row: SampleSellerRow = { id: "s-01", name: "Camille Martin", teamId: "north" };
 * ```
 * @category Sample
 */
export interface SampleSellerRow {
  /** The seller id. */
  id: string;
  /** Display name (the generator gives every seller one; a roster row may omit it). */
  name?: string;
  /** The team id. */
  teamId?: string;
}

/**
 * An order as a raw row: money as 2-decimal strings, the date as an ISO instant with `Z`.
 *
 * @example
 * ```ts
 * toRawRows(generateSampleDataset()).orders[0];
 * //=> { id: "o-000001", date: "2025-01-02T08:27:00.000Z", amount: "2810.00", currency: "EUR", sellerId: "s-05",
 * //     customerId: "c-0037", grossAmount: "2963.34", discount: "153.34", hoursSold: "29.5" }
 * ```
 * @category Sample
 */
export interface SampleOrderRow {
  /** The order id. */
  id: string;
  /** ISO instant with `Z`. */
  date: string;
  /** Net amount, 2 decimals; negative for a credit note. */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
  /** The seller credited. */
  sellerId: string;
  /** The customer. */
  customerId: string;
  /** Amount before discount, 2 decimals. */
  grossAmount?: string;
  /** Discount granted, 2 decimals. */
  discount?: string;
  /** Margin, 2 decimals. */
  margin?: string;
  /** Hours of production sold, a decimal string. */
  hoursSold?: string;
  /** The offer the order came from. */
  offerId?: string;
  /** The deal the order came from. */
  dealId?: string;
}

/**
 * A revenue target as a raw row: `start` / `end` as `YYYY-MM-DD` (UTC midnights).
 *
 * @example
 * ```ts
 * toRawRows(generateSampleDataset()).revenueTargets[0];
 * //=> { id: "rt-s-01-2025", level: "seller", scopeId: "s-01", start: "2025-01-01", end: "2026-01-01",
 * //     amount: "450000.00", currency: "EUR" }
 * ```
 * @category Sample
 */
export interface SampleRevenueTargetRow {
  /** The target id. */
  id: string;
  /** `seller`, `team` or `company`. */
  level: string;
  /** The seller or team id; absent for the company. */
  scopeId?: string;
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** First day after the range, `YYYY-MM-DD`. */
  end: string;
  /** Target amount, 2 decimals. */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
}

/**
 * A deal as a raw row: `expectedCloseDate` as `YYYY-MM-DD`, instants as ISO strings with `Z`,
 * `probability` as a decimal string.
 *
 * @example
 * ```ts
 * toRawRows(generateSampleDataset()).deals[0];
 * //=> { id: "d-000001", ownerId: "s-06", customerId: "p-0014", amount: "8000.00", currency: "EUR", stage: "commitment",
 * //     createdAt: "2025-01-02T07:43:00.000Z", expectedCloseDate: "2025-03-09", status: "won",
 * //     closedAt: "2025-03-03T15:20:00.000Z" }
 * ```
 * @category Sample
 */
export interface SampleDealRow {
  /** The deal id. */
  id: string;
  /** The seller who owns the deal. */
  ownerId: string;
  /** The customer or prospect. */
  customerId?: string;
  /** Amount, 2 decimals. */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
  /** Pipeline stage. */
  stage: string;
  /** Explicit win probability, a decimal string in [0, 1]. */
  probability?: string;
  /** ISO instant with `Z`. */
  createdAt: string;
  /** Expected close day, `YYYY-MM-DD`. */
  expectedCloseDate?: string;
  /** `open`, `won` or `lost`. */
  status: string;
  /** ISO instant with `Z`; present exactly for won and lost deals. */
  closedAt?: string;
  /** Why a lost deal was lost. */
  lossReason?: string;
  /** The competitor that won a lost deal. */
  competitor?: string;
}

/**
 * An activity as a raw row: the date as an ISO instant with `Z`, `durationMinutes` a number.
 *
 * @example
 * ```ts
 * toRawRows(generateSampleDataset()).activities[0];
 * //=> { id: "a-0000001", ownerId: "s-02", type: "meeting", date: "2025-01-02T10:01:00.000Z", status: "planned",
 * //     customerId: "c-0138", durationMinutes: 45 }
 * ```
 * @category Sample
 */
export interface SampleActivityRow {
  /** The activity id. */
  id: string;
  /** The seller who did or planned it. */
  ownerId: string;
  /** Activity type. */
  type: string;
  /** ISO instant with `Z`. */
  date: string;
  /** `done`, `planned` or `cancelled`. */
  status: string;
  /** The customer (or prospect) concerned. */
  customerId?: string;
  /** The deal it works on. */
  dealId?: string;
  /** Length in minutes. */
  durationMinutes?: number;
  /** Why a cancelled activity was cancelled. */
  cancellationCause?: string;
}

/**
 * An activity target as a raw row: `count` as a decimal string, `start` / `end` as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * toRawRows(generateSampleDataset()).activityTargets[0];
 * //=> { id: "at-s-01-call-2025-01", level: "seller", scopeId: "s-01", type: "call", start: "2025-01-01",
 * //     end: "2025-02-01", count: "10" }
 * ```
 * @category Sample
 */
export interface SampleActivityTargetRow {
  /** The target id. */
  id: string;
  /** `seller`, `team` or `company`. */
  level: string;
  /** The seller or team id. */
  scopeId?: string;
  /** The activity type counted. */
  type: string;
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** First day after the range, `YYYY-MM-DD`. */
  end: string;
  /** Target count, a decimal string. */
  count: string;
}

/**
 * The raw rows of a dataset, one array per record type, named like {@link SampleRecords}.
 *
 * @example
 * ```ts
 * const rows: SampleRawRows = toRawRows(generateSampleDataset());
 * rows.orders.length; //=> 4000
 * ```
 * @category Sample
 */
export interface SampleRawRows {
  /** Seller rows. */
  sellers: SampleSellerRow[];
  /** Order rows. */
  orders: SampleOrderRow[];
  /** Revenue target rows. */
  revenueTargets: SampleRevenueTargetRow[];
  /** Deal rows. */
  deals: SampleDealRow[];
  /** Activity rows. */
  activities: SampleActivityRow[];
  /** Activity target rows. */
  activityTargets: SampleActivityTargetRow[];
}

const DAY_MS = 86_400_000;

function money(value: Decimal): string {
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
}

function plain(value: Decimal): string {
  return value.toFixed();
}

function instant(date: Date): string {
  return date.toISOString();
}

/** `YYYY-MM-DD` for a UTC midnight; any other instant keeps its full ISO form (nothing is lost). */
function day(date: Date): string {
  const iso = date.toISOString();
  return date.getTime() % DAY_MS === 0 ? iso.slice(0, 10) : iso;
}

/**
 * Writes a dataset's records as raw rows (French: lignes brutes), the plain objects a JSON or CSV
 * export gives: the input the library's row parsers read back into equal records. Field names are
 * the record types' own.
 *
 * - money (`amount`, `grossAmount`, `discount`, `margin`) as decimal strings with 2 decimals
 *   (`"1234.50"`, `"-12.30"`; more decimals are kept when an amount has them);
 * - other decimals (`probability`, `hoursSold`, `count`) as plain decimal strings (`"0.35"`, `"12"`),
 *   never in exponent form; `durationMinutes` stays a number;
 * - instants (`date`, `createdAt`, `closedAt`) as ISO date-times with `Z`
 *   (`"2025-03-04T09:15:00.000Z"`);
 * - target ranges (`start`, `end`) and `expectedCloseDate` as date-only `"YYYY-MM-DD"`.
 *   Interpretation: they are UTC midnights, so they read back exactly with the default reporting
 *   zone `"UTC"`; one that is not a UTC midnight is written as a full ISO instant instead, so
 *   nothing is lost;
 * - optional fields absent from a record are absent from its row (never `undefined` or `null`).
 *
 * Every value is a string, a number or a boolean, so the rows survive `JSON.stringify` and CSV as
 * they are.
 *
 * @param records - the records to write, e.g. a {@link SampleDataset} from {@link generateSampleDataset}
 * @returns the raw rows, in the records' order ({@link SampleRawRows})
 * @throws never (the records are trusted)
 * @example
 * ```ts
 * const rows = toRawRows(generateSampleDataset());
 * rows.orders[0];
 * //=> { id: "o-000001", date: "2025-01-02T08:27:00.000Z", amount: "2810.00", currency: "EUR", sellerId: "s-05",
 * //     customerId: "c-0037", grossAmount: "2963.34", discount: "153.34", hoursSold: "29.5" }
 * rows.revenueTargets[0];
 * //=> { id: "rt-s-01-2025", level: "seller", scopeId: "s-01", start: "2025-01-01", end: "2026-01-01",
 * //     amount: "450000.00", currency: "EUR" }
 * JSON.stringify(rows); // ready to write as JSON; each array is also one CSV table
 * ```
 * @category Sample
 */
export function toRawRows(records: SampleRecords): SampleRawRows {
  const sellers = records.sellers.map((s): SampleSellerRow => {
    const row: SampleSellerRow = { id: s.id };
    if (s.name !== undefined) row.name = s.name;
    if (s.teamId !== undefined) row.teamId = s.teamId;
    return row;
  });
  const orders = new Array<SampleOrderRow>(records.orders.length);
  for (let i = 0; i < records.orders.length; i++) {
    const o = records.orders[i];
    if (o === undefined) continue;
    const row: SampleOrderRow = {
      id: o.id,
      date: instant(o.date),
      amount: money(o.amount),
      currency: o.currency,
      sellerId: o.sellerId,
      customerId: o.customerId,
    };
    if (o.grossAmount !== undefined) row.grossAmount = money(o.grossAmount);
    if (o.discount !== undefined) row.discount = money(o.discount);
    if (o.margin !== undefined) row.margin = money(o.margin);
    if (o.hoursSold !== undefined) row.hoursSold = plain(o.hoursSold);
    if (o.offerId !== undefined) row.offerId = o.offerId;
    if (o.dealId !== undefined) row.dealId = o.dealId;
    orders[i] = row;
  }
  const revenueTargets = records.revenueTargets.map((t): SampleRevenueTargetRow => {
    const row = { id: t.id, level: t.level } as SampleRevenueTargetRow;
    if (t.scopeId !== undefined) row.scopeId = t.scopeId;
    row.start = day(t.start);
    row.end = day(t.end);
    row.amount = money(t.amount);
    row.currency = t.currency;
    return row;
  });
  const deals = new Array<SampleDealRow>(records.deals.length);
  for (let i = 0; i < records.deals.length; i++) {
    const d = records.deals[i];
    if (d === undefined) continue;
    const row = { id: d.id, ownerId: d.ownerId } as SampleDealRow;
    if (d.customerId !== undefined) row.customerId = d.customerId;
    row.amount = money(d.amount);
    row.currency = d.currency;
    row.stage = d.stage;
    if (d.probability !== undefined) row.probability = plain(d.probability);
    row.createdAt = instant(d.createdAt);
    if (d.expectedCloseDate !== undefined) row.expectedCloseDate = day(d.expectedCloseDate);
    row.status = d.status;
    if (d.closedAt !== undefined) row.closedAt = instant(d.closedAt);
    if (d.lossReason !== undefined) row.lossReason = d.lossReason;
    if (d.competitor !== undefined) row.competitor = d.competitor;
    deals[i] = row;
  }
  const activities = new Array<SampleActivityRow>(records.activities.length);
  for (let i = 0; i < records.activities.length; i++) {
    const a = records.activities[i];
    if (a === undefined) continue;
    const row: SampleActivityRow = {
      id: a.id,
      ownerId: a.ownerId,
      type: a.type,
      date: instant(a.date),
      status: a.status,
    };
    if (a.customerId !== undefined) row.customerId = a.customerId;
    if (a.dealId !== undefined) row.dealId = a.dealId;
    if (a.durationMinutes !== undefined) row.durationMinutes = a.durationMinutes;
    if (a.cancellationCause !== undefined) row.cancellationCause = a.cancellationCause;
    activities[i] = row;
  }
  const activityTargets = records.activityTargets.map((t): SampleActivityTargetRow => {
    const row = { id: t.id, level: t.level } as SampleActivityTargetRow;
    if (t.scopeId !== undefined) row.scopeId = t.scopeId;
    row.type = t.type;
    row.start = day(t.start);
    row.end = day(t.end);
    row.count = plain(t.count);
    return row;
  });
  return { sellers, orders, revenueTargets, deals, activities, activityTargets };
}
