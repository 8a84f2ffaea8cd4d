import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { assertGrain, resolveCalendar, unitAt, unitEndDay, unitLabel, unitStartDay } from "./calendar.js";
import { DAY_MS } from "./zone.js";

const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const date = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const utc = resolveCalendar();
const april = resolveCalendar({ fiscalYearStartMonth: 4 });

describe("resolveCalendar / assertGrain", () => {
  it("defaults to UTC and a January fiscal year", () => {
    expect(resolveCalendar()).toEqual({ timeZone: "UTC", fiscalYearStartMonth: 1 });
    expect(resolveCalendar({ timeZone: "Asia/Kolkata", fiscalYearStartMonth: 12 })).toEqual({
      timeZone: "Asia/Kolkata",
      fiscalYearStartMonth: 12,
    });
  });

  it("rejects bad fiscal months and zones", () => {
    expect(() => resolveCalendar({ fiscalYearStartMonth: 13 })).toThrow(InvalidArgumentError);
    expect(() => resolveCalendar({ timeZone: "Nope/Nope" })).toThrow(InvalidArgumentError);
  });

  it("accepts the six grains only", () => {
    for (const grain of ["day", "week", "month", "quarter", "semester", "year"]) expect(assertGrain(grain)).toBe(grain);
    for (const bad of ["Day", "hour", "", null, undefined, 1]) expect(() => assertGrain(bad)).toThrow(/unknown grain/);
    // A very long grain is cut in the message.
    expect(() => assertGrain("x".repeat(10_000))).toThrow(/^\[crm-kpi\] unknown grain .{0,60}: use day/);
  });
});

describe("unit start, end and label on wall day numbers", () => {
  it.each([
    // [grain, calendar, a day inside, unit start, unit end, label]
    ["day", utc, "2026-02-15", "2026-02-15", "2026-02-16", "2026-02-15"],
    ["week", utc, "2026-02-15", "2026-02-09", "2026-02-16", "2026-W07"], // Sunday -> Monday 9th
    ["week", utc, "2026-02-16", "2026-02-16", "2026-02-23", "2026-W08"], // Monday is its own start
    ["week", utc, "2027-01-01", "2026-12-28", "2027-01-04", "2026-W53"],
    ["month", utc, "2024-02-29", "2024-02-01", "2024-03-01", "2024-02"],
    ["quarter", utc, "2026-12-31", "2026-10-01", "2027-01-01", "2026-Q4"],
    ["semester", utc, "2026-07-01", "2026-07-01", "2027-01-01", "2026-H2"],
    ["year", utc, "2026-06-30", "2026-01-01", "2027-01-01", "2026"],
    ["quarter", april, "2026-03-31", "2026-01-01", "2026-04-01", "FY2025/26-Q4"],
    ["quarter", april, "2026-04-01", "2026-04-01", "2026-07-01", "FY2026/27-Q1"],
    ["semester", april, "2026-01-10", "2025-10-01", "2026-04-01", "FY2025/26-H2"],
    ["year", april, "2026-01-10", "2025-04-01", "2026-04-01", "FY2025/26"],
    ["year", april, "1900-01-10", "1899-04-01", "1900-04-01", "FY1899/00"],
    ["year", april, "2200-12-31", "2200-04-01", "2201-04-01", "FY2200/01"],
  ] as const)("%s of %s containing %s", (grain, calendar, inside, start, end, label) => {
    const s = unitStartDay(calendar, grain, day(inside));
    expect(date(s)).toBe(start);
    expect(date(unitEndDay(grain, s))).toBe(end);
    expect(unitLabel(calendar, grain, s)).toBe(label);
  });
});

describe("unitAt", () => {
  it("gives instants of the unit in the zone", () => {
    const paris = resolveCalendar({ timeZone: "Europe/Paris" });
    const unit = unitAt(paris, "day", Date.parse("2026-03-29T12:00:00Z"));
    expect(unit).toEqual({
      start: Date.parse("2026-03-28T23:00:00Z"),
      end: Date.parse("2026-03-29T22:00:00Z"),
      label: "2026-03-29",
    });
  });

  it("does not depend on the process time zone (all arithmetic is UTC or the given zone)", () => {
    const unit = unitAt(utc, "week", Date.parse("2026-12-31T23:59:59.999Z"));
    expect(unit).toEqual({
      start: Date.parse("2026-12-28T00:00:00Z"),
      end: Date.parse("2027-01-04T00:00:00Z"),
      label: "2026-W53",
    });
  });
});
