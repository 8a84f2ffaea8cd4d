/**
 * The library's typed errors. Every error thrown by crm-kpi is a {@link CrmKpiError} with a stable
 * {@link CrmKpiError.code}, so callers can tell errors apart with {@link isCrmKpiError} even when
 * an ESM and a CJS copy of the library meet in one process (where `instanceof` fails).
 *
 * @module
 */
import { compareCodePoints } from "./describe.js";

/** Prefix of every message crm-kpi writes, so its errors stand out in logs. @category Errors */
export const ERROR_PREFIX = "[crm-kpi]";

/**
 * The stable codes of crm-kpi's errors.
 *
 * - `INVALID_ARGUMENT`: an option or argument is malformed (unknown time zone, empty range...).
 * - `INVALID_MONEY`: an amount is not an accepted decimal form.
 * - `INVALID_DATE`: a date is impossible, unparseable, in a DST gap or out of business bounds.
 * - `UNKNOWN_CURRENCY`: a currency is not an ISO 4217 code.
 * - `MIXED_CURRENCY`: amounts in several currencies were summed without exchange rates.
 * - `MISSING_EXCHANGE_RATE`: no rate is in force for a currency on a record's date.
 * - `UNKNOWN_STAGE`: an open deal has no probability and its stage is not in the stage map.
 * - `PRORATION_FORBIDDEN`: a target only partly overlaps the period and proration is off.
 * - `ROW_VALIDATION`: a raw row was rejected while parsing in fail-fast mode.
 * - `MISSING_FIELDS`: no row holds any of the fields a parser expects (the columns are misnamed).
 * - `UNKNOWN_INDICATOR`: no indicator of the catalogue has the id asked for.
 * - `INVALID_INDICATOR_OPTIONS`: options given to an indicator by its catalogue id are malformed.
 * - `CSV_FORMAT`: a CSV file cannot be read as CSV (a quote never closed, a record over the size
 *   bound, bytes that are not in the declared encoding, no header line).
 * - `SQL_NOT_SUPPORTED`: an indicator or option cannot be computed in SQL (`computeWithSql`).
 * @category Errors
 */
export type CrmKpiErrorCode =
  | "INVALID_ARGUMENT"
  | "INVALID_MONEY"
  | "INVALID_DATE"
  | "UNKNOWN_CURRENCY"
  | "MIXED_CURRENCY"
  | "MISSING_EXCHANGE_RATE"
  | "UNKNOWN_STAGE"
  | "PRORATION_FORBIDDEN"
  | "ROW_VALIDATION"
  | "MISSING_FIELDS"
  | "UNKNOWN_INDICATOR"
  | "INVALID_INDICATOR_OPTIONS"
  | "CSV_FORMAT"
  | "SQL_NOT_SUPPORTED";

/**
 * Base class of every error crm-kpi throws.
 *
 * @example
 * ```ts
 * try { sumMoney([...]) } catch (error) {
 *   if (isCrmKpiError(error) && error.code === "MIXED_CURRENCY") { ... }
 * }
 * ```
 * @category Errors
 */
export class CrmKpiError extends Error {
  /** Stable, machine-readable code; compare it rather than using `instanceof`. */
  readonly code: CrmKpiErrorCode;

  /**
   * @param code - the stable code
   * @param message - the human explanation; the {@link ERROR_PREFIX} is added in front
   */
  constructor(code: CrmKpiErrorCode, message: string) {
    super(`${ERROR_PREFIX} ${message}`);
    this.name = "CrmKpiError";
    this.code = code;
  }
}

/** An option or argument is malformed. @category Errors */
export class InvalidArgumentError extends CrmKpiError {
  /** @param message - what is wrong */
  constructor(message: string) {
    super("INVALID_ARGUMENT", message);
    this.name = "InvalidArgumentError";
  }
}

/** An amount is not an accepted decimal form (NaN, Infinity, exponent, separators...). @category Errors */
export class InvalidMoneyError extends CrmKpiError {
  /** @param message - what is wrong */
  constructor(message: string) {
    super("INVALID_MONEY", message);
    this.name = "InvalidMoneyError";
  }
}

