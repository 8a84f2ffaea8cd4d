import { describe, expect, it } from "vitest";
import { instantOfText } from "../period/_instantText.js";
import { formattedTextReader, instantOfFormattedText, resolveDateFormat, type DateFormat } from "./_formattedDates.js";

function format(pattern: string): DateFormat {
  const resolved = resolveDateFormat(pattern);
  if (resolved === null) throw new Error("no format");
  return resolved;
}

const iso = (time: number | string): string => (typeof time === "string" ? time : new Date(time).toISOString());
const FRENCH_DAY = format("dd/MM/yyyy");
const FRENCH_TIME = format("dd/MM/yyyy HH:mm");
const US_TIME = format("M/d/yyyy h:mm a");

describe("resolveDateFormat", () => {
  it("reads whether the pattern has a time", () => {
    expect(resolveDateFormat(undefined)).toBeNull();
    expect(FRENCH_DAY).toEqual({ pattern: "dd/MM/yyyy", hasTime: false });
    expect(FRENCH_TIME).toEqual({ pattern: "dd/MM/yyyy HH:mm", hasTime: true });
    expect(format("dd/MM/yyyy 'à' HH'h'mm")).toEqual({ pattern: "dd/MM/yyyy 'à' HH'h'mm", hasTime: true });
  });

  it("rejects patterns that are not a local date or date-time", () => {
    expect(() => resolveDateFormat("")).toThrow(/dateFormat must be a date-fns pattern such as "dd\/MM\/yyyy"/);
    expect(() => resolveDateFormat(12)).toThrow(/dateFormat must be a date-fns pattern/);
    expect(() => resolveDateFormat("dd/MM/yyyy HH:mm XXX")).toThrow(
      '[crm-kpi] dateFormat "dd/MM/yyyy HH:mm XXX" uses the token "X": only y, M, d, H, h, K, k, a, m, s and S are read (a local date or date-time; quote other letters with \')',
    );
    expect(() => resolveDateFormat("MM/yyyy")).toThrow(
      '[crm-kpi] dateFormat "MM/yyyy" has no d token: a date needs its year (y), month (M) and day (d)',
    );
    expect(() => resolveDateFormat("dd/MM/yyyy hh:mm")).toThrow(/cannot read back the dates it writes/);
    expect(() => resolveDateFormat("dd/MM/yyyy HH:mm a")).toThrow(/cannot read back the dates it writes/);
  });
});

