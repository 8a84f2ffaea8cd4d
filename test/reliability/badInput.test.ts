/**
 * Issue "Reliability", part 1: the bad-input catalogue. One line per bad input, each with its exact
 * outcome: the row error (index, id, field path, message) a parse function reports, or the typed
 * error (class, `code`, message) a reader, helper or indicator throws.
 *
 * Where the expected values come from:
 * - messages are the texts the library writes (src/money/decimal.ts `explainBadString`,
 *   src/period/parseInstant.ts, src/model/_fields.ts, src/model/parseRows.ts, the schemas and the
 *   option checks), held here word for word so that a change of wording is a visible change;
 * - which inputs are rejected, and which accepted, is spec section 1 ("Money", "Time") and the
 *   settled details of docs/specification.md (duplicates, absent values, DST gap and fold, local
 *   business years 1900-2200);
 * - figures (sums, rates) are worked by hand in the comments next to them.
 *
 * The lines marked "regression" are the fuzz findings (test/reliability/fuzz.ts) that escaped as a
 * TypeError or RangeError before the source was fixed.
 */
import { describe, expect, it } from "vitest";
import { REQUIRED, rowErrors, type Parser } from "./rowErrors.js";
import {
  activityRate,
  activityRateGrouped,
  activityRateSeries,
  countDays,
  createExchangeRates,
  createPeriod,
  dealTable,
  Decimal,
  elapsedFraction,
  InvalidArgumentError,
  InvalidDateError,
  InvalidMoneyError,
  isCrmKpiError,
  lostDeals,
  lostDealsGrouped,
  MixedCurrencyError,
  orderTable,
  parseActivities,
  parseActivityTargets,
  parseDeals,
  parseInstant,
  parseOrders,
  parseRevenueTargets,
  parseSellers,
  periodContaining,
  pipeline,
  pipelineGrouped,
  prorate,
  resultFromJSON,
  revenuePerSeller,
  revenueVsTarget,
  revenueVsTargetGrouped,
  RevenueVsTargetResultSchema,
  revenueVsTargetSeries,
  rollingWindow,
  rollUpTargets,
  RowValidationError,
  splitRange,
  stageProbabilityMap,
  sumMoney,
  toDecimal,
  UnknownCurrencyError,
  type Activity,
  type ActivityTarget,
  type CrmKpiErrorCode,
  type Deal,
  type Order,
  type RevenueTarget,
  type Seller,
} from "../../src/index.js";

// ---------------------------------------------------------------------------------------------
// Helpers

/** Calls `run` and returns what it threw (failing when it returns). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** Expects `run` to throw the library's error of that class and code, with exactly this message. */
function expectTyped(
  run: () => unknown,
  type: abstract new (...args: never[]) => Error,
  code: CrmKpiErrorCode,
  message: string,
): void {
  const error = thrown(run);
  expect(error).toBeInstanceOf(type);
  expect(isCrmKpiError(error)).toBe(true);
  expect((error as { code: string }).code).toBe(code);
  expect((error as Error).message).toBe(`[crm-kpi] ${message}`);
}

const ISO_FORMS = "is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm])";
const day = (text: string): Date => new Date(`${text}T00:00:00.000Z`);
const MARCH: { start: Date; end: Date } = { start: day("2026-03-01"), end: day("2026-04-01") };

// Good rows of each kind; each line below breaks one thing in one of them.
const ORDER = {
  id: "o-1",
  date: "2026-03-02",
  amount: "12.50",
  currency: "EUR",
  sellerId: "s-1",
  customerId: "c-1",
} as const;
const SELLER = { id: "s-1", name: "Ana", teamId: "t-1" } as const;
const REVENUE_TARGET = {
  id: "rt-1",
  level: "seller",
  scopeId: "s-1",
  start: "2026-01-01",
  end: "2027-01-01",
  amount: "120000",
  currency: "EUR",
} as const;
const DEAL = {
  id: "d-1",
  ownerId: "s-1",
  amount: "5000",
  currency: "EUR",
  stage: "proposal",
  probability: "0.4",
  createdAt: "2026-02-01",
  expectedCloseDate: "2026-04-30",
  status: "lost",
  closedAt: "2026-03-10",
  lossReason: "price",
} as const;
const ACTIVITY = {
  id: "a-1",
  ownerId: "s-1",
  type: "call",
  date: "2026-03-02T10:00:00Z",
  status: "done",
  durationMinutes: 30,
} as const;
const ACTIVITY_TARGET = {
  id: "at-1",
  level: "seller",
  scopeId: "s-1",
  type: "call",
  start: "2026-01-01",
  end: "2027-01-01",
  count: 120,
} as const;

function without(row: Readonly<Record<string, unknown>>, field: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row };
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the point is a row without the named field
  delete copy[field];
  return copy;
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = { value };
  return value;
}

function circular(): Record<string, unknown> {
  const value: Record<string, unknown> = { amount: "12.50" };
  value["self"] = value;
  return value;
}

// ---------------------------------------------------------------------------------------------
// 1. Money: every line through `parseOrders` (row error on `amount`) and `toDecimal` (InvalidMoneyError).

interface MoneyLine {
  readonly what: string;
  readonly input: unknown;
  /** The row error's message (an absent value is "required" in a row). */
  readonly row: string;
  /** `toDecimal`'s message (it has no notion of "absent"). */
  readonly reader: string;
}

const moneyLine = (what: string, input: unknown, message: string, reader: string = message): MoneyLine => ({
  what,
  input,
  row: message,
  reader,
});
const COMMAS =
  "commas are not accepted in amounts (no thousands separators; a decimal comma needs the decimalComma option)";
const NOT_A_DECIMAL_FORM = (kind: string): string =>
  `an amount must be a decimal string, a finite number or a Decimal, not ${kind}`;

const MONEY_LINES: readonly MoneyLine[] = [
  moneyLine('"1,234.56" (thousands separator)', "1,234.56", COMMAS),
  moneyLine(
    '"1 234,56" (space separator, decimal comma)',
    "1 234,56",
    "spaces (thousands separators) are not accepted in amounts",
  ),
  moneyLine(
    '"1\u00a0234" (no-break space separator)',
    "1\u00a0234",
    "spaces (thousands separators) are not accepted in amounts",
  ),
  moneyLine('"0x1F" (hexadecimal)', "0x1F", "hexadecimal amounts are not accepted"),
  moneyLine('"1_000" (underscore)', "1_000", "underscores are not accepted in amounts"),
  moneyLine('"1e3" (exponent)', "1e3", "exponents are not accepted in amounts (write the digits)"),
  moneyLine('"1e400" (exponent beyond double)', "1e400", "exponents are not accepted in amounts (write the digits)"),
  moneyLine('"0.1E-7" (negative exponent)', "0.1E-7", "exponents are not accepted in amounts (write the digits)"),
  moneyLine('"NaN"', "NaN", '"NaN" is not a finite amount'),
  moneyLine('"Infinity"', "Infinity", '"Infinity" is not a finite amount'),
  moneyLine('"-Infinity"', "-Infinity", '"-Infinity" is not a finite amount'),
  moneyLine('"" (empty)', "", REQUIRED, "an amount cannot be empty"),
  moneyLine('" 12 " (padded)', " 12 ", "an amount cannot have leading or trailing spaces"),
  moneyLine('"+12" (plus sign)', "+12", '"+12" is not a decimal amount'),
  moneyLine('".5" (no integer digit)', ".5", '".5" is not a decimal amount'),
  moneyLine('"5." (no fraction digit)', "5.", '"5." is not a decimal amount'),
  moneyLine('"12.5.3"', "12.5.3", '"12.5.3" is not a decimal amount'),
  moneyLine('"--1"', "--1", '"--1" is not a decimal amount'),
  moneyLine('"€12" (currency sign)', "€12", '"€12" is not a decimal amount'),
  moneyLine('"１２" (full-width digits)', "１２", '"１２" is not a decimal amount'),
  moneyLine("65 digits (over the 64-character bound)", "1".repeat(65), "an amount has at most 64 characters"),
  moneyLine("the number NaN", Number.NaN, "NaN is not a finite amount"),
  moneyLine("the number Infinity", Number.POSITIVE_INFINITY, "Infinity is not a finite amount"),
  moneyLine("the number -Infinity", Number.NEGATIVE_INFINITY, "-Infinity is not a finite amount"),
  moneyLine("a NaN Decimal", new Decimal(Number.NaN), "NaN is not a finite amount"),
  moneyLine("an infinite Decimal", new Decimal(Number.POSITIVE_INFINITY), "Infinity is not a finite amount"),
  moneyLine("null", null, REQUIRED, NOT_A_DECIMAL_FORM("null")),
  moneyLine("true", true, NOT_A_DECIMAL_FORM("boolean")),
  moneyLine("false", false, NOT_A_DECIMAL_FORM("boolean")),
  moneyLine("an empty array", [], NOT_A_DECIMAL_FORM("an array")),
  moneyLine('an array holding "12"', ["12"], NOT_A_DECIMAL_FORM("an array")),
  moneyLine("an empty object", {}, NOT_A_DECIMAL_FORM("an object")),
  moneyLine('an object { value: "12" }', { value: "12" }, NOT_A_DECIMAL_FORM("an object")),
  moneyLine("a Date", day("2026-03-02"), NOT_A_DECIMAL_FORM("an object")),
  moneyLine("a bigint", 12n, NOT_A_DECIMAL_FORM("bigint")),
  moneyLine("an object nested 100 000 levels deep", nested(100_000, "12"), NOT_A_DECIMAL_FORM("an object")),
  moneyLine("a circular object", circular(), NOT_A_DECIMAL_FORM("an object")),
];

