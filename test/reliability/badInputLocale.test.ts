/**
 * The bad-input catalogue, continued (issue 9, item 4): the options of French and other real
 * exports (`thousandsSeparator`, `decimalComma` with spaces, `dateFormat`, percentages,
 * `firstLine`) and the export with its CRM's own headers. One line per input, with its exact
 * outcome, from the record parsers and the table parsers alike.
 */
import { describe, expect, it } from "vitest";
import {
  InvalidArgumentError,
  isCrmKpiError,
  MissingFieldsError,
  parseActivityTargets,
  parseDeals,
  parseDealTable,
  parseOrders,
  parseOrderTable,
  parseRevenueTargets,
  type CrmKpiErrorCode,
  type ParseOptions,
} from "../../src/index.js";

const ORDER = {
  id: "o-1",
  date: "2026-03-02",
  amount: "12.50",
  currency: "EUR",
  sellerId: "s-1",
  customerId: "c-1",
} as const;
const DEAL = {
  id: "d-1",
  ownerId: "s-1",
  amount: "5000",
  currency: "EUR",
  stage: "proposal",
  createdAt: "2026-02-01",
  status: "open",
} as const;

/** The first issue of the only row, from parseOrders and parseOrderTable (which must agree). */
function orderIssue(row: Record<string, unknown>, options: ParseOptions): { path: string; message: string } | null {
  const records = parseOrders([row], options);
  const table = parseOrderTable([row], options);
  expect(table.errors).toEqual(records.errors);
  const error = records.errors[0];
  return error === undefined ? null : { path: error.path.join("."), message: error.message };
}

function expectThrows(run: () => unknown, code: CrmKpiErrorCode, message: string): void {
  let caught: unknown = null;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isCrmKpiError(caught)).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  expect((caught as Error).message).toBe(`[crm-kpi] ${message}`);
}

const GROUPS = (shown: string, mark: string, example: string, ambiguous: boolean): string =>
  `is not grouped in thousands by ${shown} with ${mark} as decimal mark (e.g. ${example})${ambiguous ? ": a file cannot mix decimal marks" : ""}`;

