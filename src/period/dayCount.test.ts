import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { assertDayCount, dayPosition, daysBetween } from "./dayCount.js";
import { elapsedRational } from "./elapsed.js";
import { overlapShare } from "./overlap.js";
import { rational, RATIONAL_ONE, RATIONAL_ZERO, rationalToDecimal, type Rational } from "../money/rational.js";

const at = (iso: string): number => Date.parse(iso);
const value = (r: Rational): string => rationalToDecimal(r).toFixed();
const period = (from: string, to: string) => ({ start: new Date(from), end: new Date(to) });

describe("assertDayCount", () => {
  it("defaults to calendar and accepts business", () => {
    expect(assertDayCount(undefined)).toBe("calendar");
    expect(assertDayCount("calendar")).toBe("calendar");
    expect(assertDayCount("business")).toBe("business");
  });

  it.each(["Business", "weekdays", "", null, 5])("rejects %j", (bad) => {
    expect(() => assertDayCount(bad)).toThrow(InvalidArgumentError);
  });
});

describe("dayPosition / daysBetween", () => {
  it("places an instant at its day number plus the elapsed part of the day (UTC)", () => {
    // worked by hand: 1970-01-02T06:00Z is day 1 plus 6/24.
    expect(value(dayPosition("UTC", at("1970-01-02T06:00:00Z"), "calendar"))).toBe("1.25");
    expect(value(dayPosition("UTC", at("1969-12-31T12:00:00Z"), "calendar"))).toBe("-0.5");
  });

  it("counts business days from a Monday (1969-12-29)", () => {
    // Thursday 1970-01-01 00:00: Monday 29, Tuesday 30, Wednesday 31 December before it = 3 business days.
    expect(value(dayPosition("UTC", at("1970-01-01T00:00:00Z"), "business"))).toBe("3");
    // Saturday 1970-01-03 at noon: 5 business days before it (Mon-Fri), and Saturday adds nothing.
    expect(value(dayPosition("UTC", at("1970-01-03T12:00:00Z"), "business"))).toBe("5");
    // Monday 1970-01-05 at 06:00: 5 + 0.25.
    expect(value(dayPosition("UTC", at("1970-01-05T06:00:00Z"), "business"))).toBe("5.25");
    // Before the reference Monday: Friday 1969-12-26 at noon is -1 + 0.5 = -0.5.
    expect(value(dayPosition("UTC", at("1969-12-26T12:00:00Z"), "business"))).toBe("-0.5");
  });

  it("counts 23- and 25-hour days as one calendar day", () => {
    expect(value(daysBetween("Europe/Paris", at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"), "calendar"))).toBe(
      "1",
    );
    expect(value(daysBetween("Europe/Paris", at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"), "calendar"))).toBe(
      "1",
    );
    // Half of the real length of the 25-hour day is 12.5 hours: 0.5.
    expect(value(daysBetween("Europe/Paris", at("2026-10-24T22:00:00Z"), at("2026-10-25T10:30:00Z"), "calendar"))).toBe(
      "0.5",
    );
  });

  it("is negative when the end is before the start", () => {
    expect(value(daysBetween("UTC", at("2026-01-03T00:00:00Z"), at("2026-01-01T00:00:00Z"), "calendar"))).toBe("-2");
  });
});

describe("elapsedRational", () => {
  it("clamps before the start and after the end", () => {
    const jan = period("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
    expect(elapsedRational("UTC", jan, at("2025-01-01T00:00:00Z"), "calendar")).toBe(RATIONAL_ZERO);
    expect(elapsedRational("UTC", jan, at("2026-01-01T00:00:00Z"), "calendar")).toBe(RATIONAL_ZERO);
    expect(elapsedRational("UTC", jan, at("2026-02-01T00:00:00Z"), "calendar")).toBe(RATIONAL_ONE);
    expect(value(elapsedRational("UTC", jan, at("2026-01-16T12:00:00Z"), "calendar"))).toBe("0.5");
  });

  it("throws for a period without business day only when asOf is inside it", () => {
    const weekend = period("2026-01-10T00:00:00Z", "2026-01-12T00:00:00Z");
    // No business day in the period: none has elapsed until it ends.
    expect(elapsedRational("UTC", weekend, at("2026-01-11T00:00:00Z"), "business")).toBe(RATIONAL_ZERO);
    expect(elapsedRational("UTC", weekend, at("2026-01-12T00:00:00Z"), "business")).toBe(RATIONAL_ONE);
    expect(elapsedRational("UTC", weekend, at("2026-01-01T00:00:00Z"), "business")).toBe(RATIONAL_ZERO);
  });
});

describe("overlapShare", () => {
  const year = period("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");

  it("gives the share of the source inside the period", () => {
    const share = overlapShare("UTC", year, period("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"), "calendar");
    expect(share).not.toBeNull();
    expect(rationalToDecimal(share as Rational).equals(rationalToDecimal(rational(31n, 365n)))).toBe(true);
  });

  it("is null when the ranges do not overlap or only touch", () => {
    expect(overlapShare("UTC", year, period("2027-01-01T00:00:00Z", "2027-02-01T00:00:00Z"), "calendar")).toBeNull();
    expect(overlapShare("UTC", year, period("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z"), "calendar")).toBeNull();
  });

  it("is a zero share (not null) when the overlap has no business day", () => {
    const share = overlapShare("UTC", year, period("2026-01-10T00:00:00Z", "2026-01-12T00:00:00Z"), "business");
    expect(share?.num).toBe(0n);
  });

  it("throws for a source without business day", () => {
    const weekend = period("2026-01-10T00:00:00Z", "2026-01-12T00:00:00Z");
    expect(() => overlapShare("UTC", weekend, weekend, "business")).toThrow(/has no business day to prorate over/);
  });
});
