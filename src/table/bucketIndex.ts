/**
 * Bucket placement of instants in constant time, for the loops over tables.
 *
 * @internal
 * @module
 */
import { lastStartAtOrBefore } from "../money/lastStartAtOrBefore.js";

const SLOTS_PER_BUCKET = 16;

/**
 * Places the instants of a range in its buckets, each in constant time: the same answer as
 * `lastStartAtOrBefore(starts, time)` for an instant of the range, for records in any order.
 *
 * The bucket of the previous instant is tried first (records in date order mostly stay in it).
 * Otherwise the range is cut into equal slots, a sixteenth of its narrowest inner bucket wide
 * (but no more than sixteen per bucket on average), so a slot mostly holds at most one bucket
 * boundary; each slot remembers the bucket of its first instant (found once with
 * `lastStartAtOrBefore`), and an instant's bucket is its slot's, or one a few steps after. Binary search per record cost about 3 ms of a 300k-deal `lostDeals` on unsorted dates.
 */
export class BucketSlots {
  private readonly origin: number;
  private readonly width: number;
  /** The bucket of each slot's first instant. */
  private readonly first: Int32Array;
  /** The bucket starts, then the range's end (so that `bounds[bucket + 1]` always exists). */
  private readonly bounds: Float64Array;
  /** The last bucket found, and its bounds `[low, high)`. */
  private last = 0;
  private low: number;
  private high: number;

  /**
   * @param starts - the buckets' first instants (epoch ms), ascending; `starts[0]` is the range's start
   * @param end - the range's end (epoch ms, exclusive): the instants placed are in `[starts[0], end)`
   */
  constructor(starts: readonly number[], end: number) {
    const origin = starts[0] as number;
    const span = Math.max(1, end - origin);
    let narrowest = span;
    // The narrowest inner bucket (the first and last may be clipped to the range).
    for (let i = 1; i + 1 < starts.length; i++)
      narrowest = Math.min(narrowest, (starts[i + 1] as number) - (starts[i] as number));
    // At most SLOTS_PER_BUCKET slots per bucket on average: a range with one very narrow bucket
    // gets wider slots (and more steps in bucketOf), not a table as long as the range in ms.
    const count = Math.min(
      Math.ceil(span / Math.max(1, narrowest / SLOTS_PER_BUCKET)),
      SLOTS_PER_BUCKET * starts.length,
    );
    const width = span / count;
    this.origin = origin;
    this.width = width;
    this.first = new Int32Array(count);
    for (let slot = 0; slot < count; slot++)
      this.first[slot] = Math.max(0, lastStartAtOrBefore(starts, origin + slot * width));
    this.bounds = Float64Array.from([...starts, end]);
    this.low = origin;
    this.high = starts.length > 1 ? (starts[1] as number) : end;
  }

  /** The bucket of `time`, an instant of the range (`starts[0] <= time < end`). */
  bucketOf(time: number): number {
    if (time >= this.low && time < this.high) return this.last;
    const bounds = this.bounds;
    const slot = Math.min(Math.floor((time - this.origin) / this.width), this.first.length - 1);
    let bucket = this.first[slot] as number;
    // The slot's first bucket is at or before the instant's (rounding aside): the loops settle it.
    while (bucket > 0 && (bounds[bucket] as number) > time) bucket--;
    while ((bounds[bucket + 1] as number) <= time) bucket++;
    this.last = bucket;
    this.low = bounds[bucket] as number;
    this.high = bounds[bucket + 1] as number;
    return bucket;
  }
}
