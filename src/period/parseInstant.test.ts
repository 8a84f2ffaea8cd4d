import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidDateError, isCrmKpiError } from "../errors/index.js";
import {
  BUSINESS_YEAR_BOUNDS,
  MAX_DATE_LENGTH,
  parseInstant,
  tryParseInstant,
  type InstantParse,
} from "./parseInstant.js";

// Spec section 1 ("Time") and settled details 18 and 19. Every expected instant below is worked by
// hand from the zone's offset on that date (tz database rules, quoted where they matter).

function iso(raw: unknown, timeZone?: string): string {
  return parseInstant(raw, timeZone === undefined ? {} : { timeZone }).toISOString();
}

function rejection(raw: unknown, timeZone?: string): string {
  const result: InstantParse = tryParseInstant(raw, timeZone === undefined ? {} : { timeZone });
  if (result.ok) throw new Error(`expected a rejection, got ${result.value.toISOString()}`);
  return result.message;
}

describe("date-only strings: the first instant of that calendar day in the reporting zone", () => {
  it.each([
    // [date, zone, expected UTC instant, arithmetic]
    ["2026-03-31", "UTC", "2026-03-31T00:00:00.000Z"],
    ["2026-03-31", "Europe/Paris", "2026-03-30T22:00:00.000Z"], // CEST +02:00: 00:00 - 2 h
    ["2026-01-15", "Europe/Paris", "2026-01-14T23:00:00.000Z"], // CET +01:00
    ["2026-01-15", "America/New_York", "2026-01-15T05:00:00.000Z"], // EST -05:00
    ["2026-07-15", "America/New_York", "2026-07-15T04:00:00.000Z"], // EDT -04:00
    ["2026-01-15", "Asia/Kolkata", "2026-01-14T18:30:00.000Z"], // IST +05:30
    ["2026-01-15", "Pacific/Chatham", "2026-01-14T10:15:00.000Z"], // +13:45 (southern summer)
    ["2026-07-15", "Pacific/Chatham", "2026-07-14T11:15:00.000Z"], // +12:45
    ["2026-01-15", "Australia/Lord_Howe", "2026-01-14T13:00:00.000Z"], // +11:00 (summer)
    ["2026-07-15", "Australia/Lord_Howe", "2026-07-14T13:30:00.000Z"], // +10:30
    ["2026-03-29", "Europe/Paris", "2026-03-28T23:00:00.000Z"], // spring-forward day starts in CET
    ["2026-10-25", "Europe/Paris", "2026-10-24T22:00:00.000Z"], // fall-back day starts in CEST
  ])("%s in %s is %s", (date, zone, expected) => {
    const result = tryParseInstant(date, { timeZone: zone });
    expect(result).toEqual({ ok: true, value: new Date(expected), dateOnly: true });
  });

  it("defaults to UTC", () => {
    expect(iso("2026-03-31")).toBe("2026-03-31T00:00:00.000Z");
  });

  it("settled 19: a zone that skips midnight gives the first instant of the day", () => {
    // America/Santiago, rule "Sep Sun>=2 4:00u": on Sunday 2026-09-06 at 04:00 UTC the clocks go from
    // 00:00 (-04) to 01:00 (-03). The day's first instant is 01:00 -03 = 04:00Z.
    expect(iso("2026-09-06", "America/Santiago")).toBe("2026-09-06T04:00:00.000Z");
    // America/Havana, rule "Mar Sun>=8 0:00s": on Sunday 2026-03-08 00:00 CST (05:00Z) becomes 01:00 CDT.
    expect(iso("2026-03-08", "America/Havana")).toBe("2026-03-08T05:00:00.000Z");
    // The naive date-time at that skipped midnight is in the gap and rejected.
    expect(rejection("2026-03-08T00:00", "America/Havana")).toMatch(/daylight-saving gap/);
    expect(rejection("2026-09-06T00:30", "America/Santiago")).toMatch(/daylight-saving gap/);
  });

  it("a day whose midnight happens twice starts at the earlier one", () => {
    // Havana, "Nov Sun>=1 0:00s": 01:00 CDT (05:00Z) becomes 00:00 CST, so 00:00 occurs at 04:00Z and 05:00Z.
    expect(iso("2026-11-01", "America/Havana")).toBe("2026-11-01T04:00:00.000Z");
    // Santiago, "Apr Sun>=2 3:00u": at 03:00Z on 2026-04-05, 00:00 -03 becomes 23:00 -04 on the 4th; the
    // 5th then starts at 00:00 -04 = 04:00Z.
    expect(iso("2026-04-05", "America/Santiago")).toBe("2026-04-05T04:00:00.000Z");
  });
});

