import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseActivities } from "../model/parseActivities.js";
import { parseOrders } from "../model/parseOrders.js";
import type { ParseOptions } from "../model/parseRows.js";
import { activityTable } from "./activityTable.js";
import { orderTable } from "./orderTable.js";
import { parseActivityTable } from "./parseActivityTable.js";
import { parseOrderTable } from "./parseOrderTable.js";

// The extended order and activity fields (spec section 7) in the table parsers: whether a row
// goes through the lanes or through the record parser, the table equals the table of the records
// `parseOrders` / `parseActivities` keep, and the errors are theirs. The values sit at the edges
// of the rules across fields (amount = grossAmount - discount, signs on credit notes, a cause only
// on a cancelled activity) and of the lanes (more than four decimals, decimal commas, numbers).

const decimalEdge = fc.constantFrom<unknown>(
  undefined,
  "",
  "0",
  "-0",
  "5",
  "-5",
  "12.5",
  "12,5",
  "0.00001",
  "99.50",
  "1300",
  "-1300",
  "1e3",
  7,
  -7,
  0.5,
  "900719925474.0991",
);
const amountEdge = fc.constantFrom<unknown>("1200.5", "1200,5", "10", "-10", "0", "-1200", "1300", "0.00001");
const idEdge = fc.constantFrom<unknown>(undefined, "", "d-1", "d-2", "__proto__", " ");

const orderRow = fc
  .record({
    id: fc.constantFrom("o-1", "o-2", "o-3", "o-4"),
    amount: amountEdge,
    grossAmount: decimalEdge,
    discount: decimalEdge,
    margin: decimalEdge,
    hoursSold: decimalEdge,
    offerId: idEdge,
    dealId: idEdge,
    // A consistent pair (gross, discount) for the amount, so rows pass the rule as often as not.
    consistent: fc.boolean(),
  })
  .map(({ consistent, ...row }) => ({
    date: "2026-03-02",
    currency: "EUR",
    sellerId: "s-1",
    customerId: "c-1",
    ...row,
    ...(consistent && typeof row.amount === "string" && !row.amount.includes(",")
      ? { grossAmount: String(Number(row.amount) + 100), discount: "100" }
      : {}),
  }));

const activityRow = fc.record({
  id: fc.constantFrom("a-1", "a-2", "a-3", "a-4"),
  ownerId: fc.constant("s-1"),
  type: fc.constantFrom("visit", "meeting"),
  date: fc.constant("2026-03-02T10:00:00Z"),
  status: fc.constantFrom("done", "planned", "cancelled"),
  customerId: idEdge,
  dealId: idEdge,
  durationMinutes: decimalEdge,
  cancellationCause: fc.constantFrom<unknown>(undefined, "", "service", "customer", "weather", "__proto__", 3),
});

const options = fc.constantFrom<ParseOptions | undefined>(
  undefined,
  { decimalComma: true },
  { timeZone: "Europe/Paris", unknownKeys: "reject" },
);

test.prop([fc.array(orderRow, { maxLength: 12 }), options], { numRuns: 300 })(
  "parseOrderTable keeps the extended order fields exactly as orderTable(parseOrders(rows).records)",
  (rows, parseOptions) => {
    const parsed = parseOrderTable(rows, parseOptions);
    const records = parseOrders(rows, parseOptions);
    expect(parsed.errors).toEqual(records.errors);
    expect(parsed.table).toEqual(orderTable(records.records));
  },
);

test.prop([fc.array(activityRow, { maxLength: 12 }), options], { numRuns: 300 })(
  "parseActivityTable keeps the extended activity fields exactly as activityTable(parseActivities(rows).records)",
  (rows, parseOptions) => {
    const parsed = parseActivityTable(rows, parseOptions);
    const records = parseActivities(rows, parseOptions);
    expect(parsed.errors).toEqual(records.errors);
    expect(parsed.table).toEqual(activityTable(records.records));
  },
);