/** A date is impossible, unparseable, inside a DST gap or outside the business bounds. @category Errors */
export class InvalidDateError extends CrmKpiError {
  /** @param message - what is wrong */
  constructor(message: string) {
    super("INVALID_DATE", message);
    this.name = "InvalidDateError";
  }
}

/** A currency is not an ISO 4217 code known to the runtime. @category Errors */
export class UnknownCurrencyError extends CrmKpiError {
  /** The rejected code. */
  readonly currency: string;
  /** @param currency - the rejected code */
  constructor(currency: string) {
    super("UNKNOWN_CURRENCY", `unknown ISO 4217 currency code ${JSON.stringify(currency)}`);
    this.name = "UnknownCurrencyError";
    this.currency = currency;
  }
}

/** Amounts in several currencies were to be summed and no exchange rates were given. @category Errors */
export class MixedCurrencyError extends CrmKpiError {
  /** The currencies found, sorted. */
  readonly currencies: readonly string[];
  /** @param currencies - the currencies found */
  constructor(currencies: readonly string[]) {
    const sorted = [...new Set(currencies)].sort();
    super(
      "MIXED_CURRENCY",
      `cannot sum amounts in several currencies (${sorted.join(", ")}) without exchange rates to a reporting currency`,
    );
    this.name = "MixedCurrencyError";
    this.currencies = sorted;
  }
}

/** No exchange rate is in force for a currency on a record's date. @category Errors */
export class MissingExchangeRateError extends CrmKpiError {
  /** The currency without a rate. */
  readonly currency: string;
  /** The record's date. */
  readonly date: Date;
  /**
   * @param currency - the currency without a rate
   * @param reportingCurrency - the currency converted to
   * @param date - the record's date
   */
  constructor(currency: string, reportingCurrency: string, date: Date) {
    super(
      "MISSING_EXCHANGE_RATE",
      `no exchange rate from ${currency} to ${reportingCurrency} in force on ${date.toISOString()}`,
    );
    this.name = "MissingExchangeRateError";
    this.currency = currency;
    this.date = date;
  }
}

/** A stage missing from the stage map, with the number of open deals that needed it. @category Errors */
export interface UnknownStage {
  /** The stage name as the deals give it (an absent stage is `""`). */
  readonly stage: string;
  /** How many open deals without a probability carry it. */
  readonly dealCount: number;
}

/**
 * How many unknown stages an {@link UnknownStageError} message names before "and N more" (the
 * `stages` property holds them all).
 *
 * @example
 * ```ts
 * UNKNOWN_STAGES_IN_MESSAGE; //=> 10
 * ```
 * @category Errors
 */
export const UNKNOWN_STAGES_IN_MESSAGE = 10;

function describeUnknownStage(entry: UnknownStage): string {
  return `${JSON.stringify(entry.stage.slice(0, 80))} (${entry.dealCount} ${entry.dealCount === 1 ? "deal" : "deals"})`;
}

/**
 * Open deals need the stage map and their stages are not in it. The error lists every such stage,
 * sorted by code point, with how many open deals carry it; the message names the first
 * {@link UNKNOWN_STAGES_IN_MESSAGE} of them and says how many more there are.
 *
 * @example
 * ```ts
 * const error = new UnknownStageError([{ stage: "demo", dealCount: 2 }, { stage: "closing", dealCount: 1 }]);
 * error.stages.map((s) => [s.stage, s.dealCount]); //=> [["closing", 1], ["demo", 2]]
 * error.stage; //=> "closing"
 * error.message;
 * //=> '[crm-kpi] 2 stages have no probability: "closing" (1 deal), "demo" (2 deals); give those deals a probability or add the stages to the stage map'
 * ```
 * @category Errors
 */
