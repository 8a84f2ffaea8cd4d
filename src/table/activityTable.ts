import { Dictionary } from "../_lib/dictionary.js";
import type { Activity, ActivityStatus } from "../model/types.js";
import { branded } from "./_columns.js";

/** Status codes of {@link ActivityTable.statusCodes}: the index of the status in this list. */
export const ACTIVITY_STATUS_CODES: readonly ActivityStatus[] = ["done", "planned", "cancelled"];

/**
 * Activities stored by column: what the activity indicators read, one typed array per field,
 * built once by {@link activityTable}. Pass it wherever an array of activities is accepted to skip
 * the per-call conversion. Treat it as read-only.
 */
export interface ActivityTable {
  /** What the table holds. */
  readonly kind: "activities";
  /** Number of rows. */
  readonly size: number;
  /** Each row's activity id. */
  readonly ids: readonly string[];
  /** Each row's `date`, in epoch milliseconds. */
  readonly times: Float64Array;
  /** Each row's owner, as a code into `owners`. */
  readonly ownerCodes: Uint32Array;
  /** The distinct owner ids, in order of first appearance. */
  readonly owners: readonly string[];
  /** Each row's type, as a code into `types`. */
  readonly typeCodes: Uint32Array;
  /** The distinct activity types, in order of first appearance. */
  readonly types: readonly string[];
  /** Each row's status, as an index into {@link ACTIVITY_STATUS_CODES} (0 done, 1 planned, 2 cancelled). */
  readonly statusCodes: Uint8Array;
}

const STATUS_CODE: ReadonlyMap<string, number> = new Map(ACTIVITY_STATUS_CODES.map((status, code) => [status, code]));

/**
 * Builds the columnar table of a list of activities, once, for repeated indicator calls over the
 * same activities: each later call reads typed arrays instead of one object per activity. The
 * figures are the same as from the array (each indicator's property tests hold both inputs equal).
 *
 * Formula: row `i` of every column is `activities[i]`'s field; strings are dictionary-encoded.
 *
 * @param activities - valid activities (from `parseActivities`); the table is a snapshot of them
 * @returns the table, in the activities' order
 * @throws never for valid activities (indicators trust records, spec section 1)
 * @example
 * ```ts
 * const table = activityTable(activities);
 * table.size; //=> activities.length
 * activityRate(table, targets, { period }); // same result as activityRate(activities, targets, { period })
 * ```
 */
export function activityTable(activities: readonly Activity[]): ActivityTable {
  const size = activities.length;
  const ids = new Array<string>(size);
  const times = new Float64Array(size);
  const ownerCodes = new Uint32Array(size);
  const owners = new Dictionary();
  const typeCodes = new Uint32Array(size);
  const types = new Dictionary();
  const statusCodes = new Uint8Array(size);
  for (let row = 0; row < size; row++) {
    const activity = activities[row] as Activity;
    ids[row] = activity.id;
    times[row] = activity.date.getTime();
    ownerCodes[row] = owners.codeOf(activity.ownerId);
    typeCodes[row] = types.codeOf(activity.type);
    statusCodes[row] = STATUS_CODE.get(activity.status) as number;
  }
  return branded({ kind: "activities", size, ids, times, ownerCodes, owners: owners.values, typeCodes, types: types.values, statusCodes });
}