describe("instantOfFormattedText", () => {
  it("reads a French date as the start of that day in the zone, as the ISO date does", () => {
    expect(iso(instantOfFormattedText("31/03/2026", FRENCH_DAY, "Europe/Paris"))).toBe("2026-03-30T22:00:00.000Z");
    expect(instantOfFormattedText("31/03/2026", FRENCH_DAY, "Europe/Paris")).toBe(
      instantOfText("2026-03-31", "Europe/Paris"),
    );
    expect(iso(instantOfFormattedText("1/2/2026", FRENCH_DAY, "UTC"))).toBe("2026-02-01T00:00:00.000Z");
    // A day whose midnight is skipped starts at the first instant that exists (as ISO dates).
    expect(instantOfFormattedText("08/09/2019", FRENCH_DAY, "America/Santiago")).toBe(
      instantOfText("2019-09-08", "America/Santiago"),
    );
  });

  it("reads a wall time with the ISO rules: gap rejected, fold the earlier instant", () => {
    expect(iso(instantOfFormattedText("31/03/2026 14:05", FRENCH_TIME, "Europe/Paris"))).toBe(
      "2026-03-31T12:05:00.000Z",
    );
    expect(instantOfFormattedText("29/03/2026 02:30", FRENCH_TIME, "Europe/Paris")).toBe(
      "29/03/2026 02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap)",
    );
    expect(iso(instantOfFormattedText("25/10/2026 02:30", FRENCH_TIME, "Europe/Paris"))).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    expect(instantOfFormattedText("25/10/2026 02:30", FRENCH_TIME, "Europe/Paris")).toBe(
      instantOfText("2026-10-25T02:30", "Europe/Paris"),
    );
  });

  it("reads US dates with AM/PM in New York, gap and fold included", () => {
    expect(iso(instantOfFormattedText("3/31/2026 2:05 PM", US_TIME, "America/New_York"))).toBe(
      "2026-03-31T18:05:00.000Z",
    );
    expect(instantOfFormattedText("3/8/2026 2:30 AM", US_TIME, "America/New_York")).toBe(
      "3/8/2026 2:30 AM does not exist in America/New_York (it falls in a daylight-saving gap)",
    );
    expect(iso(instantOfFormattedText("11/1/2026 1:30 AM", US_TIME, "America/New_York"))).toBe(
      "2026-11-01T05:30:00.000Z",
    );
  });

  it("is strict: impossible days, trailing or leading text, other forms", () => {
    const notADate = (raw: string, pattern = "dd/MM/yyyy"): string =>
      `${JSON.stringify(raw)} is not a date in the format ${JSON.stringify(pattern)} (or not a calendar date)`;
    expect(instantOfFormattedText("31/02/2026", FRENCH_DAY, "UTC")).toBe(notADate("31/02/2026"));
    expect(instantOfFormattedText("29/02/2026", FRENCH_DAY, "UTC")).toBe(notADate("29/02/2026"));
    expect(iso(instantOfFormattedText("29/02/2028", FRENCH_DAY, "UTC"))).toBe("2028-02-29T00:00:00.000Z");
    expect(instantOfFormattedText("31/03/2026x", FRENCH_DAY, "UTC")).toBe(notADate("31/03/2026x"));
    expect(instantOfFormattedText("31/03/2026 ", FRENCH_DAY, "UTC")).toBe(notADate("31/03/2026 "));
    expect(instantOfFormattedText(" 31/03/2026", FRENCH_DAY, "UTC")).toBe(notADate(" 31/03/2026"));
    expect(instantOfFormattedText("2026-03-31", FRENCH_DAY, "UTC")).toBe(notADate("2026-03-31"));
    expect(instantOfFormattedText("31/03/2026 24:00", FRENCH_TIME, "UTC")).toBe(
      notADate("31/03/2026 24:00", "dd/MM/yyyy HH:mm"),
    );
    expect(instantOfFormattedText("x".repeat(41), FRENCH_DAY, "UTC")).toBe("a date has at most 40 characters");
  });

  it("keeps the business years 1900-2200 in the zone", () => {
    expect(instantOfFormattedText("31/12/1899", FRENCH_DAY, "UTC")).toBe(
      "year 1899 is outside the business range 1900-2200",
    );
    expect(instantOfFormattedText("1/2/26", FRENCH_DAY, "UTC")).toBe("year 26 is outside the business range 1900-2200");
    expect(iso(instantOfFormattedText("01/01/2200", FRENCH_DAY, "UTC"))).toBe("2200-01-01T00:00:00.000Z");
  });
});

describe("formattedTextReader", () => {
  it("gives instantOfFormattedText's answers, remembered or not", () => {
    const read = formattedTextReader(FRENCH_TIME, "Europe/Paris");
    const texts = ["31/03/2026 14:05", "29/03/2026 02:30", "31/02/2026 10:00", "25/10/2026 02:30"];
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) expect(read(text)).toBe(instantOfFormattedText(text, FRENCH_TIME, "Europe/Paris"));
    }
    // Past its memory it starts afresh, with the same answers.
    for (let day = 0; day < 5000; day++) read(`${(day % 28) + 1}/${(day % 12) + 1}/${1900 + (day % 300)} 10:00`);
    for (const text of texts) expect(read(text)).toBe(instantOfFormattedText(text, FRENCH_TIME, "Europe/Paris"));
  });
});
