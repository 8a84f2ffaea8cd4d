import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { activityRow, dealRow, orderRow, rowsOf } from "../../test/reliability/arbitraries.js";
import { parseActivities } from "../model/parseActivities.js";
import { parseDeals } from "../model/parseDeals.js";
import { parseOrders } from "../model/parseOrders.js";
import type { ParseOptions, ParseResult } from "../model/parseRows.js";
import { activityTable } from "./activityTable.js";
import { dealTable } from "./dealTable.js";
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
  "0", "-0", "-0.00", "12.5", "12.50", "1.50000", "1.50001", "007.5", "12.", ".5", "+1", " 1", "1 ", "1e3", "1,5", "-1,50", "1.2.3", "--1", "-",
  "900719925474.0991", "900719925474.0992", "-900719925474.0991", "9007199254740991", "123456789012345678901234567890", "0.0001", "0.00001",
  "1", "0.25", "1.0000", "1.0001", "0.5", 0.5, 3, -0, 0, 1, -7, 1e21, 900719925474, 900719925475, -900719925474, 2 ** 53, Number.NaN, Infinity,
);
const textEdge = fc.constantFrom<unknown>("x", " x", "\u00a0", "\u2003x", "\u00e9milie", "   ", "a".repeat(256), "a".repeat(257), "__proto__");
const dateEdge = fc.constantFrom<unknown>("2026-03-29T02:30", "2026-03-29T02:30:00Z", "2026-10-25T02:30", "2026-02-30", "2026-01-15", "1899-12-31", "2201-01-01", "2026-01-15T10:00:00.1234Z");

/** Rows with some fields set to edge values. */
function edged(rows: fc.Arbitrary<unknown>, fields: Readonly<Record<string, fc.Arbitrary<unknown>>>): fc.Arbitrary<unknown> {
  const names = Object.keys(fields);
  return fc.tuple(rows, fc.subarray(names, { maxLength: 2 }), fc.array(fc.oneof(...Object.values(fields)), { minLength: 2, maxLength: 2 })).map(([row, chosen, values]) => {
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
  fc.record({
    timeZone: fc.constantFrom("UTC", "Europe/Paris", "America/New_York"),
    decimalComma: fc.boolean(),
    unknownKeys: fc.constantFrom("ignore" as const, "reject" as const),
  }),
);

function sameAsRecords<R, T>(parsed: TableParseResult<T>, records: ParseResult<R>, toTable: (records: readonly R[]) => T): void {
  expect(parsed.errors).toEqual(records.errors);
  expect(parsed.inputCount).toBe(records.inputCount);
  expect(parsed.table).toEqual(toTable(records.records));
}

test.prop([rowsOf(edged(orderRow, { amount: amountEdge, margin: amountEdge, date: dateEdge, id: textEdge, sellerId: textEdge, customerId: textEdge }), 20), options])(
  "parseOrderTable gives orderTable(parseOrders(rows).records) and parseOrders's errors",
  (rows, parseOptions) => sameAsRecords(parseOrderTable(rows, parseOptions), parseOrders(rows, parseOptions), orderTable),
);

test.prop([
  rowsOf(edged(dealRow, { amount: amountEdge, probability: amountEdge, createdAt: dateEdge, closedAt: dateEdge, expectedCloseDate: dateEdge, stage: textEdge, lossReason: textEdge }), 20),
  options,
])("parseDealTable gives dealTable(parseDeals(rows).records) and parseDeals's errors", (rows, parseOptions) =>
  sameAsRecords(parseDealTable(rows, parseOptions), parseDeals(rows, parseOptions), dealTable),
);

test.prop([rowsOf(edged(activityRow, { durationMinutes: amountEdge, date: dateEdge, type: textEdge, ownerId: textEdge, cancellationCause: textEdge }), 20), options])(
  "parseActivityTable gives activityTable(parseActivities(rows).records) and parseActivities's errors",
  (rows, parseOptions) => sameAsRecords(parseActivityTable(rows, parseOptions), parseActivities(rows, parseOptions), activityTable),
);
