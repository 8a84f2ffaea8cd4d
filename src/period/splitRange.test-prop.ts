import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { periodContaining } from "./periodContaining.js";
import { splitRange } from "./splitRange.js";
import { GRAINS, type Bucket, type CalendarOptions, type Grain, type Period } from "./types.js";

// Spec section 1 ("Periods"): the buckets partition the range exactly (no gap, no overlap, clipped
// first/last bucket), for every grain, in any zone, with any fiscal year start.

const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/Santiago",
  "America/Havana",
  "Asia/Kolkata",
];
const DAY = 86_400_000;
const MAX_LENGTH: Record<Grain, number> = {
  day: 120 * DAY,
  week: 800 * DAY,
  month: 3_000 * DAY,
  quarter: 9_000 * DAY,
  semester: 12_000 * DAY,
  year: 20_000 * DAY,
};

const calendar: fc.Arbitrary<CalendarOptions> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
});
const grain = fc.constantFrom(...GRAINS);
const rangeFor = (g: Grain): fc.Arbitrary<Period> =>
  fc
    .tuple(
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) }),
      fc.integer({ min: 1, max: MAX_LENGTH[g] }),
    )
    .map(([start, length]) => ({ start: new Date(start), end: new Date(start + length) }));
const splitCase = grain.chain((g) => fc.tuple(fc.constant(g), rangeFor(g), calendar));

function expectPartition(buckets: readonly Bucket[], range: Period): void {
  expect(buckets.length).toBeGreaterThan(0);
  expect(buckets[0]?.start.getTime()).toBe(range.start.getTime());
  expect(buckets.at(-1)?.end.getTime()).toBe(range.end.getTime());
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i] as Bucket;
    expect(b.start.getTime()).toBeLessThan(b.end.getTime());
    if (i > 0) expect(b.start.getTime()).toBe(buckets[i - 1]?.end.getTime());
  }
}

test.prop([splitCase], { numRuns: 150 })(
  "splitRange buckets partition the range, for every grain, range and zone",
  ([g, range, options]) => {
    const buckets = splitRange(range, g, options);
    expectPartition(buckets, range);
    for (let i = 0; i < buckets.length; i++) {
      const b = buckets[i] as Bucket;
      // Each bucket lies inside the calendar unit it is labelled with; only the first and last are clipped.
      const unit = periodContaining(b.start, g, options);
      expect(b.label).toBe(unit.label);
      expect(b.end.getTime()).toBeLessThanOrEqual(unit.end.getTime());
      if (i > 0) expect(b.start.getTime()).toBe(unit.start.getTime());
      if (i < buckets.length - 1) expect(b.end.getTime()).toBe(unit.end.getTime());
      // The last instant of the bucket is in the same unit.
      expect(periodContaining(new Date(b.end.getTime() - 1), g, options).label).toBe(b.label);
      if (i > 0) expect(b.label).not.toBe(buckets[i - 1]?.label);
    }
  },
);

test.prop([splitCase, fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 150 })(
  "splitting a range at any instant and splitting each part partitions the whole",
  ([g, range, options], where) => {
    const length = range.end.getTime() - range.start.getTime();
    if (length < 2) return;
    const cut = range.start.getTime() + 1 + Math.floor(where * (length - 2));
    const left = splitRange({ start: range.start, end: new Date(cut) }, g, options);
    const right = splitRange({ start: new Date(cut), end: range.end }, g, options);
    const parts = [...left, ...right];
    expectPartition(parts, range);
    // Merging the two buckets on either side of the cut when they share a label gives the whole split.
    const merged: Bucket[] = [];
    for (const b of parts) {
      const last = merged.at(-1);
      if (last !== undefined && last.label === b.label && last.end.getTime() === cut)
        merged[merged.length - 1] = { label: b.label, start: last.start, end: b.end };
      else merged.push(b);
    }
    const whole = splitRange(range, g, options);
    expect(merged.map((b) => [b.label, b.start.getTime(), b.end.getTime()])).toEqual(
      whole.map((b) => [b.label, b.start.getTime(), b.end.getTime()]),
    );
  },
);

test.prop([fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) }), grain, calendar], { numRuns: 200 })(
  "periodContaining holds its instant, and its own split is itself",
  (t, g, options) => {
    const unit = periodContaining(new Date(t), g, options);
    expect(unit.start.getTime()).toBeLessThanOrEqual(t);
    expect(unit.end.getTime()).toBeGreaterThan(t);
    const again = splitRange(unit, g, options);
    expect(again).toHaveLength(1);
    expect(again[0]?.label).toBe(unit.label);
    // The next unit starts where this one ends.
    expect(periodContaining(unit.end, g, options).start.getTime()).toBe(unit.end.getTime());
  },
);

test.prop([fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) }), fc.constantFrom(...ZONES)], {
  numRuns: 200,
})(
  "ISO week labels: a week has 7 local days, starts on Monday, and its year is that of its Thursday",
  (t, timeZone) => {
    const week = periodContaining(new Date(t), "week", { timeZone });
    const days = splitRange(week, "day", { timeZone });
    expect(days).toHaveLength(7);
    const monday = new Date(`${days[0]?.label}T00:00:00Z`);
    expect(monday.getUTCDay()).toBe(1);
    const thursday = days[3]?.label ?? "";
    expect(week.label.slice(0, 4)).toBe(thursday.slice(0, 4));
    // Week number = 1 + number of whole weeks between the first Thursday of that year and this Thursday.
    const thursdayTime = Date.parse(`${thursday}T00:00:00Z`);
    const jan1 = new Date(Date.UTC(Number(thursday.slice(0, 4)), 0, 1));
    const firstThursday = jan1.getTime() + ((((4 - jan1.getUTCDay()) % 7) + 7) % 7) * DAY;
    expect(Number(week.label.slice(6))).toBe(1 + (thursdayTime - firstThursday) / (7 * DAY));
  },
);