describe("date-times with an offset or Z: that instant, whatever the zone", () => {
  it.each([
    ["2026-03-31T14:00:00Z", "2026-03-31T14:00:00.000Z"],
    ["2026-03-31T14:00Z", "2026-03-31T14:00:00.000Z"],
    ["2026-03-31 14:00:00Z", "2026-03-31T14:00:00.000Z"],
    ["2026-03-31T14:00:00+02:00", "2026-03-31T12:00:00.000Z"],
    ["2026-03-31T14:00:00+0200", "2026-03-31T12:00:00.000Z"],
    ["2026-03-31T14:00:00+02", "2026-03-31T12:00:00.000Z"],
    ["2026-03-31T14:00:00-05:30", "2026-03-31T19:30:00.000Z"],
    ["2026-03-31T14:00:00+13:45", "2026-03-31T00:15:00.000Z"],
    ["2026-03-31T00:10:00+12:45", "2026-03-30T11:25:00.000Z"],
    ["2026-03-31T14:00:00-00:00", "2026-03-31T14:00:00.000Z"],
    ["2026-03-31T14:00:00.5Z", "2026-03-31T14:00:00.500Z"],
    ["2026-03-31T14:00:00.05Z", "2026-03-31T14:00:00.050Z"],
    ["2026-03-31T14:00:00.123+01:00", "2026-03-31T13:00:00.123Z"],
    ["2026-01-01T00:30:00+01:00", "2025-12-31T23:30:00.000Z"],
  ])("%s is %s", (raw, expected) => {
    for (const zone of ["UTC", "Europe/Paris", "Pacific/Chatham", "America/New_York"]) {
      const result = tryParseInstant(raw, { timeZone: zone });
      expect(result).toEqual({ ok: true, value: new Date(expected), dateOnly: false });
    }
  });

  it("an offset written in a DST gap of the zone is still that instant", () => {
    // 02:30+01:00 does not exist on Paris wall clocks that day, but the offset makes it unambiguous.
    expect(iso("2026-03-29T02:30:00+01:00", "Europe/Paris")).toBe("2026-03-29T01:30:00.000Z");
  });

  it.each([
    "2026-03-31T14:00:00+24:00",
    "2026-03-31T14:00:00+05:60",
    "2026-03-31T14:00:00+5",
    "2026-03-31T14:00:00+05:3",
  ])("rejects the bad offset in %s", (raw) => {
    expect(tryParseInstant(raw).ok).toBe(false);
  });
});

