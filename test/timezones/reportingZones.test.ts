/**
 * Reporting zones across daylight-saving changes (issue "Reliability", part 4).
 *
 * Worked by hand: every expected value here comes from the 2026 DST changes below (the arithmetic is
 * in the comment beside each), and every UTC offset it relies on is first read back from the
 * runtime's `Intl` data (the first `describe`), so a wrong assumption about a zone fails loudly
 * instead of making a wrong expected value:
 * - Europe/Paris: CET +01:00 -> CEST +02:00 on Sunday 29 March at 01:00Z (02:00 local becomes 03:00),
 *   back on Sunday 25 October at 01:00Z (03:00 local becomes 02:00): a 23-hour and a 25-hour day.
 * - America/New_York: EST -05:00 -> EDT -04:00 on Sunday 8 March at 07:00Z, back on Sunday
 *   1 November at 06:00Z: a 23-hour and a 25-hour day.
 * - Australia/Lord_Howe shifts by 30 minutes: +11:00 -> +10:30 on Sunday 5 April at 15:00Z the day
 *   before in UTC (02:00 local becomes 01:30, a 24.5-hour day), +10:30 -> +11:00 on Sunday 4 October
 *   (02:00 local becomes 02:30, a 23.5-hour day).
 *
 * Day counts follow settled details 4 and 17 of the specification: whole calendar days of the zone,
 * plus the elapsed part of a day as real time over that day's real length.
 *
 * The instants are written in UTC, so the tests mean the same whatever the process time zone (the
 * suite runs under several with `test/tools/tz-matrix.sh`).
 */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  activityRate,
  countDays,
  elapsedFraction,
  periodContaining,
  prorate,
  revenueVsTarget,
  rollingWindow,
  splitRange,
  toDecimal,
  type Activity,
  type ActivityTarget,
  type Bucket,
  type Grain,
  type Order,
  type Period,
  type RevenueTarget,
} from "../../src/index.js";

/** The library's documented arithmetic: 60 significant digits, half-even (docs/specification.md). */
const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
/** The exact fraction a/b as the library rounds it (one division at the 60th digit). */
const frac = (a: number, b: number): Decimal => new D(a).div(b);

const HOUR = 3_600_000;
const PARIS = "Europe/Paris";
const NEW_YORK = "America/New_York";
const LORD_HOWE = "Australia/Lord_Howe";

const at = (iso: string): Date => new Date(iso);
const range = (start: string, end: string): Period => ({ start: at(start), end: at(end) });

/** The zone's UTC offset at an instant, as Intl writes it (`GMT+01:00`, `GMT-04:00`, `GMT+10:30`). */
function offsetAt(zone: string, iso: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(at(iso));
  return parts.find((part) => part.type === "timeZoneName")?.value ?? "";
}

/** Local wall time of an instant in a zone, `YYYY-MM-DD HH:mm`, from Intl. */
function wallAt(zone: string, iso: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at(iso));
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? "?";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}

/** A bucket written as `label start end hours`, hours being its real length. */
const show = (b: Bucket): string =>
  `${b.label} ${b.start.toISOString()} ${b.end.toISOString()} ${(b.end.getTime() - b.start.getTime()) / HOUR}h`;
const split = (r: Period, grain: Grain, timeZone: string): string[] => splitRange(r, grain, { timeZone }).map(show);

