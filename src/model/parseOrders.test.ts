import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { isCrmKpiError, RowValidationError } from "../errors/index.js";
import { Dec } from "../money/dec.js";
import { createOrderSchema, OrderSchema } from "./orderSchema.js";
import { parseOrders } from "./parseOrders.js";

/** A valid order row in JSON form (numbers where JSON has them). */
function jsonRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "o-1",
    date: "2026-01-15T10:30:00Z",
    amount: 1200.5,
    currency: "EUR",
    sellerId: "s-1",
    customerId: "c-1",
    ...overrides,
  };
}

/** The same order as CSV cells: every value a string, empty cells for absent optional fields. */
function csvRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id: "o-1",
    date: "2026-01-15T10:30:00Z",
    amount: "1200.50",
    currency: "EUR",
    sellerId: "s-1",
    customerId: "c-1",
    grossAmount: "",
    discount: "",
    margin: "",
    hoursSold: "",
    offerId: "",
    dealId: "",
    ...overrides,
  };
}

function onlyError(rows: readonly unknown[], options?: Parameters<typeof parseOrders>[1]) {
  const result = parseOrders(rows, options);
  expect(result.records).toHaveLength(0);
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

function messagesAt(rows: readonly unknown[], field: string, options?: Parameters<typeof parseOrders>[1]): string[] {
  return onlyError(rows, options)
    .issues.filter((issue) => issue.path.length === 1 && issue.path[0] === field)
    .map((issue) => issue.message);
}

describe("parseOrders: valid rows", () => {
  it("reads a JSON row", () => {
    const result = parseOrders([jsonRow({ margin: -20, hoursSold: "7.5", dealId: "d-1" })]);
    expect(result.errors).toEqual([]);
    expect(result.inputCount).toBe(1);
    const order = result.records[0]!;
    expect(order.id).toBe("o-1");
    expect(order.date.toISOString()).toBe("2026-01-15T10:30:00.000Z");
    expect(order.amount.toString()).toBe("1200.5");
    expect(order.amount).toBeInstanceOf(Decimal);
    expect(order.currency).toBe("EUR");
    expect(order.sellerId).toBe("s-1");
    expect(order.customerId).toBe("c-1");
    expect(order.margin?.toString()).toBe("-20");
    expect(order.hoursSold?.toString()).toBe("7.5");
    expect(order.dealId).toBe("d-1");
    expect("grossAmount" in order).toBe(false);
  });

  it("reads the same order from CSV cells (all strings, empty cells absent)", () => {
    const result = parseOrders([csvRow()]);
    expect(result.errors).toEqual([]);
    const order = result.records[0]!;
    expect(order.amount.toString()).toBe("1200.5");
    expect(order.date.toISOString()).toBe("2026-01-15T10:30:00.000Z");
    expect(order.grossAmount).toBeUndefined();
    expect(order.discount).toBeUndefined();
    expect(order.margin).toBeUndefined();
    expect(order.hoursSold).toBeUndefined();
    expect(order.offerId).toBeUndefined();
    expect(order.dealId).toBeUndefined();
  });

  it("reads every optional field from CSV cells", () => {
    const result = parseOrders([
      csvRow({
        grossAmount: "1300",
        discount: "99.50",
        margin: "400.25",
        hoursSold: "12",
        offerId: "of-1",
        dealId: "d-9",
      }),
    ]);
    const order = result.records[0]!;
    expect(order.grossAmount?.toString()).toBe("1300");
    expect(order.discount?.toString()).toBe("99.5");
    expect(order.margin?.toString()).toBe("400.25");
    expect(order.hoursSold?.toString()).toBe("12");
    expect(order.offerId).toBe("of-1");
    expect(order.dealId).toBe("d-9");
  });

  it("keeps negative amounts (credit notes) as they are", () => {
    expect(parseOrders([jsonRow({ amount: "-12.5" })]).records[0]?.amount.toString()).toBe("-12.5");
  });

  it("accepts a Decimal from any decimal.js copy and rewraps it", () => {
    const order = parseOrders([jsonRow({ amount: new Decimal("0.1") })]).records[0]!;
    expect(order.amount.toString()).toBe("0.1");
    // 60-digit precision of Dec: 1/3 keeps 60 digits, not decimal.js' default 20.
    expect(order.amount.div(3).toString().length).toBeGreaterThan(40);
  });

  it("reads a date-only string as the start of that day in the reporting zone", () => {
    // Worked by hand: Paris is UTC+1 in January, so 2026-01-15 00:00 local = 2026-01-14T23:00Z.
    const order = parseOrders([jsonRow({ date: "2026-01-15" })], { timeZone: "Europe/Paris" }).records[0]!;
    expect(order.date.toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(parseOrders([jsonRow({ date: "2026-01-15" })]).records[0]?.date.toISOString()).toBe(
      "2026-01-15T00:00:00.000Z",
    );
  });

  it("reads a naive date-time as wall time in the zone, and an offset as that instant", () => {
    // Worked by hand: 2026-07-01 14:00 in Paris (UTC+2 in summer) = 12:00Z; "+05:30" subtracts 5h30.
    expect(
      parseOrders([jsonRow({ date: "2026-07-01T14:00" })], { timeZone: "Europe/Paris" }).records[0]?.date.toISOString(),
    ).toBe("2026-07-01T12:00:00.000Z");
    expect(
      parseOrders([jsonRow({ date: "2026-07-01T14:00:00+05:30" })], {
        timeZone: "Europe/Paris",
      }).records[0]?.date.toISOString(),
    ).toBe("2026-07-01T08:30:00.000Z");
    expect(parseOrders([jsonRow({ date: "2026-07-01 14:00:00.250-03:00" })]).records[0]?.date.toISOString()).toBe(
      "2026-07-01T17:00:00.250Z",
    );
    // Offsets without a colon, or hours only, are read too.
    expect(parseOrders([jsonRow({ date: "2026-07-01T14:00:00+0530" })]).records[0]?.date.toISOString()).toBe(
      "2026-07-01T08:30:00.000Z",
    );
    expect(parseOrders([jsonRow({ date: "2026-07-01T14:00+05" })]).records[0]?.date.toISOString()).toBe(
      "2026-07-01T09:00:00.000Z",
    );
  });

  it("accepts a valid Date", () => {
    expect(parseOrders([jsonRow({ date: new Date("2026-03-01T00:00:00Z") })]).records[0]?.date.toISOString()).toBe(
      "2026-03-01T00:00:00.000Z",
    );
  });
});

describe("parseOrders: money (spec section 1)", () => {
  it.each([
    ["1,234.56", "commas are not accepted"],
    ["1 234,56", "spaces"],
    ["0x1F", "hexadecimal"],
    ["1_000", "underscores"],
    ["1e3", "exponents"],
    ["NaN", "not a finite amount"],
    ["Infinity", "not a finite amount"],
    ["-Infinity", "not a finite amount"],
    [" 12 ", "leading or trailing spaces"],
    ["12.", "not a decimal amount"],
    [".5", "not a decimal amount"],
    ["+5", "not a decimal amount"],
    ["€12", "not a decimal amount"],
    ["1".repeat(100_000), "at most 64 characters"],
  ])("rejects the string %j", (amount, expected) => {
    const messages = messagesAt([jsonRow({ amount })], "amount");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it.each([
    [Number.NaN, "NaN is not a finite amount"],
    [Number.POSITIVE_INFINITY, "Infinity is not a finite amount"],
    [Number.NEGATIVE_INFINITY, "-Infinity is not a finite amount"],
    [true, "not boolean"],
    [[], "not an array"],
    [{}, "not an object"],
    [[12], "not an array"],
    [{ value: "12" }, "not an object"],
    [12n, "not bigint"],
  ])("rejects the value %s", (amount, expected) => {
    const messages = messagesAt([jsonRow({ amount })], "amount");
    expect(messages).toEqual([expect.stringContaining(expected)]);
  });

  it.each([[""], [null], [undefined]])("rejects an absent required amount (%j) as required", (amount) => {
    expect(messagesAt([jsonRow({ amount })], "amount")).toEqual(["required: the value is missing, null or empty"]);
  });

  it("rejects a Decimal NaN or Infinity", () => {
    expect(messagesAt([jsonRow({ amount: new Decimal(Number.NaN) })], "amount")[0]).toContain("not a finite amount");
    expect(messagesAt([jsonRow({ amount: new Decimal(Number.POSITIVE_INFINITY) })], "amount")[0]).toContain(
      "not a finite amount",
    );
  });

  it('reads "-0" (and -0) as zero', () => {
    const [a, b] = parseOrders([jsonRow({ id: "a", amount: "-0" }), jsonRow({ id: "b", amount: -0 })]).records;
    expect(a?.amount.isZero()).toBe(true);
    expect(a?.amount.isNegative()).toBe(false);
    expect(b?.amount.isNegative()).toBe(false);
  });

  it("reads a decimal comma only when the caller opts in", () => {
    expect(messagesAt([jsonRow({ amount: "12,5" })], "amount")[0]).toContain("decimalComma");
    const order = parseOrders([jsonRow({ amount: "-1234,56", grossAmount: "1300,10" })], { decimalComma: true })
      .records[0]!;
    expect(order.amount.toString()).toBe("-1234.56");
    expect(order.grossAmount?.toString()).toBe("1300.1");
    // With the comma on, spaces group thousands (issue 9, item 4); a point is still rejected.
    expect(parseOrders([jsonRow({ amount: "1 234,56" })], { decimalComma: true }).records[0]?.amount.toString()).toBe(
      "1234.56",
    );
    expect(messagesAt([jsonRow({ amount: "1 23,56" })], "amount", { decimalComma: true })[0]).toContain(
      "is not grouped in thousands",
    );
    expect(messagesAt([jsonRow({ amount: "1.234,56" })], "amount", { decimalComma: true })[0]).toContain("points");
    expect(messagesAt([jsonRow({ amount: "12.5" })], "amount", { decimalComma: true })[0]).toContain("points");
    // Numbers are numbers whatever the option.
    expect(parseOrders([jsonRow({ amount: 12.5 })], { decimalComma: true }).records[0]?.amount.toString()).toBe("12.5");
  });

  it("checks optional amounts with the same rules", () => {
    expect(messagesAt([jsonRow({ discount: "1e2" })], "discount")[0]).toContain("exponents");
    expect(messagesAt([jsonRow({ margin: Number.NaN })], "margin")[0]).toContain("not a finite amount");
    expect(messagesAt([jsonRow({ hoursSold: {} })], "hoursSold")[0]).toContain("an object");
    expect(messagesAt([jsonRow({ grossAmount: " " })], "grossAmount")[0]).toContain("spaces");
  });
});

describe("parseOrders: dates (spec section 1)", () => {
  it.each([
    ["2026-02-30", "2026-02-30 is not a calendar date"],
    ["2026-13-01", "2026-13-01 is not a calendar date"],
    ["2026-00-10", "is not a calendar date"],
    ["2026-04-31", "is not a calendar date"],
    ["2025-02-29", "is not a calendar date"],
    ["2026-01-01T24:00", "24:00 is not a time of day"],
    ["2026-01-01T12:60", "is not a time of day"],
    ["2026-01-01T12:00:00+25:00", "not a UTC offset"],
    ["1899-12-31", "year 1899 is outside the business range 1900-2200"],
    ["2201-01-01", "year 2201 is outside the business range 1900-2200"],
    ["next tuesday", "is not an ISO 8601 date"],
    ["15/01/2026", "is not an ISO 8601 date"],
    ["2026-1-5", "is not an ISO 8601 date"],
    ["20260115", "is not an ISO 8601 date"],
    ["2026-01-15T10:30:00.1234Z", "is not an ISO 8601 date"],
    [" 2026-01-15", "is not an ISO 8601 date"],
    ["2026-01-15".repeat(10_000), "at most 40 characters"],
  ])("rejects %j", (date, expected) => {
    expect(messagesAt([jsonRow({ date })], "date")).toEqual([expect.stringContaining(expected)]);
  });

  it.each([
    [1_767_225_600_000, "not number"],
    [new Date(Number.NaN), "the date is invalid"],
    [true, "not boolean"],
    [[], "not an array"],
    [{}, "not object"],
  ])("rejects the value %s", (date, expected) => {
    expect(messagesAt([jsonRow({ date })], "date")).toEqual([expect.stringContaining(expected)]);
  });

  it("rejects a naive time inside the Europe/Paris spring-forward gap", () => {
    // 2026-03-29: Paris clocks jump from 02:00 to 03:00, so 02:30 does not exist there.
    expect(messagesAt([jsonRow({ date: "2026-03-29T02:30" })], "date", { timeZone: "Europe/Paris" })).toEqual([
      expect.stringContaining("daylight-saving gap"),
    ]);
    // In UTC the same wall time exists.
    expect(parseOrders([jsonRow({ date: "2026-03-29T02:30" })]).records).toHaveLength(1);
  });

  it("takes the earlier instant for a naive time in the Europe/Paris fall-back fold", () => {
    // Worked by hand: 2026-10-25 02:30 happens at +02:00 (00:30Z) and again at +01:00 (01:30Z); the earlier is 00:30Z.
    const order = parseOrders([jsonRow({ date: "2026-10-25T02:30" })], { timeZone: "Europe/Paris" }).records[0]!;
    expect(order.date.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("judges the business year bounds in the reporting zone's local year (settled detail 18)", () => {
    // 2200-12-31T23:30Z is 2201-01-01 00:30 in Paris: rejected there, accepted in UTC.
    expect(messagesAt([jsonRow({ date: "2200-12-31T23:30:00Z" })], "date", { timeZone: "Europe/Paris" })[0]).toContain(
      "year 2201",
    );
    expect(parseOrders([jsonRow({ date: "2200-12-31T23:30:00Z" })]).records).toHaveLength(1);
    expect(parseOrders([jsonRow({ date: "1900-01-01" })]).records).toHaveLength(1);
    expect(parseOrders([jsonRow({ date: "2200-12-31" })]).records).toHaveLength(1);
  });

  it("rejects an absent date as required", () => {
    expect(messagesAt([jsonRow({ date: "" })], "date")).toEqual(["required: the value is missing, null or empty"]);
    expect(messagesAt([jsonRow({ date: undefined })], "date")).toEqual([
      "required: the value is missing, null or empty",
    ]);
  });
});

describe("parseOrders: other fields", () => {
  it("rejects an unknown or lower-case currency", () => {
    expect(messagesAt([jsonRow({ currency: "XYZ" })], "currency")).toEqual(['unknown ISO 4217 currency code "XYZ"']);
    expect(messagesAt([jsonRow({ currency: "eur" })], "currency")[0]).toContain('codes are upper case: "EUR"');
    expect(messagesAt([jsonRow({ currency: "EURO" })], "currency")[0]).toContain("unknown ISO 4217");
    expect(messagesAt([jsonRow({ currency: 978 })], "currency")[0]).toContain("not a number");
    expect(messagesAt([jsonRow({ currency: "" })], "currency")).toEqual([
      "required: the value is missing, null or empty",
    ]);
  });

  it("lists every missing required field of a row in one error", () => {
    const error = onlyError([{}]);
    expect(error.index).toBe(0);
    expect(error.id).toBeNull();
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["id"],
      ["date"],
      ["amount"],
      ["currency"],
      ["sellerId"],
      ["customerId"],
    ]);
    expect(error.path).toEqual(["id"]);
    expect(error.message).toBe("required: the value is missing, null or empty");
  });

  it("rejects ids that are not text, blank, or too long", () => {
    expect(messagesAt([jsonRow({ id: 12 })], "id")[0]).toBe("expected text, got a number (12)");
    expect(messagesAt([jsonRow({ id: "   " })], "id")[0]).toBe("must not be blank (only spaces)");
    expect(messagesAt([jsonRow({ sellerId: "x".repeat(257) })], "sellerId")[0]).toBe(
      "text has at most 256 characters (got 257)",
    );
    expect(parseOrders([jsonRow({ sellerId: "x".repeat(256) })]).records).toHaveLength(1);
  });

  it("reports an id longer than 64 characters cut to 64 in the row error", () => {
    const error = onlyError([jsonRow({ id: "i".repeat(300), amount: "x" })]);
    expect(error.id).toBe("i".repeat(64));
  });

  it("accepts __proto__ and constructor as ids and as seller ids", () => {
    const rows = [
      jsonRow({ id: "__proto__", sellerId: "constructor" }),
      jsonRow({ id: "constructor", sellerId: "__proto__" }),
    ];
    const result = parseOrders(rows);
    expect(result.errors).toEqual([]);
    expect(result.records.map((order) => [order.id, order.sellerId])).toEqual([
      ["__proto__", "constructor"],
      ["constructor", "__proto__"],
    ]);
    expect(Object.getPrototypeOf(result.records[0])).toBe(Object.prototype);
  });

  it("rejects a duplicate id, naming the earlier row, and keeps the first", () => {
    const result = parseOrders([
      jsonRow({ id: "__proto__" }),
      jsonRow({ id: "o-2" }),
      jsonRow({ id: "__proto__", amount: "5" }),
    ]);
    expect(result.records.map((order) => order.id)).toEqual(["__proto__", "o-2"]);
    expect(result.errors).toEqual([
      {
        index: 2,
        id: "__proto__",
        path: ["id"],
        message: 'duplicate id "__proto__": row 0 has the same id (the later row is rejected)',
        issues: [
          { path: ["id"], message: 'duplicate id "__proto__": row 0 has the same id (the later row is rejected)' },
        ],
      },
    ]);
  });

  it("ignores unknown columns by default and rejects each one in strict mode", () => {
    const row = { ...jsonRow(), region: "north", Amount: "1" };
    expect(parseOrders([row]).records[0]).not.toHaveProperty("region");
    const error = onlyError([row], { unknownKeys: "reject" });
    expect(error.issues.map((issue) => issue.path)).toEqual([["region"], ["Amount"]]);
    expect(error.message).toContain('unknown field "region"');
  });

  it("throws RowValidationError at the first bad row in fail-fast mode", () => {
    const rows = [jsonRow({ id: "a" }), jsonRow({ id: "b", currency: "XYZ" }), jsonRow({ id: "c", amount: "1e3" })];
    let caught: unknown;
    try {
      parseOrders(rows, { mode: "fail-fast" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RowValidationError);
    expect(isCrmKpiError(caught)).toBe(true);
    const rowError = (caught as RowValidationError).rowError;
    expect(rowError.index).toBe(1);
    expect((caught as Error).message).toBe(
      '[crm-kpi] row 1 (id "b"), field currency: unknown ISO 4217 currency code "XYZ"',
    );
  });

  it("throws InvalidArgumentError for an unknown time zone", () => {
    expect(() => parseOrders([jsonRow()], { timeZone: "Mars/Olympus" })).toThrow(/unknown time zone/);
    expect(() => createOrderSchema({ timeZone: "Mars/Olympus" })).toThrow(/unknown time zone/);
  });
});

describe("OrderSchema", () => {
  it("parses a row directly and strips unknown keys", () => {
    const order = OrderSchema.parse({ ...jsonRow(), extra: 1 });
    expect(order.amount.equals(new Dec("1200.5"))).toBe(true);
    expect(order).not.toHaveProperty("extra");
  });

  it("reports issues as zod custom issues with paths", () => {
    const result = OrderSchema.safeParse(jsonRow({ amount: "1e3", date: "2026-02-30" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["custom", ["date"]],
      ["custom", ["amount"]],
    ]);
  });
});
