/**
 * The bad-input catalogue (see `badInput.test.ts`) for the records of the operational indicators:
 * expenses, and the extended order and activity fields (spec section 7). One line per bad input,
 * each with the exact row error its parse function reports: the row's index, its id, the field
 * path and the message. The table parsers (`parseOrderTable`, `parseActivityTable`,
 * `parseExpenseTable`) must report the very same errors.
 *
 * Where the expected values come from: the messages are the texts the schemas write
 * (src/model/expenseSchema.ts, orderSchema.ts with _orderAmounts.ts, activitySchema.ts) and the
 * field readers (src/model/_fields.ts, _textFields.ts, _decimalFields.ts,
 * src/period/parseInstant.ts), word for word; which inputs are rejected is spec section 1
 * ("Money", "Time") and the rules across fields stated in the schemas' TSDoc
 * (`amount = grossAmount - discount`; a negative discount or hoursSold only on a credit note; a
 * cancellation cause only on a cancelled activity).
 *
 * Already covered elsewhere, so not repeated here: the cross-field rules one by one
 * (src/model/extendedFields.test.ts), the expense categories' case and the fast path agreeing
 * with the zod schema (src/model/parseExpenses.test.ts), durationMinutes as "1,5", true or -5 and
 * a 1 MB string in each extended order and activity field (badInput.test.ts).
 */
import { describe, expect, it } from "vitest";
import { REQUIRED, type Parser } from "./rowErrors.js";
import {
  parseActivities,
  parseActivityTable,
  parseExpenses,
  parseExpenseTable,
  parseOrders,
  parseOrderTable,
  RowValidationError,
  type ParseOptions,
  type RowError,
  type TableParseResult,
} from "../../src/index.js";

type TableParser = (rows: readonly unknown[], options?: ParseOptions) => TableParseResult<{ readonly size: number }>;

const CATEGORIES = 'expected one of "representation", "travel", "commercial", "other"';

const EXPENSE = {
  id: "e-1",
  sellerId: "s-1",
  date: "2026-03-04",
  amount: "84.50",
  currency: "EUR",
  category: "representation",
} as const;
const ORDER = {
  id: "o-1",
  date: "2026-03-02",
  amount: "1200.50",
  currency: "EUR",
  sellerId: "s-1",
  customerId: "c-1",
  grossAmount: "1300",
  discount: "99.50",
  margin: "310",
  hoursSold: "12.5",
  offerId: "q-1",
  dealId: "d-1",
} as const;
const ACTIVITY = {
  id: "a-1",
  ownerId: "s-1",
  type: "visit",
  date: "2026-03-02T10:00:00Z",
  status: "cancelled",
  customerId: "c-1",
  dealId: "d-1",
  durationMinutes: "45",
  cancellationCause: "service",
} as const;

interface Line {
  readonly what: string;
  readonly parse: Parser;
  readonly row: Readonly<Record<string, unknown>>;
  readonly path: string;
  readonly message: string;
  readonly options?: ParseOptions;
}

