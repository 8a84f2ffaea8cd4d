/**
 * Binary search of an instant among sorted starts: the validity of an exchange rate, the bucket
 * of a record.
 *
 * @internal
 * @module
 */

/**
 * Index of the last element of `starts` (sorted ascending) that is at or before `time`; -1 when
 * `time` is before them all. Records are placed in buckets with it: a binary search on epoch
 * milliseconds against boundaries computed once, instead of a calendar computation per record.
 */
export function lastStartAtOrBefore(starts: readonly number[], time: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
