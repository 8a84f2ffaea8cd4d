import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { resolveCalendar } from "./calendar.js";
import { checkPeriod, echoPeriod } from "./checkPeriod.js";
import { createPeriod } from "./createPeriod.js";
import { periodContaining } from "./periodContaining.js";
import { periodsOfOptions, reconcileTimeZone } from "./periodZone.js";
import { splitRange } from "./splitRange.js";

const start = new Date("2026-01-01T00:00:00Z");
const end = new Date("2026-02-01T00:00:00Z");

describe("reconcileTimeZone", () => {
  it("takes the options' zone, else the periods' zone, else UTC", () => {
    expect(reconcileTimeZone("Asia/Tokyo", [])).toBe("Asia/Tokyo");
    expect(reconcileTimeZone(undefined, [["period", { start, end, timeZone: "Europe/Paris" }]])).toBe("Europe/Paris");
    expect(reconcileTimeZone(undefined, [["period", { start, end }]])).toBe("UTC");
    expect(reconcileTimeZone("Europe/Paris", [["period", { start, end, timeZone: "Europe/Paris" }]])).toBe(
      "Europe/Paris",
    );
  });

  it("throws naming both zones when a period disagrees with the options or with another period", () => {
    expect(() => reconcileTimeZone("Europe/Paris", [["range", { timeZone: "UTC" }]])).toThrow(InvalidArgumentError);
    expect(() => reconcileTimeZone("Europe/Paris", [["range", { timeZone: "UTC" }]])).toThrow(
      `[crm-kpi] range was built in time zone "UTC" but the options' timeZone is "Europe/Paris": build the period in "Europe/Paris", or leave timeZone out of the options to use the period's zone`,
    );
    expect(() =>
      reconcileTimeZone(undefined, [
        ["period", { timeZone: "Asia/Tokyo" }],
        ["forecast.period", { timeZone: "UTC" }],
      ]),
    ).toThrow(/forecast.period was built in time zone "UTC" but period.timeZone is "Asia\/Tokyo"/);
  });

  it("checks the zones it reads, and ignores what is not a period", () => {
    expect(() => reconcileTimeZone(undefined, [["period", { timeZone: "Mars/Olympus" }]])).toThrow(
      '[crm-kpi] period.timeZone: unknown time zone "Mars/Olympus"',
    );
    expect(() => reconcileTimeZone("Mars/Olympus", [])).toThrow(InvalidArgumentError);
    expect(
      reconcileTimeZone(undefined, [
        ["period", null],
        ["range", 3],
      ]),
    ).toBe("UTC");
  });

  it("finds the periods of an indicator's options", () => {
    const p = { start, end };
    expect(periodsOfOptions({ period: p, range: p, forecast: { period: p } })).toEqual([
      ["period", p],
      ["range", p],
      ["forecast.period", p],
    ]);
    expect(periodsOfOptions({ forecast: null, timeZone: "UTC" })).toEqual([]);
  });

  it("is what resolveCalendar uses for indicator options", () => {
    expect(resolveCalendar({ period: { start, end, timeZone: "Asia/Kolkata" } } as object)).toEqual({
      timeZone: "Asia/Kolkata",
      fiscalYearStartMonth: 1,
    });
    expect(() =>
      resolveCalendar({ timeZone: "UTC", range: { start, end, timeZone: "Asia/Kolkata" } } as object),
    ).toThrow(/"Asia\/Kolkata".*"UTC"/);
  });
});

describe("periods carry their zone and label", () => {
  it("splitRange and periodContaining set both", () => {
    expect(periodContaining(start, "month", { timeZone: "Europe/Paris" })).toMatchObject({
      label: "2026-01",
      timeZone: "Europe/Paris",
    });
    expect(
      splitRange({ start, end }, "week", { timeZone: "Asia/Kolkata" }).every(
        (bucket) => bucket.timeZone === "Asia/Kolkata" && bucket.label.includes("-W"),
      ),
    ).toBe(true);
  });

  it("splitRange splits a range in its own zone when the options omit one, and refuses another zone", () => {
    const parisYear = periodContaining(start, "year", { timeZone: "Europe/Paris" });
    const months = splitRange(parisYear, "month");
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({
      label: "2026-02",
      start: new Date("2026-01-31T23:00:00Z"),
      end: new Date("2026-02-28T23:00:00Z"),
      timeZone: "Europe/Paris",
    });
    expect(() => splitRange(parisYear, "month", { timeZone: "UTC" })).toThrow(
      /range was built in time zone "Europe\/Paris" but the options' timeZone is "UTC"/,
    );
  });

  it("createPeriod may set both, and checks them", () => {
    expect(createPeriod(start, end, { timeZone: "Europe/Paris", label: "January push" })).toEqual({
      start,
      end,
      timeZone: "Europe/Paris",
      label: "January push",
    });
    expect(createPeriod(start, end, {})).toEqual({ start, end });
    expect(() => createPeriod(start, end, { timeZone: "Nowhere/Land" })).toThrow(InvalidArgumentError);
    expect(() => createPeriod(start, end, { label: 5 as unknown as string })).toThrow(
      "[crm-kpi] period.label must be a string, got 5",
    );
  });

  it("checkPeriod keeps them; echoPeriod keeps the label and sets the zone used", () => {
    const period = { start, end, label: "2026-01", timeZone: "UTC" };
    expect(checkPeriod(period, "period")).toEqual(period);
    expect(echoPeriod({ start, end }, "Asia/Tokyo")).toEqual({ start, end, timeZone: "Asia/Tokyo" });
    expect(echoPeriod(period, "UTC")).toEqual(period);
  });
});
