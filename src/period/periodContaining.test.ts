import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { periodContaining } from "./periodContaining.js";
import type { Bucket, CalendarOptions, Grain } from "./types.js";

// Spec section 1 ("Periods"): grains day, ISO week (Monday start), month, quarter, semester, year;
// quarters, semesters and years follow the fiscal year. Expected bounds worked by hand.

function unit(
  instant: string,
  grain: Grain,
  options: CalendarOptions = {},
): { label: string; start: string; end: string } {
  const bucket: Bucket = periodContaining(new Date(instant), grain, options);
  return { label: bucket.label, start: bucket.start.toISOString(), end: bucket.end.toISOString() };
}

function hours(b: { start: string; end: string }): number {
  return (Date.parse(b.end) - Date.parse(b.start)) / 3_600_000;
}

describe("periodContaining in UTC", () => {
  it("gives each grain of 2026-02-15T12:00Z", () => {
    const at = "2026-02-15T12:00:00Z";
    expect(unit(at, "day")).toEqual({
      label: "2026-02-15",
      start: "2026-02-15T00:00:00.000Z",
      end: "2026-02-16T00:00:00.000Z",
    });
    // 2026-02-15 is a Sunday: its ISO week runs Monday 9th to Monday 16th, week 7.
    expect(unit(at, "week")).toEqual({
      label: "2026-W07",
      start: "2026-02-09T00:00:00.000Z",
      end: "2026-02-16T00:00:00.000Z",
    });
    expect(unit(at, "month")).toEqual({
      label: "2026-02",
      start: "2026-02-01T00:00:00.000Z",
      end: "2026-03-01T00:00:00.000Z",
    });
    expect(unit(at, "quarter")).toEqual({
      label: "2026-Q1",
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-04-01T00:00:00.000Z",
    });
    expect(unit(at, "semester")).toEqual({
      label: "2026-H1",
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-07-01T00:00:00.000Z",
    });
    expect(unit(at, "year")).toEqual({
      label: "2026",
      start: "2026-01-01T00:00:00.000Z",
      end: "2027-01-01T00:00:00.000Z",
    });
  });

  it("puts a unit's first instant in it and its end in the next one (half-open)", () => {
    expect(unit("2026-03-01T00:00:00Z", "month").label).toBe("2026-03");
    expect(unit("2026-02-28T23:59:59.999Z", "month").label).toBe("2026-02");
    expect(unit("2026-07-01T00:00:00Z", "semester").label).toBe("2026-H2");
  });

  it("knows leap years", () => {
    expect(unit("2024-02-29T12:00:00Z", "month")).toEqual({
      label: "2024-02",
      start: "2024-02-01T00:00:00.000Z",
      end: "2024-03-01T00:00:00.000Z",
    });
    expect(unit("2024-02-29T12:00:00Z", "day").end).toBe("2024-03-01T00:00:00.000Z");
    expect(hours(unit("2024-06-01T00:00:00Z", "year"))).toBe(366 * 24);
    expect(hours(unit("2100-06-01T00:00:00Z", "year"))).toBe(365 * 24);
  });
});

