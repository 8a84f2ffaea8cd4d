/**
 * A half-open interval of instants `[start, end)`. A period built by `splitRange`,
 * `periodContaining` or `parsePeriod` also says the time zone it was read in and its label, so an
 * indicator given it reads the calendar in that zone (and refuses options naming another zone).
 * @category Period
 */
export interface Period {
  /** First instant inside the period. */
  readonly start: Date;
  /** First instant after the period. */
  readonly end: Date;
  /** IANA time zone in which the period's days were read, when known (`"Europe/Paris"`). */
  readonly timeZone?: string;
  /** Label a person can read (`2026-Q4`, `FY2026/27-H1`), when the period is a calendar unit or was named. */
  readonly label?: string;
}

/** A period with a label a person can read (`2026-03`, `2026-Q1`, `2026-W09`...). @category Period */
export interface Bucket extends Period {
  /** Label of the calendar (or fiscal) unit the bucket belongs to, in the reporting zone. */
  readonly label: string;
}

/** The calendar grains: ISO weeks start on Monday; quarters, semesters and years follow the fiscal year. @category Period */
export type Grain = "day" | "week" | "month" | "quarter" | "semester" | "year";

/** The grains as a list, in increasing length. @category Period */
export const GRAINS: readonly Grain[] = ["day", "week", "month", "quarter", "semester", "year"];

/** How days are counted in proration and elapsed fractions: all calendar days, or Monday to Friday. @category Period */
export type DayCount = "calendar" | "business";

/** Calendar options shared by every function that answers a calendar question. @category Period */
export interface CalendarOptions {
  /**
   * IANA time zone in which days, weeks and months are read. Default: the zone of the period (or
   * range) the call is given when it carries one, else `"UTC"`.
   *
   * Interpretation (the zone said once): a period from `splitRange`, `periodContaining` or
   * `parsePeriod` carries its zone; an indicator given one computes in that zone when `timeZone`
   * is absent, and throws `InvalidArgumentError` naming both zones when `timeZone` names another.
   */
  readonly timeZone?: string;
  /** Month (1 = January ... 12 = December) in which the fiscal year starts. Default 1. */
  readonly fiscalYearStartMonth?: number;
}
