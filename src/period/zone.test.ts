import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import {
  assertTimeZone,
  DAY_MS,
  firstInstantAtOrAfterWall,
  offsetMs,
  startOfWallDay,
  toWall,
  wallDayOf,
  wallToInstant,
} from "./zone.js";

// Offsets and transitions worked by hand from the tz database rules for 2026.

const H = 3_600_000;
const M = 60_000;
const at = (iso: string): number => Date.parse(iso);
const wall = (iso: string): number => Date.parse(`${iso}Z`); // a wall-clock time encoded as UTC milliseconds
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

describe("assertTimeZone", () => {
  it.each([
    "UTC",
    "Europe/Paris",
    "Pacific/Chatham",
    "Australia/Lord_Howe",
    "America/Santiago",
    "America/Havana",
    "Asia/Kolkata",
    "America/New_York",
    "Etc/GMT+5",
  ])("accepts %s", (zone) => {
    expect(assertTimeZone(zone)).toBe(zone);
  });

  it.each([
    ["", /a time zone must be an IANA name/],
    ["Europe/Nowhere", /unknown time zone "Europe\/Nowhere"/],
    ["x".repeat(65), /a time zone must be an IANA name/],
    [42, /got number/],
    [null, /got object/],
    [undefined, /got undefined/],
  ])("rejects %j", (zone, reason) => {
    expect(() => assertTimeZone(zone)).toThrow(InvalidArgumentError);
    expect(() => assertTimeZone(zone)).toThrow(reason);
  });
});

describe("offsetMs / toWall / wallDayOf", () => {
  it.each([
    ["UTC", "2026-07-01T00:00:00Z", 0],
    ["Europe/Paris", "2026-01-15T00:00:00Z", 1 * H],
    ["Europe/Paris", "2026-07-15T00:00:00Z", 2 * H],
    ["America/New_York", "2026-01-15T00:00:00Z", -5 * H],
    ["America/New_York", "2026-07-15T00:00:00Z", -4 * H],
    ["Asia/Kolkata", "2026-07-15T00:00:00Z", 5 * H + 30 * M],
    ["Pacific/Chatham", "2026-07-15T00:00:00Z", 12 * H + 45 * M],
    ["Pacific/Chatham", "2026-01-15T00:00:00Z", 13 * H + 45 * M],
    ["Australia/Lord_Howe", "2026-07-15T00:00:00Z", 10 * H + 30 * M],
    ["Australia/Lord_Howe", "2026-01-15T00:00:00Z", 11 * H],
    ["America/Santiago", "2026-07-15T00:00:00Z", -4 * H],
    ["America/Santiago", "2026-01-15T00:00:00Z", -3 * H],
    ["America/Havana", "2026-01-15T00:00:00Z", -5 * H],
  ])("%s at %s is offset by %s ms", (zone, instant, offset) => {
    expect(offsetMs(zone, at(instant))).toBe(offset);
    expect(toWall(zone, at(instant))).toBe(at(instant) + offset);
  });

  it("switches offset exactly at the transition instant", () => {
    // Paris: 2026-03-29T01:00Z is the switch from +01:00 to +02:00.
    expect(offsetMs("Europe/Paris", at("2026-03-29T00:59:59.999Z"))).toBe(1 * H);
    expect(offsetMs("Europe/Paris", at("2026-03-29T01:00:00.000Z"))).toBe(2 * H);
    // Lord Howe: 2026-10-03T15:30Z (02:00 local) moves from +10:30 to +11:00.
    expect(offsetMs("Australia/Lord_Howe", at("2026-10-03T15:29:59.999Z"))).toBe(10 * H + 30 * M);
    expect(offsetMs("Australia/Lord_Howe", at("2026-10-03T15:30:00.000Z"))).toBe(11 * H);
  });

  it("gives the wall day number in the zone", () => {
    // 2026-03-31T22:30Z is 1 April 00:30 in Paris and 31 March in UTC.
    expect(wallDayOf("Europe/Paris", at("2026-03-31T22:30:00Z"))).toBe(dayNumber("2026-04-01"));
    expect(wallDayOf("UTC", at("2026-03-31T22:30:00Z"))).toBe(dayNumber("2026-03-31"));
    // 2026-01-14T10:15Z is 15 January 00:00 in Chatham (+13:45), one millisecond earlier the 14th.
    expect(wallDayOf("Pacific/Chatham", at("2026-01-14T10:15:00Z"))).toBe(dayNumber("2026-01-15"));
    expect(wallDayOf("Pacific/Chatham", at("2026-01-14T10:14:59.999Z"))).toBe(dayNumber("2026-01-14"));
    // Before 1970 the day number is negative.
    expect(wallDayOf("UTC", at("1969-12-31T23:59:59.999Z"))).toBe(-1);
  });

  // Bug (reported): @date-fns/tz tzOffset parses "GMT-00:44:30" with hours = -0, and its sign test
  // `hours * 60 + minutes > 0` then keeps the offset positive. Every offset between -01:00 and 00:00
  // comes out with the wrong sign: Africa/Monrovia (-00:44:30 until 1972), Europe/Dublin (-00:25:21
  // until 1916), Europe/Lisbon, Europe/Madrid, Atlantic/Reykjavik, Africa/Abidjan and 15 more zones
  // in the early 1900s. Found by comparing toWall with Intl for every zone, 1900-2200.
  it("gives the negative sub-hour offset of Africa/Monrovia in 1960 (-00:44:30)", () => {
    expect(offsetMs("Africa/Monrovia", at("1960-06-01T00:00:00Z"))).toBe(-(44 * M + 30_000));
  });

  it("gives the negative sub-hour offset of Europe/Dublin in 1910 (-00:25:21)", () => {
    expect(toWall("Europe/Dublin", at("1910-06-01T12:25:21Z"))).toBe(wall("1910-06-01T12:00:00"));
  });

  it("keeps offsets with seconds (Asia/Kolkata used +05:21:10 in 1900) in whole milliseconds", () => {
    const offset = offsetMs("Asia/Kolkata", at("1900-06-01T00:00:00Z"));
    expect(offset).toBe((5 * 3600 + 21 * 60 + 10) * 1000);
    expect(Number.isInteger(startOfWallDay("Asia/Kolkata", dayNumber("1900-06-01")))).toBe(true);
    // Caracas used -04:27:40 until 1912; its float offset must not leak into day starts.
    expect(startOfWallDay("America/Caracas", dayNumber("1905-03-01"))).toBe(at("1905-03-01T04:27:40Z"));
  });
});

