import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { parsePeriod } from "./parsePeriod.js";
import { periodContaining } from "./periodContaining.js";

const at = (iso: string): Date => new Date(iso);

describe("parsePeriod", () => {
  it("reads every calendar label form in UTC by default", () => {
    expect(parsePeriod("2026")).toEqual({
      label: "2026",
      start: at("2026-01-01T00:00:00Z"),
      end: at("2027-01-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(parsePeriod("2026-H2")).toEqual({
      label: "2026-H2",
      start: at("2026-07-01T00:00:00Z"),
      end: at("2027-01-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(parsePeriod("2026-Q1")).toEqual({
      label: "2026-Q1",
      start: at("2026-01-01T00:00:00Z"),
      end: at("2026-04-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(parsePeriod("2026-03")).toEqual({
      label: "2026-03",
      start: at("2026-03-01T00:00:00Z"),
      end: at("2026-04-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(parsePeriod("2026-W13")).toEqual({
      label: "2026-W13",
      start: at("2026-03-23T00:00:00Z"),
      end: at("2026-03-30T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(parsePeriod("2026-03-15")).toEqual({
      label: "2026-03-15",
      start: at("2026-03-15T00:00:00Z"),
      end: at("2026-03-16T00:00:00Z"),
      timeZone: "UTC",
    });
  });

  it("reads labels in the given zone, across DST changes", () => {
    expect(parsePeriod("2026-Q4", { timeZone: "Europe/Paris" })).toEqual({
      label: "2026-Q4",
      start: at("2026-09-30T22:00:00Z"),
      end: at("2026-12-31T23:00:00Z"),
      timeZone: "Europe/Paris",
    });
    // Lord Howe moves its clocks half an hour forward on 4 October 2026: that day lasts 23.5 hours.
    const day = parsePeriod("2026-10-04", { timeZone: "Australia/Lord_Howe" });
    expect(day.start).toEqual(at("2026-10-03T13:30:00Z"));
    expect(day.end).toEqual(at("2026-10-04T13:00:00Z"));
  });

  it("reads fiscal labels with the fiscal year start; months, weeks and days keep calendar labels", () => {
    const april = { fiscalYearStartMonth: 4 };
    expect(parsePeriod("FY2026/27", april)).toEqual({
      label: "FY2026/27",
      start: at("2026-04-01T00:00:00Z"),
      end: at("2027-04-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(parsePeriod("FY2026/27-H2", april).start).toEqual(at("2026-10-01T00:00:00Z"));
    expect(parsePeriod("FY2026/27-Q1", april)).toEqual({
      label: "FY2026/27-Q1",
      start: at("2026-04-01T00:00:00Z"),
      end: at("2026-07-01T00:00:00Z"),
      timeZone: "UTC",
    });
    expect(parsePeriod("FY2026/27-Q4", april).start).toEqual(at("2027-01-01T00:00:00Z"));
    expect(parsePeriod("FY2099/00-Q1", { fiscalYearStartMonth: 7 }).start).toEqual(at("2099-07-01T00:00:00Z"));
    expect(parsePeriod("2026-03", april).start).toEqual(at("2026-03-01T00:00:00Z"));
    expect(parsePeriod("2026-W01", april).start).toEqual(at("2025-12-29T00:00:00Z"));
  });

  it("gives exactly the unit periodContaining gives", () => {
    const options = { timeZone: "Pacific/Chatham", fiscalYearStartMonth: 10 };
    const instant = at("2026-04-05T12:00:00Z");
    for (const grain of ["day", "week", "month", "quarter", "semester", "year"] as const) {
      const unit = periodContaining(instant, grain, options);
      expect(parsePeriod(unit.label, options)).toEqual(unit);
    }
  });

  it("rejects a label of no accepted form, naming it and the forms", () => {
    for (const label of [
      "2026-Q5",
      "2026-Q0",
      "2026-H3",
      "2026-13",
      "2026-00",
      "2026-02-30",
      "2025-W53",
      "2026-W00",
      "26-Q1",
      "2026Q1",
      " 2026",
      "Q1 2026",
      "",
    ]) {
      expect(() => parsePeriod(label)).toThrow(InvalidArgumentError);
      expect(() => parsePeriod(label)).toThrow(
        `[crm-kpi] unknown period label ${JSON.stringify(label)}: use 2026, 2026-H1, 2026-Q1, 2026-03, 2026-W13 or 2026-03-15`,
      );
    }
    expect(() => parsePeriod("FY2026/28", { fiscalYearStartMonth: 4 })).toThrow(
      '[crm-kpi] unknown period label "FY2026/28": use FY2026/27, FY2026/27-H1, FY2026/27-Q1 (fiscal year starting in month 4), 2026-03, 2026-W13 or 2026-03-15',
    );
    expect(() => parsePeriod(2026 as unknown as string)).toThrow(
      "[crm-kpi] a period label must be a string: use 2026, 2026-H1",
    );
  });

  it("rejects a label that does not match the fiscal year start", () => {
    expect(() => parsePeriod("FY2026/27-Q1")).toThrow(
      '[crm-kpi] period label "FY2026/27-Q1" names a fiscal year, but fiscalYearStartMonth is 1 (calendar years, labelled 2026, 2026-H1, 2026-Q1): pass the fiscalYearStartMonth the label was written with',
    );
    expect(() => parsePeriod("2026-Q1", { fiscalYearStartMonth: 4 })).toThrow(
      /names a calendar year, but fiscalYearStartMonth is 4/,
    );
    expect(() => parsePeriod("2026", { fiscalYearStartMonth: 2 })).toThrow(InvalidArgumentError);
  });

  it("checks its options", () => {
    expect(() => parsePeriod("2026", { timeZone: "Mars/Olympus" })).toThrow(InvalidArgumentError);
    expect(() => parsePeriod("2026", { fiscalYearStartMonth: 13 })).toThrow(InvalidArgumentError);
  });
});