describe("the offsets these tests rely on (read from Intl)", () => {
  it("Europe/Paris changes at 01:00Z on 29 March and 25 October 2026", () => {
    expect(offsetAt(PARIS, "2026-03-29T00:59:59Z")).toBe("GMT+01:00");
    expect(offsetAt(PARIS, "2026-03-29T01:00:00Z")).toBe("GMT+02:00");
    expect(offsetAt(PARIS, "2026-10-25T00:59:59Z")).toBe("GMT+02:00");
    expect(offsetAt(PARIS, "2026-10-25T01:00:00Z")).toBe("GMT+01:00");
    // 02:00 local is skipped in spring; 02:00-03:00 local happens twice in autumn.
    expect(wallAt(PARIS, "2026-03-29T01:00:00Z")).toBe("2026-03-29 03:00");
    expect(wallAt(PARIS, "2026-10-25T00:30:00Z")).toBe("2026-10-25 02:30");
    expect(wallAt(PARIS, "2026-10-25T01:30:00Z")).toBe("2026-10-25 02:30");
  });

  it("America/New_York changes at 07:00Z on 8 March and 06:00Z on 1 November 2026", () => {
    expect(offsetAt(NEW_YORK, "2026-03-08T06:59:59Z")).toBe("GMT-05:00");
    expect(offsetAt(NEW_YORK, "2026-03-08T07:00:00Z")).toBe("GMT-04:00");
    expect(offsetAt(NEW_YORK, "2026-11-01T05:59:59Z")).toBe("GMT-04:00");
    expect(offsetAt(NEW_YORK, "2026-11-01T06:00:00Z")).toBe("GMT-05:00");
  });

  it("Australia/Lord_Howe shifts by 30 minutes on 5 April and 4 October 2026", () => {
    expect(offsetAt(LORD_HOWE, "2026-04-04T14:59:59Z")).toBe("GMT+11:00");
    expect(offsetAt(LORD_HOWE, "2026-04-04T15:00:00Z")).toBe("GMT+10:30");
    expect(wallAt(LORD_HOWE, "2026-04-04T14:59:00Z")).toBe("2026-04-05 01:59");
    expect(wallAt(LORD_HOWE, "2026-04-04T15:00:00Z")).toBe("2026-04-05 01:30");
    expect(offsetAt(LORD_HOWE, "2026-10-03T15:29:59Z")).toBe("GMT+10:30");
    expect(offsetAt(LORD_HOWE, "2026-10-03T15:30:00Z")).toBe("GMT+11:00");
    expect(wallAt(LORD_HOWE, "2026-10-03T15:30:00Z")).toBe("2026-10-04 02:30");
  });

  it("every local midnight used below is the instant written for it", () => {
    const midnights: [string, string][] = [
      [PARIS, "2026-02-28T23:00:00Z"],
      [PARIS, "2026-03-22T23:00:00Z"],
      [PARIS, "2026-03-28T23:00:00Z"],
      [PARIS, "2026-03-29T22:00:00Z"],
      [PARIS, "2026-03-31T22:00:00Z"],
      [PARIS, "2026-09-30T22:00:00Z"],
      [PARIS, "2026-10-18T22:00:00Z"],
      [PARIS, "2026-10-24T22:00:00Z"],
      [PARIS, "2026-10-25T23:00:00Z"],
      [PARIS, "2026-10-31T23:00:00Z"],
      [PARIS, "2026-03-14T23:00:00Z"],
      [PARIS, "2026-04-11T22:00:00Z"],
      [PARIS, "2026-10-03T22:00:00Z"],
      [NEW_YORK, "2026-03-01T05:00:00Z"],
      [NEW_YORK, "2026-03-02T05:00:00Z"],
      [NEW_YORK, "2026-03-08T05:00:00Z"],
      [NEW_YORK, "2026-03-09T04:00:00Z"],
      [NEW_YORK, "2026-04-01T04:00:00Z"],
      [NEW_YORK, "2026-10-26T04:00:00Z"],
      [NEW_YORK, "2026-11-01T04:00:00Z"],
      [NEW_YORK, "2026-11-02T05:00:00Z"],
      [NEW_YORK, "2026-12-01T05:00:00Z"],
      [LORD_HOWE, "2026-03-31T13:00:00Z"],
      [LORD_HOWE, "2026-04-04T13:00:00Z"],
      [LORD_HOWE, "2026-04-05T13:30:00Z"],
      [LORD_HOWE, "2026-04-30T13:30:00Z"],
      [LORD_HOWE, "2026-09-30T13:30:00Z"],
      [LORD_HOWE, "2026-10-03T13:30:00Z"],
      [LORD_HOWE, "2026-10-04T13:00:00Z"],
      [LORD_HOWE, "2026-10-31T13:00:00Z"],
      [LORD_HOWE, "2026-03-08T13:00:00Z"],
    ];
    for (const [zone, iso] of midnights) expect(wallAt(zone, iso).slice(11), `${zone} ${iso}`).toBe("00:00");
  });
});

