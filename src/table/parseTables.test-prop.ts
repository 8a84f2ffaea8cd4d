import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { activityRow, dealRow, expenseRow, orderRow, rowsOf } from "../../test/reliability/arbitraries.js";
import { parseActivities } from "../model/parseActivities.js";
import { parseDeals } from "../model/parseDeals.js";
import { parseExpenses } from "../model/parseExpenses.js";
import { parseOrders } from "../model/parseOrders.js";
import type { ParseOptions, ParseResult } from "../model/parseRows.js";
import { activityTable } from "./activityTable.js";
import { dealTable } from "./dealTable.js";
import { expenseTable, parseExpenseTable } from "./expenseTable.js";
import { orderTable } from "./orderTable.js";
import { parseActivityTable } from "./parseActivityTable.js";
import { parseDealTable } from "./parseDealTable.js";
import { parseOrderTable } from "./parseOrderTable.js";
import type { TableParseResult } from "./types.js";

// The table parsers are the record parsers without the records: for any rows and options, the
// table equals the table of the records the record parser keeps, column by column, and the errors
// are the record parser's, one for one. The lanes (amounts scanned to scaled integers, dates to
// epoch ms, texts checked in place) are exercised at their edges: texts the amount pattern
// accepts or nearly accepts, values around 2^53 once scaled, blank and Unicode-space texts, dates
// in a DST gap, and every field replaced by wild JSON values.

const amountEdge = fc.constantFrom<unknown>(
  "0",
  "-0",
  "-0.00",
  "12.5",
  "12.50",
  "1.50000",
  "1.50001",
  "007.5",
  "12.",
  ".5",
  "+1",
  " 1",
  "1 ",
  "1e3",
  "1,5",
  "-1,50",
  "1.2.3",
  "--1",
  "-",
  "900719925474.0991",
  "900719925474.0992",
  "-900719925474.0991",
  "9007199254740991",
  "123456789012345678901234567890",
  "0.0001",
  "0.00001",
  "1",
  "0.25",
  "1.0000",
  "1.0001",
  "0.5",
  0.5,
  3,
  -0,
  0,
  1,
  -7,
  1e21,
  900719925474,
  900719925475,
  -900719925474,
  2 ** 53,
  Number.NaN,
  Infinity,
);
const textEdge = fc.constantFrom<unknown>(
  "x",
  " x",
  "\u00a0",
  "\u2003x",
  "\u00e9milie",
  "   ",
  "a".repeat(256),
  "a".repeat(257),
  "__proto__",
);
const dateEdge = fc.constantFrom<unknown>(
  "2026-03-29T02:30",
  "2026-03-29T02:30:00Z",
  "2026-10-25T02:30",
  "2026-02-30",
  "2026-01-15",
  "1899-12-31",
  "2201-01-01",
  "2026-01-15T10:00:00.1234Z",
  // French exports (read with dateFormat "dd/MM/yyyy" or "dd/MM/yyyy HH:mm"): gap, fold, impossible day, trailing text, bounds.
  "31/03/2026",
  "29/03/2026 02:30",
  "25/10/2026 02:30",
  "31/03/2026 14:05",
  "31/02/2026",
  "31/03/2026x",
  " 31/03/2026",
  "01/01/1899",
  "1/2/26",
);
// Amounts as locales write them (thousands separators, percentages), read with thousandsSeparator / decimalComma.
const localeAmountEdge = fc.constantFrom<unknown>(
  "1 234,50",
  "1\u00a0234\u202f567,5",
  "-1 000",
  "1 23,5",
  "1.234,50",
  "1.234.567",
  "12.50",
  "1,234.50",
  "1,234,567",
  "1,5",
  "1'234.5",
  "40%",
  "40 %",
  "12,5 %",
  "0,5\u202f%",
  "%",
  "150%",
  "-0 %",
  "1 234 ",
  "0.4%",
);

/** Rows with some fields set to edge values. */
function edged(
  rows: fc.Arbitrary<unknown>,
  fields: Readonly<Record<string, fc.Arbitrary<unknown>>>,
): fc.Arbitrary<unknown> {
  const names = Object.keys(fields);
  return fc
    .tuple(
      rows,
      fc.subarray(names, { maxLength: 2 }),
      fc.array(fc.oneof(...Object.values(fields)), { minLength: 2, maxLength: 2 }),
    )
    .map(([row, chosen, values]) => {
      if (typeof row !== "object" || row === null || Array.isArray(row)) return row;
      const out = { ...(row as Record<string, unknown>) };
      chosen.forEach((name, i) => {
        out[name] = values[i];
      });
      return out;
    });
}

