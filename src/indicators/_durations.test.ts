import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { Dec } from "../money/dec.js";
import { rational, type Rational } from "../money/rational.js";
import { daysBetween } from "../period/dayCount.js";
import {
  checkDurationMeasure,
  durationBetween,
  durationFigures,
  durationStats,
  minutesIn,
  summarize,
  type DurationMeasure,
} from "./_durations.js";

const at = (text: string): number => Date.parse(text);
// The durations compared here are small exact values: a double shows them exactly.
const valueOf = (r: Rational): number => Number(r.num) / Number(r.den);
const measure = (unit: "hours" | "days", dayCount: "calendar" | "business", timeZone = "UTC"): DurationMeasure => ({
  unit,
  dayCount,
  timeZone,
});

describe("durationBetween: one measure for every duration indicator", () => {
  // Worked by hand: Friday 6 March 2026 12:00 UTC to Monday 9 March 12:00 UTC is 3 calendar days
  // (72 real hours), 1 business day (Friday afternoon and Monday morning: 0.5 + 0.5), 24 business hours.
  const from = at("2026-03-06T12:00:00Z");
  const to = at("2026-03-09T12:00:00Z");
  it("counts calendar and business days, real hours and business hours", () => {
    expect(valueOf(durationBetween(from, to, measure("days", "calendar")))).toBe(3);
    expect(valueOf(durationBetween(from, to, measure("hours", "calendar")))).toBe(72);
    expect(valueOf(durationBetween(from, to, measure("days", "business")))).toBe(1);
    expect(valueOf(durationBetween(from, to, measure("hours", "business")))).toBe(24);
  });

  it("counts a 23-hour DST day as one calendar day, and 23 real hours", () => {
    // Paris springs forward on Sunday 29 March 2026: local midnight to midnight is 23 hours.
    const start = at("2026-03-28T23:00:00Z"); // 29 March 00:00 in Paris
    const end = at("2026-03-29T22:00:00Z"); // 30 March 00:00 in Paris
    expect(valueOf(durationBetween(start, end, measure("days", "calendar", "Europe/Paris")))).toBe(1);
    expect(valueOf(durationBetween(start, end, measure("hours", "calendar", "Europe/Paris")))).toBe(23);
  });
});

describe("summarize, durationStats and durationFigures", () => {
  it("gives count, sum, mean and median; an even count takes the mean of the two middle values", () => {
    // Worked by hand: 1, 2, 4, 9 -> sum 16, mean 4, median (2 + 4) / 2 = 3.
    const values = [9n, 1n, 4n, 2n].map((n) => rational(n, 1n));
    const summary = summarize(values);
    expect(summary?.count).toBe(4);
    expect(summary?.sum.toString()).toBe("16");
    expect(summary?.mean.toString()).toBe("4");
    expect(summary?.median.toString()).toBe("3");
  });

  it("divides once: a mean of thirds is exact to the last digit", () => {
    // 1/3 + 1/3 + 1/3 = 1, mean 1/3 (not 0.999.../3).
    const third = rational(1n, 3n);
    expect(summarize([third, third, third])?.sum.toString()).toBe("1");
  });

  it("reports an empty set as null with its reason in both shapes", () => {
    expect(summarize([])).toBeNull();
    expect(durationStats([])).toEqual({ count: 0, mean: null, median: null, reason: "empty" });
    expect(durationFigures([], "none-open")).toEqual({
      count: 0,
      mean: { value: null, reason: "none-open" },
      median: { value: null, reason: "none-open" },
    });
  });

  it("reports the same figures in both shapes", () => {
    const values = [rational(3n, 2n), rational(1n, 2n)];
    expect(durationStats(values)).toEqual({ count: 2, mean: new Dec(1), median: new Dec(1), reason: null });
    expect(durationFigures(values, "no-responses")).toEqual({
      count: 2,
      mean: { value: new Dec(1), reason: null },
      median: { value: new Dec(1), reason: null },
    });
  });
});

describe("minutesIn and checkDurationMeasure", () => {
  it("converts minutes to hours of 60 and days of 1,440 minutes", () => {
    expect(valueOf(minutesIn(new Dec("90"), "hours"))).toBe(1.5);
    expect(summarize([minutesIn(new Dec("720"), "days")])?.mean.toString()).toBe("0.5");
  });

  it("defaults the unit and the day count, and rejects unknown ones naming the option", () => {
    expect(checkDurationMeasure({}, "days", "UTC")).toEqual({ unit: "days", dayCount: "calendar", timeZone: "UTC" });
    expect(() => checkDurationMeasure({ unit: "weeks" }, "days", "UTC", "durationUnit")).toThrow(
      /durationUnit must be "hours" or "days"/,
    );
    expect(() => checkDurationMeasure({ dayCount: "lunar" }, "days", "UTC")).toThrow(InvalidArgumentError);
  });
});

describe("summarize over one denominator", () => {
  // A zero over another denominator sends the same durations down the bigint path.
  const bigintSum = (values: readonly Rational[]): string | undefined =>
    summarize([...values, rational(0n, 7n)])?.sum.toString();

  it("gives the bigint path's figures: odd and even counts, negatives, sums near 2^53", () => {
    const day = 86_400_000n;
    const values = [rational(3n * day, day), rational(-5n, day), rational(7n * day + 1n, day), rational(2n, day)];
    const summary = summarize(values);
    // Worked by hand: sum (10 days - 2 ms) / day; sorted -5, 2, 3d, 7d+1: median (2 + 3d) / 2 ms.
    expect(summary?.sum.toString()).toBe(new Dec((10n * day - 2n).toString()).div(day.toString()).toString());
    expect(summary?.median.toString()).toBe(new Dec((3n * day + 2n).toString()).div((2n * day).toString()).toString());
    expect(summary?.mean.toString()).toBe(new Dec((10n * day - 2n).toString()).div((4n * day).toString()).toString());
    expect(bigintSum(values)).toBe(summary?.sum.toString());
    // Past 2^53, the numerators leave the doubles' exact range: the bigint path takes over.
    const big = [rational(2n ** 52n, 3n), rational(2n ** 52n, 3n), rational(1n, 3n)];
    expect(summarize(big)?.sum.toString()).toBe(new Dec((2n ** 53n + 1n).toString()).div(3).toString());
    expect(summarize(big)?.median.toString()).toBe(new Dec((2n ** 52n).toString()).div(3).toString());
  });
});

describe("durationBetween in UTC", () => {
  it("measures calendar days as elapsed time over 24 hours, as the zone's day line does", () => {
    const instants = [at("2026-03-29T00:30:00Z"), at("2026-03-29T23:59:59.999Z"), at("2025-12-31T12:00:00Z"), 0];
    for (const from of instants) {
      for (const to of instants) {
        const days = durationBetween(from, to, measure("days", "calendar"));
        expect(valueOf(days)).toBe(valueOf(daysBetween("UTC", from, to, "calendar")));
        expect(days.den).toBe(86_400_000n);
      }
    }
  });
});
