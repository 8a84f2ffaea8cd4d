/**
 * Internals of `activityRate`, `activityRateSeries` and `activityRateGrouped`: option checks,
 * counting done activities from an activity table by (bucket, owner, type) cell, and building a
 * result from counts. Not part of the public API.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { resolveCalendar, type Calendar } from "../../_lib/calendar.js";
import { assertDayCount, daysBetween } from "../../_lib/dayCount.js";
import { Dec, ZERO } from "../../_lib/decimal.js";
import { BucketSlots } from "../../_lib/bucketIndex.js";
import { ratio } from "../../_lib/figure.js";
import { resolveScope, type ScopeFilter } from "../../_lib/scope.js";
import { DEFAULT_ATTAINMENT_THRESHOLDS, resolveThresholds, statusOf } from "../../_lib/status.js";
import { proratedTarget, type TargetPart } from "../../_lib/targets.js";
import { shown } from "../../_lib/options.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { ACTIVITY_TYPES, type ActivityTarget, type Seller } from "../../model/types.js";
import type { DayCount, Period } from "../../period/types.js";
import type { Thresholds } from "../types.js";
import type {
  ActivityRateOptions,
  ActivityRateResult,
  ActivityRateWarning,
  ActivityTypeRate,
  SellerActivityCounts,
} from "./activityRate.js";
import { ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS } from "./activityRate.js";
import { DONE_CODE, type ActivityColumns } from "../../table/_columns.js";

const KNOWN_TYPE_RANK: ReadonlyMap<string, number> = new Map(ACTIVITY_TYPES.map((type, index) => [type, index]));

/** Caller's types first (deduplicated, in their order), then the known types in library order, then the rest by code unit. */
function orderTypes(callerTypes: readonly string[], found: Iterable<string>): string[] {
  const ordered: string[] = [];
  const seen = new Set<string>();
  for (const type of callerTypes) {
    if (!seen.has(type)) {
      seen.add(type);
      ordered.push(type);
    }
  }
  const rest: string[] = [];
  for (const type of found) {
    if (!seen.has(type)) {
      seen.add(type);
      rest.push(type);
    }
  }
  rest.sort((a, b) => {
    const ra = KNOWN_TYPE_RANK.get(a);
    const rb = KNOWN_TYPE_RANK.get(b);
    if (ra !== undefined || rb !== undefined) return (ra ?? Number.MAX_SAFE_INTEGER) - (rb ?? Number.MAX_SAFE_INTEGER);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return ordered.concat(rest);
}

function checkTypes(types: unknown): readonly string[] {
  if (types === undefined) return [];
  if (!Array.isArray(types)) throw new InvalidArgumentError("types must be an array of activity type names");
  for (const type of types) {
    if (typeof type !== "string") throw new InvalidArgumentError(`types must hold strings, got ${typeof type}`);
  }
  return types as readonly string[];
}

function checkMinWindowDays(value: unknown): number {
  if (value === undefined) return ACTIVITY_RATE_DEFAULT_MIN_WINDOW_DAYS;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(`minWindowDays must be a finite number of days >= 0, got ${shown(value).slice(0, 40)}`);
  }
  return value;
}

/** Options of one computation, checked once. */
export interface ActivityRateSettings {
  readonly calendar: Calendar;
  readonly dayCount: DayCount;
  readonly proration: boolean;
  readonly thresholds: Thresholds;
  readonly minWindowDays: number;
  readonly callerTypes: readonly string[];
  readonly filter: ScopeFilter;
  readonly explain: boolean;
  /** The roster, listed with zeros. */
  readonly sellers: readonly Seller[];
}

/** Checks the options every activity-rate computation shares (not the period). */
export function activityRateSettings(options: Omit<ActivityRateOptions, "period">): ActivityRateSettings {
  const calendar = resolveCalendar(options);
  const dayCount = assertDayCount(options.dayCount);
  if (options.proration !== undefined && typeof options.proration !== "boolean") {
    throw new InvalidArgumentError("proration must be true or false");
  }
  const proration = options.proration ?? true;
  const thresholds = resolveThresholds(options.thresholds, DEFAULT_ATTAINMENT_THRESHOLDS);
  const minWindowDays = checkMinWindowDays(options.minWindowDays);
  const callerTypes = checkTypes(options.types);
  const filter = resolveScope(options.scope, options.sellers);
  const explain = options.explain === true;

  return { calendar, dayCount, proration, thresholds, minWindowDays, callerTypes, filter, explain, sellers: options.sellers ?? [] };
}

/** Status code of `"done"` in an activity table. */

/**
 * Most cells (buckets x owners x types) counted in one flat array (32 MB); beyond it, or beyond
 * twice the rows (a flat array mostly empty), the counted rows are sorted instead.
 */
const DENSE_CELL_LIMIT = 1 << 22;

/**
 * The done activities of a computation counted by cell: one cell per (bucket, owner code, type
 * code) that has at least one. Cells come in that order (bucket, then owner code, then type code).
 */
export interface DoneCells {
  readonly table: ActivityColumns;
  /** Number of non-zero cells. */
  readonly size: number;
  /** Each cell's bucket. */
  readonly buckets: Int32Array;
  /** Each cell's owner code. */
  readonly owners: Int32Array;
  /** Each cell's type code. */
  readonly types: Int32Array;
  /** Each cell's count of done activities. */
  readonly counts: Float64Array;
  /** Index of the first cell of each bucket, and `size` last (one more entry than buckets). */
  readonly bucketStarts: Int32Array;
  /** Each owner code's first counted row (in table order), -1 for owners with none. */
  readonly firstRows: Int32Array;
  /** With explain: the counted rows by date then id (so bucket after bucket); otherwise `null`. */
  readonly explainRows: Int32Array | null;
  /** With explain: index in `explainRows` of each bucket's first row, and their number last. */
  readonly explainBucketStarts: Int32Array | null;
}

/** What to count: rows done, dated in `[starts[0], windowEnd)`, whose owner code is 1 in `ownerMask`. */
export interface CellQuery {
  /** Start (epoch ms) of each bucket, ascending; the last bucket runs to `windowEnd`. */
  readonly starts: readonly number[];
  readonly windowEnd: number;
  readonly ownerMask: Uint8Array;
  /** Keep the counted rows, by date then id (for `explain`). */
  readonly explain: boolean;
  /** Count by sorting the rows even when the flat array would fit (tests of that path). */
  readonly sorted?: boolean;
}

/** Orders rows by date, then id (the order of `explain`). */
export function compareRows(table: ActivityColumns, a: number, b: number): number {
  const byDate = (table.times[a] as number) - (table.times[b] as number);
  if (byDate !== 0) return byDate;
  const idA = table.ids[a] as string;
  const idB = table.ids[b] as string;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * The loop of {@link countDoneCells}, alone in a small function that V8 optimises quickly (and
 * again quickly after a garbage collection drops its optimised code): each done row of the scope
 * in `[starts[0], windowEnd)` is added to its cell of `flat` (or, without `flat`, its bucket is
 * noted in `bucketOfRow`), kept in `picked` when given, and noted as its owner's first row.
 */
function countRows(
  table: ActivityColumns,
  starts: readonly number[],
  windowEnd: number,
  ownerMask: Uint8Array,
  flat: Float64Array | null,
  bucketOfRow: Int32Array | null,
  picked: number[] | null,
  firstRows: Int32Array,
): void {
  const { size, times, ownerCodes, typeCodes, statusCodes } = table;
  const ownerCount = table.owners.length;
  const typeCount = table.types.length;
  const start = starts[0] as number;
  const buckets = new BucketSlots(starts, windowEnd);
  for (let row = 0; row < size; row++) {
    if (statusCodes[row] !== DONE_CODE) continue;
    const time = times[row] as number;
    if (!(time >= start && time < windowEnd)) continue;
    const owner = ownerCodes[row] as number;
    if (ownerMask[owner] !== 1) continue;
    const bucket = buckets.bucketOf(time);
    if (firstRows[owner] === -1) firstRows[owner] = row;
    if (flat !== null) {
      const cell = (bucket * ownerCount + owner) * typeCount + (typeCodes[row] as number);
      flat[cell] = (flat[cell] as number) + 1;
    } else if (bucketOfRow !== null) {
      bucketOfRow[row] = bucket;
    }
    if (picked !== null) picked.push(row);
  }
}

/**
 * Counts the done activities of `query` by (bucket, owner, type) in one pass over the table, into
 * a flat array indexed `(bucket x owners + owner) x types + type` (no allocation per row). When
 * that array would be too large (huge owner or type dictionaries), the counted rows are sorted by
 * (bucket, owner, type) and counted run by run instead.
 */
export function countDoneCells(table: ActivityColumns, query: CellQuery): DoneCells {
  const { starts, windowEnd, ownerMask, explain } = query;
  const { size, times, ownerCodes, typeCodes } = table;
  const ownerCount = table.owners.length;
  const typeCount = table.types.length;
  const bucketCount = starts.length;
  const lastBucket = bucketCount - 1;
  const firstRows = new Int32Array(ownerCount).fill(-1);
  const cellCount = bucketCount * ownerCount * typeCount;
  const dense = query.sorted !== true && cellCount <= Math.min(DENSE_CELL_LIMIT, Math.max(1 << 16, 2 * size));
  const flat = dense ? new Float64Array(cellCount) : null;
  const bucketOfRow = dense ? null : new Int32Array(size);
  const keep = explain || !dense;
  const picked: number[] = [];

  countRows(table, starts, windowEnd, ownerMask, flat, bucketOfRow, keep ? picked : null, firstRows);

  const cellBuckets: number[] = [];
  const cellOwners: number[] = [];
  const cellTypes: number[] = [];
  const cellCounts: number[] = [];
  if (flat !== null) {
    let cell = 0;
    for (let b = 0; b < bucketCount; b++) {
      for (let owner = 0; owner < ownerCount; owner++) {
        for (let type = 0; type < typeCount; type++, cell++) {
          const count = flat[cell] as number;
          if (count === 0) continue;
          cellBuckets.push(b);
          cellOwners.push(owner);
          cellTypes.push(type);
          cellCounts.push(count);
        }
      }
    }
  } else {
    const byBucket = bucketOfRow as Int32Array;
    const rows = explain ? [...picked] : picked;
    rows.sort(
      (a, b) =>
        (byBucket[a] as number) - (byBucket[b] as number) ||
        (ownerCodes[a] as number) - (ownerCodes[b] as number) ||
        (typeCodes[a] as number) - (typeCodes[b] as number),
    );
    for (const row of rows) {
      const b = byBucket[row] as number;
      const owner = ownerCodes[row] as number;
      const type = typeCodes[row] as number;
      const last = cellCounts.length - 1;
      if (last >= 0 && cellBuckets[last] === b && cellOwners[last] === owner && cellTypes[last] === type) {
        cellCounts[last] = (cellCounts[last] as number) + 1;
      } else {
        cellBuckets.push(b);
        cellOwners.push(owner);
        cellTypes.push(type);
        cellCounts.push(1);
      }
    }
  }

  const bucketStarts = new Int32Array(bucketCount + 1);
  let cell = 0;
  for (let b = 0; b < bucketCount; b++) {
    bucketStarts[b] = cell;
    while (cell < cellBuckets.length && cellBuckets[cell] === b) cell++;
  }
  bucketStarts[bucketCount] = cellBuckets.length;

  let explainRows: Int32Array | null = null;
  let explainBucketStarts: Int32Array | null = null;
  if (explain) {
    // By date then id: nearly free for records already in date order. Buckets follow in time order.
    picked.sort((a, b) => compareRows(table, a, b));
    explainRows = Int32Array.from(picked);
    explainBucketStarts = new Int32Array(bucketCount + 1);
    let i = 0;
    for (let b = 0; b < bucketCount; b++) {
      explainBucketStarts[b] = i;
      const end = b < lastBucket ? (starts[b + 1] as number) : Number.POSITIVE_INFINITY;
      while (i < explainRows.length && (times[explainRows[i] as number] as number) < end) i++;
    }
    explainBucketStarts[bucketCount] = explainRows.length;
  }
  return {
    table,
    size: cellBuckets.length,
    buckets: Int32Array.from(cellBuckets),
    owners: Int32Array.from(cellOwners),
    types: Int32Array.from(cellTypes),
    counts: Float64Array.from(cellCounts),
    bucketStarts,
    firstRows,
    explainRows,
    explainBucketStarts,
  };
}

/** Done activities of a window, per type and per seller (and per type, the activity ids, when explaining). */
export interface DoneCounts {
  readonly doneByType: Map<string, number>;
  readonly doneBySeller: Map<string, Map<string, number>>;
  /** With explain: per type, the ids of the activities counted, by date then id; otherwise `null`. */
  readonly activityIds: Map<string, string[]> | null;
  readonly totalDone: number;
}

/**
 * The done counts of the cells in the index ranges `[from, to)` of `ranges` (each cell once): the
 * owners and types become strings here, once per cell, not once per activity.
 *
 * @param explainRows - with explain, the rows of those cells by date then id (a slice of the
 *   cells' `explainRows`, or a group's own); `null` without explain
 */
export function doneCountsOf(cells: DoneCells, ranges: readonly (readonly [number, number])[], explainRows: ArrayLike<number> | null): DoneCounts {
  const { table, owners, types, counts } = cells;
  const doneByType = new Map<string, number>();
  const doneBySeller = new Map<string, Map<string, number>>();
  let totalDone = 0;
  for (const [from, to] of ranges) {
    for (let cell = from; cell < to; cell++) {
      const owner = table.owners[owners[cell] as number] as string;
      const type = table.types[types[cell] as number] as string;
      const done = counts[cell] as number;
      totalDone += done;
      doneByType.set(type, (doneByType.get(type) ?? 0) + done);
      let sellerCounts = doneBySeller.get(owner);
      if (sellerCounts === undefined) {
        sellerCounts = new Map();
        doneBySeller.set(owner, sellerCounts);
      }
      sellerCounts.set(type, (sellerCounts.get(type) ?? 0) + done);
    }
  }
  let activityIds: Map<string, string[]> | null = null;
  if (explainRows !== null) {
    // The rows are in explain order already: split them by type, keeping that order.
    const idsByCode = new Map<number, string[]>();
    for (let i = 0; i < explainRows.length; i++) {
      const row = explainRows[i] as number;
      const code = table.typeCodes[row] as number;
      const list = idsByCode.get(code);
      if (list === undefined) idsByCode.set(code, [table.ids[row] as string]);
      else list.push(table.ids[row] as string);
    }
    activityIds = new Map();
    for (const [code, ids] of idsByCode) activityIds.set(table.types[code] as string, ids);
  }
  return { doneByType, doneBySeller, activityIds, totalDone };
}

/** The activity rate of `period` from its done counts and the targets. */
export function activityRateFromCounts(
  counts: DoneCounts,
  targets: readonly ActivityTarget[],
  settings: ActivityRateSettings,
  period: Period,
  asOf: Date | null,
): ActivityRateResult {
  const { calendar, dayCount, proration, thresholds, minWindowDays, callerTypes, filter, explain } = settings;
  const { doneByType, doneBySeller, activityIds, totalDone } = counts;
  const start = period.start.getTime();
  // The scope's own targets per type, prorated over the whole period.
  const partsByType = new Map<string, TargetPart[]>();
  for (const target of targets) {
    if (!filter.ownsTarget(target)) continue;
    const part: TargetPart = { id: target.id, start: target.start, end: target.end, value: target.count };
    const list = partsByType.get(target.type);
    if (list === undefined) partsByType.set(target.type, [part]);
    else list.push(part);
  }
  const context = { timeZone: calendar.timeZone, dayCount, proration };
  const targetByType = new Map<string, { total: Decimal; ids: string[] }>();
  for (const [type, parts] of partsByType) {
    // Sorted by id, so the target ids in `explain` do not depend on the input order.
    parts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime()));
    const prorated = proratedTarget(parts, period, context);
    if (prorated.ids.length > 0) targetByType.set(type, prorated);
  }

  const types = orderTypes(callerTypes, [...doneByType.keys(), ...targetByType.keys()]);

  const byType: ActivityTypeRate[] = [];
  let overallDone = ZERO;
  let overallTarget = ZERO;
  for (const type of types) {
    const done = doneByType.get(type) ?? 0;
    const target = targetByType.get(type)?.total ?? ZERO;
    const rate = ratio(new Dec(done), target, "no-target" as const);
    if (rate.value !== null) {
      overallDone = overallDone.plus(done);
      overallTarget = overallTarget.plus(target);
    }
    byType.push({
      type,
      done,
      target,
      rate,
      status: rate.value === null ? null : statusOf(rate.value, thresholds),
      statusReason: rate.value === null ? "no-target" : null,
    });
  }
  const overall = ratio(overallDone, overallTarget, "no-target" as const);

  // Sellers: roster sellers in scope (and the scoped seller) first, then other owners by id.
  const sellerIds: string[] = [];
  const listed = new Set<string>();
  const list = (id: string): void => {
    if (!listed.has(id)) {
      listed.add(id);
      sellerIds.push(id);
    }
  };
  for (const seller of settings.sellers) if (filter.includesOwner(seller.id)) list(seller.id);
  if (filter.scope.level === "seller") list(filter.scope.sellerId);
  const others = [...doneBySeller.keys()].filter((id) => !listed.has(id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of others) list(id);
  const bySeller: SellerActivityCounts[] = sellerIds.map((sellerId) => {
    const counts = doneBySeller.get(sellerId);
    let done = 0;
    const sellerTypes = types.map((type) => {
      const count = counts?.get(type) ?? 0;
      done += count;
      return { type, done: count };
    });
    return { sellerId, done, byType: sellerTypes };
  });

  const warnings: ActivityRateWarning[] = [];
  const length = daysBetween(calendar.timeZone, start, period.end.getTime(), "calendar");
  if (new Dec(length.num.toString()).lessThan(new Dec(length.den.toString()).times(minWindowDays))) {
    warnings.push("short-window");
  }

  const result: ActivityRateResult = {
    indicator: "activity-rate",
    unit: "ratio",
    period,
    asOf,
    scope: filter.scope,
    bySeller,
    byType,
    totalDone,
    overall,
    status: overall.value === null ? null : statusOf(overall.value, thresholds),
    statusReason: overall.value === null ? "no-target" : null,
    thresholds,
    warnings,
  };
  if (!explain) return result;
  return {
    ...result,
    explain: {
      byType: types.map((type) => ({
        type,
        activityIds: activityIds?.get(type) ?? [],
        targetIds: targetByType.get(type)?.ids ?? [],
      })),
    },
  };
}