describe("ISO weeks across year ends", () => {
  it.each([
    // [instant, label, Monday start, next Monday]
    ["2026-12-31T12:00:00Z", "2026-W53", "2026-12-28", "2027-01-04"], // 2026 starts on a Thursday: 53 weeks
    ["2027-01-03T23:59:59.999Z", "2026-W53", "2026-12-28", "2027-01-04"], // Sunday
    ["2027-01-04T00:00:00Z", "2027-W01", "2027-01-04", "2027-01-11"],
    ["2026-01-01T00:00:00Z", "2026-W01", "2025-12-29", "2026-01-05"], // Thursday 1 January is in week 1
    ["2025-12-29T00:00:00Z", "2026-W01", "2025-12-29", "2026-01-05"],
    ["2024-12-30T00:00:00Z", "2025-W01", "2024-12-30", "2025-01-06"], // Monday 30 December is in 2025-W01
    ["2021-01-03T12:00:00Z", "2020-W53", "2020-12-28", "2021-01-04"], // Sunday 3 January is in 2020-W53
    ["2022-01-02T12:00:00Z", "2021-W52", "2021-12-27", "2022-01-03"],
    ["2026-06-15T00:00:00Z", "2026-W25", "2026-06-15", "2026-06-22"],
  ])("%s is in %s", (at, label, start, end) => {
    expect(unit(at, "week")).toEqual({ label, start: `${start}T00:00:00.000Z`, end: `${end}T00:00:00.000Z` });
  });

  it("reads the week in the reporting zone", () => {
    // 2026-12-27T23:30Z is Sunday in UTC but Monday 28 December 00:30 in Paris (+01:00).
    expect(unit("2026-12-27T23:30:00Z", "week").label).toBe("2026-W52");
    expect(unit("2026-12-27T23:30:00Z", "week", { timeZone: "Europe/Paris" })).toEqual({
      label: "2026-W53",
      start: "2026-12-27T23:00:00.000Z",
      end: "2027-01-03T23:00:00.000Z",
    });
    // 2027-01-04T03:00Z is Sunday 3 January 22:00 in New York (-05:00): still 2026-W53.
    expect(unit("2027-01-04T03:00:00Z", "week", { timeZone: "America/New_York" })).toEqual({
      label: "2026-W53",
      start: "2026-12-28T05:00:00.000Z",
      end: "2027-01-04T05:00:00.000Z",
    });
    // Chatham (+13:45 in December): 2026-12-27T11:00Z is Monday 28 December 00:45 local.
    expect(unit("2026-12-27T11:00:00Z", "week", { timeZone: "Pacific/Chatham" })).toEqual({
      label: "2026-W53",
      start: "2026-12-27T10:15:00.000Z",
      end: "2027-01-03T10:15:00.000Z",
    });
  });

  it("ignores the fiscal year start for weeks and months", () => {
    expect(unit("2026-12-31T12:00:00Z", "week", { fiscalYearStartMonth: 4 }).label).toBe("2026-W53");
    expect(unit("2026-04-15T12:00:00Z", "month", { fiscalYearStartMonth: 4 }).label).toBe("2026-04");
  });
});