describe("splitRange across DST changes: boundaries at local midnight", () => {
  it("Paris days of 23 and 25 hours", () => {
    expect(split(range("2026-03-27T23:00:00Z", "2026-03-30T22:00:00Z"), "day", PARIS)).toEqual([
      "2026-03-28 2026-03-27T23:00:00.000Z 2026-03-28T23:00:00.000Z 24h",
      "2026-03-29 2026-03-28T23:00:00.000Z 2026-03-29T22:00:00.000Z 23h",
      "2026-03-30 2026-03-29T22:00:00.000Z 2026-03-30T22:00:00.000Z 24h",
    ]);
    expect(split(range("2026-10-24T22:00:00Z", "2026-10-26T23:00:00Z"), "day", PARIS)).toEqual([
      "2026-10-25 2026-10-24T22:00:00.000Z 2026-10-25T23:00:00.000Z 25h",
      "2026-10-26 2026-10-25T23:00:00.000Z 2026-10-26T23:00:00.000Z 24h",
    ]);
  });

  it("Paris months: March has 31 x 24 - 1 = 743 hours, October 31 x 24 + 1 = 745", () => {
    expect(split(range("2026-02-28T23:00:00Z", "2026-04-30T22:00:00Z"), "month", PARIS)).toEqual([
      "2026-03 2026-02-28T23:00:00.000Z 2026-03-31T22:00:00.000Z 743h",
      "2026-04 2026-03-31T22:00:00.000Z 2026-04-30T22:00:00.000Z 720h",
    ]);
    expect(split(range("2026-09-30T22:00:00Z", "2026-11-30T23:00:00Z"), "month", PARIS)).toEqual([
      "2026-10 2026-09-30T22:00:00.000Z 2026-10-31T23:00:00.000Z 745h",
      "2026-11 2026-10-31T23:00:00.000Z 2026-11-30T23:00:00.000Z 720h",
    ]);
  });

  it("Paris ISO weeks: W13 (23-29 March) has 167 hours, W43 (19-25 October) 169", () => {
    // 2026-W01 starts Monday 29 December 2025; W13 starts 12 weeks later, Monday 23 March.
    expect(split(range("2026-03-22T23:00:00Z", "2026-04-05T22:00:00Z"), "week", PARIS)).toEqual([
      "2026-W13 2026-03-22T23:00:00.000Z 2026-03-29T22:00:00.000Z 167h",
      "2026-W14 2026-03-29T22:00:00.000Z 2026-04-05T22:00:00.000Z 168h",
    ]);
    expect(split(range("2026-10-18T22:00:00Z", "2026-11-01T23:00:00Z"), "week", PARIS)).toEqual([
      "2026-W43 2026-10-18T22:00:00.000Z 2026-10-25T23:00:00.000Z 169h",
      "2026-W44 2026-10-25T23:00:00.000Z 2026-11-01T23:00:00.000Z 168h",
    ]);
  });

  it("New York days, weeks and months around 8 March and 1 November", () => {
    expect(split(range("2026-03-08T05:00:00Z", "2026-03-10T04:00:00Z"), "day", NEW_YORK)).toEqual([
      "2026-03-08 2026-03-08T05:00:00.000Z 2026-03-09T04:00:00.000Z 23h",
      "2026-03-09 2026-03-09T04:00:00.000Z 2026-03-10T04:00:00.000Z 24h",
    ]);
    expect(split(range("2026-11-01T04:00:00Z", "2026-11-03T05:00:00Z"), "day", NEW_YORK)).toEqual([
      "2026-11-01 2026-11-01T04:00:00.000Z 2026-11-02T05:00:00.000Z 25h",
      "2026-11-02 2026-11-02T05:00:00.000Z 2026-11-03T05:00:00.000Z 24h",
    ]);
    // W10 = Monday 2 to Sunday 8 March; W44 = Monday 26 October to Sunday 1 November.
    expect(split(range("2026-03-02T05:00:00Z", "2026-03-16T04:00:00Z"), "week", NEW_YORK)).toEqual([
      "2026-W10 2026-03-02T05:00:00.000Z 2026-03-09T04:00:00.000Z 167h",
      "2026-W11 2026-03-09T04:00:00.000Z 2026-03-16T04:00:00.000Z 168h",
    ]);
    expect(split(range("2026-10-26T04:00:00Z", "2026-11-09T05:00:00Z"), "week", NEW_YORK)).toEqual([
      "2026-W44 2026-10-26T04:00:00.000Z 2026-11-02T05:00:00.000Z 169h",
      "2026-W45 2026-11-02T05:00:00.000Z 2026-11-09T05:00:00.000Z 168h",
    ]);
    // March: 743 hours; October 744; November 30 x 24 + 1 = 721.
    expect(split(range("2026-03-01T05:00:00Z", "2026-04-01T04:00:00Z"), "month", NEW_YORK)).toEqual([
      "2026-03 2026-03-01T05:00:00.000Z 2026-04-01T04:00:00.000Z 743h",
    ]);
    expect(split(range("2026-10-01T04:00:00Z", "2026-12-01T05:00:00Z"), "month", NEW_YORK)).toEqual([
      "2026-10 2026-10-01T04:00:00.000Z 2026-11-01T04:00:00.000Z 744h",
      "2026-11 2026-11-01T04:00:00.000Z 2026-12-01T05:00:00.000Z 721h",
    ]);
  });

  it("Lord Howe: days of 24.5 and 23.5 hours, months of 720.5 and 743.5 hours", () => {
    expect(split(range("2026-04-04T13:00:00Z", "2026-04-06T13:30:00Z"), "day", LORD_HOWE)).toEqual([
      "2026-04-05 2026-04-04T13:00:00.000Z 2026-04-05T13:30:00.000Z 24.5h",
      "2026-04-06 2026-04-05T13:30:00.000Z 2026-04-06T13:30:00.000Z 24h",
    ]);
    expect(split(range("2026-10-03T13:30:00Z", "2026-10-05T13:00:00Z"), "day", LORD_HOWE)).toEqual([
      "2026-10-04 2026-10-03T13:30:00.000Z 2026-10-04T13:00:00.000Z 23.5h",
      "2026-10-05 2026-10-04T13:00:00.000Z 2026-10-05T13:00:00.000Z 24h",
    ]);
    // April: 1 April 00:00 +11:00 to 1 May 00:00 +10:30 = 30 days and half an hour.
    expect(split(range("2026-03-31T13:00:00Z", "2026-04-30T13:30:00Z"), "month", LORD_HOWE)).toEqual([
      "2026-04 2026-03-31T13:00:00.000Z 2026-04-30T13:30:00.000Z 720.5h",
    ]);
    expect(split(range("2026-09-30T13:30:00Z", "2026-10-31T13:00:00Z"), "month", LORD_HOWE)).toEqual([
      "2026-10 2026-09-30T13:30:00.000Z 2026-10-31T13:00:00.000Z 743.5h",
    ]);
  });

  it("periodContaining agrees with the buckets on the change days", () => {
    expect(show(periodContaining(at("2026-03-29T10:00:00Z"), "day", { timeZone: PARIS }))).toBe(
      "2026-03-29 2026-03-28T23:00:00.000Z 2026-03-29T22:00:00.000Z 23h",
    );
    expect(show(periodContaining(at("2026-11-01T17:00:00Z"), "week", { timeZone: NEW_YORK }))).toBe(
      "2026-W44 2026-10-26T04:00:00.000Z 2026-11-02T05:00:00.000Z 169h",
    );
    expect(show(periodContaining(at("2026-04-05T01:30:00Z"), "month", { timeZone: LORD_HOWE }))).toBe(
      "2026-04 2026-03-31T13:00:00.000Z 2026-04-30T13:30:00.000Z 720.5h",
    );
  });
});