describe("1. money strings and values", () => {
  it.each(MONEY_LINES)(
    "amount $what: row error on amount, and InvalidMoneyError from toDecimal",
    ({ input, row, reader }) => {
      expect(rowErrors(parseOrders, [{ ...ORDER, amount: input }])).toEqual([
        { index: 0, id: "o-1", path: ["amount"], message: row },
      ]);
      expectTyped(() => toDecimal(input as string), InvalidMoneyError, "INVALID_MONEY", reader);
    },
  );

  // Accepted forms, with the value read (spec section 1: "-0" is zero; a decimal comma on request).
  it.each([
    { what: '"-0"', input: "-0", options: {}, value: "0" },
    { what: "the number -0", input: -0, options: {}, value: "0" },
    { what: '"-12.50" (a credit note)', input: "-12.50", options: {}, value: "-12.5" },
    { what: '"1,5" with decimalComma', input: "1,5", options: { decimalComma: true }, value: "1.5" },
  ])("amount $what is accepted as $value", ({ input, options, value }) => {
    const [record] = parseOrders([{ ...ORDER, amount: input }], options).records;
    expect(record?.amount.toString()).toBe(value);
    expect(record?.amount.isNegative() && record.amount.isZero()).toBe(false);
  });

  it('amount "1.234,56" with decimalComma: points are rejected, no thousands separators', () => {
    expect(rowErrors(parseOrders, [{ ...ORDER, amount: "1.234,56" }], { decimalComma: true })).toEqual([
      { index: 0, id: "o-1", path: ["amount"], message: "points are not accepted in amounts when decimalComma is on" },
    ]);
  });

  // Decimals that are not money read the same forms; their messages say "number" (src/model/_fields.ts).
  it.each([
    {
      what: 'probability "1e-1"',
      parse: parseDeals,
      row: { ...DEAL, probability: "1e-1" },
      path: "probability",
      message: "exponents are not accepted in numbers (write the digits)",
    },
    {
      what: 'probability "50%%"',
      parse: parseDeals,
      row: { ...DEAL, probability: "50%%" },
      path: "probability",
      message: '"50%" is not a decimal number',
    },
    {
      what: "activity target count NaN",
      parse: parseActivityTargets,
      row: { ...ACTIVITY_TARGET, count: Number.NaN },
      path: "count",
      message: "NaN is not a finite number",
    },
    {
      what: 'durationMinutes "1,5"',
      parse: parseActivities,
      row: { ...ACTIVITY, durationMinutes: "1,5" },
      path: "durationMinutes",
      message:
        "commas are not accepted in numbers (no thousands separators; a decimal comma needs the decimalComma option)",
    },
    {
      what: "durationMinutes true",
      parse: parseActivities,
      row: { ...ACTIVITY, durationMinutes: true },
      path: "durationMinutes",
      message: "a number must be a decimal string, a finite number or a Decimal, not boolean",
    },
  ] as const)("$what", ({ parse, row, path, message }) => {
    expect(rowErrors(parse, [row])).toEqual([{ index: 0, id: row.id, path: [path], message }]);
  });

  // Wrong types where text or a fixed word belongs (src/model/_fields.ts readText, readEnum): never coerced.
  it.each([
    {
      what: "an id that is a number",
      parse: parseOrders,
      row: { ...ORDER, id: 12 },
      id: null,
      path: "id",
      message: "expected text, got a number (12)",
    },
    {
      what: "a sellerId that is an object",
      parse: parseOrders,
      row: { ...ORDER, sellerId: { id: "s-1" } },
      id: "o-1",
      path: "sellerId",
      message: "expected text, got an object",
    },
    {
      what: "a seller name that is an array",
      parse: parseSellers,
      row: { ...SELLER, name: ["Ana"] },
      id: "s-1",
      path: "name",
      message: "expected text, got an array",
    },
    {
      what: "a stage that is Infinity",
      parse: parseDeals,
      row: { ...DEAL, stage: Number.POSITIVE_INFINITY },
      id: "d-1",
      path: "stage",
      message: "expected text, got a number (Infinity)",
    },
    {
      what: "a deal status true",
      parse: parseDeals,
      row: { ...DEAL, status: true },
      id: "d-1",
      path: "status",
      message: 'expected one of "open", "won", "lost", got a boolean (true)',
    },
    {
      what: "a target level NaN",
      parse: parseRevenueTargets,
      row: { ...REVENUE_TARGET, level: Number.NaN },
      id: "rt-1",
      path: "level",
      message: 'expected one of "seller", "team", "company", got a number (NaN)',
    },
    {
      what: 'an activity status "Done" (case matters)',
      parse: parseActivities,
      row: { ...ACTIVITY, status: "Done" },
      id: "a-1",
      path: "status",
      message: 'expected one of "done", "planned", "cancelled", got "Done"',
    },
    {
      what: "an activity type of spaces only",
      parse: parseActivities,
      row: { ...ACTIVITY, type: "   " },
      id: "a-1",
      path: "type",
      message: "must not be blank (only spaces)",
    },
  ] as const)("$what: row error, not coerced", ({ parse, row, id, path, message }) => {
    expect(rowErrors(parse, [row])).toEqual([{ index: 0, id, path: [path], message }]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Dates: through `parseOrders` (row error on `date`, reporting zone Europe/Paris) and `parseInstant`
// (InvalidDateError), same zone.

interface DateLine {
  readonly what: string;
  readonly input: unknown;
  readonly row: string;
  readonly reader: string;
}

const dateLine = (what: string, input: unknown, message: string, reader: string = message): DateLine => ({
  what,
  input,
  row: message,
  reader,
});

const DATE_LINES: readonly DateLine[] = [
  dateLine('"2026-02-30" (no such day)', "2026-02-30", "2026-02-30 is not a calendar date"),
  dateLine('"2026-02-29" (2026 is not a leap year)', "2026-02-29", "2026-02-29 is not a calendar date"),
  dateLine('"2026-13-01" (month 13)', "2026-13-01", "2026-13-01 is not a calendar date"),
  dateLine('"2026-00-10" (month 0)', "2026-00-10", "2026-00-10 is not a calendar date"),
  dateLine('"2026-01-00" (day 0)', "2026-01-00", "2026-01-00 is not a calendar date"),
  dateLine(
    '"2026-03-02T24:00" (T24:00 is not rolled over)',
    "2026-03-02T24:00",
    "24:00 is not a time of day (00:00 to 23:59:59)",
  ),
  dateLine('"2026-03-02T23:60"', "2026-03-02T23:60", "23:60 is not a time of day (00:00 to 23:59:59)"),
  dateLine(
    '"2026-03-02T10:00:60" (leap second)',
    "2026-03-02T10:00:60",
    "10:00:60 is not a time of day (00:00 to 23:59:59)",
  ),
  dateLine(
    '"2026-03-29T02:30" (inside the Paris DST gap)',
    "2026-03-29T02:30",
    "2026-03-29T02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap)",
  ),
  dateLine('"1899-12-31" (before 1900)', "1899-12-31", "year 1899 is outside the business range 1900-2200"),
  dateLine('"0001-01-01"', "0001-01-01", "year 1 is outside the business range 1900-2200"),
  dateLine('"2201-01-01" (after 2200)', "2201-01-01", "year 2201 is outside the business range 1900-2200"),
  dateLine('"9999-12-31"', "9999-12-31", "year 9999 is outside the business range 1900-2200"),
  // Settled detail 18: the bounds are local years; 23:59:59.999Z on 31 December 2200 is 2201 in Paris.
  dateLine(
    '"2200-12-31T23:59:59.999Z" (2201 in Paris)',
    "2200-12-31T23:59:59.999Z",
    "year 2201 is outside the business range 1900-2200",
  ),
  dateLine('"2026-03-02T10:00+25:00" (offset beyond 23 h)', "2026-03-02T10:00+25:00", "+25:00 is not a UTC offset"),
  dateLine('"2026-03-02T10:00+05:60"', "2026-03-02T10:00+05:60", "+05:60 is not a UTC offset"),
  dateLine('"yesterday"', "yesterday", `"yesterday" ${ISO_FORMS}`),
  dateLine('"31/12/2026" (day first)', "31/12/2026", `"31/12/2026" ${ISO_FORMS}`),
  dateLine('"2026-3-2" (no zero padding)', "2026-3-2", `"2026-3-2" ${ISO_FORMS}`),
  dateLine('"20260302" (basic format)', "20260302", `"20260302" ${ISO_FORMS}`),
  dateLine('"2026-03-02T10" (hour only)', "2026-03-02T10", `"2026-03-02T10" ${ISO_FORMS}`),
  dateLine(
    '"2026-03-02T10:00:00.1234Z" (beyond milliseconds)',
    "2026-03-02T10:00:00.1234Z",
    `"2026-03-02T10:00:00.1234Z" ${ISO_FORMS}`,
  ),
  dateLine('"+002026-03-02" (expanded year)', "+002026-03-02", `"+002026-03-02" ${ISO_FORMS}`),
  dateLine(
    "41 characters (over the 40-character bound)",
    `2026-03-02T10:00:00.000+01:00${" ".repeat(12)}`,
    "a date has at most 40 characters",
  ),
  dateLine(
    "an epoch number (not coerced)",
    1_772_409_600_000,
    "a date must be an ISO 8601 string or a Date, not number",
  ),
  dateLine("an invalid Date", new Date(Number.NaN), "the date is invalid"),
  dateLine("true", true, "a date must be an ISO 8601 string or a Date, not boolean"),
  dateLine("an array", ["2026-03-02"], "a date must be an ISO 8601 string or a Date, not an array"),
  dateLine("an object", { date: "2026-03-02" }, "a date must be an ISO 8601 string or a Date, not object"),
  dateLine('"" (empty)', "", REQUIRED, `"" ${ISO_FORMS}`),
  dateLine("null", null, REQUIRED, "a date must be an ISO 8601 string or a Date, not null"),
];

describe("2. dates", () => {
  it.each(DATE_LINES)(
    "date $what: row error on date, and InvalidDateError from parseInstant",
    ({ input, row, reader }) => {
      expect(rowErrors(parseOrders, [{ ...ORDER, date: input }], { timeZone: "Europe/Paris" })).toEqual([
        { index: 0, id: "o-1", path: ["date"], message: row },
      ]);
      expectTyped(() => parseInstant(input, { timeZone: "Europe/Paris" }), InvalidDateError, "INVALID_DATE", reader);
    },
  );

  it.each([
    {
      what: '"2026-03-08T02:30" in the New York DST gap',
      zone: "America/New_York",
      input: "2026-03-08T02:30",
      message: "2026-03-08T02:30 does not exist in America/New_York (it falls in a daylight-saving gap)",
    },
    // 00:00Z on 1 January 1900 is 19:00 on 31 December 1899 in New York (UTC-5): a local year 1899.
    {
      what: '"1900-01-01T00:00:00Z" (1899 in New York)',
      zone: "America/New_York",
      input: "1900-01-01T00:00:00Z",
      message: "year 1899 is outside the business range 1900-2200",
    },
  ])("date $what", ({ zone, input, message }) => {
    expect(rowErrors(parseOrders, [{ ...ORDER, date: input }], { timeZone: zone })).toEqual([
      { index: 0, id: "o-1", path: ["date"], message },
    ]);
  });

  // Spec section 1: a wall time that occurs twice takes the earlier instant (the first pass, still in summer time).
  it.each([
    {
      what: '"2026-10-25T02:30" in the Paris fold',
      zone: "Europe/Paris",
      input: "2026-10-25T02:30",
      instant: "2026-10-25T00:30:00.000Z",
    },
    {
      what: '"2026-11-01T01:30" in the New York fold',
      zone: "America/New_York",
      input: "2026-11-01T01:30",
      instant: "2026-11-01T05:30:00.000Z",
    },
  ])("date $what is accepted as the earlier instant $instant", ({ zone, input, instant }) => {
    expect(parseOrders([{ ...ORDER, date: input }], { timeZone: zone }).records[0]?.date.toISOString()).toBe(instant);
    expect(parseInstant(input, { timeZone: zone }).toISOString()).toBe(instant);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Currencies

describe("3. currencies", () => {
  it.each([
    { what: '"XYZ" (not ISO 4217)', input: "XYZ", message: 'unknown ISO 4217 currency code "XYZ"' },
    {
      what: '"eur" (lower case)',
      input: "eur",
      message: 'unknown ISO 4217 currency code "eur" (codes are upper case: "EUR")',
    },
    { what: '"EURO"', input: "EURO", message: 'unknown ISO 4217 currency code "EURO"' },
    { what: '"US$"', input: "US$", message: 'unknown ISO 4217 currency code "US$"' },
    {
      what: "978 (the numeric code)",
      input: 978,
      message: 'a currency must be an ISO 4217 code such as "EUR", not a number (978)',
    },
    { what: '"" (empty)', input: "", message: REQUIRED },
  ])("order currency $what: row error on currency", ({ input, message }) => {
    expect(rowErrors(parseOrders, [{ ...ORDER, currency: input }])).toEqual([
      { index: 0, id: "o-1", path: ["currency"], message },
    ]);
  });

  it.each([
    {
      what: "createExchangeRates reportingCurrency",
      run: () => createExchangeRates({ reportingCurrency: "XYZ", rates: [] }),
      currency: "XYZ",
    },
    {
      what: "a rate's currency",
      run: () =>
        createExchangeRates({
          reportingCurrency: "EUR",
          rates: [{ currency: "ABC", rate: "1", validFrom: day("2026-01-01") }],
        }),
      currency: "ABC",
    },
    {
      what: "the currency option of an indicator",
      run: () => revenueVsTarget([], { targets: [], period: MARCH, currency: "XYZ" }),
      currency: "XYZ",
    },
    { what: "the currency option of sumMoney", run: () => sumMoney([], { currency: "eur" }), currency: "eur" },
  ])("unknown currency in $what: UnknownCurrencyError naming it", ({ run, currency }) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(UnknownCurrencyError);
    expect((error as UnknownCurrencyError).code).toBe("UNKNOWN_CURRENCY");
    expect((error as UnknownCurrencyError).currency).toBe(currency);
    expect((error as Error).message).toBe(`[crm-kpi] unknown ISO 4217 currency code ${JSON.stringify(currency)}`);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Mixed currencies: summing EUR and USD without rates is MixedCurrencyError naming both.

describe("4. mixed currencies", () => {
  const orders = parseOrders([ORDER, { ...ORDER, id: "o-2", currency: "USD" }]).records;
  const eurTarget = parseRevenueTargets([{ ...REVENUE_TARGET, level: "company", scopeId: "" }]).records;
  const usdTarget = parseRevenueTargets([
    { ...REVENUE_TARGET, level: "company", scopeId: "", currency: "USD" },
  ]).records;
  const openDeals = parseDeals([
    { ...DEAL, status: "open", closedAt: "" },
    { ...DEAL, id: "d-2", status: "open", closedAt: "", currency: "USD" },
  ]).records;
  const lost = parseDeals([DEAL, { ...DEAL, id: "d-2", currency: "USD" }]).records;
  const MIXED = "cannot sum amounts in several currencies (EUR, USD) without exchange rates to a reporting currency";

  it.each([
    { what: "sumMoney", run: () => sumMoney(orders) },
    { what: "revenueVsTarget (orders)", run: () => revenueVsTarget(orders, { targets: [], period: MARCH }) },
    {
      what: "revenueVsTarget (EUR orders, USD target)",
      run: () => revenueVsTarget(orders.slice(0, 1), { targets: usdTarget, period: MARCH }),
    },
    {
      what: "revenueVsTarget (currency option EUR, a USD order)",
      run: () => revenueVsTarget(orders.slice(1), { targets: eurTarget, period: MARCH, currency: "EUR" }),
    },
    {
      what: "revenueVsTargetSeries",
      run: () => revenueVsTargetSeries(orders, { targets: [], range: MARCH, grain: "week" }),
    },
    {
      what: "revenueVsTargetGrouped",
      run: () => revenueVsTargetGrouped(orders, { targets: [], period: MARCH, groupBy: "seller" }),
    },
    { what: "revenuePerSeller", run: () => revenuePerSeller(orders, { range: MARCH }) },
    { what: "pipeline", run: () => pipeline(openDeals, { asOf: day("2026-03-15"), stageProbabilities: {} }) },
    {
      what: "pipelineGrouped",
      run: () => pipelineGrouped(openDeals, { asOf: day("2026-03-15"), stageProbabilities: {}, groupBy: "seller" }),
    },
    { what: "lostDeals", run: () => lostDeals(lost, { range: MARCH }) },
    { what: "lostDealsGrouped", run: () => lostDealsGrouped(lost, { range: MARCH, groupBy: "seller" }) },
  ])("$what: MixedCurrencyError naming EUR and USD", ({ run }) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(MixedCurrencyError);
    expect((error as MixedCurrencyError).code).toBe("MIXED_CURRENCY");
    expect((error as MixedCurrencyError).currencies).toEqual(["EUR", "USD"]);
    expect((error as Error).message).toBe(`[crm-kpi] ${MIXED}`);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Duplicate ids: the later row is rejected on `id`, naming the earlier row (both rows named).

describe("5. duplicate record ids", () => {
  const duplicate = (id: string, first: number): string =>
    `duplicate id ${JSON.stringify(id)}: row ${first} has the same id (the later row is rejected)`;

  it.each([
    { what: "sellers", parse: parseSellers, row: SELLER },
    { what: "orders", parse: parseOrders, row: ORDER },
    { what: "revenue targets", parse: parseRevenueTargets, row: REVENUE_TARGET },
    { what: "deals", parse: parseDeals, row: DEAL },
    { what: "activities", parse: parseActivities, row: ACTIVITY },
    { what: "activity targets", parse: parseActivityTargets, row: ACTIVITY_TARGET },
  ] as const)(
    "$what: the second and third rows with the first row's id are rejected, naming row 0",
    ({ parse, row }) => {
      const result = parse([row, { ...row }, { ...row }]);
      expect(result.records).toHaveLength(1);
      expect(rowErrors(parse, [row, { ...row }, { ...row }])).toEqual([
        { index: 1, id: row.id, path: ["id"], message: duplicate(row.id, 0) },
        { index: 2, id: row.id, path: ["id"], message: duplicate(row.id, 0) },
      ]);
    },
  );

  it("the first occurrence keeps the id even when it is invalid: both rows are rejected, the second naming the first", () => {
    expect(rowErrors(parseOrders, [{ ...ORDER, amount: "1e3" }, ORDER])).toEqual([
      { index: 0, id: "o-1", path: ["amount"], message: "exponents are not accepted in amounts (write the digits)" },
      { index: 1, id: "o-1", path: ["id"], message: duplicate("o-1", 0) },
    ]);
  });

  it('"__proto__" as a duplicated id is caught like any other', () => {
    expect(
      rowErrors(
        parseOrders,
        JSON.parse(
          `[${JSON.stringify({ ...ORDER, id: "__proto__" })},${JSON.stringify({ ...ORDER, id: "__proto__" })}]`,
        ) as unknown[],
      ),
    ).toEqual([{ index: 1, id: "__proto__", path: ["id"], message: duplicate("__proto__", 0) }]);
  });

  it("fail-fast mode throws RowValidationError at the duplicate, naming both rows", () => {
    const error = thrown(() => parseOrders([ORDER, ORDER], { mode: "fail-fast" }));
    expect(error).toBeInstanceOf(RowValidationError);
    expect((error as RowValidationError).code).toBe("ROW_VALIDATION");
    expect((error as Error).message).toBe(`[crm-kpi] row 1 (id "o-1"), field id: ${duplicate("o-1", 0)}`);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Missing required fields: each one, in each record kind (absent key; null and "" are absent too).

describe("6. missing required fields", () => {
  const lines = [
    ...["id"].map((field) => ({ kind: "seller", parse: parseSellers, row: SELLER, field })),
    ...["id", "date", "amount", "currency", "sellerId", "customerId"].map((field) => ({
      kind: "order",
      parse: parseOrders,
      row: ORDER,
      field,
    })),
    ...["id", "level", "start", "end", "amount", "currency"].map((field) => ({
      kind: "revenue target",
      parse: parseRevenueTargets,
      row: REVENUE_TARGET,
      field,
    })),
    ...["id", "ownerId", "amount", "currency", "stage", "createdAt", "status"].map((field) => ({
      kind: "deal",
      parse: parseDeals,
      row: DEAL,
      field,
    })),
    ...["id", "ownerId", "type", "date", "status"].map((field) => ({
      kind: "activity",
      parse: parseActivities,
      row: ACTIVITY,
      field,
    })),
    ...["id", "level", "type", "start", "end", "count"].map((field) => ({
      kind: "activity target",
      parse: parseActivityTargets,
      row: ACTIVITY_TARGET,
      field,
    })),
  ];

  it.each(lines)("$kind without $field: row error on $field", ({ parse, row, field }) => {
    expect(rowErrors(parse, [without(row, field)])).toEqual([
      { index: 0, id: field === "id" ? null : row.id, path: [field], message: REQUIRED },
    ]);
  });

  it.each([
    {
      what: "a seller target without scopeId",
      parse: parseRevenueTargets,
      row: without(REVENUE_TARGET, "scopeId"),
      path: "scopeId",
      message: "required: a seller target needs the seller id in scopeId",
    },
    {
      what: "a team activity target with an empty scopeId",
      parse: parseActivityTargets,
      row: { ...ACTIVITY_TARGET, level: "team", scopeId: "" },
      path: "scopeId",
      message: "required: a team target needs the team id in scopeId",
    },
    {
      what: "a lost deal without closedAt",
      parse: parseDeals,
      row: without(DEAL, "closedAt"),
      path: "closedAt",
      message: "required: a lost deal needs closedAt",
    },
    {
      what: "a won deal with a null closedAt",
      parse: parseDeals,
      row: { ...DEAL, status: "won", closedAt: null },
      path: "closedAt",
      message: "required: a won deal needs closedAt",
    },
    // Only the row's own properties are read: a field inherited through a `__proto__` key is missing.
    {
      what: 'an order whose amount only sits under "__proto__"',
      parse: parseOrders,
      row: JSON.parse(
        JSON.stringify(without(ORDER, "amount")).replace("{", '{"__proto__":{"amount":"12.50"},'),
      ) as unknown,
      path: "amount",
      message: REQUIRED,
    },
  ] as const)("$what: row error on $path", ({ parse, row, path, message }) => {
    expect(rowErrors(parse, [row])).toEqual([{ index: 0, id: (row as { id: string }).id, path: [path], message }]);
  });

  it.each([
    { what: "null", row: null, message: "a row must be a plain object (field names to values), not null" },
    { what: "an array", row: [ORDER], message: "a row must be a plain object (field names to values), not an array" },
    {
      what: "a string",
      row: "o-1;2026-03-02;12.50",
      message: 'a row must be a plain object (field names to values), not "o-1;2026-03-02;12.50"',
    },
    {
      what: "a Map",
      row: new Map(Object.entries(ORDER)),
      message:
        "a row must be a plain object (field names to values), not an object that is not a plain object (a class instance, Date, Map...)",
    },
    {
      what: "an object with a custom prototype",
      row: Object.create(ORDER) as unknown,
      message:
        "a row must be a plain object (field names to values), not an object that is not a plain object (a class instance, Date, Map...)",
    },
  ])("a row that is $what: row error on the row itself", ({ row, message }) => {
    expect(rowErrors(parseOrders, [row])).toEqual([{ index: 0, id: null, path: [], message }]);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Out-of-range numbers and contradictory dates

describe("7. probabilities outside [0, 1], negative targets, contradictory dates", () => {
  it.each([
    { what: 'probability "1.5"', input: "1.5", message: "must be between 0 and 1 (got 1.5)" },
    { what: 'probability "-0.1"', input: "-0.1", message: "must be between 0 and 1 (got -0.1)" },
    { what: "probability 2 (a number)", input: 2, message: "must be between 0 and 1 (got 2)" },
    {
      what: 'probability "1.0000000001"',
      input: "1.0000000001",
      message: "must be between 0 and 1 (got 1.0000000001)",
    },
    { what: 'probability "40" (a percentage)', input: "40", message: "must be between 0 and 1 (got 40)" },
  ])("deal $what: row error on probability", ({ input, message }) => {
    expect(rowErrors(parseDeals, [{ ...DEAL, probability: input }])).toEqual([
      { index: 0, id: "d-1", path: ["probability"], message },
    ]);
  });

  it.each([
    { input: "0", value: "0" },
    { input: "-0", value: "0" },
    { input: 1, value: "1" },
  ])("deal probability $input is accepted (bounds included)", ({ input, value }) => {
    expect(parseDeals([{ ...DEAL, probability: input }]).records[0]?.probability?.toString()).toBe(value);
  });

  it.each([
    {
      what: "a stage probability of 1.5",
      input: { proposal: "1.5" },
      message: 'the probability of stage "proposal" must be in [0, 1], got 1.5',
    },
    {
      what: "a stage probability of -0.5",
      input: new Map([["lead", -0.5]]),
      message: 'the probability of stage "lead" must be in [0, 1], got -0.5',
    },
    {
      what: 'a stage probability "50%"',
      input: { lead: "50%" },
      message: 'the probability of stage "lead" is not a decimal: "50%" is not a decimal amount',
    },
    {
      what: "a stage probability nested 100 000 levels deep",
      input: { lead: nested(100_000, "0.5") },
      message:
        'the probability of stage "lead" is not a decimal: an amount must be a decimal string, a finite number or a Decimal, not an object',
    },
  ])("$what: InvalidArgumentError", ({ input, message }) => {
    expectTyped(() => stageProbabilityMap(input as never), InvalidArgumentError, "INVALID_ARGUMENT", message);
  });

  it.each([
    {
      what: "revenue target amount -5",
      parse: parseRevenueTargets,
      row: { ...REVENUE_TARGET, amount: "-5" },
      path: "amount",
      message: "a target amount must be at least 0 (got -5)",
    },
    {
      what: "activity target count -1",
      parse: parseActivityTargets,
      row: { ...ACTIVITY_TARGET, count: -1 },
      path: "count",
      message: "must be at least 0 (got -1)",
    },
    {
      what: "activity durationMinutes -5",
      parse: parseActivities,
      row: { ...ACTIVITY, durationMinutes: "-5" },
      path: "durationMinutes",
      message: "must be at least 0 (got -5)",
    },
    // Deals whose dates contradict each other (settled detail 6).
    {
      what: "a deal closed before it was created",
      parse: parseDeals,
      row: { ...DEAL, closedAt: "2026-01-31" },
      path: "closedAt",
      message: "closedAt (2026-01-31T00:00:00.000Z) is before createdAt (2026-02-01T00:00:00.000Z)",
    },
    {
      what: "an open deal with a closedAt",
      parse: parseDeals,
      row: { ...DEAL, status: "open" },
      path: "closedAt",
      message: "an open deal has no closedAt (leave it empty, or set status to won or lost)",
    },
    // Targets whose range ends before it starts, or is empty.
    {
      what: "a revenue target ending before it starts",
      parse: parseRevenueTargets,
      row: { ...REVENUE_TARGET, end: "2025-12-31" },
      path: "end",
      message: "end (2025-12-31T00:00:00.000Z) must be after start (2026-01-01T00:00:00.000Z)",
    },
    {
      what: "a revenue target ending when it starts",
      parse: parseRevenueTargets,
      row: { ...REVENUE_TARGET, end: "2026-01-01" },
      path: "end",
      message: "end (2026-01-01T00:00:00.000Z) must be after start (2026-01-01T00:00:00.000Z)",
    },
    {
      what: "an activity target ending before it starts",
      parse: parseActivityTargets,
      row: { ...ACTIVITY_TARGET, start: "2026-06-01T12:00:00Z", end: "2026-06-01T11:59:59.999Z" },
      path: "end",
      message: "end (2026-06-01T11:59:59.999Z) must be after start (2026-06-01T12:00:00.000Z)",
    },
    {
      what: "a company target with a scopeId",
      parse: parseRevenueTargets,
      row: { ...REVENUE_TARGET, level: "company" },
      path: "scopeId",
      message: "a company target has no scopeId (leave it empty)",
    },
  ] as const)("$what: row error on $path", ({ parse, row, path, message }) => {
    expect(rowErrors(parse, [row])).toEqual([{ index: 0, id: row.id, path: [path], message }]);
  });

  it("a deal closed the instant it was created is accepted (closedAt >= createdAt)", () => {
    expect(parseDeals([{ ...DEAL, closedAt: DEAL.createdAt }]).errors).toEqual([]);
  });

  it.each([
    {
      what: "createPeriod",
      run: () => createPeriod(MARCH.end, MARCH.start),
      message: "period must end after it starts ([2026-04-01T00:00:00.000Z, 2026-03-01T00:00:00.000Z))",
    },
    {
      what: "revenueVsTarget",
      run: () => revenueVsTarget([], { targets: [], period: { start: MARCH.end, end: MARCH.start } }),
      message: "period must end after it starts ([2026-04-01T00:00:00.000Z, 2026-03-01T00:00:00.000Z))",
    },
    {
      what: "splitRange (empty range)",
      run: () => splitRange({ start: MARCH.start, end: MARCH.start }, "day"),
      message: "range must end after it starts ([2026-03-01T00:00:00.000Z, 2026-03-01T00:00:00.000Z))",
    },
    {
      what: "lostDeals",
      run: () => lostDeals([], { range: { start: MARCH.end, end: MARCH.start } }),
      message: "range must end after it starts ([2026-04-01T00:00:00.000Z, 2026-03-01T00:00:00.000Z))",
    },
    {
      what: "activityRate (a NaN end)",
      run: () => activityRate([], { targets: [], period: { start: MARCH.start, end: new Date(Number.NaN) } }),
      message: "period.end must be a valid Date",
    },
  ])("an option period ending before it starts, in $what: InvalidArgumentError", ({ run, message }) => {
    expectTyped(run, InvalidArgumentError, "INVALID_ARGUMENT", message);
  });
});

// ---------------------------------------------------------------------------------------------
// 8. "__proto__", "constructor" and "prototype" as keys and as ids

describe('8. "__proto__", "constructor" and "prototype" as keys and as ids', () => {
  const strictList =
    "id, date, amount, currency, sellerId, customerId, grossAmount, discount, margin, hoursSold, offerId, dealId";
  const withKey = (key: string, value: unknown): unknown =>
    JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)},${JSON.stringify(ORDER).slice(1)}`) as unknown;

  it.each([
    { key: "__proto__", value: { amount: "999", polluted: true } },
    { key: "constructor", value: { prototype: { polluted: true } } },
    { key: "prototype", value: "x" },
  ])('a JSON row with a "$key" key: ignored by default, an unknown field in strict mode', ({ key, value }) => {
    const before = Reflect.ownKeys(Object.prototype);
    const row = withKey(key, value);
    const [record] = parseOrders([row]).records;
    expect(record?.amount.toString()).toBe("12.5");
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record as object, key)).toBe(false);
    expect(rowErrors(parseOrders, [row], { unknownKeys: "reject" })).toEqual([
      {
        index: 0,
        id: "o-1",
        path: [key],
        message: `unknown field ${JSON.stringify(key)} (strict mode accepts only ${strictList})`,
      },
    ]);
    expect(Reflect.ownKeys(Object.prototype)).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  // A small dataset where sellers, teams, customers, stages, loss reasons, competitors and activity
  // types are named after Object.prototype's members. Parsed from JSON text like a real export.
  const sellers: Seller[] = parseSellers(
    JSON.parse(`[
      {"id":"__proto__","name":"Proto","teamId":"constructor"},
      {"id":"constructor","name":"Con","teamId":"__proto__"},
      {"id":"prototype","name":"Pro","teamId":"__proto__"},
      {"id":"s-1","name":"Ana","teamId":"constructor"}]`) as unknown[],
  ).records;
  const orderRow = (id: string, sellerId: string, amount: string, customerId: string): unknown => ({
    ...ORDER,
    id,
    sellerId,
    amount,
    customerId,
  });
  const orders: Order[] = parseOrders([
    orderRow("o-1", "__proto__", "100.00", "__proto__"),
    orderRow("o-2", "__proto__", "50.00", "constructor"),
    orderRow("o-3", "constructor", "200.00", "prototype"),
    orderRow("o-4", "prototype", "300.00", "__proto__"),
    orderRow("o-5", "s-1", "25.00", "__proto__"),
  ]).records;
  const target = (id: string, level: string, scopeId: string, amount: string): unknown => ({
    id,
    level,
    scopeId,
    start: "2026-03-01",
    end: "2026-04-01",
    amount,
    currency: "EUR",
  });
  const targets: RevenueTarget[] = parseRevenueTargets([
    target("t-1", "seller", "__proto__", "300"),
    target("t-2", "seller", "constructor", "400"),
    target("t-3", "seller", "prototype", "300"),
    target("t-4", "seller", "s-1", "100"),
    target("t-5", "team", "constructor", "500"),
    target("t-6", "team", "__proto__", "1000"),
  ]).records;

  it("the rows parse, and the ids are kept as own properties", () => {
    expect(sellers.map((seller) => seller.id)).toEqual(["__proto__", "constructor", "prototype", "s-1"]);
    expect(orders.map((order) => order.customerId)).toEqual([
      "__proto__",
      "constructor",
      "prototype",
      "__proto__",
      "__proto__",
    ]);
    expect(Object.hasOwn(orders[0] as object, "customerId")).toBe(true);
    expect(targets).toHaveLength(6);
  });

  it("revenueVsTargetGrouped by seller and by team gives each group its own figures", () => {
    // Worked by hand: __proto__ 100 + 50 = 150 of 300; constructor 200 of 400; prototype 300 of 300; s-1 25 of 100.
    const bySeller = revenueVsTargetGrouped(orders, { targets, period: MARCH, groupBy: "seller", sellers });
    expect(
      bySeller.groups.map((group) => [
        group.key,
        group.result.realized.toString(),
        group.result.target.toString(),
        group.result.attainment.value?.toString(),
      ]),
    ).toEqual([
      ["__proto__", "150", "300", "0.5"],
      ["constructor", "200", "400", "0.5"],
      ["prototype", "300", "300", "1"],
      ["s-1", "25", "100", "0.25"],
    ]);
    // Team "constructor" = sellers __proto__ and s-1: 175 of 500; team "__proto__" = constructor and prototype: 500 of 1000.
    const byTeam = revenueVsTargetGrouped(orders, { targets, period: MARCH, groupBy: "team", sellers });
    expect(
      byTeam.groups.map((group) => [
        group.key,
        group.result.realized.toString(),
        group.result.target.toString(),
        group.result.attainment.value?.toString(),
      ]),
    ).toEqual([
      ["constructor", "175", "500", "0.35"],
      ["__proto__", "500", "1000", "0.5"],
    ]);
  });

  it("revenuePerSeller lists one series per seller, with its total", () => {
    const result = revenuePerSeller(orders, { range: MARCH, sellers, targets });
    expect(result.sellers.map((series) => [series.sellerId, series.total.toString()])).toEqual([
      ["__proto__", "150"],
      ["constructor", "200"],
      ["prototype", "300"],
      ["s-1", "25"],
    ]);
    expect(result.effortVsResult.map((line) => line.attainment.value?.toString())).toEqual(["0.5", "0.5", "1", "0.25"]);
  });

  it("pipelineGrouped weights each seller's open deals with the probabilities of stages named __proto__, constructor, prototype", () => {
    const dealRow = (id: string, ownerId: string, stage: string, amount: string): unknown => ({
      id,
      ownerId,
      stage,
      amount,
      currency: "EUR",
      createdAt: "2026-03-01",
      expectedCloseDate: "2026-04-15",
      status: "open",
    });
    const deals: Deal[] = parseDeals([
      dealRow("d-1", "__proto__", "__proto__", "1000"),
      dealRow("d-2", "constructor", "constructor", "400"),
      dealRow("d-3", "prototype", "prototype", "300"),
      dealRow("d-4", "__proto__", "constructor", "800"),
    ]).records;
    const stageProbabilities = JSON.parse('{"__proto__":"0.5","constructor":"0.25","prototype":"1"}') as Record<
      string,
      string
    >;
    const result = pipelineGrouped(deals, { asOf: day("2026-03-15"), stageProbabilities, groupBy: "seller", sellers });
    // Worked by hand: __proto__ 1000 x 0.5 + 800 x 0.25 = 700; constructor 400 x 0.25 = 100; prototype 300 x 1 = 300.
    expect(
      result.groups.map((group) => [
        group.key,
        group.result.totals.dealCount,
        group.result.totals.unweighted.toString(),
        group.result.totals.weighted.toString(),
      ]),
    ).toEqual([
      ["__proto__", 2, "1800", "700"],
      ["constructor", 1, "400", "100"],
      ["prototype", 1, "300", "300"],
      ["s-1", 0, "0", "0"],
    ]);
  });

  it("lostDealsGrouped counts loss reasons, categories and competitors named after prototype members", () => {
    const lostRow = (
      id: string,
      ownerId: string,
      status: string,
      amount: string,
      lossReason?: string,
      competitor?: string,
    ): unknown => ({
      id,
      ownerId,
      stage: "proposal",
      amount,
      currency: "EUR",
      createdAt: "2026-02-01",
      status,
      closedAt: "2026-03-10",
      ...(lossReason === undefined ? {} : { lossReason }),
      ...(competitor === undefined ? {} : { competitor }),
    });
    const deals: Deal[] = parseDeals([
      lostRow("l-1", "__proto__", "lost", "100", "__proto__", "prototype"),
      lostRow("l-2", "__proto__", "lost", "200", "constructor", "prototype"),
      lostRow("l-3", "constructor", "lost", "50", "__proto__"),
      lostRow("l-4", "constructor", "won", "150"),
    ]).records;
    const reasonCategories = JSON.parse('{"__proto__":"market","constructor":"offer"}') as Record<
      string,
      "market" | "offer"
    >;
    const result = lostDealsGrouped(deals, { range: MARCH, groupBy: "seller", reasonCategories });
    expect(result.groups.map((group) => group.key)).toEqual(["__proto__", "constructor"]);
    const [proto, constructor] = result.groups.map((group) => group.result.totals);
    // __proto__: two lost (100 + 200), one per reason; categories market 1 (100), offer 1 (200); competitor prototype twice.
    expect(proto?.byReason.map((entry) => [entry.reason, entry.count, entry.amount.toString()])).toEqual([
      ["__proto__", 1, "100"],
      ["constructor", 1, "200"],
    ]);
    expect(proto?.byCategory.map((entry) => [entry.category, entry.count, entry.amount.toString()])).toEqual([
      ["market", 1, "100"],
      ["offer", 1, "200"],
      ["internal", 0, "0"],
      ["other", 0, "0"],
    ]);
    expect(proto?.byCompetitor.map((entry) => [entry.competitor, entry.count, entry.amount.toString()])).toEqual([
      ["prototype", 2, "300"],
    ]);
    // constructor: one lost (50) and one won (150): loss rate 1/2 by count, 50/200 = 0.25 by value.
    expect([constructor?.lossRateByCount.value?.toString(), constructor?.lossRateByValue.value?.toString()]).toEqual([
      "0.5",
      "0.25",
    ]);
    expect(constructor?.byReason.map((entry) => [entry.reason, entry.count])).toEqual([["__proto__", 1]]);
  });

  it("activityRateGrouped counts activity types named __proto__ and constructor against their targets", () => {
    const activityRow = (id: string, ownerId: string, type: string, status: string): unknown => ({
      id,
      ownerId,
      type,
      status,
      date: "2026-03-05T10:00:00Z",
    });
    const activities: Activity[] = parseActivities([
      activityRow("a-1", "__proto__", "__proto__", "done"),
      activityRow("a-2", "__proto__", "constructor", "done"),
      activityRow("a-3", "constructor", "__proto__", "done"),
      activityRow("a-4", "prototype", "prototype", "planned"),
    ]).records;
    const activityTargets: ActivityTarget[] = parseActivityTargets([
      {
        id: "at-1",
        level: "seller",
        scopeId: "__proto__",
        type: "__proto__",
        start: "2026-03-01",
        end: "2026-04-01",
        count: 2,
      },
      {
        id: "at-2",
        level: "seller",
        scopeId: "constructor",
        type: "__proto__",
        start: "2026-03-01",
        end: "2026-04-01",
        count: 4,
      },
    ]).records;
    const result = activityRateGrouped(activities, {
      targets: activityTargets,
      period: MARCH,
      groupBy: "seller",
      sellers,
    });
    const rows = result.groups.map((group) => [
      group.key,
      group.result.byType.map((type) => [type.type, type.done, type.rate.value?.toString() ?? null]),
      group.result.overall.value?.toString() ?? null,
    ]);
    // Worked by hand: __proto__ did 1 of 2 "__proto__" (0.5) and 1 "constructor" (no target); constructor 1 of 4 (0.25).
    expect(rows).toEqual([
      [
        "__proto__",
        [
          ["__proto__", 1, "0.5"],
          ["constructor", 1, null],
        ],
        "0.5",
      ],
      ["constructor", [["__proto__", 1, "0.25"]], "0.25"],
      ["prototype", [], null],
      ["s-1", [], null],
    ]);
  });

  it("after all of the above, Object.prototype has no new key", () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Deeply nested and circular values

describe("9. deeply nested and circular values", () => {
  it("an id that is a circular object, and a row holding a reference to itself: row errors, no crash", () => {
    const self = circular();
    expect(rowErrors(parseOrders, [{ ...ORDER, id: self }])).toEqual([
      { index: 0, id: null, path: ["id"], message: "expected text, got an object" },
    ]);
    const row: Record<string, unknown> = { ...ORDER };
    row["self"] = row;
    expect(parseOrders([row]).records).toHaveLength(1);
    expect(rowErrors(parseOrders, [row], { unknownKeys: "reject" })[0]?.path).toEqual(["self"]);
  });

  it("a row nested 100 000 levels deep inside arrays: a row error on the row", () => {
    let deep: unknown = ORDER;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(rowErrors(parseOrders, [deep])).toEqual([
      { index: 0, id: null, path: [], message: "a row must be a plain object (field names to values), not an array" },
    ]);
  });

  it.each([
    {
      what: "JSON text nested 100 000 objects deep",
      json: `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`,
      message: 'the JSON is not a result of this shape: indicator: Invalid input: expected "revenue-vs-target"',
    },
    {
      what: "JSON text nested 1 000 000 arrays deep",
      json: `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`,
      message: "the JSON is not a result of this shape: : Invalid input: expected object, received array",
    },
    {
      what: "a circular object",
      json: circular(),
      message: 'the JSON is not a result of this shape: indicator: Invalid input: expected "revenue-vs-target"',
    },
  ])("resultFromJSON of $what: InvalidArgumentError", ({ json, message }) => {
    expectTyped(
      () => resultFromJSON(RevenueVsTargetResultSchema, json),
      InvalidArgumentError,
      "INVALID_ARGUMENT",
      message,
    );
  });

  it("an option period nested deep, or circular: InvalidArgumentError", () => {
    expectTyped(
      () => revenueVsTarget([], { targets: [], period: nested(100_000, MARCH) as never }),
      InvalidArgumentError,
      "INVALID_ARGUMENT",
      "period.start must be a valid Date",
    );
    const period: Record<string, unknown> = { start: MARCH.start };
    period["end"] = period;
    expectTyped(
      () => lostDeals([], { range: period as never }),
      InvalidArgumentError,
      "INVALID_ARGUMENT",
      "range.end must be a valid Date",
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 10. A 1 MB string in every field of every record kind: each is rejected by the length bound,
// checked before any pattern (so no regular expression ever sees it).

describe("10. a 1 MB string in any field", () => {
  const MB = "1".repeat(2 ** 20);
  const cut = `${JSON.stringify(MB.slice(0, 64))}... (${MB.length} characters)`;
  const MESSAGES = {
    id: `text has at most 256 characters (got ${MB.length})`,
    text: `text has at most 1000 characters (got ${MB.length})`,
    amount: "an amount has at most 64 characters",
    number: "a number has at most 64 characters",
    date: "a date has at most 40 characters",
    currency: `unknown ISO 4217 currency code ${cut}`,
    level: `expected one of "seller", "team", "company", got ${cut}`,
    dealStatus: `expected one of "open", "won", "lost", got ${cut}`,
    activityStatus: `expected one of "done", "planned", "cancelled", got ${cut}`,
  } as const;
  type Kind = keyof typeof MESSAGES;
  const FIELDS: readonly (readonly [
    string,
    Parser,
    Readonly<Record<string, unknown>>,
    Readonly<Record<string, Kind>>,
  ])[] = [
    ["seller", parseSellers, SELLER, { id: "id", name: "text", teamId: "id" }],
    [
      "order",
      parseOrders,
      ORDER,
      {
        id: "id",
        date: "date",
        amount: "amount",
        currency: "currency",
        sellerId: "id",
        customerId: "id",
        grossAmount: "amount",
        discount: "amount",
        margin: "amount",
        hoursSold: "amount",
        offerId: "id",
        dealId: "id",
      },
    ],
    [
      "revenue target",
      parseRevenueTargets,
      REVENUE_TARGET,
      { id: "id", level: "level", scopeId: "id", start: "date", end: "date", amount: "amount", currency: "currency" },
    ],
    [
      "deal",
      parseDeals,
      DEAL,
      {
        id: "id",
        ownerId: "id",
        customerId: "id",
        amount: "amount",
        currency: "currency",
        stage: "id",
        probability: "number",
        createdAt: "date",
        expectedCloseDate: "date",
        status: "dealStatus",
        closedAt: "date",
        lossReason: "text",
        competitor: "text",
      },
    ],
    [
      "activity",
      parseActivities,
      ACTIVITY,
      {
        id: "id",
        ownerId: "id",
        type: "id",
        date: "date",
        status: "activityStatus",
        customerId: "id",
        dealId: "id",
        durationMinutes: "number",
        cancellationCause: "text",
      },
    ],
    [
      "activity target",
      parseActivityTargets,
      ACTIVITY_TARGET,
      { id: "id", level: "level", scopeId: "id", type: "id", start: "date", end: "date", count: "number" },
    ],
  ];
  const lines = FIELDS.flatMap(([kind, parse, row, fields]) =>
    Object.entries(fields).map(([field, messageKind]) => ({ kind, parse, row, field, message: MESSAGES[messageKind] })),
  );

  it.each(lines)("$kind, field $field: row error on $field", ({ parse, row, field, message }) => {
    expect(rowErrors(parse, [{ ...row, [field]: MB }])).toEqual([
      { index: 0, id: field === "id" ? MB.slice(0, 64) : row["id"], path: [field], message },
    ]);
  });

  it.each([
    {
      what: "timeZone",
      run: () => splitRange(MARCH, "month", { timeZone: MB }),
      message: `a time zone must be an IANA name such as "Europe/Paris", got ${JSON.stringify(MB.slice(0, 64))}`,
    },
    {
      what: "grain",
      run: () => periodContaining(MARCH.start, MB as never),
      message: `unknown grain ${JSON.stringify(MB).slice(0, 40)}: use day, week, month, quarter, semester or year`,
    },
    {
      what: "groupBy",
      run: () => lostDealsGrouped([], { range: MARCH, groupBy: MB as never }),
      message: `groupBy must be "seller" or "team", got ${JSON.stringify(MB).slice(0, 40)}`,
    },
    {
      what: "a stage name",
      run: () => stageProbabilityMap({ [MB]: "2" }),
      message: `the probability of stage ${JSON.stringify(MB.slice(0, 80))} must be in [0, 1], got 2`,
    },
  ])("option $what of 1 MB: InvalidArgumentError with the value cut", ({ run, message }) => {
    expectTyped(run, InvalidArgumentError, "INVALID_ARGUMENT", message);
  });
});

// ---------------------------------------------------------------------------------------------
// 11. Ten million records: no stack overflow (no spreading into push or Math.max, no recursion).
//
// The arrays repeat one frozen record (80 MB of references). Parsing ten million distinct rows
// takes about 10 s and 2.5 GB of heap on the development machine, too slow for the suite: the
// parse path runs here over one million rows, and over ten million in `npm run fuzz`
// (`fuzzMain.ts`, FUZZ_PARSE_ROWS).

describe("11. ten million records", () => {
  const TEN_MILLION = 10_000_000;
  const order = Object.freeze(parseOrders([ORDER]).records[0] as Order);
  const orders = new Array<Order>(TEN_MILLION).fill(order);
  const openDeal = Object.freeze(
    parseDeals([{ ...DEAL, status: "open", closedAt: "", amount: "10", probability: "0.5" }]).records[0] as Deal,
  );
  const lostDeal = Object.freeze(parseDeals([{ ...DEAL, amount: "10" }]).records[0] as Deal);
  const activity = Object.freeze(parseActivities([ACTIVITY]).records[0] as Activity);

  it("revenueVsTarget sums ten million orders: 10 000 000 x 12.50 = 125 000 000", { timeout: 60_000 }, () => {
    expect(revenueVsTarget(orders, { targets: [], period: MARCH }).realized.toString()).toBe("125000000");
  });

  it(
    "revenueVsTargetGrouped by team over ten million orders of one seller (regression: push(...list) overflowed the stack)",
    { timeout: 60_000 },
    () => {
      const result = revenueVsTargetGrouped(orders, {
        targets: [],
        period: MARCH,
        groupBy: "team",
        sellers: [{ id: "s-1", name: "Ana", teamId: "t-1" }],
      });
      expect(result.groups.map((group) => [group.key, group.result.realized.toString()])).toEqual([
        ["t-1", "125000000"],
      ]);
    },
  );

  // One million only: the pipeline keeps one object per open deal (with its 60-digit weighted
  // amount); ten million take about 9 s here, mostly garbage collection, against 0.5 s for one.
  it(
    "pipeline over one million open deals: count 1 000 000, unweighted 10 000 000, weighted 5 000 000",
    { timeout: 60_000 },
    () => {
      const result = pipeline(new Array<Deal>(1_000_000).fill(openDeal), {
        asOf: day("2026-03-15"),
        stageProbabilities: {},
      });
      expect([result.totals.dealCount, result.totals.unweighted.toString(), result.totals.weighted.toString()]).toEqual(
        [1_000_000, "10000000", "5000000"],
      );
    },
  );

  it("lostDeals over ten million lost deals: 10 000 000 lost, 100 000 000 lost amount", { timeout: 60_000 }, () => {
    const result = lostDeals(new Array<Deal>(TEN_MILLION).fill(lostDeal), { range: MARCH });
    expect([result.totals.lostCount, result.totals.lostAmount.toString()]).toEqual([TEN_MILLION, "100000000"]);
  });

  it("activityRate over ten million done calls counts them all", { timeout: 60_000 }, () => {
    expect(
      activityRate(new Array<Activity>(TEN_MILLION).fill(activity), { targets: [], period: MARCH }).totalDone,
    ).toBe(TEN_MILLION);
  });

  it("parseSellers over one million distinct rows keeps every one", { timeout: 60_000 }, () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => ({ id: `s-${i}`, name: "Ana" }));
    const result = parseSellers(rows);
    expect([result.records.length, result.errors.length, result.records[999_999]?.id]).toEqual([
      1_000_000,
      0,
      "s-999999",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 12. Regressions found by the fuzzer (test/reliability/fuzz.ts): each escaped as a TypeError or
// RangeError, or put an invalid value in a result, before the fix named in brackets.

describe("12. fuzz regressions: wrong option types give InvalidArgumentError", () => {
  const NULL_OPTIONS = "options must be an object, not null";
  const asJson = (text: string): never => JSON.parse(text) as never;
  const roster: Seller[] = [{ id: "s-1", name: "Ana", teamId: "t-1" }];

  it.each([
    // [src/errors/optionsObject.ts, src/period/calendar.ts, src/money/currencyGuard.ts]
    {
      what: "splitRange(range, grain, null)",
      run: () => splitRange(MARCH, "day", null as never),
      message: NULL_OPTIONS,
    },
    {
      what: "periodContaining(instant, grain, null)",
      run: () => periodContaining(MARCH.start, "day", null as never),
      message: NULL_OPTIONS,
    },
    {
      what: "elapsedFraction(period, asOf, null)",
      run: () => elapsedFraction(MARCH, MARCH.start, null as never),
      message: NULL_OPTIONS,
    },
    {
      what: "prorate(amount, source, period, null)",
      run: () => prorate("1200", MARCH, MARCH, null as never),
      message: NULL_OPTIONS,
    },
    { what: "countDays(period, null)", run: () => countDays(MARCH, null as never), message: NULL_OPTIONS },
    {
      what: "rollingWindow(asOf, days, null)",
      run: () => rollingWindow(MARCH.end, 28, null as never),
      message: NULL_OPTIONS,
    },
    { what: "parseInstant(text, null)", run: () => parseInstant("2026-03-02", null as never), message: NULL_OPTIONS },
    { what: "sumMoney(items, null)", run: () => sumMoney([], null as never), message: NULL_OPTIONS },
    {
      what: "rollUpTargets(targets, null)",
      run: () => rollUpTargets([], null as never),
      message: "rollUpTargets needs options { to, sellers }",
    },
    // [src/money/currencyGuard.ts checkRates]
    ...[null, [], {}, { reportingCurrency: "EUR", rateOn: "x" }].map((exchangeRates) => ({
      what: `exchangeRates ${JSON.stringify(exchangeRates)}`,
      run: () => revenueVsTarget([], { targets: [], period: MARCH, exchangeRates: exchangeRates as never }),
      message: "exchangeRates must be the result of createExchangeRates (a reportingCurrency and a rateOn function)",
    })),
    // [src/money/exchangeRates.ts]
    {
      what: "createExchangeRates with a null rate",
      run: () => createExchangeRates({ reportingCurrency: "EUR", rates: [null as never] }),
      message: "each exchange rate must be an object { currency, rate, validFrom }",
    },
    // [src/model/_teams.ts checkSellers]
    {
      what: "pipeline with sellers {}",
      run: () =>
        pipeline([], {
          asOf: MARCH.start,
          stageProbabilities: {},
          sellers: {} as never,
          scope: { level: "team", teamId: "t-1" },
        }),
      message: "sellers must be an array of sellers, not object",
    },
    {
      what: "activityRate with sellers as a Date",
      run: () => activityRate([], { targets: [], period: MARCH, sellers: MARCH.start as never }),
      message: "sellers must be an array of sellers, not object",
    },
    {
      what: "lostDeals with sellers 0",
      run: () => lostDeals([], { range: MARCH, sellers: 0 as never }),
      message: "sellers must be an array of sellers, not number",
    },
    {
      what: "lostDealsGrouped with sellers {}",
      run: () => lostDealsGrouped([], { range: MARCH, groupBy: "seller", sellers: {} as never }),
      message: "sellers must be an array of sellers, not object",
    },
    {
      what: "pipelineGrouped with sellers {}",
      run: () =>
        pipelineGrouped([], { asOf: MARCH.start, stageProbabilities: {}, groupBy: "seller", sellers: {} as never }),
      message: "sellers must be an array of sellers, not object",
    },
    {
      what: "activityRateGrouped with sellers a string",
      run: () => activityRateGrouped([], { targets: [], period: MARCH, groupBy: "seller", sellers: "s-1" as never }),
      message: "sellers must be an array of sellers, not string",
    },
    {
      what: "rollUpTargets with sellers 0",
      run: () => rollUpTargets([], { to: "team", sellers: 0 as never }),
      message: "sellers must be an array of sellers, not number",
    },
    // [src/indicators/revenue/revenuePerSeller.ts]
    {
      what: "revenuePerSeller with targets {}",
      run: () => revenuePerSeller([], { range: MARCH, targets: {} as never }),
      message: "targets must be an array of revenue targets",
    },
    {
      what: "revenuePerSeller with activities {}",
      run: () => revenuePerSeller([], { range: MARCH, activities: {} as never }),
      message: "activities must be an array of activities or a table of activities (activityTable)",
    },
    // [src/table/_columns.ts tableOf]: records that are neither an array nor a table of their kind.
    {
      what: "revenueVsTarget with orders as a string",
      run: () => revenueVsTarget("orders" as never, { targets: [], period: MARCH }),
      message: "orders must be an array of orders or a table of orders (orderTable)",
    },
    {
      what: "revenueVsTargetSeries with a deal table as orders",
      run: () => revenueVsTargetSeries(dealTable([]) as never, { targets: [], range: MARCH }),
      message: "orders must be an array of orders or a table of orders (orderTable)",
    },
    {
      what: "pipeline with a look-alike deal table (from JSON)",
      run: () => pipeline(asJson('{"kind":"deals","size":0}'), { asOf: MARCH.start, stageProbabilities: {} }),
      message: "deals must be an array of deals or a table of deals (dealTable)",
    },
    {
      what: "lostDeals with deals null",
      run: () => lostDeals(null as never, { range: MARCH }),
      message: "deals must be an array of deals or a table of deals (dealTable)",
    },
    {
      what: "pipelineGrouped with forecast.orders holding a non-record (fuzz regression)",
      run: () =>
        pipelineGrouped([], {
          asOf: MARCH.start,
          stageProbabilities: {},
          groupBy: "seller",
          forecast: { period: MARCH, orders: [[]] as never, targets: [] },
        }),
      message: "forecast.orders[0] is not a valid record of orders (records come from the parse functions)",
    },
    {
      what: "activityRateSeries with an order table",
      run: () => activityRateSeries(orderTable([]) as never, { targets: [], range: MARCH }),
      message: "activities must be an array of activities or a table of activities (activityTable)",
    },
    // [src/errors/describe.ts safeString]: String() of these JSON values throws "Cannot convert object to primitive value".
    {
      what: 'rollingWindow days [{"toString":[]}]',
      run: () => rollingWindow(MARCH.end, asJson('[{"toString":[]}]')),
      message: "days must be a positive whole number, got an array",
    },
    {
      what: 'fiscalYearStartMonth {"valueOf":1}',
      run: () => splitRange(MARCH, "month", { fiscalYearStartMonth: asJson('{"valueOf":1}') }),
      message: "fiscalYearStartMonth must be a whole number from 1 to 12, got an object",
    },
    {
      what: "a grain without prototype",
      run: () => periodContaining(MARCH.start, Object.create(null) as never),
      message: 'unknown grain "an object": use day, week, month, quarter, semester or year',
    },
    {
      what: 'groupBy {"toString":1}',
      run: () => revenueVsTargetGrouped([], { targets: [], period: MARCH, groupBy: asJson('{"toString":1}') }),
      message: 'groupBy must be "seller", "team" or "customer", got "an object"',
    },
    {
      what: 'dayCount {"toString":1}',
      run: () => countDays(MARCH, { dayCount: asJson('{"toString":1}') }),
      message: 'dayCount must be "calendar" or "business", got "an object"',
    },
    {
      what: 'trailingBuckets {"valueOf":3}',
      run: () => revenuePerSeller([], { range: MARCH, trailingBuckets: asJson('{"valueOf":3}') }),
      message: "trailingBuckets must be a whole number >= 1, got an object",
    },
    {
      what: 'spike.trailingBuckets {"valueOf":6}',
      run: () => lostDeals([], { range: MARCH, spike: { trailingBuckets: asJson('{"valueOf":6}') } }),
      message: "spike.trailingBuckets must be a whole number >= 1, got an object",
    },
    {
      what: 'rollUpTargets to {"toString":1}',
      run: () => rollUpTargets([], { to: asJson('{"toString":1}'), sellers: roster }),
      message: 'rollUpTargets: "to" must be "team" or "company", got "an object"',
    },
    {
      what: 'currency {"toString":1} with exchange rates',
      run: () =>
        sumMoney([], {
          currency: asJson('{"toString":1}'),
          exchangeRates: createExchangeRates({ reportingCurrency: "EUR", rates: [] }),
        }),
      message: 'currency "an object" differs from the exchange rates\' reporting currency EUR',
    },
    // [src/period/zone.ts checkTime]: computations that step past the range of JavaScript dates.
    {
      what: "periodContaining at the first Date, New York",
      run: () => periodContaining(new Date(-8.64e15), "day", { timeZone: "America/New_York" }),
      message: "the computation reaches beyond the range of JavaScript dates (years -271821 to 275760)",
    },
    {
      what: "periodContaining of the year of the last Date, UTC",
      run: () => periodContaining(new Date(8.64e15), "year"),
      message: "the computation reaches beyond the range of JavaScript dates (years -271821 to 275760)",
    },
    {
      what: "rollingWindow ending at the first Date, New York",
      run: () => rollingWindow(new Date(-8.64e15), 1, { timeZone: "America/New_York" }),
      message: "the computation reaches beyond the range of JavaScript dates (years -271821 to 275760)",
    },
  ])("$what", ({ run, message }) => {
    expectTyped(run, InvalidArgumentError, "INVALID_ARGUMENT", message);
  });

  it("a result whose asOf is the first Date reads back from its JSON (six-digit year) [src/model/resultJson.ts InstantJsonSchema]", () => {
    const first = new Date(-8.64e15);
    const text = JSON.stringify(revenueVsTarget([], { targets: [], period: MARCH, asOf: first }));
    expect(text).toContain('"asOf":"-271821-04-20T00:00:00.000Z"');
    expect(resultFromJSON(RevenueVsTargetResultSchema, text).asOf).toEqual(first);
  });

  it("a scope with extra keys is not copied into the result [src/table/scope.ts resolveScope]", () => {
    const scope = JSON.parse('{"level":"seller","sellerId":"s-1","__proto__":{"x":1},"note":"kept out"}') as never;
    expect(pipeline([], { asOf: MARCH.start, stageProbabilities: {}, scope }).scope).toEqual({
      level: "seller",
      sellerId: "s-1",
    });
    expect(lostDeals([], { range: MARCH, scope }).scope).toEqual({ level: "seller", sellerId: "s-1" });
  });
});