const options: fc.Arbitrary<ParseOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      timeZone: fc.constantFrom("UTC", "Europe/Paris", "America/New_York"),
      decimalComma: fc.boolean(),
      unknownKeys: fc.constantFrom("ignore" as const, "reject" as const),
      // Some pairs are invalid on purpose (a separator equal to the decimal mark): both parsers must throw the same error.
      thousandsSeparator: fc.constantFrom(" " as const, "\u00a0" as const, "." as const, "," as const, "'" as const),
      dateFormat: fc.constantFrom("dd/MM/yyyy", "dd/MM/yyyy HH:mm", "yyyy-MM-dd"),
      firstLine: fc.constantFrom(1, 2),
    },
    { requiredKeys: ["timeZone", "decimalComma", "unknownKeys"] },
  ),
);

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

function outcome<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** What a thrown error says: its class, message and typed keys (`expected`, `found`). */
function described(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { expected, found } = error as { expected?: unknown; found?: unknown };
  return { name: error.name, message: error.message, expected, found };
}

/** The same table and errors as the record parser, or the same error thrown (bad option, no expected field). */
function sameAsRecords<R, T>(
  parse: () => TableParseResult<T>,
  parseRecords: () => ParseResult<R>,
  toTable: (records: readonly R[]) => T,
): void {
  const parsed = outcome(parse);
  const records = outcome(parseRecords);
  if (!records.ok || !parsed.ok) {
    expect(parsed.ok).toBe(records.ok);
    expect(described(parsed.ok ? null : parsed.error)).toEqual(described(records.ok ? null : records.error));
    return;
  }
  expect(parsed.value.errors).toEqual(records.value.errors);
  expect(parsed.value.inputCount).toBe(records.value.inputCount);
  expect(parsed.value.table).toEqual(toTable(records.value.records));
}

const orderAmount = fc.oneof(amountEdge, localeAmountEdge);

test.prop([
  rowsOf(
    edged(orderRow, {
      amount: orderAmount,
      margin: orderAmount,
      grossAmount: orderAmount,
      discount: orderAmount,
      hoursSold: orderAmount,
      date: dateEdge,
      id: textEdge,
      sellerId: textEdge,
      customerId: textEdge,
      offerId: textEdge,
      dealId: textEdge,
    }),
    20,
  ),
  options,
])("parseOrderTable gives orderTable(parseOrders(rows).records) and parseOrders's errors", (rows, parseOptions) => {
  sameAsRecords(
    () => parseOrderTable(rows, parseOptions),
    () => parseOrders(rows, parseOptions),
    orderTable,
  );
});

test.prop([
  rowsOf(
    edged(dealRow, {
      amount: orderAmount,
      probability: orderAmount,
      createdAt: dateEdge,
      closedAt: dateEdge,
      expectedCloseDate: dateEdge,
      stage: textEdge,
      lossReason: textEdge,
    }),
    20,
  ),
  options,
])("parseDealTable gives dealTable(parseDeals(rows).records) and parseDeals's errors", (rows, parseOptions) => {
  sameAsRecords(
    () => parseDealTable(rows, parseOptions),
    () => parseDeals(rows, parseOptions),
    dealTable,
  );
});

test.prop([
  rowsOf(
    edged(activityRow, {
      durationMinutes: orderAmount,
      date: dateEdge,
      type: textEdge,
      ownerId: textEdge,
      customerId: textEdge,
      dealId: textEdge,
      cancellationCause: textEdge,
    }),
    20,
  ),
  options,
])(
  "parseActivityTable gives activityTable(parseActivities(rows).records) and parseActivities's errors",
  (rows, parseOptions) => {
    sameAsRecords(
      () => parseActivityTable(rows, parseOptions),
      () => parseActivities(rows, parseOptions),
      activityTable,
    );
  },
);

test.prop([
  rowsOf(
    edged(expenseRow, {
      amount: orderAmount,
      date: dateEdge,
      id: textEdge,
      sellerId: textEdge,
      category: textEdge,
    }),
    20,
  ),
  options,
])(
  "parseExpenseTable gives expenseTable(parseExpenses(rows).records) and parseExpenses's errors",
  (rows, parseOptions) => {
    sameAsRecords(
      () => parseExpenseTable(rows, parseOptions),
      () => parseExpenses(rows, parseOptions),
      expenseTable,
    );
  },
);