describe("elapsedFraction and countDays across DST changes", () => {
  const parisSpringDay = range("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z");
  const parisAutumnDay = range("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z");
  const parisMarch = range("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z");
  const parisOctober = range("2026-09-30T22:00:00Z", "2026-10-31T23:00:00Z");

  it("at local noon of the 23-hour Paris day 11/23 of it has passed; of the 25-hour day 13/25", () => {
    // Noon CEST = 10:00Z, 11 hours after 23:00Z; noon CET = 11:00Z, 13 hours after 22:00Z.
    expect(elapsedFraction(parisSpringDay, at("2026-03-29T10:00:00Z"), { timeZone: PARIS }).equals(frac(11, 23))).toBe(
      true,
    );
    expect(elapsedFraction(parisAutumnDay, at("2026-10-25T11:00:00Z"), { timeZone: PARIS }).toString()).toBe("0.52");
    // The wall clock reads 02:30 twice on 25 October: 2.5 then 3.5 real hours into the day (of 25).
    expect(elapsedFraction(parisAutumnDay, at("2026-10-25T00:30:00Z"), { timeZone: PARIS }).toString()).toBe("0.1");
    expect(elapsedFraction(parisAutumnDay, at("2026-10-25T01:30:00Z"), { timeZone: PARIS }).toString()).toBe("0.14");
  });

  it("a month holding the change has 31 calendar days whatever its hours", () => {
    expect(countDays(parisMarch, { timeZone: PARIS }).toString()).toBe("31");
    expect(countDays(parisOctober, { timeZone: PARIS }).toString()).toBe("31");
    expect(countDays(range("2026-11-01T04:00:00Z", "2026-12-01T05:00:00Z"), { timeZone: NEW_YORK }).toString()).toBe(
      "30",
    );
    expect(countDays(range("2026-03-31T13:00:00Z", "2026-04-30T13:30:00Z"), { timeZone: LORD_HOWE }).toString()).toBe(
      "30",
    );
    // At the start of 30 March, 29 of March's 31 days are over (695 of its 743 hours would give another number).
    expect(elapsedFraction(parisMarch, at("2026-03-29T22:00:00Z"), { timeZone: PARIS }).equals(frac(29, 31))).toBe(
      true,
    );
    expect(frac(29, 31).equals(frac(695, 743))).toBe(false);
  });

  it("Paris March at local noon on the 29th: (28 + 11/23) / 31 = 655/713", () => {
    const f = elapsedFraction(parisMarch, at("2026-03-29T10:00:00Z"), { timeZone: PARIS });
    expect(f.equals(frac(655, 713))).toBe(true);
    // Measured in hours it would be 683/743: a different number.
    expect(f.equals(frac(683, 743))).toBe(false);
  });

  it("Paris October at local noon on the 25th: (24 + 13/25) / 31 = 613/775", () => {
    expect(elapsedFraction(parisOctober, at("2026-10-25T11:00:00Z"), { timeZone: PARIS }).equals(frac(613, 775))).toBe(
      true,
    );
  });

  it("New York: 11/23 at noon EDT on 8 March, 13/25 at noon EST on 1 November", () => {
    expect(
      elapsedFraction(range("2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z"), at("2026-03-08T16:00:00Z"), {
        timeZone: NEW_YORK,
      }).equals(frac(11, 23)),
    ).toBe(true);
    expect(
      elapsedFraction(range("2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z"), at("2026-11-01T17:00:00Z"), {
        timeZone: NEW_YORK,
      }).toString(),
    ).toBe("0.52");
    // The week W10 at noon EDT on its last day: (6 + 11/23) / 7 = 149/161.
    expect(
      elapsedFraction(range("2026-03-02T05:00:00Z", "2026-03-09T04:00:00Z"), at("2026-03-08T16:00:00Z"), {
        timeZone: NEW_YORK,
      }).equals(frac(149, 161)),
    ).toBe(true);
  });

  it("Lord Howe: 12.5/24.5 = 25/49 at noon on 5 April, 11.5/23.5 = 23/47 at noon on 4 October", () => {
    // Noon on 5 April is +10:30 (01:30Z), 12.5 real hours after 00:00 +11:00 (13:00Z the day before).
    expect(
      elapsedFraction(range("2026-04-04T13:00:00Z", "2026-04-05T13:30:00Z"), at("2026-04-05T01:30:00Z"), {
        timeZone: LORD_HOWE,
      }).equals(frac(25, 49)),
    ).toBe(true);
    // Noon on 4 October is +11:00 (01:00Z), 11.5 real hours after 00:00 +10:30 (13:30Z the day before).
    expect(
      elapsedFraction(range("2026-10-03T13:30:00Z", "2026-10-04T13:00:00Z"), at("2026-10-04T01:00:00Z"), {
        timeZone: LORD_HOWE,
      }).equals(frac(23, 47)),
    ).toBe(true);
    // 01:45 on 5 April happens twice: 1.75 real hours into the day (+11:00), then 2.25 (+10:30).
    expect(wallAt(LORD_HOWE, "2026-04-04T14:45:00Z")).toBe("2026-04-05 01:45");
    expect(wallAt(LORD_HOWE, "2026-04-04T15:15:00Z")).toBe("2026-04-05 01:45");
    expect(
      elapsedFraction(range("2026-04-04T13:00:00Z", "2026-04-05T13:30:00Z"), at("2026-04-04T14:45:00Z"), {
        timeZone: LORD_HOWE,
      }).equals(frac(1, 14)),
    ).toBe(true);
    expect(
      elapsedFraction(range("2026-04-04T13:00:00Z", "2026-04-05T13:30:00Z"), at("2026-04-04T15:15:00Z"), {
        timeZone: LORD_HOWE,
      }).equals(frac(9, 98)),
    ).toBe(true);
    // April at noon on the 5th: (4 + 25/49) / 30 = 221/1470.
    expect(
      elapsedFraction(range("2026-03-31T13:00:00Z", "2026-04-30T13:30:00Z"), at("2026-04-05T01:30:00Z"), {
        timeZone: LORD_HOWE,
      }).equals(frac(221, 1470)),
    ).toBe(true);
  });
});

