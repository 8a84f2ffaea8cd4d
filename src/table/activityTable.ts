import type { Activity } from "../model/types.js";
import { activityColumnsOf } from "./_columns.js";
import type { ActivityTable } from "./types.js";

export type { ActivityTable } from "./types.js";

/**
 * Builds the columnar table of a list of activities, once, for repeated indicator calls over the
 * same activities. The figures are the same as from the array (each indicator's property tests
 * hold both inputs equal).
 *
 * Formula: row `i` of every column is `activities[i]`'s field, in the activities' order.
 *
 * @param activities - valid activities (from `parseActivities`); the table is a snapshot of their values
 * @returns the table
 * @throws never for valid activities (indicators trust records, spec section 1)
 * @example
 * ```ts
 * const { activities } = generateSampleDataset();
 * const table = activityTable(activities);
 * table.size; //=> 6000
 * table.kind; //=> "activities"
 * // Every indicator that reads activities takes the table in place of the array, with the same result.
 * ```
 * @category Tables
 */
export function activityTable(activities: readonly Activity[]): ActivityTable {
  return activityColumnsOf(activities, "activities");
}
