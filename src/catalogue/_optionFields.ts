/**
 * The zod fields the catalogue's option schemas are built from, and the readers that turn a period
 * label or an ISO string into a period or an instant, with errors that name the indicator and the
 * option.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";
import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { ERROR_PREFIX, InvalidIndicatorOptionsError, isCrmKpiError } from "../errors/index.js";
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from "../model/serviceTypes.js";
import type { Scope } from "../model/types.js";
import type { RequestKind } from "../model/salesFlowTypes.js";
import { REQUEST_KINDS } from "../model/requestSchema.js";
import type { ExchangeRates } from "../money/exchangeRates.js";
import type { DecimalInput } from "../money/decimal.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { parseInstant } from "../period/parseInstant.js";
import type { CalendarOptions, Grain, Period } from "../period/types.js";
import { GRAINS } from "../period/types.js";
import type { ReportRequest } from "./defineIndicator.js";
import type { IndicatorData } from "./indicatorData.js";
import type { InstantInput, PeriodInput } from "./optionInputs.js";

/** Longest period label or ISO string read (longer text is refused before any parsing). */
const MAX_TEXT = 64;

/** A `Date`, or an ISO string read later in the options' zone. */
export const instantField: z.ZodType<InstantInput> = z.union([z.date(), z.string().max(MAX_TEXT)], {
  error: "expected a Date or an ISO 8601 date or date-time string",
});

/** A period label, or `{ start, end }` as `Date`s or ISO strings. */
export const periodField: z.ZodType<PeriodInput> = z.union(
  [
    z.string().max(MAX_TEXT),
    z.strictObject({
      start: instantField,
      end: instantField,
      label: z.string().max(MAX_TEXT).exactOptional(),
      timeZone: z.string().max(MAX_TEXT).exactOptional(),
    }),
  ],
  { error: 'expected a period label such as "2026-Q2" or { start, end }' },
);

/** A decimal as `toDecimal` takes it: a string (the JSON form), a finite number or a `Decimal`. */
export const decimalField: z.ZodType<DecimalInput> = z.union(
  [z.string().max(200), z.number(), z.custom<Decimal>((value) => Decimal.isDecimal(value))],
  { error: 'expected a decimal string such as "0.8"' },
);

/** A whole number at least 1 (a count of buckets, of days). */
export const countField = z.number().int().min(1);

/** A grain of `splitRange`. */
export const grainField: z.ZodType<Grain> = z.enum(GRAINS as readonly [Grain, ...Grain[]]);

/** Request kinds (tender, specification, request): a non-empty list. */
export const requestKindsField: z.ZodType<RequestKind[]> = z.array(z.enum(REQUEST_KINDS)).min(1);

/** The unit of a service duration: `"hours"` or `"days"`. */
export const durationUnitField = z.enum(["hours", "days"]);

/** A complaint category (`commercial`, `product`, `delivery`, `billing`, `other`). */
export const complaintCategoryField: z.ZodType<ComplaintCategory> = z.enum(COMPLAINT_CATEGORIES);

/** Status thresholds on a ratio: `good` and `watch`, decimals. */
export const thresholdsField = z.strictObject({
  good: decimalField.exactOptional(),
  watch: decimalField.exactOptional(),
});

/** Who to compute for. */
export const scopeField: z.ZodType<Scope> = z.discriminatedUnion("level", [
  z.strictObject({ level: z.literal("company") }),
  z.strictObject({ level: z.literal("team"), teamId: z.string() }),
  z.strictObject({ level: z.literal("seller"), sellerId: z.string() }),
]);

/** Exchange rates built by `createExchangeRates` (an object with a reporting currency and `rateOn`). */
const exchangeRatesField = z.custom<ExchangeRates>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    typeof (value as { reportingCurrency?: unknown }).reportingCurrency === "string" &&
    typeof (value as { rateOn?: unknown }).rateOn === "function",
  "expected exchange rates built by createExchangeRates",
);

/** The options every headline indicator takes (calendar, money, scope, explain), the roster aside (it is data). */
export const commonShape = {
  timeZone: z.string().max(MAX_TEXT).exactOptional(),
  fiscalYearStartMonth: z.number().exactOptional(),
  currency: z.string().max(MAX_TEXT).exactOptional(),
  exchangeRates: exchangeRatesField.exactOptional(),
  scope: scopeField.exactOptional(),
  explain: z.boolean().exactOptional(),
};

/** The options of indicators that prorate targets or measure elapsed time. */
export const targetShape = {
  dayCount: z.enum(["calendar", "business"]).exactOptional(),
  proration: z.boolean().exactOptional(),
};

/** The text of a crm-kpi error without its prefix, or a generic text for anything else thrown. */
function problemOf(error: unknown): string {
  if (!isCrmKpiError(error)) throw error;
  return error.message.startsWith(`${ERROR_PREFIX} `) ? error.message.slice(ERROR_PREFIX.length + 1) : error.message;
}

/** The calendar options of an options object (its zone and fiscal year start). */
export function calendarOf(options: CalendarOptions): CalendarOptions {
  return {
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.fiscalYearStartMonth === undefined ? {} : { fiscalYearStartMonth: options.fiscalYearStartMonth }),
  };
}

/**
 * Throws the error of a bad option: `option` is its dotted path (`""` for the options argument
 * itself), `problem` what is wrong with it.
 */