describe("prorate across DST changes: a short or long day is one day", () => {
  it("a Paris March target gives the 23-hour day 1/31 of it (not 23/743)", () => {
    expect(
      prorate(
        "3100",
        range("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z"),
        range("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z"),
        { timeZone: PARIS },
      ).toString(),
    ).toBe("100");
    // To local noon on the 29th: 3,100 x 655/713 = 65,500/23.
    expect(
      prorate(
        "3100",
        range("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z"),
        range("2026-02-28T23:00:00Z", "2026-03-29T10:00:00Z"),
        { timeZone: PARIS },
      ).equals(frac(65_500, 23)),
    ).toBe(true);
  });

  it("Paris week targets give each change day 1/7: 700 -> 100", () => {
    expect(
      prorate(
        "700",
        range("2026-03-22T23:00:00Z", "2026-03-29T22:00:00Z"),
        range("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z"),
        { timeZone: PARIS },
      ).toString(),
    ).toBe("100");
    expect(
      prorate(
        "700",
        range("2026-10-18T22:00:00Z", "2026-10-25T23:00:00Z"),
        range("2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z"),
        { timeZone: PARIS },
      ).toString(),
    ).toBe("100");
  });

  it("a New York November target gives the 25-hour day 1/30 and its first 13 hours 13/750", () => {
    const november = range("2026-11-01T04:00:00Z", "2026-12-01T05:00:00Z");
    expect(
      prorate("3000", november, range("2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z"), {
        timeZone: NEW_YORK,
      }).toString(),
    ).toBe("100");
    expect(
      prorate("75000", november, range("2026-11-01T04:00:00Z", "2026-11-01T17:00:00Z"), {
        timeZone: NEW_YORK,
      }).toString(),
    ).toBe("1300");
  });

  it("an annual New York target gives March 31/365 whatever its 743 hours", () => {
    const year = range("2026-01-01T05:00:00Z", "2027-01-01T05:00:00Z");
    expect(
      prorate("365000", year, range("2026-03-01T05:00:00Z", "2026-04-01T04:00:00Z"), { timeZone: NEW_YORK }).toString(),
    ).toBe("31000");
    expect(
      prorate("365000", year, range("2026-11-01T04:00:00Z", "2026-12-01T05:00:00Z"), { timeZone: NEW_YORK }).toString(),
    ).toBe("30000");
  });

  it("Lord Howe: 1/30 of April on the 24.5-hour day, 1/31 of October on the 23.5-hour day", () => {
    expect(
      prorate(
        "3000",
        range("2026-03-31T13:00:00Z", "2026-04-30T13:30:00Z"),
        range("2026-04-04T13:00:00Z", "2026-04-05T13:30:00Z"),
        { timeZone: LORD_HOWE },
      ).toString(),
    ).toBe("100");
    expect(
      prorate(
        "3100",
        range("2026-09-30T13:30:00Z", "2026-10-31T13:00:00Z"),
        range("2026-10-03T13:30:00Z", "2026-10-04T13:00:00Z"),
        { timeZone: LORD_HOWE },
      ).toString(),
    ).toBe("100");
    // Half of the 24.5-hour day (its first 12.25 real hours) is half a day: 3,000 / 30 / 2 = 50.
    expect(
      prorate(
        "3000",
        range("2026-03-31T13:00:00Z", "2026-04-30T13:30:00Z"),
        range("2026-04-04T13:00:00Z", "2026-04-05T01:15:00Z"),
        { timeZone: LORD_HOWE },
      ).toString(),
    ).toBe("50");
  });
});

