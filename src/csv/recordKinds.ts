/**
 * The record kinds a CSV file can hold (one kind per file).
 *
 * @module
 */

/**
 * The record kinds a CSV file can hold, one kind per file.
 *
 * @example
 * ```ts
 * CSV_RECORD_KINDS; //=> ["orders", "deals", "activities", "revenueTargets", "activityTargets", "sellers"]
 * ```
 * @category CSV
 */
export const CSV_RECORD_KINDS = [
  "orders",
  "deals",
  "activities",
  "revenueTargets",
  "activityTargets",
  "sellers",
] as const;

/**
 * A record kind a CSV file can hold (see {@link CSV_RECORD_KINDS}).
 *
 * @example
 * ```ts
 * const kind: CsvRecordKind = "orders";
 * ```
 * @category CSV
 */
export type CsvRecordKind = (typeof CSV_RECORD_KINDS)[number];
