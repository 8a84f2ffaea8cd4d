import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "../money/dec.js";
import { countDays } from "./countDays.js";
import { parseInstant } from "./parseInstant.js";
import { prorate } from "./prorate.js";
import { splitRange } from "./splitRange.js";
import { GRAINS, type DayCount, type Period } from "./types.js";

// Spec section 1 ("Targets that do not line up"): amount x overlap / targetLength, in days of the zone.

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
const isoDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
const firstDay = fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2150, 0, 1) / DAY });
const zone = fc.constantFrom(...ZONES);
const grain = fc.constantFrom(...GRAINS.filter((g) => g !== "year" && g !== "semester"));

function localDays(from: number, to: number, timeZone: string): Period {
  return { start: parseInstant(isoDay(from), { timeZone }), end: parseInstant(isoDay(to), { timeZone }) };
}

test.prop(
  [
    zone,
    firstDay,
    fc.integer({ min: 1, max: 800 }),
    fc.integer({ min: -300, max: 1100 }),
    fc.integer({ min: 1, max: 500 }),
    grain,
    fc.integer({ min: -1000, max: 1000 }),
  ],
  { numRuns: 100 },
)(
  "over whole calendar days, prorating over the buckets of a split sums exactly to the prorated whole",
  (timeZone, sourceFirst, sourceDays, periodOffset, periodDays, g, k) => {
    const source = localDays(sourceFirst, sourceFirst + sourceDays, timeZone);
    const period = localDays(sourceFirst + periodOffset, sourceFirst + periodOffset + periodDays, timeZone);
    // An amount that is a multiple of the source's day count prorates to whole numbers per whole day.
    const amount = new Dec(k).times(sourceDays);
    const options = { timeZone };
    expect(countDays(source, options).toFixed()).toBe(String(sourceDays));
    const whole = prorate(amount, source, period, options);
    const overlapDays = Math.max(0, Math.min(sourceDays, periodOffset + periodDays) - Math.max(0, periodOffset));
    expect(whole.equals(new Dec(k).times(overlapDays))).toBe(true);
    let sum = new Dec(0);
    for (const bucket of splitRange(period, g, options)) sum = sum.plus(prorate(amount, source, bucket, options));
    expect(sum.equals(whole)).toBe(true);
  },
);

const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) });
const range = (maxDays: number) =>
  fc
    .tuple(instant, fc.integer({ min: 1, max: maxDays * DAY }))
    .map(([start, length]): Period => ({ start: new Date(start), end: new Date(start + length) }));
const dayCount = fc.constantFrom<DayCount>("calendar", "business");
const amount = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }).map((n) => new Dec(n.toString()).div(100));

test.prop(
  [zone, range(400).filter((r) => r.end.getTime() - r.start.getTime() >= 4 * DAY), range(400), grain, dayCount, amount],
  { numRuns: 100 },
)(
  "for any ranges and instants, the buckets' prorations add up to the whole (to 45 digits)",
  (timeZone, source, period, g, count, value) => {
    const options = { timeZone, dayCount: count };
    const whole = prorate(value, source, period, options);
    let sum = new Dec(0);
    for (const bucket of splitRange(period, g, { timeZone })) sum = sum.plus(prorate(value, source, bucket, options));
    expect(
      sum
        .minus(whole)
        .abs()
        .lessThanOrEqualTo(new Dec("1e-45").times(value.abs().plus(1))),
    ).toBe(true);
    // The share is between 0 and the whole amount.
    expect(whole.abs().lessThanOrEqualTo(value.abs())).toBe(true);
  },
);

test.prop([zone, range(400).filter((r) => r.end.getTime() - r.start.getTime() >= 4 * DAY), dayCount, amount], {
  numRuns: 100,
})("prorating an amount over its own range gives it back exactly", (timeZone, source, count, value) => {
  expect(prorate(value, source, source, { timeZone, dayCount: count }).equals(value)).toBe(true);
  expect(
    prorate(
      value,
      source,
      { start: new Date(source.start.getTime() - DAY), end: new Date(source.end.getTime() + DAY) },
      { timeZone, dayCount: count },
    ).equals(value),
  ).toBe(true);
});
