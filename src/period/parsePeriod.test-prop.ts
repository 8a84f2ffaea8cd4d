import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodContaining } from "./periodContaining.js";
import { splitRange } from "./splitRange.js";
import { GRAINS, type CalendarOptions, type Grain, type Period } from "./types.js";

// Issue 9, item 1: every label splitRange writes reads back through parsePeriod into the same
// period, for every grain, fiscal year start and zone (DST zones included).

const ZONES = [
  "UTC",
  "Europe/Paris",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "America/Santiago",
  "America/New_York",
  "Asia/Kolkata",
];
const DAY = 86_400_000;
const MAX_LENGTH: Record<Grain, number> = {
  day: 60 * DAY,
  week: 400 * DAY,
  month: 1_500 * DAY,
  quarter: 4_000 * DAY,
  semester: 6_000 * DAY,
  year: 10_000 * DAY,
};

const calendar: fc.Arbitrary<Required<CalendarOptions>> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
});
const rangeFor = (g: Grain): fc.Arbitrary<Period> =>
  fc
    .tuple(
      fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.integer({ min: 1, max: MAX_LENGTH[g] }),
    )
    .map(([start, length]) => ({ start: new Date(start), end: new Date(start + length) }));
const splitCase = fc.constantFrom(...GRAINS).chain((g) => fc.tuple(fc.constant(g), rangeFor(g), calendar));

test.prop([splitCase], { numRuns: 120 })(
  "every bucket label of splitRange reads back as its whole unit",
  ([grain, range, options]) => {
    const buckets = splitRange(range, grain, options);
    buckets.forEach((bucket, i) => {
      const parsed = parsePeriod(bucket.label, options);
      expect(parsed).toEqual(periodContaining(bucket.start, grain, options));
      expect(parsed.label).toBe(bucket.label);
      expect(parsed.timeZone).toBe(options.timeZone);
      // Only the first and last buckets can be clipped to the range: the others are whole units.
      if (i > 0 && i < buckets.length - 1) expect(parsed).toEqual(bucket);
    });
  },
);

test.prop([splitCase], { numRuns: 200 })(
  "over whole units, every bucket of splitRange round-trips exactly",
  ([grain, range, options]) => {
    // Widen the range to the units holding its ends, so that no bucket is clipped.
    const whole: Period = {
      start: periodContaining(range.start, grain, options).start,
      end: periodContaining(new Date(range.end.getTime() - 1), grain, options).end,
      timeZone: options.timeZone,
    };
    for (const bucket of splitRange(whole, grain, options)) {
      expect(parsePeriod(bucket.label, options)).toEqual(bucket);
    }
  },
);

test.prop([splitCase], { numRuns: 100 })(
  "a year, semester or quarter label read with another fiscal start style is an error",
  ([grain, range, options]) => {
    if (grain === "day" || grain === "week" || grain === "month") return;
    const label = periodContaining(range.start, grain, options).label;
    const other = options.fiscalYearStartMonth === 1 ? 4 : 1;
    expect(() => parsePeriod(label, { ...options, fiscalYearStartMonth: other })).toThrow(/fiscalYearStartMonth is/);
  },
);