describe("wallToInstant", () => {
  it("maps an ordinary wall time to its instant", () => {
    expect(wallToInstant("Europe/Paris", wall("2026-03-31T14:00:00"))).toBe(at("2026-03-31T12:00:00Z"));
    expect(wallToInstant("UTC", wall("2026-03-31T14:00:00"))).toBe(at("2026-03-31T14:00:00Z"));
    expect(wallToInstant("Pacific/Chatham", wall("2026-07-01T00:00:00"))).toBe(at("2026-06-30T11:15:00Z"));
  });

  it.each([
    ["Europe/Paris", "2026-03-29T02:30:00"],
    ["America/New_York", "2026-03-08T02:00:00"],
    ["Pacific/Chatham", "2026-09-27T03:00:00"],
    ["Australia/Lord_Howe", "2026-10-04T02:29:59.999"],
    ["America/Santiago", "2026-09-06T00:00:00"],
    ["America/Havana", "2026-03-08T00:59:00"],
  ])("returns null in the gap of %s at %s", (zone, w) => {
    expect(wallToInstant(zone, wall(w))).toBeNull();
  });

  it.each([
    ["Europe/Paris", "2026-10-25T02:30:00", "2026-10-25T00:30:00Z"],
    ["America/New_York", "2026-11-01T01:00:00", "2026-11-01T05:00:00Z"],
    ["Pacific/Chatham", "2026-04-05T02:45:00", "2026-04-04T13:00:00Z"],
    ["Australia/Lord_Howe", "2026-04-05T01:30:00", "2026-04-04T14:30:00Z"],
    ["America/Santiago", "2026-04-04T23:00:00", "2026-04-05T02:00:00Z"],
    ["America/Havana", "2026-11-01T00:00:00", "2026-11-01T04:00:00Z"],
  ])("returns the earlier instant in the fold of %s at %s", (zone, w, expected) => {
    expect(wallToInstant(zone, wall(w))).toBe(at(expected));
  });
});

describe("firstInstantAtOrAfterWall / startOfWallDay", () => {
  it("gives the end of the gap for a wall time inside it", () => {
    // Paris 02:30 on 29 March does not exist; the first instant after it is 03:00 CEST = 01:00Z.
    expect(firstInstantAtOrAfterWall("Europe/Paris", wall("2026-03-29T02:30:00"))).toBe(at("2026-03-29T01:00:00Z"));
    // Lord Howe 02:15 on 4 October: the gap ends at 02:30 +11:00 = 15:30Z on the 3rd.
    expect(firstInstantAtOrAfterWall("Australia/Lord_Howe", wall("2026-10-04T02:15:00"))).toBe(
      at("2026-10-03T15:30:00Z"),
    );
    // An existing wall time is its own instant.
    expect(firstInstantAtOrAfterWall("Europe/Paris", wall("2026-03-29T03:00:00"))).toBe(at("2026-03-29T01:00:00Z"));
  });

  it.each([
    ["UTC", "2026-03-31", "2026-03-31T00:00:00Z"],
    ["Europe/Paris", "2026-03-29", "2026-03-28T23:00:00Z"],
    ["America/Santiago", "2026-09-06", "2026-09-06T04:00:00Z"], // midnight skipped: 01:00 -03
    ["America/Havana", "2026-03-08", "2026-03-08T05:00:00Z"], // midnight skipped: 01:00 CDT
    ["America/Havana", "2026-11-01", "2026-11-01T04:00:00Z"], // midnight twice: the earlier
    ["Pacific/Chatham", "2026-09-27", "2026-09-26T11:15:00Z"],
    ["Asia/Kolkata", "2026-01-15", "2026-01-14T18:30:00Z"],
  ])("the day %s in %s starts at %s", (zone, date, expected) => {
    expect(startOfWallDay(zone, dayNumber(date))).toBe(at(expected));
  });
});
