/**
 * The forms in which the catalogue takes periods and instants: typed values, or the text a JSON
 * file or a command line holds.
 *
 * @module
 */

/**
 * An instant as the catalogue takes it: a `Date`, or an ISO 8601 string read by spec section 1's
 * rules in the options' `timeZone` (`"2026-03-31"` is the start of that day in the zone,
 * `"2026-03-31T14:00:00Z"` that instant, `"2026-03-31T14:00"` wall time in the zone).
 * @category Catalogue
 */
export type InstantInput = Date | string;

/** A `[start, end)` period given by its bounds, `Date`s or ISO strings. @category Catalogue */
export interface PeriodRangeInput {
  /** First instant of the period. */
  readonly start: InstantInput;
  /** First instant after the period. */
  readonly end: InstantInput;
  /** The period's label, kept in the result. */
  readonly label?: string;
  /** The zone the period was cut in, kept in the result (the indicator computes in it when `timeZone` is absent). */
  readonly timeZone?: string;
}

/**
 * A period as the catalogue takes it: a label read by `parsePeriod` in the options' zone and fiscal
 * year (`"2026-Q2"`, `"2026-03"`, `"FY2026/27"`...), or its bounds (a `Period` is one).
 * @category Catalogue
 */
export type PeriodInput = string | PeriodRangeInput;