const order = (id: string, date: string, amount: string): Order => ({
  id,
  date: at(date),
  amount: toDecimal(amount),
  currency: "EUR",
  sellerId: "ana",
  customerId: "c1",
});
const companyTarget = (p: Period, amount: string): RevenueTarget => ({
  id: "t",
  level: "company",
  start: p.start,
  end: p.end,
  amount: toDecimal(amount),
  currency: "EUR",
});

describe("revenueVsTarget in zones with DST changes (pace on calendar days)", () => {
  it("Paris, March, at local noon on the spring-forward day: pace 1", () => {
    const march = range("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z");
    const orders = [
      order("first-instant", "2026-02-28T23:00:00Z", "500"), // 1 March 00:00 CET: in March
      order("mid", "2026-03-10T10:00:00Z", "40000"),
      order("just-before", "2026-03-29T09:59:59.999Z", "25000"),
      order("february", "2026-02-28T22:59:59.999Z", "7000"), // 28 February 23:59:59.999 CET: out
      order("at-asOf", "2026-03-29T10:00:00Z", "9999"), // exactly asOf: out (settled detail 3)
    ];
    const r = revenueVsTarget(orders, {
      targets: [companyTarget(march, "71300")],
      period: march,
      asOf: at("2026-03-29T10:00:00Z"),
      timeZone: PARIS,
    });
    // realized 500 + 40,000 + 25,000 = 65,500; elapsed 655/713; expected 71,300 x 655/713 = 65,500.
    expect(r.realized.toString()).toBe("65500");
    expect(r.target.toString()).toBe("71300");
    expect(r.elapsedFraction.equals(frac(655, 713))).toBe(true);
    expect(r.expectedToDate.toString()).toBe("65500");
    expect(r.pace.value?.toString()).toBe("1");
    expect(r.projected.value?.toString()).toBe("71300"); // 65,500 / (655/713)
    expect(r.attainment.value?.equals(frac(655, 713))).toBe(true);
    expect(r.remaining.toString()).toBe("5800");
    expect([r.statusBasis, r.status]).toEqual(["pace", "good"]);
  });

  it("Paris, October, at local noon on the fall-back day: pace 0.8 (watch)", () => {
    const october = range("2026-09-30T22:00:00Z", "2026-10-31T23:00:00Z");
    const r = revenueVsTarget([order("o", "2026-10-25T00:30:00Z", "4904")], {
      targets: [companyTarget(october, "7750")],
      period: october,
      asOf: at("2026-10-25T11:00:00Z"),
      timeZone: PARIS,
    });
    // elapsed 613/775; expected 7,750 x 613/775 = 6,130; pace 4,904 / 6,130 = 0.8; projected 4,904 x 775/613 = 6,200.
    expect(r.expectedToDate.toString()).toBe("6130");
    expect(r.pace.value?.toString()).toBe("0.8");
    expect(r.projected.value?.toString()).toBe("6200");
    expect(r.status).toBe("watch");
  });

  it("New York, March at noon EDT on the 8th: pace 0.7 (alert); November at noon EST on the 1st: pace 1", () => {
    const march = range("2026-03-01T05:00:00Z", "2026-04-01T04:00:00Z");
    const m = revenueVsTarget([order("o", "2026-03-08T06:30:00Z", "12040")], {
      targets: [companyTarget(march, "71300")],
      period: march,
      asOf: at("2026-03-08T16:00:00Z"),
      timeZone: NEW_YORK,
    });
    // elapsed (7 + 11/23) / 31 = 172/713; expected 71,300 x 172/713 = 17,200; pace 12,040 / 17,200 = 0.7; projected 12,040 x 713/172 = 49,910.
    expect(m.elapsedFraction.equals(frac(172, 713))).toBe(true);
    expect(m.expectedToDate.toString()).toBe("17200");
    expect(m.pace.value?.toString()).toBe("0.7");
    expect(m.projected.value?.toString()).toBe("49910");
    expect(m.status).toBe("alert");

    const november = range("2026-11-01T04:00:00Z", "2026-12-01T05:00:00Z");
    const n = revenueVsTarget([order("o", "2026-11-01T05:30:00Z", "1300")], {
      targets: [companyTarget(november, "75000")],
      period: november,
      asOf: at("2026-11-01T17:00:00Z"),
      timeZone: NEW_YORK,
    });
    // elapsed (13/25) / 30 = 13/750; expected 75,000 x 13/750 = 1,300; projected 1,300 x 750/13 = 75,000.
    expect(n.elapsedFraction.equals(frac(13, 750))).toBe(true);
    expect(n.expectedToDate.toString()).toBe("1300");
    expect(n.pace.value?.toString()).toBe("1");
    expect(n.projected.value?.toString()).toBe("75000");
  });

  it("Lord Howe, April at noon on the 24.5-hour day: pace 1", () => {
    const april = range("2026-03-31T13:00:00Z", "2026-04-30T13:30:00Z");
    const r = revenueVsTarget([order("o", "2026-04-04T14:45:00Z", "2210")], {
      targets: [companyTarget(april, "14700")],
      period: april,
      asOf: at("2026-04-05T01:30:00Z"),
      timeZone: LORD_HOWE,
    });
    // elapsed 221/1470; expected 14,700 x 221/1470 = 2,210; projected 2,210 x 1470/221 = 14,700.
    expect(r.expectedToDate.toString()).toBe("2210");
    expect(r.pace.value?.toString()).toBe("1");
    expect(r.projected.value?.toString()).toBe("14700");
  });

  it("an annual target prorated to a month holding the change in the month's own zone", () => {
    // 2026 in Paris: 1 January 00:00 CET = 2025-12-31T23:00Z. March gets 365,000 x 31/365 = 31,000.
    const year = range("2025-12-31T23:00:00Z", "2026-12-31T23:00:00Z");
    const r = revenueVsTarget([], {
      targets: [companyTarget(year, "365000")],
      period: range("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z"),
      timeZone: PARIS,
      currency: "EUR",
    });
    expect(r.target.toString()).toBe("31000");
    expect(r.closed).toBe(true);
    expect(r.attainment.value?.toString()).toBe("0");
  });
});