export type OptionFailure = (option: string, problem: string) => never;

/** The failure of an indicator's option: an {@link InvalidIndicatorOptionsError} naming the indicator. */
export function indicatorFailure(id: string): OptionFailure {
  return (option, problem) => {
    throw new InvalidIndicatorOptionsError(id, option, problem);
  };
}

/**
 * An instant option, read: a `Date` as it is, a string by spec section 1's rules in `timeZone`.
 *
 * @throws what `fail` throws, when the text is not an accepted date
 */
export function readInstant(
  fail: OptionFailure,
  option: string,
  value: InstantInput,
  timeZone: string | undefined,
): Date {
  try {
    return parseInstant(value, timeZone === undefined ? {} : { timeZone });
  } catch (error) {
    return fail(option, problemOf(error));
  }
}

/**
 * A period option, read: a label with `parsePeriod` in the calendar, bounds as instants (strings in
 * the period's own zone, else the calendar's).
 *
 * @throws what `fail` throws, for an unknown label or a bad bound
 */
export function readPeriod(fail: OptionFailure, option: string, value: PeriodInput, calendar: CalendarOptions): Period {
  if (typeof value === "string") {
    try {
      return parsePeriod(value, calendar);
    } catch (error) {
      return fail(option, problemOf(error));
    }
  }
  const zone = value.timeZone ?? calendar.timeZone;
  return {
    start: readInstant(fail, `${option}.start`, value.start, zone),
    end: readInstant(fail, `${option}.end`, value.end, zone),
    ...(value.label === undefined ? {} : { label: value.label }),
    ...(value.timeZone === undefined ? {} : { timeZone: value.timeZone }),
  };
}

/** The value at a path of a raw options object (own keys only), or `undefined`. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A path as text: `thresholds.good`, `types.2`. */
function pathText(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "symbol" ? "(symbol)" : String(key))).join(".");
}

/**
 * Options checked with an indicator's schema, for callers without types.
 *
 * @param fail - throws the error of a bad option (see {@link indicatorFailure})
 * @param schema - the options schema (a strict object: an unknown option is an error)
 * @param options - the caller's options
 * @returns the options, as the schema gives them
 * @throws what `fail` throws, for the first option at fault
 */
export function checkOptions<T>(fail: OptionFailure, schema: z.ZodType<T>, options: unknown): T {
  if (typeof options !== "object" || options === null || Array.isArray(options))
    return fail("", `must be an object, not ${describeValue(options)}`);
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue === undefined) return fail("", "are not valid");
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const known = issue.path.length === 0 && schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
    const takes = known.length === 0 ? "" : ` (it takes ${known.join(", ")})`;
    return fail(
      pathText([...issue.path, key.length > 64 ? `${key.slice(0, 64)}...` : key]),
      `is not a known option${takes}`,
    );
  }
  const value = valueAt(options, issue.path);
  return fail(
    pathText(issue.path),
    value === undefined ? "is required" : `${issue.message}, not ${describeValue(value)}`,
  );
}

/** The roster of the data, as an option (absent when the data has none). */
export function roster(data: IndicatorData): { readonly sellers?: IndicatorData["sellers"] & object } {
  return data.sellers === undefined ? {} : { sellers: data.sellers };
}

/** A period option read with the options' calendar; the zone the computation runs in follows it. */
export function periodOption(id: string, option: string, value: PeriodInput, options: object): Period {
  return readPeriod(indicatorFailure(id), option, value, calendarOf(options));
}

/** An instant option read in `zone` (the options' zone, else the period's). */
export function instantOption(id: string, option: string, value: InstantInput, zone: string | undefined): Date {
  return readInstant(indicatorFailure(id), option, value, zone);
}

/** An optional `asOf`, read in `zone` (the options' zone, else the period's). */
export function asOfOption(
  id: string,
  asOf: InstantInput | undefined,
  zone: string | undefined,
): { readonly asOf?: Date } {
  return asOf === undefined ? {} : { asOf: instantOption(id, "asOf", asOf, zone) };
}

/**
 * The report's options an indicator takes, built from its request: `parts` names which, among
 * `"calendar"` (zone, fiscal year start), `"money"` (currency, exchange rates) and `"dayCount"`;
 * an option the report leaves out stays absent (an indicator's strict schema refuses what it does
 * not take, so each definition names exactly its parts).
 */
export function reportOptionsOf<const Part extends "calendar" | "money" | "dayCount">(
  request: ReportRequest,
  ...parts: readonly Part[]
): Pick<
  ReportRequest,
  | ("calendar" extends Part ? "timeZone" | "fiscalYearStartMonth" : never)
  | ("money" extends Part ? "currency" | "exchangeRates" : never)
  | ("dayCount" extends Part ? "dayCount" : never)
> {
  const keys: readonly (keyof ReportRequest)[] = parts.flatMap((part) =>
    part === "calendar"
      ? (["timeZone", "fiscalYearStartMonth"] as const)
      : part === "money"
        ? (["currency", "exchangeRates"] as const)
        : (["dayCount"] as const),
  );
  // The keys are those of the parts named, so the object has the picked type.
  return Object.fromEntries(
    keys.flatMap((key) => (request[key] === undefined ? [] : [[key, request[key]]])),
  ) as ReturnType<typeof reportOptionsOf<Part>>;
}