const LINES: readonly Line[] = [
  // Expenses: each field's reader.
  {
    what: "expense: amount with an exponent",
    parse: parseExpenses,
    row: { ...EXPENSE, amount: "1e3" },
    path: "amount",
    message: "exponents are not accepted in amounts (write the digits)",
  },
  {
    what: "expense: amount NaN",
    parse: parseExpenses,
    row: { ...EXPENSE, amount: Number.NaN },
    path: "amount",
    message: "NaN is not a finite amount",
  },
  {
    what: 'expense: amount "Infinity"',
    parse: parseExpenses,
    row: { ...EXPENSE, amount: "Infinity" },
    path: "amount",
    message: '"Infinity" is not a finite amount',
  },
  {
    what: "expense: thousands separator without opting in",
    parse: parseExpenses,
    row: { ...EXPENSE, amount: "1,234.56" },
    path: "amount",
    message:
      "commas are not accepted in amounts (no thousands separators; a decimal comma needs the decimalComma option)",
  },
  {
    what: "expense: empty amount (a CSV cell)",
    parse: parseExpenses,
    row: { ...EXPENSE, amount: "" },
    path: "amount",
    message: REQUIRED,
  },
  {
    what: "expense: lower-case currency",
    parse: parseExpenses,
    row: { ...EXPENSE, currency: "eur" },
    path: "currency",
    message: 'unknown ISO 4217 currency code "eur" (codes are upper case: "EUR")',
  },
  {
    what: "expense: no currency",
    parse: parseExpenses,
    row: { ...EXPENSE, currency: null },
    path: "currency",
    message: REQUIRED,
  },
  {
    what: "expense: no seller",
    parse: parseExpenses,
    row: { ...EXPENSE, sellerId: undefined },
    path: "sellerId",
    message: REQUIRED,
  },
  {
    what: "expense: blank seller",
    parse: parseExpenses,
    row: { ...EXPENSE, sellerId: "   " },
    path: "sellerId",
    message: "must not be blank (only spaces)",
  },
  {
    what: "expense: seller as a number (never coerced)",
    parse: parseExpenses,
    row: { ...EXPENSE, sellerId: 7 },
    path: "sellerId",
    message: "expected text, got a number (7)",
  },
  {
    what: "expense: impossible date",
    parse: parseExpenses,
    row: { ...EXPENSE, date: "2026-02-30" },
    path: "date",
    message: "2026-02-30 is not a calendar date",
  },
  {
    what: "expense: wall time in the Paris DST gap",
    parse: parseExpenses,
    row: { ...EXPENSE, date: "2026-03-29T02:30" },
    options: { timeZone: "Europe/Paris" },
    path: "date",
    message: "2026-03-29T02:30 does not exist in Europe/Paris (it falls in a daylight-saving gap)",
  },
  {
    what: "expense: 24:00",
    parse: parseExpenses,
    row: { ...EXPENSE, date: "2026-03-04T24:00" },
    path: "date",
    message: "24:00 is not a time of day (00:00 to 23:59:59)",
  },
  {
    what: "expense: year after 2200",
    parse: parseExpenses,
    row: { ...EXPENSE, date: "2201-01-01" },
    path: "date",
    message: "year 2201 is outside the business range 1900-2200",
  },
  {
    what: "expense: epoch number as a date",
    parse: parseExpenses,
    row: { ...EXPENSE, date: 1_772_409_600_000 },
    path: "date",
    message: "a date must be an ISO 8601 string or a Date, not number",
  },
  {
    what: "expense: unknown category",
    parse: parseExpenses,
    row: { ...EXPENSE, category: "meals" },
    path: "category",
    message: `${CATEGORIES}, got "meals"`,
  },
  {
    what: "expense: category as a number",
    parse: parseExpenses,
    row: { ...EXPENSE, category: 3 },
    path: "category",
    message: `${CATEGORIES}, got a number (3)`,
  },
  // Extended order fields: each field's reader.
  {
    what: "order: grossAmount with an exponent",
    parse: parseOrders,
    row: { ...ORDER, grossAmount: "1e3" },
    path: "grossAmount",
    message: "exponents are not accepted in amounts (write the digits)",
  },
  {
    what: "order: discount NaN",
    parse: parseOrders,
    row: { ...ORDER, discount: Number.NaN },
    path: "discount",
    message: "NaN is not a finite amount",
  },
  {
    what: "order: margin with a thousands separator",
    parse: parseOrders,
    row: { ...ORDER, margin: "1,234.56" },
    path: "margin",
    message:
      "commas are not accepted in amounts (no thousands separators; a decimal comma needs the decimalComma option)",
  },
  {
    what: "order: hoursSold that is not a number",
    parse: parseOrders,
    row: { ...ORDER, hoursSold: "abc" },
    path: "hoursSold",
    message: '"abc" is not a decimal amount',
  },
  {
    what: "order: hoursSold true",
    parse: parseOrders,
    row: { ...ORDER, hoursSold: true },
    path: "hoursSold",
    message: "an amount must be a decimal string, a finite number or a Decimal, not boolean",
  },
  {
    what: "order: blank offerId",
    parse: parseOrders,
    row: { ...ORDER, offerId: "  " },
    path: "offerId",
    message: "must not be blank (only spaces)",
  },
  {
    what: "order: offerId as a number (never coerced)",
    parse: parseOrders,
    row: { ...ORDER, offerId: 12 },
    path: "offerId",
    message: "expected text, got a number (12)",
  },
  {
    what: "order: dealId as an object",
    parse: parseOrders,
    row: { ...ORDER, dealId: { id: "d-1" } },
    path: "dealId",
    message: "expected text, got an object",
  },
  // Extended order fields: the rules across fields.
  {
    what: "order: amount not grossAmount minus discount",
    parse: parseOrders,
    row: { ...ORDER, amount: "1300" },
    path: "amount",
    message: "amount (1300) is not grossAmount (1300) minus discount (99.5) = 1200.5",
  },
  {
    what: "order: a negative discount on a sale",
    parse: parseOrders,
    row: { ...ORDER, grossAmount: undefined, discount: "-5" },
    path: "discount",
    message:
      "discount is negative (-5) on an order whose amount is not negative: only a credit note may carry a negative discount",
  },
  {
    what: "order: negative hours on a sale",
    parse: parseOrders,
    row: { ...ORDER, hoursSold: "-2" },
    path: "hoursSold",
    message:
      "hoursSold is negative (-2) on an order whose amount is not negative: only a credit note may carry a negative hoursSold",
  },
  // Extended activity fields.
  {
    what: "activity: cancellation cause as a number",
    parse: parseActivities,
    row: { ...ACTIVITY, cancellationCause: 42 },
    path: "cancellationCause",
    message: "expected text, got a number (42)",
  },
  {
    what: "activity: cancellation cause on a planned activity",
    parse: parseActivities,
    row: { ...ACTIVITY, status: "planned" },
    path: "cancellationCause",
    message:
      "only a cancelled activity has a cancellationCause (this one is planned): leave it empty or set status to cancelled",
  },
  {
    what: "activity: blank customer",
    parse: parseActivities,
    row: { ...ACTIVITY, customerId: " " },
    path: "customerId",
    message: "must not be blank (only spaces)",
  },
  {
    what: "activity: dealId as a number",
    parse: parseActivities,
    row: { ...ACTIVITY, dealId: 3 },
    path: "dealId",
    message: "expected text, got a number (3)",
  },
  {
    what: "activity: durationMinutes NaN",
    parse: parseActivities,
    row: { ...ACTIVITY, durationMinutes: Number.NaN },
    path: "durationMinutes",
    message: "NaN is not a finite number",
  },
  {
    what: "activity: durationMinutes Infinity",
    parse: parseActivities,
    row: { ...ACTIVITY, durationMinutes: Number.POSITIVE_INFINITY },
    path: "durationMinutes",
    message: "Infinity is not a finite number",
  },
  {
    what: "activity: durationMinutes with an exponent",
    parse: parseActivities,
    row: { ...ACTIVITY, durationMinutes: "1e2" },
    path: "durationMinutes",
    message: "exponents are not accepted in numbers (write the digits)",
  },
];

