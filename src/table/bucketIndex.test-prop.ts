import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { lastStartAtOrBefore } from "../money/lastStartAtOrBefore.js";
import { BucketSlots } from "./bucketIndex.js";

// BucketSlots is a faster lastStartAtOrBefore for the instants of a range: the same bucket for
// every instant, in date order (the previous bucket is tried first) or in any order (the slots),
// with buckets of unequal widths (DST days, months) and a range end before the last start (an
// asOf that cuts the range).
const rangeArb = fc
  .tuple(
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.array(fc.integer({ min: 1, max: 40 * 86_400_000 }), { minLength: 1, maxLength: 30 }),
  )
  .map(([origin, widths]) => {
    const starts = [origin];
    for (const width of widths.slice(0, -1)) starts.push((starts.at(-1) as number) + width);
    return { starts, end: (starts.at(-1) as number) + (widths.at(-1) as number) };
  });

test.prop([
  rangeArb,
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
  fc.boolean(),
  fc.double({ min: 0, max: 1, noNaN: true }),
])(
  "bucketOf(time) is lastStartAtOrBefore(starts, time) for every instant of [starts[0], end)",
  ({ starts, end: rangeEnd }, fractions, sorted, cut) => {
    const origin = starts[0] as number;
    // The end placed against: the range's, or earlier (an asOf inside the range).
    const end = origin + 1 + Math.floor(cut * (rangeEnd - origin - 1));
    const times = fractions.map((f) => Math.min(end - 1, origin + Math.floor(f * (end - origin))));
    if (sorted) times.sort((a, b) => a - b);
    // Also every boundary and the instant before it.
    for (const start of starts) if (start < end) times.push(start, Math.max(origin, start - 1));
    const slots = new BucketSlots(starts, end);
    for (const time of times) {
      if (time >= end) continue;
      expect(slots.bucketOf(time)).toBe(lastStartAtOrBefore(starts, time));
    }
  },
);