describe("fiscal years", () => {
  it("starting in April", () => {
    const april = { fiscalYearStartMonth: 4 };
    expect(unit("2026-04-15T12:00:00Z", "quarter", april)).toEqual({
      label: "FY2026/27-Q1",
      start: "2026-04-01T00:00:00.000Z",
      end: "2026-07-01T00:00:00.000Z",
    });
    // February 2026 is the last quarter of the fiscal year that started in April 2025.
    expect(unit("2026-02-15T12:00:00Z", "quarter", april)).toEqual({
      label: "FY2025/26-Q4",
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-04-01T00:00:00.000Z",
    });
    expect(unit("2026-02-15T12:00:00Z", "semester", april)).toEqual({
      label: "FY2025/26-H2",
      start: "2025-10-01T00:00:00.000Z",
      end: "2026-04-01T00:00:00.000Z",
    });
    expect(unit("2026-02-15T12:00:00Z", "year", april)).toEqual({
      label: "FY2025/26",
      start: "2025-04-01T00:00:00.000Z",
      end: "2026-04-01T00:00:00.000Z",
    });
    expect(unit("2026-03-31T23:59:59.999Z", "year", april).label).toBe("FY2025/26");
    expect(unit("2026-04-01T00:00:00Z", "year", april).label).toBe("FY2026/27");
    expect(unit("2026-09-30T12:00:00Z", "semester", april).label).toBe("FY2026/27-H1");
    expect(unit("2026-10-01T00:00:00Z", "quarter", april).label).toBe("FY2026/27-Q3");
  });

  it("starting in July", () => {
    const july = { fiscalYearStartMonth: 7 };
    expect(unit("2026-07-01T00:00:00Z", "quarter", july)).toEqual({
      label: "FY2026/27-Q1",
      start: "2026-07-01T00:00:00.000Z",
      end: "2026-10-01T00:00:00.000Z",
    });
    expect(unit("2026-06-30T12:00:00Z", "quarter", july)).toEqual({
      label: "FY2025/26-Q4",
      start: "2026-04-01T00:00:00.000Z",
      end: "2026-07-01T00:00:00.000Z",
    });
    expect(unit("2026-06-30T12:00:00Z", "semester", july)).toEqual({
      label: "FY2025/26-H2",
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-07-01T00:00:00.000Z",
    });
    expect(unit("2026-06-30T12:00:00Z", "year", july)).toEqual({
      label: "FY2025/26",
      start: "2025-07-01T00:00:00.000Z",
      end: "2026-07-01T00:00:00.000Z",
    });
  });

  it("starting in December, and the century roll of the label", () => {
    const december = { fiscalYearStartMonth: 12 };
    expect(unit("2026-12-05T00:00:00Z", "quarter", december)).toEqual({
      label: "FY2026/27-Q1",
      start: "2026-12-01T00:00:00.000Z",
      end: "2027-03-01T00:00:00.000Z",
    });
    expect(unit("2026-11-30T00:00:00Z", "quarter", december)).toEqual({
      label: "FY2025/26-Q4",
      start: "2026-09-01T00:00:00.000Z",
      end: "2026-12-01T00:00:00.000Z",
    });
    expect(unit("1999-05-01T00:00:00Z", "year", { fiscalYearStartMonth: 4 }).label).toBe("FY1999/00");
    expect(unit("2099-05-01T00:00:00Z", "quarter", { fiscalYearStartMonth: 4 }).label).toBe("FY2099/00-Q1");
  });

  it("January start keeps calendar labels", () => {
    const january = { fiscalYearStartMonth: 1 };
    expect(unit("2026-05-10T00:00:00Z", "quarter", january).label).toBe("2026-Q2");
    expect(unit("2026-05-10T00:00:00Z", "semester", january).label).toBe("2026-H1");
    expect(unit("2026-05-10T00:00:00Z", "year", january).label).toBe("2026");
  });

  it("follows the zone for fiscal boundaries", () => {
    // 2026-03-31T22:30Z is 1 April 00:30 in Paris (+02:00): fiscal year 2026/27 already.
    expect(unit("2026-03-31T22:30:00Z", "year", { fiscalYearStartMonth: 4 })).toMatchObject({ label: "FY2025/26" });
    expect(unit("2026-03-31T22:30:00Z", "year", { fiscalYearStartMonth: 4, timeZone: "Europe/Paris" })).toEqual({
      label: "FY2026/27",
      start: "2026-03-31T22:00:00.000Z",
      end: "2027-03-31T22:00:00.000Z",
    });
  });

  it.each([0, 13, 4.5, -1, Number.NaN, "4"])("rejects fiscalYearStartMonth %j", (month) => {
    expect(() =>
      periodContaining(new Date("2026-01-01T00:00:00Z"), "year", { fiscalYearStartMonth: month as number }),
    ).toThrow(/fiscalYearStartMonth must be a whole number from 1 to 12/);
  });
});