const BASE = new Map<Parser, Readonly<Record<string, unknown>>>([
  [parseExpenses, EXPENSE],
  [parseOrders, ORDER],
  [parseActivities, ACTIVITY],
]);
const TABLE_PARSER = new Map<Parser, TableParser>([
  [parseExpenses, parseExpenseTable],
  [parseOrders, parseOrderTable],
  [parseActivities, parseActivityTable],
]);

/** `{ index, id, path, message, issues }` of each row error. */
function described(errors: readonly RowError[]): unknown[] {
  return errors.map((error) => ({
    index: error.index,
    id: error.id,
    path: error.path,
    message: error.message,
    issues: error.issues,
  }));
}

/** A row without its `undefined` fields, as a JSON export writes it. */
function compact(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

describe("operational records: the bad-input catalogue", () => {
  it.each(LINES)("$what", (line) => {
    // A good row first, the bad one second: the error names index 1 and the bad row's id.
    const good = { ...BASE.get(line.parse), id: "good" };
    const rows = [good, compact(line.row)];
    expect(line.parse([good], line.options).errors).toEqual([]);
    const result = line.parse(rows, line.options);
    expect(result.records.length + result.errors.length).toBe(2);
    const issue = { path: [line.path], message: line.message };
    expect(described(result.errors)).toEqual([
      { index: 1, id: line.row["id"], path: [line.path], message: line.message, issues: [issue] },
    ]);
    // The table parser reads the same rows to the same errors.
    const table = TABLE_PARSER.get(line.parse)?.(rows, line.options);
    expect(table?.table.size).toBe(1);
    expect(table?.errors).toEqual(result.errors);
  });
});

describe("operational records: one error per row, naming every issue", () => {
  it("an expense wrong in five fields", () => {
    const row = { id: "e-9", sellerId: "", date: "2026-13-01", amount: "0x1F", currency: "XYZ", category: "Travel" };
    const result = parseExpenses([EXPENSE, row]);
    expect(result.records.map((expense) => expense.id)).toEqual(["e-1"]);
    expect(result.errors.map((error) => [error.index, error.id])).toEqual([[1, "e-9"]]);
    expect(result.errors[0]?.issues).toEqual([
      { path: ["sellerId"], message: REQUIRED },
      { path: ["date"], message: "2026-13-01 is not a calendar date" },
      { path: ["amount"], message: "hexadecimal amounts are not accepted" },
      { path: ["currency"], message: 'unknown ISO 4217 currency code "XYZ"' },
      { path: ["category"], message: `${CATEGORIES}, got "Travel"` },
    ]);
    expect(parseExpenseTable([EXPENSE, row]).errors).toEqual(result.errors);
  });

  it("an order breaking its field readers and every rule across fields", () => {
    const row = {
      ...ORDER,
      id: "o-9",
      amount: "10",
      grossAmount: "30",
      discount: "-5",
      hoursSold: "-1",
      margin: "1e2",
      offerId: 1,
    };
    const result = parseOrders([ORDER, row]);
    expect(result.errors.map((error) => [error.index, error.id])).toEqual([[1, "o-9"]]);
    expect(result.errors[0]?.issues).toEqual([
      { path: ["margin"], message: "exponents are not accepted in amounts (write the digits)" },
      { path: ["offerId"], message: "expected text, got a number (1)" },
      {
        path: ["discount"],
        message:
          "discount is negative (-5) on an order whose amount is not negative: only a credit note may carry a negative discount",
      },
      {
        path: ["hoursSold"],
        message:
          "hoursSold is negative (-1) on an order whose amount is not negative: only a credit note may carry a negative hoursSold",
      },
      { path: ["amount"], message: "amount (10) is not grossAmount (30) minus discount (-5) = 35" },
    ]);
    expect(parseOrderTable([ORDER, row]).errors).toEqual(result.errors);
  });

  it("an activity with a bad dealId, a negative duration and a cause on a done activity", () => {
    const row = { ...ACTIVITY, id: "a-9", status: "done", durationMinutes: "-1", dealId: 4 };
    const result = parseActivities([ACTIVITY, row]);
    expect(result.errors.map((error) => [error.index, error.id])).toEqual([[1, "a-9"]]);
    expect(result.errors[0]?.issues).toEqual([
      { path: ["dealId"], message: "expected text, got a number (4)" },
      { path: ["durationMinutes"], message: "must be at least 0 (got -1)" },
      {
        path: ["cancellationCause"],
        message:
          "only a cancelled activity has a cancellationCause (this one is done): leave it empty or set status to cancelled",
      },
    ]);
    expect(parseActivityTable([ACTIVITY, row]).errors).toEqual(result.errors);
  });
});

describe("expenses: duplicate ids, strict mode, fail-fast", () => {
  it("rejects the later of two rows with the same id, naming the earlier one, __proto__ included", () => {
    for (const id of ["e-1", "__proto__", "constructor"]) {
      const rows = [
        { ...EXPENSE, id },
        { ...EXPENSE, id: "e-2" },
        { ...EXPENSE, id, amount: "1" },
      ];
      const result = parseExpenses(rows);
      expect(result.records.map((expense) => expense.id)).toEqual([id, "e-2"]);
      expect(described(result.errors)).toEqual([
        {
          index: 2,
          id,
          path: ["id"],
          message: `duplicate id ${JSON.stringify(id)}: row 0 has the same id (the later row is rejected)`,
          issues: [
            {
              path: ["id"],
              message: `duplicate id ${JSON.stringify(id)}: row 0 has the same id (the later row is rejected)`,
            },
          ],
        },
      ]);
      expect(parseExpenseTable(rows).errors).toEqual(result.errors);
    }
  });

  it("fail-fast throws RowValidationError at the duplicate, with the row error collect mode gives", () => {
    const rows = [EXPENSE, { ...EXPENSE }];
    const collected = parseExpenses(rows).errors[0];
    let caught: unknown = null;
    try {
      parseExpenses(rows, { mode: "fail-fast" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RowValidationError);
    expect((caught as RowValidationError).rowError).toEqual(collected);
  });

  it("names an unknown field in strict mode, with the fields each kind accepts", () => {
    const strict = { unknownKeys: "reject" } as const;
    expect(described(parseExpenses([{ ...EXPENSE, note: "lunch" }], strict).errors)).toEqual([
      {
        index: 0,
        id: "e-1",
        path: ["note"],
        message: 'unknown field "note" (strict mode accepts only id, sellerId, date, amount, currency, category)',
        issues: [
          {
            path: ["note"],
            message: 'unknown field "note" (strict mode accepts only id, sellerId, date, amount, currency, category)',
          },
        ],
      },
    ]);
    expect(parseActivities([{ ...ACTIVITY, note: "x" }], strict).errors[0]?.message).toBe(
      'unknown field "note" (strict mode accepts only id, ownerId, type, date, status, customerId, dealId, durationMinutes, cancellationCause)',
    );
    // The extended fields themselves are known fields: a full row passes strict mode.
    expect(parseOrders([ORDER], strict).errors).toEqual([]);
    expect(parseActivities([ACTIVITY], strict).errors).toEqual([]);
    expect(parseExpenseTable([{ ...EXPENSE, note: "lunch" }], strict).errors[0]?.path).toEqual(["note"]);
  });
});

describe("expenses: a 1 MB string in any field", () => {
  const MB = "1".repeat(2 ** 20);
  const cut = `${JSON.stringify(MB.slice(0, 64))}... (${MB.length} characters)`;
  it.each([
    ["id", `text has at most 256 characters (got ${MB.length})`],
    ["sellerId", `text has at most 256 characters (got ${MB.length})`],
    ["date", "a date has at most 40 characters"],
    ["amount", "an amount has at most 64 characters"],
    ["currency", `unknown ISO 4217 currency code ${cut}`],
    ["category", `${CATEGORIES}, got ${cut}`],
  ])("field %s: a row error on the field", (field, message) => {
    expect(described(parseExpenses([{ ...EXPENSE, [field]: MB }]).errors)).toEqual([
      {
        index: 0,
        id: field === "id" ? MB.slice(0, 64) : "e-1",
        path: [field],
        message,
        issues: [{ path: [field], message }],
      },
    ]);
  });
});