export class UnknownStageError extends CrmKpiError {
  /** Every unknown stage with its open deal count, sorted by code point (at least one). */
  readonly stages: readonly UnknownStage[];
  /** The first of {@link UnknownStageError.stages} (the only one when there is one). */
  readonly stage: string;
  /**
   * @param stages - the unknown stages and their deal counts, in any order (copied and sorted)
   */
  constructor(stages: readonly UnknownStage[]) {
    const sorted = stages
      .map((entry) => ({ stage: entry.stage, dealCount: entry.dealCount }))
      .sort((a, b) => compareCodePoints(a.stage, b.stage));
    const shown = sorted.slice(0, UNKNOWN_STAGES_IN_MESSAGE).map(describeUnknownStage).join(", ");
    const more =
      sorted.length > UNKNOWN_STAGES_IN_MESSAGE ? ` and ${sorted.length - UNKNOWN_STAGES_IN_MESSAGE} more` : "";
    super(
      "UNKNOWN_STAGE",
      sorted.length === 1
        ? `stage ${shown} has no probability: give its open deals a probability or add the stage to the stage map`
        : `${sorted.length} stages have no probability: ${shown}${more}; give those deals a probability or add the stages to the stage map`,
    );
    this.name = "UnknownStageError";
    this.stages = sorted;
    this.stage = sorted[0]?.stage ?? "";
  }
}

/** A target only partly overlaps the requested period and the caller forbade proration. @category Errors */
export class ProrationForbiddenError extends CrmKpiError {
  /** The target's id. */
  readonly targetId: string;
  /** @param targetId - the target that only partly overlaps */
  constructor(targetId: string) {
    super(
      "PRORATION_FORBIDDEN",
      `target ${JSON.stringify(targetId)} only partly overlaps the period and proration is forbidden`,
    );
    this.name = "ProrationForbiddenError";
    this.targetId = targetId;
  }
}

/** One problem in a rejected row. @category Errors */
export interface RowIssue {
  /** Path of the offending field inside the row (empty for the row itself). */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words. */
  readonly message: string;
}

/**
 * One rejected raw row: where it is and what is wrong with it. A row is named in exactly one
 * `RowError`; `path` and `message` are its first problem, `issues` lists them all.
 * @category Errors
 */
export interface RowError {
  /** Zero-based index of the row in the input array. */
  readonly index: number;
  /** The row's `id` when it had a readable one, else `null`. */
  readonly id: string | null;
  /** Path of the offending field inside the row (empty for the row itself). */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words. */
  readonly message: string;
  /** Every problem found in the row, the first one included. */
  readonly issues: readonly RowIssue[];
  /**
   * The row's line in the source file (`firstLine + index`), present only when the parse was given
   * a `firstLine` option.
   */
  readonly line?: number;
}

/** A raw row was rejected while parsing in fail-fast mode. @category Errors */
export class RowValidationError extends CrmKpiError {
  /** The rejected row's details. */
  readonly rowError: RowError;
  /** @param rowError - the rejected row's details */
  constructor(rowError: RowError) {
    super("ROW_VALIDATION", formatRowError(rowError));
    this.name = "RowValidationError";
    this.rowError = rowError;
  }
}

/**
 * Formats a row error as one line: row index, source line (when known), id, field path, the first
 * problem, and how many more the row has.
 *
 * @param rowError - the error to format
 * @returns e.g. `row 3, line 5 (id "o-4"), field amount: exponents are not accepted (+1 more issue)`
 * @example
 * ```ts
 * formatRowError({ index: 3, id: "o-4", path: ["amount"], message: "exponents are not accepted", issues: [] });
 * //=> 'row 3 (id "o-4"), field amount: exponents are not accepted'
 * formatRowError({
 *   index: 3, line: 5, id: "o-4", path: ["amount"], message: "exponents are not accepted",
 *   issues: [{ path: ["amount"], message: "exponents are not accepted" }, { path: ["date"], message: "required" }],
 * });
 * //=> 'row 3, line 5 (id "o-4"), field amount: exponents are not accepted (+1 more issue)'
 * ```
 * @category Errors
 */