const activity = (id: string, date: string, status: Activity["status"] = "done"): Activity => ({
  id,
  ownerId: "ana",
  type: "call",
  date: at(date),
  status,
});
const callTarget = (p: Period, count: number): ActivityTarget => ({
  id: "a-t",
  level: "company",
  type: "call",
  start: p.start,
  end: p.end,
  count: toDecimal(count),
});

describe("activityRate in zones with DST changes (short-window counts calendar days)", () => {
  it("Paris: 28 calendar days of 671 hours are not a short window", () => {
    // 15 March 00:00 CET to 12 April 00:00 CEST: 28 days, 28 x 24 - 1 = 671 hours.
    const window = range("2026-03-14T23:00:00Z", "2026-04-11T22:00:00Z");
    expect((window.end.getTime() - window.start.getTime()) / HOUR).toBe(671);
    const r = activityRate([activity("a1", "2026-03-29T10:00:00Z")], {
      targets: [callTarget(window, 28)],
      period: window,
      timeZone: PARIS,
    });
    expect(r.warnings).toEqual([]);
    expect(r.overall.value?.equals(frac(1, 28))).toBe(true);
    // With business days for proration, the warning is still judged on calendar days.
    expect(activityRate([], { targets: [], period: window, timeZone: PARIS, dayCount: "business" }).warnings).toEqual(
      [],
    );
  });

  it("Paris: 672 real hours that are 27 days and 23 hours of the calendar are a short window", () => {
    // 4 October 00:00 CEST to 31 October 23:00 CET: 27 + 23/24 calendar days, yet 28 x 24 real hours.
    const window = range("2026-10-03T22:00:00Z", "2026-10-31T22:00:00Z");
    expect((window.end.getTime() - window.start.getTime()) / HOUR).toBe(672);
    expect(countDays(window, { timeZone: PARIS }).equals(new D(27).plus(frac(23, 24)))).toBe(true);
    expect(activityRate([], { targets: [], period: window, timeZone: PARIS }).warnings.map((w) => w.code)).toEqual([
      "short-window",
    ]);
    // In UTC the same 672 hours are 28 days: no warning.
    expect(activityRate([], { targets: [], period: window, timeZone: "UTC" }).warnings).toEqual([]);
  });

  it("Paris: a 28-day target gives the 23-hour day one call", () => {
    const window = range("2026-03-14T23:00:00Z", "2026-04-11T22:00:00Z");
    const day = range("2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z");
    const r = activityRate(
      [
        activity("in", "2026-03-28T23:00:00Z"),
        activity("planned", "2026-03-29T12:00:00Z", "planned"),
        activity("next-day", "2026-03-29T22:00:00Z"),
      ],
      { targets: [callTarget(window, 28)], period: day, timeZone: PARIS },
    );
    // target 28 x 1/28 = 1; done 1 (the planned call and the call of 30 March do not count); rate 1.
    expect(r.byType[0]?.target.toString()).toBe("1");
    expect(r.totalDone).toBe(1);
    expect(r.overall.value?.toString()).toBe("1");
    expect(r.warnings.map((w) => w.code)).toEqual(["short-window"]);
  });

  it("Paris: rollingWindow(asOf, 28) spans 671 hours and is not short", () => {
    // asOf 10 April 12:00 CEST (10:00Z); 28 wall days earlier is 13 March 12:00 CET (11:00Z).
    const window = rollingWindow(at("2026-04-10T10:00:00Z"), 28, { timeZone: PARIS });
    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([
      "2026-03-13T11:00:00.000Z",
      "2026-04-10T10:00:00.000Z",
    ]);
    const r = activityRate(
      [activity("before", "2026-03-13T10:59:59.999Z"), activity("first", "2026-03-13T11:00:00Z")],
      { targets: [], period: window, timeZone: PARIS },
    );
    expect(r.warnings).toEqual([]);
    expect(r.totalDone).toBe(1);
  });

  it("New York: November (30 days, 721 hours) at noon EST on the 1st", () => {
    const november = range("2026-11-01T04:00:00Z", "2026-12-01T05:00:00Z");
    const r = activityRate(
      [
        activity("a1", "2026-11-01T05:00:00Z"),
        activity("a2", "2026-11-01T06:30:00Z"),
        activity("late", "2026-11-01T17:00:00Z"),
      ],
      { targets: [callTarget(november, 30)], period: november, asOf: at("2026-11-01T17:00:00Z"), timeZone: NEW_YORK },
    );
    // done to date 2 (the call at asOf does not count) over the whole month's target 30: rate 1/15, no pace.
    expect(r.totalDone).toBe(2);
    expect(r.overall.value?.equals(frac(1, 15))).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it("Lord Howe: 28 days of 671.5 hours are not short; 672 hours short of 28 calendar days are", () => {
    // 4 October 00:00 +10:30 to 1 November 00:00 +11:00: 28 days, 671.5 hours.
    const october = range("2026-10-03T13:30:00Z", "2026-10-31T13:00:00Z");
    expect((october.end.getTime() - october.start.getTime()) / HOUR).toBe(671.5);
    expect(activityRate([], { targets: [], period: october, timeZone: LORD_HOWE }).warnings).toEqual([]);
    // 9 March 00:00 +11:00 to 5 April 23:30 +10:30: 672 real hours, 27 + 24/24.5 calendar days.
    const spring = range("2026-03-08T13:00:00Z", "2026-04-05T13:00:00Z");
    expect(wallAt(LORD_HOWE, "2026-04-05T13:00:00Z")).toBe("2026-04-05 23:30");
    expect((spring.end.getTime() - spring.start.getTime()) / HOUR).toBe(672);
    expect(countDays(spring, { timeZone: LORD_HOWE }).equals(new D(27).plus(frac(48, 49)))).toBe(true);
    expect(activityRate([], { targets: [], period: spring, timeZone: LORD_HOWE }).warnings.map((w) => w.code)).toEqual([
      "short-window",
    ]);
  });
});
