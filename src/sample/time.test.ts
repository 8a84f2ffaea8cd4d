import { describe, expect, it } from "vitest";
import { createRng } from "./prng.js";
import { businessDays, dayStartMs, fillSortedInstants, monthStartMs, toWeekday, weekdayOf } from "./time.js";

describe("sample time helpers", () => {
  it("computes UTC month starts, weekdays and day starts from epoch milliseconds", () => {
    expect(monthStartMs(2025, 0, 13)).toBe(Date.UTC(2026, 1, 1));
    expect(weekdayOf(Date.UTC(2025, 0, 1))).toBe(3); // a Wednesday
    expect(weekdayOf(Date.UTC(1969, 11, 28))).toBe(0); // a Sunday before the epoch
    expect(dayStartMs(Date.UTC(2025, 0, 1, 15, 30))).toBe(Date.UTC(2025, 0, 1));
    expect(toWeekday(Date.UTC(2025, 0, 4, 9))).toBe(Date.UTC(2025, 0, 6, 9)); // Saturday -> Monday
    expect(toWeekday(Date.UTC(2025, 0, 5, 9))).toBe(Date.UTC(2025, 0, 6, 9)); // Sunday -> Monday
  });

  it("lists business days without weekends and fixed holidays", () => {
    // worked by hand: January 2025 has 23 weekdays; 1 January (a Wednesday) is a holiday -> 22
    expect(businessDays(Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1))).toHaveLength(22);
    // worked by hand: May 2025 has 22 weekdays; 1 and 8 May are Thursdays -> 20
    expect(businessDays(Date.UTC(2025, 4, 1), Date.UTC(2025, 5, 1))).toHaveLength(20);
  });

  it("fills sorted business-hours instants on whole minutes", () => {
    const days = businessDays(Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1));
    const out = new Float64Array(500);
    fillSortedInstants(createRng(1, 0), 500, days, out);
    for (let i = 0; i < 500; i++) {
      const t = out[i] as number;
      if (i > 0) expect(t).toBeGreaterThanOrEqual(out[i - 1] as number);
      expect(days).toContain(dayStartMs(t));
      const minutes = (t - dayStartMs(t)) / 60_000;
      expect(Number.isInteger(minutes) && minutes >= 7 * 60 && minutes < 17 * 60).toBe(true);
    }
  });
});