describe("amounts with thousands separators", () => {
  it.each([
    {
      what: '"1 23,5" (French, a short group)',
      amount: "1 23,5",
      options: { decimalComma: true },
      message: `"1 23,5" ${GROUPS("a space", "a comma", "1 234 567,89", false)}`,
    },
    {
      what: '"1234 567,5" (French, a long group)',
      amount: "1234 567,5",
      options: { decimalComma: true },
      message: `"1234 567,5" ${GROUPS("a space", "a comma", "1 234 567,89", false)}`,
    },
    {
      what: '" 1 234,5" (French, padded)',
      amount: " 1 234,5",
      options: { decimalComma: true },
      message: "an amount cannot have leading or trailing spaces",
    },
    {
      what: '"1 234.50" (French, a decimal point)',
      amount: "1 234.50",
      options: { decimalComma: true },
      message: `"1 234.50" ${GROUPS("a space", "a comma", "1 234 567,89", false)}`,
    },
    {
      what: '"12.5" (French, a point: mixed marks)',
      amount: "12.5",
      options: { decimalComma: true },
      message: "points are not accepted in amounts when decimalComma is on",
    },
    {
      what: '"12.50" (German, mixed marks)',
      amount: "12.50",
      options: { decimalComma: true, thousandsSeparator: "." },
      message: `"12.50" ${GROUPS('"."', "a comma", "1.234.567,89", true)}`,
    },
    {
      what: '"1,234.50" (German, US form)',
      amount: "1,234.50",
      options: { decimalComma: true, thousandsSeparator: "." },
      message: `"1,234.50" ${GROUPS('"."', "a comma", "1.234.567,89", true)}`,
    },
    {
      what: '"1 234,50" (German, spaces)',
      amount: "1 234,50",
      options: { decimalComma: true, thousandsSeparator: "." },
      message: "spaces (thousands separators) are not accepted in amounts",
    },
    {
      what: '"12,5" (US, mixed marks)',
      amount: "12,5",
      options: { thousandsSeparator: "," },
      message: `"12,5" ${GROUPS('","', "a point", "1,234,567.89", true)}`,
    },
    {
      what: '"1.234,50" (US, German form)',
      amount: "1.234,50",
      options: { thousandsSeparator: "," },
      message: `"1.234,50" ${GROUPS('","', "a point", "1,234,567.89", true)}`,
    },
    {
      what: '"1,234,5" (US, a short last group)',
      amount: "1,234,5",
      options: { thousandsSeparator: "," },
      message: `"1,234,5" ${GROUPS('","', "a point", "1,234,567.89", true)}`,
    },
    {
      what: '"1,234.5e3" (US, an exponent)',
      amount: "1,234.5e3",
      options: { thousandsSeparator: "," },
      message: `"1,234.5e3" ${GROUPS('","', "a point", "1,234,567.89", true)}`,
    },
  ] as const)("amount $what", ({ amount, options, message }) => {
    expect(orderIssue({ ...ORDER, amount }, options)).toEqual({ path: "amount", message });
  });

  it.each([
    { what: '"1 234,50" French default', amount: "1 234,50", options: { decimalComma: true }, value: "1234.5" },
    {
      what: '"1\\u00a0234,50" no-break space',
      amount: "1\u00a0234,50",
      options: { decimalComma: true },
      value: "1234.5",
    },
    {
      what: '"-1\\u202f234\\u202f567,891" narrow no-break space',
      amount: "-1\u202f234\u202f567,891",
      options: { decimalComma: true },
      value: "-1234567.891",
    },
    {
      what: '"1.234,50" German',
      amount: "1.234,50",
      options: { decimalComma: true, thousandsSeparator: "." },
      value: "1234.5",
    },
    { what: '"1,234.50" US', amount: "1,234.50", options: { thousandsSeparator: "," }, value: "1234.5" },
    { what: '"1\'234.50" Swiss', amount: "1'234.50", options: { thousandsSeparator: "'" }, value: "1234.5" },
    { what: '"1234.50" US, ungrouped', amount: "1234.50", options: { thousandsSeparator: "," }, value: "1234.5" },
  ] as const)("amount $what is accepted as $value", ({ amount, options, value }) => {
    expect(orderIssue({ ...ORDER, amount }, options)).toBeNull();
    expect(parseOrders([{ ...ORDER, amount }], options).records[0]?.amount.toString()).toBe(value);
  });

  it("a revenue target amount follows the same options", () => {
    const target = {
      id: "rt-1",
      level: "company",
      start: "2026-01-01",
      end: "2027-01-01",
      amount: "1 200 000,00",
      currency: "EUR",
    };
    expect(parseRevenueTargets([target], { decimalComma: true }).records[0]?.amount.toString()).toBe("1200000");
  });
});