describe("date-times without offset: wall time in the reporting zone", () => {
  it.each([
    ["2026-03-31T14:00", "Europe/Paris", "2026-03-31T12:00:00.000Z"], // CEST
    ["2026-01-15T09:30:15", "Asia/Kolkata", "2026-01-15T04:00:15.000Z"], // 09:30:15 - 05:30
    ["2026-01-15T09:30", "America/New_York", "2026-01-15T14:30:00.000Z"],
    ["2026-01-15T09:30", "Pacific/Chatham", "2026-01-14T19:45:00.000Z"], // 09:30 - 13:45
    ["2026-07-15T09:30", "Australia/Lord_Howe", "2026-07-14T23:00:00.000Z"], // 09:30 - 10:30
    ["2026-03-31T14:00:00.250", "UTC", "2026-03-31T14:00:00.250Z"],
  ])("%s in %s is %s", (raw, zone, expected) => {
    expect(tryParseInstant(raw, { timeZone: zone })).toEqual({ ok: true, value: new Date(expected), dateOnly: false });
  });

  it.each([
    ["2026-03-29T02:30", "Europe/Paris"], // 02:00 CET -> 03:00 CEST
    ["2026-03-29T02:00", "Europe/Paris"],
    ["2026-03-08T02:30", "America/New_York"], // 02:00 EST -> 03:00 EDT
    ["2026-09-27T03:00", "Pacific/Chatham"], // 02:45 +12:45 -> 03:45 +13:45
    ["2026-09-27T02:45", "Pacific/Chatham"],
    ["2026-10-04T02:15", "Australia/Lord_Howe"], // 30-minute gap 02:00 -> 02:30
    ["2026-10-04T02:00", "Australia/Lord_Howe"],
  ])("rejects %s in %s (daylight-saving gap)", (raw, zone) => {
    expect(rejection(raw, zone)).toBe(`${raw} does not exist in ${zone} (it falls in a daylight-saving gap)`);
    expect(() => parseInstant(raw, { timeZone: zone })).toThrow(InvalidDateError);
  });

  it("accepts the instants right around a gap", () => {
    // Chatham, worked by hand: 02:44 at +12:45 is 02:44 - 12:45 = 13:59Z on the 26th; 03:45 at +13:45 is 14:00Z.
    expect(iso("2026-09-27T02:44", "Pacific/Chatham")).toBe("2026-09-26T13:59:00.000Z");
    expect(iso("2026-09-27T03:45", "Pacific/Chatham")).toBe("2026-09-26T14:00:00.000Z");
    // Lord Howe: 01:59 +10:30 = 15:29Z on the 3rd; 02:30 +11:00 = 15:30Z on the 3rd.
    expect(iso("2026-10-04T01:59", "Australia/Lord_Howe")).toBe("2026-10-03T15:29:00.000Z");
    expect(iso("2026-10-04T02:30", "Australia/Lord_Howe")).toBe("2026-10-03T15:30:00.000Z");
    expect(iso("2026-03-29T03:00", "Europe/Paris")).toBe("2026-03-29T01:00:00.000Z");
  });

  it.each([
    // [wall time, zone, earlier instant (kept), later instant (not kept)]
    ["2026-10-25T02:30", "Europe/Paris", "2026-10-25T00:30:00.000Z"], // CEST +2 (later: 01:30Z in CET)
    ["2026-11-01T01:30", "America/New_York", "2026-11-01T05:30:00.000Z"], // EDT -4 (later: 06:30Z)
    ["2026-04-05T03:00", "Pacific/Chatham", "2026-04-04T13:15:00.000Z"], // +13:45 (later: 14:15Z)
    ["2026-04-05T01:45", "Australia/Lord_Howe", "2026-04-04T14:45:00.000Z"], // +11 (later: 15:15Z at +10:30)
    ["2026-11-01T00:30", "America/Havana", "2026-11-01T04:30:00.000Z"], // CDT -4 (later: 05:30Z)
    ["2026-04-04T23:30", "America/Santiago", "2026-04-05T02:30:00.000Z"], // -03 (later: 03:30Z at -04)
  ])("takes the earlier instant of %s in %s (fold)", (raw, zone, expected) => {
    expect(iso(raw, zone)).toBe(expected);
  });
});

