import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { parseInstant } from "./parseInstant.js";
import { splitRange } from "./splitRange.js";
import type { CalendarOptions, Grain, Period } from "./types.js";

// Spec section 1 ("Periods"): the buckets partition the range exactly (no gap, no overlap, a partial
// first/last bucket is clipped). Expected buckets worked by hand.

function range(start: string, end: string): Period {
  return { start: new Date(start), end: new Date(end) };
}

function split(r: Period, grain: Grain, options: CalendarOptions = {}): string[] {
  return splitRange(r, grain, options).map((b) => `${b.label} ${b.start.toISOString()} ${b.end.toISOString()}`);
}

describe("splitRange", () => {
  it("clips the first bucket (the doc example)", () => {
    expect(split(range("2026-01-15T00:00:00Z", "2026-03-01T00:00:00Z"), "month")).toEqual([
      "2026-01 2026-01-15T00:00:00.000Z 2026-02-01T00:00:00.000Z",
      "2026-02 2026-02-01T00:00:00.000Z 2026-03-01T00:00:00.000Z",
    ]);
  });

  it("clips both ends of a week split and keeps the weeks' labels", () => {
    // 2026-01-07 is a Wednesday of 2026-W02 (Monday 5th); 2026-01-20 is a Tuesday of 2026-W04.
    expect(split(range("2026-01-07T12:00:00Z", "2026-01-20T06:00:00Z"), "week")).toEqual([
      "2026-W02 2026-01-07T12:00:00.000Z 2026-01-12T00:00:00.000Z",
      "2026-W03 2026-01-12T00:00:00.000Z 2026-01-19T00:00:00.000Z",
      "2026-W04 2026-01-19T00:00:00.000Z 2026-01-20T06:00:00.000Z",
    ]);
  });

  it("gives one bucket equal to a range inside one unit", () => {
    expect(split(range("2026-05-05T10:00:00Z", "2026-05-05T10:00:00.001Z"), "year")).toEqual([
      "2026 2026-05-05T10:00:00.000Z 2026-05-05T10:00:00.001Z",
    ]);
  });

  it("splits weeks across the 2026/2027 year end", () => {
    expect(split(range("2026-12-21T00:00:00Z", "2027-01-11T00:00:00Z"), "week")).toEqual([
      "2026-W52 2026-12-21T00:00:00.000Z 2026-12-28T00:00:00.000Z",
      "2026-W53 2026-12-28T00:00:00.000Z 2027-01-04T00:00:00.000Z",
      "2027-W01 2027-01-04T00:00:00.000Z 2027-01-11T00:00:00.000Z",
    ]);
  });

  it("splits a calendar year into fiscal quarters starting in April", () => {
    expect(
      split(range("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"), "quarter", { fiscalYearStartMonth: 4 }),
    ).toEqual([
      "FY2025/26-Q4 2026-01-01T00:00:00.000Z 2026-04-01T00:00:00.000Z",
      "FY2026/27-Q1 2026-04-01T00:00:00.000Z 2026-07-01T00:00:00.000Z",
      "FY2026/27-Q2 2026-07-01T00:00:00.000Z 2026-10-01T00:00:00.000Z",
      "FY2026/27-Q3 2026-10-01T00:00:00.000Z 2027-01-01T00:00:00.000Z",
    ]);
  });

  it("splits into fiscal semesters and years starting in July", () => {
    const july = { fiscalYearStartMonth: 7 };
    expect(split(range("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"), "semester", july)).toEqual([
      "FY2025/26-H2 2026-01-01T00:00:00.000Z 2026-07-01T00:00:00.000Z",
      "FY2026/27-H1 2026-07-01T00:00:00.000Z 2027-01-01T00:00:00.000Z",
    ]);
    expect(split(range("2025-03-01T00:00:00Z", "2027-03-01T00:00:00Z"), "year", july)).toEqual([
      "FY2024/25 2025-03-01T00:00:00.000Z 2025-07-01T00:00:00.000Z",
      "FY2025/26 2025-07-01T00:00:00.000Z 2026-07-01T00:00:00.000Z",
      "FY2026/27 2026-07-01T00:00:00.000Z 2027-03-01T00:00:00.000Z",
    ]);
  });

  it("splits a Paris year into 12 months whose bounds are local midnights across both DST changes", () => {
    const paris = { timeZone: "Europe/Paris" };
    const year = { start: parseInstant("2026-01-01", paris), end: parseInstant("2027-01-01", paris) };
    const buckets = splitRange(year, "month", paris);
    expect(buckets.map((b) => b.label)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    // Winter months start at 23:00Z the day before (+01:00), summer months at 22:00Z (+02:00).
    expect(buckets.map((b) => b.start.toISOString())).toEqual([
      "2025-12-31T23:00:00.000Z",
      "2026-01-31T23:00:00.000Z",
      "2026-02-28T23:00:00.000Z",
      "2026-03-31T22:00:00.000Z",
      "2026-04-30T22:00:00.000Z",
      "2026-05-31T22:00:00.000Z",
      "2026-06-30T22:00:00.000Z",
      "2026-07-31T22:00:00.000Z",
      "2026-08-31T22:00:00.000Z",
      "2026-09-30T22:00:00.000Z",
      "2026-10-31T23:00:00.000Z",
      "2026-11-30T23:00:00.000Z",
    ]);
    expect(buckets.at(-1)?.end.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("splits the Paris spring-forward week into days of 24 and 23 hours", () => {
    const paris = { timeZone: "Europe/Paris" };
    const week = { start: parseInstant("2026-03-23", paris), end: parseInstant("2026-03-30", paris) };
    const buckets = splitRange(week, "day", paris);
    expect(buckets.map((b) => b.label)).toEqual([
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
    ]);
    expect(buckets.map((b) => (b.end.getTime() - b.start.getTime()) / 3_600_000)).toEqual([24, 24, 24, 24, 24, 24, 23]);
    expect(splitRange(week, "week", paris).map((b) => b.label)).toEqual(["2026-W13"]);
  });

  it("splits days in zones that skip or repeat midnight", () => {
    const santiago = { timeZone: "America/Santiago" };
    expect(split(range("2026-09-05T04:00:00Z", "2026-09-08T03:00:00Z"), "day", santiago)).toEqual([
      "2026-09-05 2026-09-05T04:00:00.000Z 2026-09-06T04:00:00.000Z",
      "2026-09-06 2026-09-06T04:00:00.000Z 2026-09-07T03:00:00.000Z", // starts at 01:00 -03 (no midnight)
      "2026-09-07 2026-09-07T03:00:00.000Z 2026-09-08T03:00:00.000Z",
    ]);
    const havana = { timeZone: "America/Havana" };
    expect(split(range("2026-10-31T04:00:00Z", "2026-11-03T05:00:00Z"), "day", havana)).toEqual([
      "2026-10-31 2026-10-31T04:00:00.000Z 2026-11-01T04:00:00.000Z",
      "2026-11-01 2026-11-01T04:00:00.000Z 2026-11-02T05:00:00.000Z", // 25 hours, midnight twice
      "2026-11-02 2026-11-02T05:00:00.000Z 2026-11-03T05:00:00.000Z",
    ]);
  });

  it("splits Lord Howe days around its 30-minute DST change", () => {
    const lordHowe = { timeZone: "Australia/Lord_Howe" };
    expect(split(range("2026-10-02T13:30:00Z", "2026-10-05T13:00:00Z"), "day", lordHowe)).toEqual([
      "2026-10-03 2026-10-02T13:30:00.000Z 2026-10-03T13:30:00.000Z",
      "2026-10-04 2026-10-03T13:30:00.000Z 2026-10-04T13:00:00.000Z", // 23.5 hours
      "2026-10-05 2026-10-04T13:00:00.000Z 2026-10-05T13:00:00.000Z",
    ]);
  });

  it("reads ISO weeks in Chatham around the year end", () => {
    const chatham = { timeZone: "Pacific/Chatham" };
    const r = { start: parseInstant("2026-12-28", chatham), end: parseInstant("2027-01-11", chatham) };
    expect(split(r, "week", chatham)).toEqual([
      "2026-W53 2026-12-27T10:15:00.000Z 2027-01-03T10:15:00.000Z",
      "2027-W01 2027-01-03T10:15:00.000Z 2027-01-10T10:15:00.000Z",
    ]);
  });

  it("returns fresh Date objects, not the caller's", () => {
    const r = range("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z");
    const [bucket] = splitRange(r, "month");
    expect(bucket?.start).not.toBe(r.start);
    expect(bucket?.end).not.toBe(r.end);
  });

  it("splits a long range quickly (30 years of days)", () => {
    const started = performance.now();
    const buckets = splitRange(range("2000-01-01T00:00:00Z", "2030-01-01T00:00:00Z"), "day", {
      timeZone: "Europe/Paris",
    });
    // worked by hand: 30 x 365 + 8 leap days = 10958 local days from 2000-01-01 to 2029-12-31 (the first
    // one clipped: 00:00Z is already 01:00 in Paris), plus the first hour of 2030-01-01 (23:00Z to 00:00Z).
    expect(buckets).toHaveLength(10958 + 1);
    expect(buckets.at(-1)?.label).toBe("2030-01-01");
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("splitRange: invalid ranges and options", () => {
  it("rejects an empty or reversed range", () => {
    const t = new Date("2026-01-01T00:00:00Z");
    expect(() => splitRange({ start: t, end: t }, "day")).toThrow(InvalidArgumentError);
    expect(() => splitRange({ start: t, end: t }, "day")).toThrow(/range must end after it starts/);
    expect(() => splitRange(range("2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z"), "day")).toThrow(
      /range must end after it starts/,
    );
  });

  it("rejects invalid dates and non-objects", () => {
    expect(() => splitRange({ start: new Date(Number.NaN), end: new Date() }, "day")).toThrow(
      /range.start must be a valid Date/,
    );
    expect(() => splitRange({ start: new Date(), end: "2030-01-01" as unknown as Date }, "day")).toThrow(
      /range.end must be a valid Date/,
    );
    expect(() => splitRange(null as unknown as Period, "day")).toThrow(/range must be an object/);
  });

  it("rejects an unknown grain, zone or fiscal month", () => {
    const r = range("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
    expect(() => splitRange(r, "fortnight" as Grain)).toThrow(/unknown grain/);
    expect(() => splitRange(r, "day", { timeZone: "Nowhere/Land" })).toThrow(/unknown time zone/);
    expect(() => splitRange(r, "quarter", { fiscalYearStartMonth: 0 })).toThrow(/fiscalYearStartMonth/);
  });
});