describe("probabilities as percentages", () => {
  it.each([
    { what: '"40%"', probability: "40%", options: {}, value: "0.4" },
    { what: '"40 %"', probability: "40 %", options: {}, value: "0.4" },
    { what: '"12,5 %" with decimalComma', probability: "12,5 %", options: { decimalComma: true }, value: "0.125" },
    { what: '"100%"', probability: "100%", options: {}, value: "1" },
  ] as const)("probability $what is $value", ({ probability, options, value }) => {
    expect(parseDeals([{ ...DEAL, probability }], options).records[0]?.probability?.toString()).toBe(value);
  });

  it.each([
    { what: '"%"', probability: "%", message: '"%" is not a percentage (write e.g. 40% or 40 %)' },
    { what: '"150%"', probability: "150%", message: "must be between 0 and 1 (got 1.5)" },
    { what: '"-5 %"', probability: "-5 %", message: "must be between 0 and 1 (got -0.05)" },
    { what: '"40  %" (two spaces)', probability: "40  %", message: "a number cannot have leading or trailing spaces" },
    { what: '"% 40"', probability: "% 40", message: "spaces (thousands separators) are not accepted in numbers" },
    {
      what: '"12,5 %" without decimalComma',
      probability: "12,5 %",
      message:
        "commas are not accepted in numbers (no thousands separators; a decimal comma needs the decimalComma option)",
    },
  ] as const)("probability $what is rejected", ({ probability, message }) => {
    const records = parseDeals([{ ...DEAL, probability }]);
    expect(parseDealTable([{ ...DEAL, probability }]).errors).toEqual(records.errors);
    expect(records.errors.map((error) => [error.path, error.message])).toEqual([[["probability"], message]]);
  });

  it("a count is not a probability: percentages are not read there", () => {
    const target = { id: "at-1", level: "company", type: "call", start: "2026-01-01", end: "2027-01-01", count: "40%" };
    expect(parseActivityTargets([target]).errors[0]?.message).toBe('"40%" is not a decimal number');
  });
});