export function formatRowError(rowError: RowError): string {
  const line = rowError.line === undefined ? "" : `, line ${rowError.line}`;
  const id = rowError.id === null ? "" : ` (id ${JSON.stringify(rowError.id)})`;
  const field = rowError.path.length === 0 ? "" : `, field ${rowError.path.join(".")}`;
  const more = rowError.issues.length - 1;
  const rest = more <= 0 ? "" : ` (+${more} more issue${more === 1 ? "" : "s"})`;
  return `row ${rowError.index}${line}${id}${field}: ${rowError.message}${rest}`;
}

/** Most keys a {@link MissingFieldsError}'s message lists (its `found` holds up to 100). */
const MAX_KEYS_SHOWN = 20;

/**
 * No row holds any of the fields a parser expects: the columns are named otherwise (a CSV with its
 * CRM's own headers, a header row read as data...). Thrown once, instead of one "required" error
 * per row.
 * @category Errors
 */
export class MissingFieldsError extends CrmKpiError {
  /** The fields the parser reads, in its schema's order. */
  readonly expected: readonly string[];
  /** The keys the rows have, in order of first appearance (at most 100). */
  readonly found: readonly string[];
  /**
   * @param expected - the fields the parser reads
   * @param found - the keys the rows have
   */
  constructor(expected: readonly string[], found: readonly string[]) {
    const shown = found
      .slice(0, MAX_KEYS_SHOWN)
      .map((key) => JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}...` : key));
    const others = found.length > MAX_KEYS_SHOWN ? ` and ${found.length - MAX_KEYS_SHOWN} more` : "";
    const keys = found.length === 0 ? "no fields at all" : `the fields ${shown.join(", ")}${others}`;
    super(
      "MISSING_FIELDS",
      `no row has any of the expected fields (${expected.join(", ")}); the rows have ${keys}: rename the columns to the expected names`,
    );
    this.name = "MissingFieldsError";
    this.expected = [...expected];
    this.found = [...found];
  }
}

/**
 * No indicator of the catalogue has the id asked for (by `getIndicator`, `computeIndicator` or
 * `computeReport`). The error names the id and every known id.
 *
 * @example
 * ```ts
 * const error = new UnknownIndicatorError("pipline", ["pipeline", "lost-deals"]);
 * error.id; //=> "pipline"
 * error.message;
 * //=> '[crm-kpi] no indicator has the id "pipline"; the known ids are pipeline, lost-deals'
 * ```
 * @category Errors
 */
export class UnknownIndicatorError extends CrmKpiError {
  /** The id asked for, as text (a value that is not a string is described, never run). */
  readonly id: string;
  /** Every id the catalogue knows, in catalogue order. */
  readonly knownIds: readonly string[];
  /**
   * @param id - the id asked for, or a description of the value given instead of an id
   * @param knownIds - every id the catalogue knows
   */
  constructor(id: string, knownIds: readonly string[]) {
    super(
      "UNKNOWN_INDICATOR",
      `no indicator has the id ${JSON.stringify(id.length > 64 ? `${id.slice(0, 64)}...` : id)}; the known ids are ${knownIds.join(", ")}`,
    );
    this.name = "UnknownIndicatorError";
    this.id = id;
    this.knownIds = [...knownIds];
  }
}

/**
 * Options given to an indicator by its catalogue id (`computeIndicator`, `computeReport`) are
 * malformed: an unknown option, a missing one, or a value of the wrong form. The error names the
 * indicator and the option (its path, `thresholds.good` for a nested one) and says what is wrong.
 *
 * @example
 * ```ts
 * const error = new InvalidIndicatorOptionsError("pipeline", "asOf", "is required");
 * error.option; //=> "asOf"
 * error.message; //=> '[crm-kpi] indicator "pipeline", option asOf: is required'
 * ```
 * @category Errors
 */
export class InvalidIndicatorOptionsError extends CrmKpiError {
  /** The indicator's catalogue id. */
  readonly indicator: string;
  /** The option at fault, as a dotted path (`thresholds.good`); `""` when the options themselves are not an object. */
  readonly option: string;
  /** What is wrong with it, in words. */
  readonly problem: string;
  /**
   * @param indicator - the indicator's catalogue id
   * @param option - the option at fault, as a dotted path (`""` for the options argument itself)
   * @param problem - what is wrong with it
   */
  constructor(indicator: string, option: string, problem: string) {
    super(
      "INVALID_INDICATOR_OPTIONS",
      `indicator ${JSON.stringify(indicator)}, ${option === "" ? "options" : `option ${option}`}: ${problem}`,
    );
    this.name = "InvalidIndicatorOptionsError";
    this.indicator = indicator;
    this.option = option;
    this.problem = problem;
  }
}

/**
 * A CSV file cannot be read as CSV: a quote never closed, a record longer than the size bound,
 * bytes that are not in the declared encoding, or no header line. Row-level problems (a bad
 * amount, a missing id) are row errors, never this.
 *
 * @example
 * ```ts
 * new CsvFormatError("a quote is never closed", 12).message; //=> "[crm-kpi] line 12: a quote is never closed"
 * ```
 * @category Errors
 */
export class CsvFormatError extends CrmKpiError {
  /** The file's line where the problem was found (1 is the first line), or `null` when unknown. */
  readonly line: number | null;
  /**
   * @param message - what is wrong
   * @param line - the file's line, when known
   */
  constructor(message: string, line: number | null = null) {
    super("CSV_FORMAT", line === null ? message : `line ${line}: ${message}`);
    this.name = "CsvFormatError";
    this.line = line;
  }
}

/**
 * An indicator call cannot be computed in SQL: the indicator has no SQL form yet, or an option
 * needs what SQL does not do here (conversion with exchange rates, records without an SQL table).
 * The error names the indicator and what is missing.
 *
 * @example
 * ```ts
 * const error = new SqlNotSupportedError("win-rate", "no SQL form yet");
 * error.indicator; //=> "win-rate"
 * error.message; //=> '[crm-kpi] "win-rate" cannot be computed in SQL: no SQL form yet'
 * ```
 * @category Errors
 */
export class SqlNotSupportedError extends CrmKpiError {
  /** The indicator (its function name or catalogue id), or what was asked (`a plan`). */
  readonly indicator: string;
  /** What is missing, in words. */
  readonly missing: string;
  /**
   * @param indicator - the indicator, or what was asked
   * @param missing - what is missing, in words
   */
  constructor(indicator: string, missing: string) {
    super("SQL_NOT_SUPPORTED", `${JSON.stringify(indicator)} cannot be computed in SQL: ${missing}`);
    this.name = "SqlNotSupportedError";
    this.indicator = indicator;
    this.missing = missing;
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set<CrmKpiErrorCode>([
  "INVALID_ARGUMENT",
  "INVALID_MONEY",
  "INVALID_DATE",
  "UNKNOWN_CURRENCY",
  "MIXED_CURRENCY",
  "MISSING_EXCHANGE_RATE",
  "UNKNOWN_STAGE",
  "PRORATION_FORBIDDEN",
  "ROW_VALIDATION",
  "MISSING_FIELDS",
  "UNKNOWN_INDICATOR",
  "INVALID_INDICATOR_OPTIONS",
  "CSV_FORMAT",
  "SQL_NOT_SUPPORTED",
]);

/**
 * Tells whether a value is one of crm-kpi's errors, from any copy of the library (ESM or CJS).
 *
 * @param value - anything caught
 * @returns `true` when `value` is an `Error` carrying one of the {@link CrmKpiErrorCode}s and the prefix
 * @example
 * ```ts
 * isCrmKpiError(new MixedCurrencyError(["EUR", "USD"])); //=> true
 * isCrmKpiError(new Error("x")); //=> false
 * ```
 * @category Errors
 */
export function isCrmKpiError(value: unknown): value is CrmKpiError {
  if (!(value instanceof Error)) return false;
  const code: unknown = (value as Error & { code?: unknown }).code;
  return typeof code === "string" && KNOWN_CODES.has(code) && value.message.startsWith(ERROR_PREFIX);
}