describe("impossible or malformed dates are rejected, not rolled over", () => {
  it.each([
    ["2026-02-30", "2026-02-30 is not a calendar date"],
    ["2026-02-29", "2026-02-29 is not a calendar date"], // 2026 is not a leap year
    ["2100-02-29", "2100-02-29 is not a calendar date"], // divisible by 100, not by 400
    ["2026-13-01", "2026-13-01 is not a calendar date"],
    ["2026-00-10", "2026-00-10 is not a calendar date"],
    ["2026-04-31", "2026-04-31 is not a calendar date"],
    ["2026-01-00", "2026-01-00 is not a calendar date"],
    ["2026-01-32", "2026-01-32 is not a calendar date"],
    ["2026-02-30T10:00:00Z", "2026-02-30 is not a calendar date"],
    ["2026-03-31T24:00", "24:00 is not a time of day (00:00 to 23:59:59)"],
    ["2026-03-31T24:00:00Z", "24:00:00 is not a time of day (00:00 to 23:59:59)"],
    ["2026-03-31T23:60", "23:60 is not a time of day (00:00 to 23:59:59)"],
    ["2026-03-31T23:59:60Z", "23:59:60 is not a time of day (00:00 to 23:59:59)"],
  ])("rejects %s", (raw, reason) => {
    expect(rejection(raw)).toBe(reason);
  });

  it("accepts leap days of leap years", () => {
    expect(iso("2024-02-29")).toBe("2024-02-29T00:00:00.000Z");
    expect(iso("2000-02-29")).toBe("2000-02-29T00:00:00.000Z");
    expect(iso("2024-02-29T23:59:59.999", "Pacific/Chatham")).toBe("2024-02-29T10:14:59.999Z");
  });

  it.each([
    "2026-03-31T14:00:00.1234Z", // 4 fraction digits: more than millisecond precision
    "2026-03-31T14:00:00.1234",
    "2026-03-31T14:00:00.",
    "2026-3-31",
    "20260331",
    "2026/03/31",
    "31/03/2026",
    "2026-03-31T14",
    "2026-03-31t14:00Z",
    "2026-03-31T14:00z",
    "2026-03-31T14:00:00 Z",
    " 2026-03-31",
    "2026-03-31 ",
    "+002026-03-31",
    "",
    "today",
  ])("rejects %j as not ISO 8601", (raw) => {
    expect(rejection(raw)).toMatch(/is not an ISO 8601 date/);
  });

  it.each([
    [123, "number"],
    [null, "null"],
    [undefined, "undefined"],
    [true, "boolean"],
    [{}, "object"],
    [[], "an array"],
  ])("rejects the non-string %j", (raw, kind) => {
    expect(rejection(raw)).toBe(`a date must be an ISO 8601 string or a Date, not ${kind}`);
  });

  it("rejects an invalid Date and accepts a valid one as it is", () => {
    expect(rejection(new Date(Number.NaN))).toBe("the date is invalid");
    const date = new Date("2026-05-05T05:05:05.005Z");
    expect(tryParseInstant(date)).toEqual({ ok: true, value: date, dateOnly: false });
    expect(parseInstant(date)).not.toBe(date); // a copy
  });

  it("returns quickly for a 1 MB string", () => {
    const started = performance.now();
    expect(rejection("2".repeat(1_000_000))).toBe(`a date has at most ${MAX_DATE_LENGTH} characters`);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("parseInstant throws InvalidDateError with the [crm-kpi] prefix", () => {
    let caught: unknown;
    try {
      parseInstant("2026-02-30");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDateError);
    expect(isCrmKpiError(caught)).toBe(true);
    expect((caught as InvalidDateError).code).toBe("INVALID_DATE");
    expect((caught as InvalidDateError).message).toBe("[crm-kpi] 2026-02-30 is not a calendar date");
  });

  it("throws InvalidArgumentError for an unknown zone, even from tryParseInstant", () => {
    expect(() => tryParseInstant("2026-01-01", { timeZone: "Mars/Olympus" })).toThrow(InvalidArgumentError);
    expect(() => parseInstant("2026-01-01", { timeZone: "" })).toThrow(InvalidArgumentError);
  });
});

describe("settled 18: business bounds 1900-2200 are local years of the reporting zone", () => {
  it("exports the bounds", () => {
    expect(BUSINESS_YEAR_BOUNDS).toEqual({ min: 1900, max: 2200 });
  });

  it.each([
    ["1899-12-31", "year 1899 is outside the business range 1900-2200"],
    ["2201-01-01", "year 2201 is outside the business range 1900-2200"],
    ["1899-12-31T23:59:59.999Z", "year 1899 is outside the business range 1900-2200"],
    ["2201-01-01T00:00", "year 2201 is outside the business range 1900-2200"],
    ["0001-01-01", "year 1 is outside the business range 1900-2200"],
    ["9999-12-31", "year 9999 is outside the business range 1900-2200"],
  ])("rejects %s in UTC", (raw, reason) => {
    expect(rejection(raw)).toBe(reason);
  });

  it("accepts the first and last days", () => {
    expect(iso("1900-01-01")).toBe("1900-01-01T00:00:00.000Z");
    expect(iso("2200-12-31")).toBe("2200-12-31T00:00:00.000Z");
    expect(iso("2200-12-31T23:59:59.999")).toBe("2200-12-31T23:59:59.999Z");
    expect(iso("2200-12-31", "Pacific/Chatham")).toBe("2200-12-30T10:15:00.000Z"); // +13:45 in December
  });

  it("judges an instant with an offset by its local year in the reporting zone", () => {
    // 2200-12-31T23:00-05:00 is 2201-01-01T04:00Z: year 2201 in UTC, but 2200 in New York.
    expect(rejection("2200-12-31T23:00:00-05:00", "UTC")).toMatch(/year 2201/);
    expect(iso("2200-12-31T23:00:00-05:00", "America/New_York")).toBe("2201-01-01T04:00:00.000Z");
    // 2201-01-01T00:30+01:00 is 2200-12-31T23:30Z: accepted in UTC, 2201 in Paris.
    expect(iso("2201-01-01T00:30:00+01:00", "UTC")).toBe("2200-12-31T23:30:00.000Z");
    expect(rejection("2201-01-01T00:30:00+01:00", "Europe/Paris")).toMatch(/year 2201/);
    // 1900-01-01T00:00+01:00 is 1899-12-31T23:00Z: 1899 in UTC, 1900 in Tokyo (+09:00, 08:00 local).
    expect(rejection("1900-01-01T00:00:00+01:00", "UTC")).toMatch(/year 1899/);
    expect(iso("1900-01-01T00:00:00+01:00", "Asia/Tokyo")).toBe("1899-12-31T23:00:00.000Z");
  });

  it("judges a Date by its local year in the reporting zone", () => {
    const lateUtc1899 = new Date("1899-12-31T23:00:00Z");
    expect(rejection(lateUtc1899, "UTC")).toMatch(/year 1899/);
    expect(parseInstant(lateUtc1899, { timeZone: "Asia/Kolkata" }).getTime()).toBe(lateUtc1899.getTime());
    expect(rejection(new Date("2201-01-01T00:00:00Z"), "UTC")).toMatch(/year 2201/);
    expect(parseInstant(new Date("2201-01-01T00:00:00Z"), { timeZone: "America/New_York" }).toISOString()).toBe(
      "2201-01-01T00:00:00.000Z",
    );
  });

  it("judges a date-only string in a zone with a 1900 local mean time offset", () => {
    // Asia/Kolkata in 1900 used Madras time, +05:21:10: local midnight is 18:38:50Z the day before.
    expect(iso("1900-01-01", "Asia/Kolkata")).toBe("1899-12-31T18:38:50.000Z");
    expect(rejection("1899-12-31", "Asia/Kolkata")).toMatch(/year 1899/);
  });

  // Bug (reported, src/period/zone.ts offsetMs via @date-fns/tz tzOffset): offsets between -01:00 and
  // 00:00 ("GMT-00:44:30") get the wrong sign. Africa/Monrovia used -00:44:30 until 1972, so local
  // midnight of 1960-06-01 is 00:44:30Z; the library answers 1960-05-31T23:15:30Z (89 minutes early).
  it("reads a date-only string in Africa/Monrovia in 1960 (offset -00:44:30)", () => {
    expect(iso("1960-06-01", "Africa/Monrovia")).toBe("1960-06-01T00:44:30.000Z");
  });

  it("reads a naive date-time in Europe/Dublin in 1910 (Dublin Mean Time, -00:25:21)", () => {
    expect(iso("1910-06-01T12:00", "Europe/Dublin")).toBe("1910-06-01T12:25:21.000Z");
  });
});
