import { describe, expect, it } from "vitest";
import { ActivitySchema, cancellationCauseOf, CANCELLATION_CAUSES } from "./activitySchema.js";
import { OrderSchema } from "./orderSchema.js";
import { parseActivities } from "./parseActivities.js";
import { parseOrders } from "./parseOrders.js";

// The extended order and activity fields of spec section 7 and their rules across fields
// (orderSchema.ts and activitySchema.ts say each rule; _orderAmounts.ts holds the order's).

function order(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "o-1",
    date: "2026-03-02",
    amount: "1200.50",
    currency: "EUR",
    sellerId: "s-1",
    customerId: "c-1",
    ...overrides,
  };
}

function activity(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: "a-1", ownerId: "s-1", type: "visit", date: "2026-03-02T10:00:00Z", status: "done", ...overrides };
}

/** `[path, message]` of every issue, from the record parser (fast path first) and from the zod schema alone. */
function orderIssues(row: Record<string, unknown>): [string, string][] {
  const parsed = parseOrders([row]).errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
  const zod = OrderSchema.safeParse(row).error?.issues.map((issue): [string, string] => [
    issue.path.join("."),
    issue.message,
  ]);
  expect(parsed).toEqual(zod ?? []);
  return parsed;
}

function activityIssues(row: Record<string, unknown>): [string, string][] {
  const parsed = parseActivities([row]).errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
  const zod = ActivitySchema.safeParse(row).error?.issues.map((issue): [string, string] => [
    issue.path.join("."),
    issue.message,
  ]);
  expect(parsed).toEqual(zod ?? []);
  return parsed;
}

describe("extended order fields: amount = grossAmount - discount", () => {
  it("accepts a net amount equal to the gross amount minus the discount (1300 - 99.50 = 1200.50)", () => {
    expect(orderIssues(order({ grossAmount: "1300", discount: "99.50" }))).toEqual([]);
    const record = parseOrders([order({ grossAmount: "1300", discount: "99.50" })]).records[0]!;
    expect(record.grossAmount?.toString()).toBe("1300");
    expect(record.discount?.toString()).toBe("99.5");
  });

  it("rejects a gross amount given as the amount (the discount not taken off)", () => {
    expect(orderIssues(order({ amount: "1300", grossAmount: "1300", discount: "99.50" }))).toEqual([
      ["amount", "amount (1300) is not grossAmount (1300) minus discount (99.5) = 1200.5"],
    ]);
  });

  it("checks nothing when only one of grossAmount and discount is given", () => {
    expect(orderIssues(order({ grossAmount: "5000" }))).toEqual([]);
    expect(orderIssues(order({ grossAmount: "10" }))).toEqual([]);
    expect(orderIssues(order({ discount: "300" }))).toEqual([]);
  });

  it("holds for a credit note too (-1300 - (-100) = -1200)", () => {
    expect(orderIssues(order({ amount: "-1200", grossAmount: "-1300", discount: "-100" }))).toEqual([]);
  });

  it("compares exactly, beyond four decimals and with a decimal comma", () => {
    expect(orderIssues(order({ amount: "0.00001", grossAmount: "0.00003", discount: "0.00002" }))).toEqual([]);
    expect(
      parseOrders([order({ amount: "1200,5", grossAmount: "1300", discount: "99,5" })], { decimalComma: true }).errors,
    ).toEqual([]);
  });
});

describe("extended order fields: signs", () => {
  it("refuses a negative discount or hoursSold on an order that is not a credit note", () => {
    expect(orderIssues(order({ discount: "-5" }))).toEqual([
      [
        "discount",
        "discount is negative (-5) on an order whose amount is not negative: only a credit note may carry a negative discount",
      ],
    ]);
    expect(orderIssues(order({ hoursSold: -2 }))).toEqual([
      [
        "hoursSold",
        "hoursSold is negative (-2) on an order whose amount is not negative: only a credit note may carry a negative hoursSold",
      ],
    ]);
    expect(orderIssues(order({ amount: "0", hoursSold: "-0.5" }))[0]?.[0]).toBe("hoursSold");
  });

  it("lets a credit note carry back negative hours and discount, and any order a negative margin", () => {
    expect(orderIssues(order({ amount: "-400", discount: "-20", hoursSold: "-4" }))).toEqual([]);
    expect(orderIssues(order({ margin: "-150" }))).toEqual([]);
    expect(orderIssues(order({ discount: "-0", hoursSold: "0" }))).toEqual([]);
  });

  it("names every broken rule of a row at once", () => {
    expect(
      orderIssues(order({ amount: "10", grossAmount: "30", discount: "-5", hoursSold: "-1" })).map(([p]) => p),
    ).toEqual(["discount", "hoursSold", "amount"]);
  });

  it("does not judge the rules on a field that is itself invalid (the field's own issue only)", () => {
    expect(orderIssues(order({ grossAmount: "1e3", discount: "5" }))).toEqual([
      ["grossAmount", expect.stringContaining("exponents") as unknown as string],
    ]);
  });
});

describe("extended activity fields", () => {
  it("reads customerId, dealId, durationMinutes and a cause on a cancelled activity", () => {
    const row = activity({
      status: "cancelled",
      customerId: "c-1",
      dealId: "d-1",
      durationMinutes: "45",
      cancellationCause: "service",
    });
    expect(activityIssues(row)).toEqual([]);
    expect(parseActivities([row]).records[0]).toMatchObject({
      customerId: "c-1",
      dealId: "d-1",
      durationMinutes: 45,
      cancellationCause: "service",
    });
  });

  it("refuses a cancellation cause on an activity that is not cancelled", () => {
    for (const status of ["done", "planned"]) {
      expect(activityIssues(activity({ status, cancellationCause: "customer" }))).toEqual([
        [
          "cancellationCause",
          `only a cancelled activity has a cancellationCause (this one is ${status}): leave it empty or set status to cancelled`,
        ],
      ]);
    }
    expect(activityIssues(activity({ status: "done", cancellationCause: "" }))).toEqual([]);
  });

  it("accepts a cancelled activity without a cause, and any text as a cause", () => {
    expect(activityIssues(activity({ status: "cancelled" }))).toEqual([]);
    expect(activityIssues(activity({ status: "cancelled", cancellationCause: "weather" }))).toEqual([]);
  });

  it("reads a cause as service, customer or other", () => {
    expect(CANCELLATION_CAUSES).toEqual(["service", "customer", "other"]);
    expect(["service", "customer", "weather", "Service", "other"].map(cancellationCauseOf)).toEqual([
      "service",
      "customer",
      "other",
      "other",
      "other",
    ]);
  });
});
