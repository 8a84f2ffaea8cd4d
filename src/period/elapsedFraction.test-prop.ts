import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "../money/dec.js";
import { elapsedFraction } from "./elapsedFraction.js";
import { parseInstant } from "./parseInstant.js";
import type { DayCount, Period } from "./types.js";

// Spec section 1 ("To date"), settled details 4 and 17.

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
const zone = fc.constantFrom(...ZONES);
const dayCount = fc.constantFrom<DayCount>("calendar", "business");
// Periods of at least 4 days always hold a weekday, so business counts are defined.
const period = fc
  .tuple(
    fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) }),
    fc.integer({ min: 4 * DAY, max: 400 * DAY }),
  )
  .map(([start, length]): Period => ({ start: new Date(start), end: new Date(start + length) }));
const offsetIn = (p: Period) => fc.integer({ min: p.start.getTime() - 10 * DAY, max: p.end.getTime() + 10 * DAY });

test.prop([period.chain((p) => fc.tuple(fc.constant(p), offsetIn(p), offsetIn(p))), zone, dayCount], { numRuns: 150 })(
  "the elapsed fraction is within [0, 1] and monotone in asOf",
  ([p, a, b], timeZone, count) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    const fEarly = elapsedFraction(p, new Date(early), { timeZone, dayCount: count });
    const fLate = elapsedFraction(p, new Date(late), { timeZone, dayCount: count });
    for (const f of [fEarly, fLate]) {
      expect(f.greaterThanOrEqualTo(0)).toBe(true);
      expect(f.lessThanOrEqualTo(1)).toBe(true);
      expect(f.isNegative() && f.isZero()).toBe(false);
    }
    expect(fEarly.lessThanOrEqualTo(fLate)).toBe(true);
    if (early <= p.start.getTime()) expect(fEarly.isZero()).toBe(true);
    if (late >= p.end.getTime()) expect(fLate.equals(1)).toBe(true);
  },
);

const isoDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

test.prop(
  [
    zone,
    fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2150, 0, 1) / DAY }),
    fc.integer({ min: 1, max: 400 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  ],
  { numRuns: 150 },
)(
  "over whole local days, the fraction at part q of day k is (k + q) / n, q being real time over the day's real length",
  (timeZone, first, n, kFraction, q) => {
    // An oracle independent of day counting: the day's bounds come from parsing date-only strings.
    const k = Math.min(n - 1, Math.floor(kFraction * n));
    const options = { timeZone };
    const p: Period = { start: parseInstant(isoDay(first), options), end: parseInstant(isoDay(first + n), options) };
    const dayStart = parseInstant(isoDay(first + k), options).getTime();
    const dayEnd = parseInstant(isoDay(first + k + 1), options).getTime();
    const elapsedInDay = Math.floor(q * (dayEnd - dayStart));
    const asOf = new Date(dayStart + elapsedInDay);
    const expected = new Dec(k).plus(new Dec(elapsedInDay).div(dayEnd - dayStart)).div(n);
    const actual = elapsedFraction(p, asOf, options);
    expect(actual.minus(expected).abs().lessThan("1e-50")).toBe(true);
    if (elapsedInDay === 0) expect(actual.equals(new Dec(k).div(n))).toBe(true);
  },
);

test.prop(
  [zone, fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) }), fc.integer({ min: 1, max: 100 * DAY })],
  { numRuns: 150 },
)(
  "half-way in real time is exactly 0.5 in UTC, and strictly between 0 and 1 in any zone",
  (timeZone, start, halfLength) => {
    const p: Period = { start: new Date(start), end: new Date(start + 2 * halfLength) };
    expect(elapsedFraction(p, new Date(start + halfLength)).toFixed()).toBe("0.5");
    const zoned = elapsedFraction(p, new Date(start + halfLength), { timeZone });
    expect(zoned.greaterThan(0)).toBe(true);
    expect(zoned.lessThan(1)).toBe(true);
  },
);