describe("periodContaining in zones with DST", () => {
  it("Europe/Paris months across DST", () => {
    // March 2026: starts 00:00 CET (+01:00), ends 1 April 00:00 CEST (+02:00): 31 x 24 - 1 = 743 hours.
    const march = unit("2026-03-15T12:00:00Z", "month", { timeZone: "Europe/Paris" });
    expect(march).toEqual({ label: "2026-03", start: "2026-02-28T23:00:00.000Z", end: "2026-03-31T22:00:00.000Z" });
    expect(hours(march)).toBe(743);
    // October 2026: starts in CEST, ends in CET: 745 hours.
    const october = unit("2026-10-15T12:00:00Z", "month", { timeZone: "Europe/Paris" });
    expect(october).toEqual({ label: "2026-10", start: "2026-09-30T22:00:00.000Z", end: "2026-10-31T23:00:00.000Z" });
    expect(hours(october)).toBe(745);
    // The instant 2026-02-28T23:30Z is 1 March 00:30 in Paris.
    expect(unit("2026-02-28T23:30:00Z", "month", { timeZone: "Europe/Paris" }).label).toBe("2026-03");
  });

  it.each([
    // [instant inside the day, zone, label, start, end, hours]
    ["2026-03-29T12:00:00Z", "Europe/Paris", "2026-03-29", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z", 23],
    ["2026-10-25T12:00:00Z", "Europe/Paris", "2026-10-25", "2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z", 25],
    [
      "2026-03-08T12:00:00Z",
      "America/New_York",
      "2026-03-08",
      "2026-03-08T05:00:00.000Z",
      "2026-03-09T04:00:00.000Z",
      23,
    ],
    [
      "2026-11-01T12:00:00Z",
      "America/New_York",
      "2026-11-01",
      "2026-11-01T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
      25,
    ],
    [
      "2026-10-04T00:00:00Z",
      "Australia/Lord_Howe",
      "2026-10-04",
      "2026-10-03T13:30:00.000Z",
      "2026-10-04T13:00:00.000Z",
      23.5,
    ],
    [
      "2026-04-05T00:00:00Z",
      "Australia/Lord_Howe",
      "2026-04-05",
      "2026-04-04T13:00:00.000Z",
      "2026-04-05T13:30:00.000Z",
      24.5,
    ],
    [
      "2026-09-27T00:00:00Z",
      "Pacific/Chatham",
      "2026-09-27",
      "2026-09-26T11:15:00.000Z",
      "2026-09-27T10:15:00.000Z",
      23,
    ],
    [
      "2026-04-05T00:00:00Z",
      "Pacific/Chatham",
      "2026-04-05",
      "2026-04-04T10:15:00.000Z",
      "2026-04-05T11:15:00.000Z",
      25,
    ],
    [
      "2026-09-06T12:00:00Z",
      "America/Santiago",
      "2026-09-06",
      "2026-09-06T04:00:00.000Z",
      "2026-09-07T03:00:00.000Z",
      23,
    ],
    [
      "2026-04-04T12:00:00Z",
      "America/Santiago",
      "2026-04-04",
      "2026-04-04T03:00:00.000Z",
      "2026-04-05T04:00:00.000Z",
      25,
    ],
    [
      "2026-03-08T12:00:00Z",
      "America/Havana",
      "2026-03-08",
      "2026-03-08T05:00:00.000Z",
      "2026-03-09T04:00:00.000Z",
      23,
    ],
    [
      "2026-11-01T12:00:00Z",
      "America/Havana",
      "2026-11-01",
      "2026-11-01T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
      25,
    ],
    ["2026-01-15T12:00:00Z", "Asia/Kolkata", "2026-01-15", "2026-01-14T18:30:00.000Z", "2026-01-15T18:30:00.000Z", 24],
  ])("the day of %s in %s is %s", (at, zone, label, start, end, length) => {
    const day = unit(at, "day", { timeZone: zone });
    expect(day).toEqual({ label, start, end });
    expect(hours(day)).toBe(length);
  });

  it("puts the second pass of a fold in the same day (Santiago's 23:00-24:00 on 4 April happens twice)", () => {
    // 03:30Z on 5 April is 23:30 -04 on the 4th (second pass).
    expect(unit("2026-04-05T03:30:00Z", "day", { timeZone: "America/Santiago" }).label).toBe("2026-04-04");
    expect(unit("2026-04-05T02:30:00Z", "day", { timeZone: "America/Santiago" }).label).toBe("2026-04-04");
    expect(unit("2026-04-05T04:00:00Z", "day", { timeZone: "America/Santiago" }).label).toBe("2026-04-05");
  });

  it("Chatham quarters and years", () => {
    expect(unit("2026-07-01T00:00:00Z", "quarter", { timeZone: "Pacific/Chatham" })).toEqual({
      label: "2026-Q3",
      start: "2026-06-30T11:15:00.000Z", // 1 July 00:00 at +12:45
      end: "2026-09-30T10:15:00.000Z", // 1 October 00:00 at +13:45
    });
  });
});

describe("periodContaining: invalid arguments", () => {
  it("rejects an invalid instant, grain or zone", () => {
    expect(() => periodContaining(new Date(Number.NaN), "day")).toThrow(/instant must be a valid Date/);
    expect(() => periodContaining("2026-01-01" as unknown as Date, "day")).toThrow(InvalidArgumentError);
    expect(() => periodContaining(new Date("2026-01-01T00:00:00Z"), "hour" as Grain)).toThrow(/unknown grain "hour"/);
    expect(() => periodContaining(new Date("2026-01-01T00:00:00Z"), "day", { timeZone: "Europe/Pariss" })).toThrow(
      /unknown time zone/,
    );
  });
});