describe("dates in a dateFormat", () => {
  const FR = { timeZone: "Europe/Paris", dateFormat: "dd/MM/yyyy" } as const;
  const FR_TIME = { timeZone: "Europe/Paris", dateFormat: "dd/MM/yyyy HH:mm" } as const;
  const notIn = (raw: string, pattern: string): string =>
    `${JSON.stringify(raw)} is not a date in the format ${JSON.stringify(pattern)} (or not a calendar date)`;

  it.each([
    { what: '"31/02/2026"', date: "31/02/2026", options: FR, message: notIn("31/02/2026", "dd/MM/yyyy") },
    {
      what: '"31/03/2026 (Q1)" trailing text',
      date: "31/03/2026 (Q1)",
      options: FR,
      message: notIn("31/03/2026 (Q1)", "dd/MM/yyyy"),
    },
    {
      what: '"31/03/2026 " trailing space',
      date: "31/03/2026 ",
      options: FR,
      message: notIn("31/03/2026 ", "dd/MM/yyyy"),
    },
    {
      what: '"2026-03-31" ISO in a French file',
      date: "2026-03-31",
      options: FR,
      message: notIn("2026-03-31", "dd/MM/yyyy"),
    },
    { what: '"13/32/2026"', date: "13/32/2026", options: FR, message: notIn("13/32/2026", "dd/MM/yyyy") },
    {
      what: '"31/03/2026" with a time format',
      date: "31/03/2026",
      options: FR_TIME,
      message: notIn("31/03/2026", "dd/MM/yyyy HH:mm"),
    },
    {
      what: '"29/03/2026 02:30" in the Paris gap',
      date: "29/03/2026 02:30",
      options: FR_TIME,
      message: "29/03/2026 02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap)",
    },
    {
      what: '"31/12/1899" before the business years',
      date: "31/12/1899",
      options: FR,
      message: "year 1899 is outside the business range 1900-2200",
    },
    {
      what: '"01/01/2201" after the business years',
      date: "01/01/2201",
      options: FR,
      message: "year 2201 is outside the business range 1900-2200",
    },
  ] as const)("date $what", ({ date, options, message }) => {
    expect(orderIssue({ ...ORDER, date }, options)).toEqual({ path: "date", message });
  });

  it("a fold is the earlier instant, a Date is still a Date", () => {
    expect(parseOrders([{ ...ORDER, date: "25/10/2026 02:30" }], FR_TIME).records[0]?.date.toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    expect(parseOrders([{ ...ORDER, date: new Date("2026-03-02T00:00:00Z") }], FR).records[0]?.date.toISOString()).toBe(
      "2026-03-02T00:00:00.000Z",
    );
  });
});

describe("options", () => {
  it.each([
    {
      what: "thousandsSeparator equal to the decimal comma",
      options: { decimalComma: true, thousandsSeparator: "," },
      message: 'thousandsSeparator "," is the decimal mark (decimalComma is on): a number could be read two ways',
    },
    {
      what: "thousandsSeparator equal to the decimal point",
      options: { thousandsSeparator: "." },
      message: 'thousandsSeparator "." is the decimal mark (decimalComma is off): a number could be read two ways',
    },
    {
      what: 'thousandsSeparator "_"',
      options: { thousandsSeparator: "_" },
      message: `thousandsSeparator must be " " (a space; U+00A0 and U+202F are the same choice), ".", "," or "'", not "_"`,
    },
    {
      what: "dateFormat with an offset token",
      options: { dateFormat: "yyyy-MM-dd'T'HH:mmXXX" },
      message: `dateFormat "yyyy-MM-dd'T'HH:mmXXX" uses the token "X": only y, M, d, H, h, K, k, a, m, s and S are read (a local date or date-time; quote other letters with ')`,
    },
    {
      what: "dateFormat without a day",
      options: { dateFormat: "MM/yyyy" },
      message: 'dateFormat "MM/yyyy" has no d token: a date needs its year (y), month (M) and day (d)',
    },
    {
      what: "dateFormat h without a",
      options: { dateFormat: "dd/MM/yyyy hh:mm" },
      message: 'dateFormat "dd/MM/yyyy hh:mm" cannot read back the dates it writes (e.g. h without a, or H with a)',
    },
    {
      what: "dateFormat empty",
      options: { dateFormat: "" },
      message: 'dateFormat must be a date-fns pattern such as "dd/MM/yyyy" (1 to 64 characters), not ""',
    },
    {
      what: "firstLine 1.5",
      options: { firstLine: 1.5 },
      message: "firstLine must be a whole number at least 0 (the source line of the first row), not a number (1.5)",
    },
    {
      what: 'firstLine "2"',
      options: { firstLine: "2" },
      message: 'firstLine must be a whole number at least 0 (the source line of the first row), not "2"',
    },
  ])("$what: InvalidArgumentError from both parsers", ({ options, message }) => {
    expectThrows(() => parseOrders([ORDER], options as ParseOptions), "INVALID_ARGUMENT", message);
    expectThrows(() => parseOrderTable([ORDER], options as ParseOptions), "INVALID_ARGUMENT", message);
    expect(() => parseOrders([], options as ParseOptions)).toThrow(InvalidArgumentError);
  });

  it("firstLine: each row error carries line = firstLine + index", () => {
    const rows = [ORDER, { ...ORDER, id: "o-2", amount: "x" }, { ...ORDER, id: "o-3", date: "" }];
    for (const parse of [parseOrders, parseOrderTable]) {
      expect(parse(rows, { firstLine: 2 }).errors.map((error) => [error.index, error.line])).toEqual([
        [1, 3],
        [2, 4],
      ]);
      expect(parse(rows, { firstLine: 0 }).errors.map((error) => error.line)).toEqual([1, 2]);
      expect(parse(rows).errors.map((error) => "line" in error)).toEqual([false, false]);
    }
  });
});

describe("an export with its CRM's own headers", () => {
  it("throws one MissingFieldsError instead of one row error per row", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      "Deal Name": `D${i}`,
      "Deal Stage": "proposal",
      Amount: "5000",
    }));
    for (const parse of [parseDeals, parseDealTable]) {
      expectThrows(
        () => parse(rows),
        "MISSING_FIELDS",
        'no row has any of the expected fields (id, ownerId, customerId, amount, currency, stage, probability, createdAt, expectedCloseDate, status, closedAt, lossReason, competitor); the rows have the fields "Deal Name", "Deal Stage", "Amount": rename the columns to the expected names',
      );
      expect(() => parse(rows, { mode: "fail-fast" })).toThrow(MissingFieldsError);
    }
  });
});
