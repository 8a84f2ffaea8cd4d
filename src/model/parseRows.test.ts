import { describe, expect, it } from "vitest";
import * as z from "zod";
import { InvalidArgumentError, isCrmKpiError, RowValidationError } from "../errors/index.js";
import { optionalField, requiredField } from "./_fields.js";
import { idField, readText } from "./_textFields.js";
import { MAX_ISSUES_PER_ROW, parseRows } from "./parseRows.js";
import { schemaForOptions } from "./_schemaForOptions.js";
import { createOrderSchema, OrderSchema } from "./orderSchema.js";
import { SellerSchema } from "./sellerSchema.js";

const seller = (id: unknown, name: unknown = "N"): Record<string, unknown> => ({ id, name });
/** A name that makes a seller row invalid: blank (an absent or empty name is valid). */
const BLANK = "\t ";

describe("parseRows", () => {
  it("returns records and errors in input order with the input count", () => {
    const result = parseRows(SellerSchema, [seller("a"), seller(""), seller("b"), 42, seller("c")]);
    expect(result.inputCount).toBe(5);
    expect(result.records.map((record) => record.id)).toEqual(["a", "b", "c"]);
    expect(result.errors.map((error) => error.index)).toEqual([1, 3]);
  });

  it.each([
    [null, "null"],
    [undefined, "undefined"],
    [[], "an array"],
    [["s-1", "Alice"], "an array"],
    [12, "a number (12)"],
    ["s-1,Alice", '"s-1,Alice"'],
    [true, "a boolean (true)"],
    [new Date(0), "an object that is not a plain object (a class instance, Date, Map...)"],
    [new Map([["id", "s-1"]]), "an object that is not a plain object (a class instance, Date, Map...)"],
    [() => 1, "a function"],
  ])("rejects the row %s with path []", (row, what) => {
    const { errors } = parseRows(SellerSchema, [row]);
    expect(errors).toEqual([
      {
        index: 0,
        id: null,
        path: [],
        message: `a row must be a plain object (field names to values), not ${what}`,
        issues: [{ path: [], message: `a row must be a plain object (field names to values), not ${what}` }],
      },
    ]);
  });

  it("accepts objects without a prototype", () => {
    const row = Object.create(null) as Record<string, unknown>;
    row["id"] = "s-1";
    row["name"] = "Alice";
    expect(parseRows(SellerSchema, [row]).records).toEqual([{ id: "s-1", name: "Alice" }]);
  });

  it("counts holes of a sparse array as rejected rows", () => {
    const rows: unknown[] = [];
    rows[2] = seller("a");
    const result = parseRows(SellerSchema, rows);
    expect(result.inputCount).toBe(3);
    expect(result.errors.map((error) => [error.index, error.message])).toEqual([
      [0, "a row must be a plain object (field names to values), not undefined"],
      [1, "a row must be a plain object (field names to values), not undefined"],
    ]);
  });

  it("uses the row's id when it is a string, cut at 64 characters, else null", () => {
    // A blank name makes each row invalid (a roster row's name is optional, but not blank).
    const { errors } = parseRows(SellerSchema, [seller(7, BLANK), seller("x".repeat(100), BLANK), seller("", BLANK)]);
    expect(errors.map((error) => error.id)).toEqual([null, "x".repeat(64), ""]);
  });

  it("names the earlier row of a duplicate id, even when the earlier row is itself rejected", () => {
    const { records, errors } = parseRows(SellerSchema, [seller("a", BLANK), seller("a"), seller("b"), seller("a")]);
    expect(records).toEqual([{ id: "b", name: "N" }]);
    expect(errors.map((error) => [error.index, error.message])).toEqual([
      [0, "must not be blank (only spaces)"],
      [1, 'duplicate id "a": row 0 has the same id (the later row is rejected)'],
      [3, 'duplicate id "a": row 0 has the same id (the later row is rejected)'],
    ]);
  });

  it("lists a duplicate id first, then the row's other problems", () => {
    const { errors } = parseRows(SellerSchema, [seller("a"), seller("a", BLANK)]);
    expect(errors[0]?.issues.map((issue) => issue.path)).toEqual([["id"], ["name"]]);
  });

  it("compares ids exactly (case and spaces matter)", () => {
    expect(parseRows(SellerSchema, [seller("a"), seller("A"), seller(" a")]).errors).toEqual([]);
  });

  it("reads only own properties, never inherited ones", () => {
    // A field named like an Object.prototype member must not pick up the inherited function.
    const schema = z.object({
      id: idField(),
      constructor: optionalField(readText(10)),
      toString: optionalField(readText(10)),
    });
    expect(parseRows(schema, [{ id: "x" }]).records).toEqual([{ id: "x" }]);
    expect(parseRows(schema, [{ id: "y", constructor: "c", toString: "t" }]).records).toEqual([
      { id: "y", constructor: "c", toString: "t" },
    ]);
    // A row inheriting its fields from a custom prototype is not a plain object.
    const child = Object.create({ id: "inherited", name: "inherited" }) as Record<string, unknown>;
    expect(parseRows(SellerSchema, [child]).errors[0]?.message).toContain("not a plain object");
  });

  it("rejects each unknown key in strict mode, __proto__ and symbols included", () => {
    const row = JSON.parse('{"id":"s-1","name":"A","__proto__":null,"constructor":"x"}') as Record<
      string | symbol,
      unknown
    >;
    row[Symbol("tag")] = 1;
    const { errors } = parseRows(SellerSchema, [row], { unknownKeys: "reject" });
    expect(errors[0]?.issues.map((issue) => issue.path)).toEqual([["__proto__"], ["constructor"], ["Symbol(tag)"]]);
    expect(errors[0]?.message).toBe('unknown field "__proto__" (strict mode accepts only id, name, teamId)');
    expect(parseRows(SellerSchema, [row]).records).toEqual([{ id: "s-1", name: "A" }]);
  });

  it("caps the issues of one row and says how many were left out", () => {
    const row: Record<string, unknown> = { id: "s-1", name: "A" };
    for (let i = 0; i < 250; i += 1) row[`extra${i}`] = i;
    const { errors } = parseRows(SellerSchema, [row], { unknownKeys: "reject" });
    expect(errors[0]?.issues).toHaveLength(MAX_ISSUES_PER_ROW);
    expect(errors[0]?.issues.at(-1)).toEqual({ path: [], message: "and 151 more problems in this row" });
  });

  it("turns throwing getters and proxy traps into row errors", () => {
    const throwing = {
      get id(): string {
        throw new Error("boom");
      },
      name: "A",
    };
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const trap = new Proxy(
      { id: "s-9", name: "A" },
      {
        ownKeys: () => {
          throw new TypeError("no keys");
        },
      },
    );
    const rows = [throwing, revocable.proxy, trap, seller("ok")];
    const result = parseRows(SellerSchema, rows, { unknownKeys: "reject" });
    expect(result.records).toEqual([{ id: "ok", name: "N" }]);
    expect(result.errors.map((error) => [error.index, error.issues.at(-1)?.message])).toEqual([
      [0, "the row could not be read: accessing one of its values threw an exception"],
      [1, "the row could not be read: accessing one of its values threw an exception"],
      [2, "the row could not be read: accessing one of its values threw an exception"],
    ]);
  });

  it("runs a getter once", () => {
    let calls = 0;
    const row = {
      get id(): string {
        calls += 1;
        return "s-1";
      },
      name: "A",
    };
    expect(parseRows(SellerSchema, [row]).records).toEqual([{ id: "s-1", name: "A" }]);
    expect(calls).toBe(1);
  });

  it("survives circular objects and huge strings", () => {
    const circular: Record<string, unknown> = {
      id: "o-1",
      currency: "EUR",
      sellerId: "s",
      customerId: "c",
      date: "2026-01-01",
    };
    circular["amount"] = circular;
    circular["margin"] = [circular];
    circular["self"] = circular;
    const huge = "9".repeat(5_000_000);
    const result = parseRows(OrderSchema, [circular, { ...circular, id: huge, amount: huge, date: huge }], {
      unknownKeys: "reject",
    });
    expect(result.records).toEqual([]);
    expect(result.errors[0]?.issues.map((issue) => issue.path)).toEqual([["amount"], ["margin"], ["self"]]);
    expect(result.errors[1]?.id).toHaveLength(64);
    expect(result.errors[1]?.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([
        "text has at most 256 characters (got 5000000)",
        "an amount has at most 64 characters",
        "a date has at most 40 characters",
      ]),
    );
  });

  it("throws RowValidationError at the first bad row in fail-fast mode, and nothing on good rows", () => {
    expect(parseRows(SellerSchema, [seller("a"), seller("b")], { mode: "fail-fast" }).records).toHaveLength(2);
    try {
      parseRows(SellerSchema, [seller("a"), null, seller("")], { mode: "fail-fast" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RowValidationError);
      expect(isCrmKpiError(error)).toBe(true);
      expect((error as RowValidationError).code).toBe("ROW_VALIDATION");
      expect((error as RowValidationError).rowError.index).toBe(1);
      expect((error as Error).message).toBe(
        "[crm-kpi] row 1: a row must be a plain object (field names to values), not null",
      );
    }
  });

  it("validates its arguments", () => {
    expect(() => parseRows(SellerSchema, "rows" as unknown as unknown[])).toThrow(InvalidArgumentError);
    expect(() => parseRows(SellerSchema, { length: 1, 0: {} } as unknown as unknown[])).toThrow(
      /rows must be an array/,
    );
    expect(() => parseRows(SellerSchema, [], { mode: "strict" as "collect" })).toThrow(
      /mode must be "collect" or "fail-fast"/,
    );
    expect(() => parseRows(SellerSchema, [], { unknownKeys: "strip" as "ignore" })).toThrow(
      /unknownKeys must be "ignore" or "reject"/,
    );
    expect(() => parseRows(SellerSchema, [], null as unknown as undefined)).toThrow(/parse options must be an object/);
    expect(parseRows(SellerSchema, [])).toEqual({ records: [], errors: [], inputCount: 0 });
  });

  it("works with a caller's own object schema", () => {
    const schema = z.object({ id: idField(), label: requiredField(readText(10)) });
    const result = parseRows(schema, [
      { id: "x", label: "hello" },
      { id: "y", label: "far too long here" },
    ]);
    expect(result.records).toEqual([{ id: "x", label: "hello" }]);
    expect(result.errors[0]?.message).toBe("text has at most 10 characters (got 17)");
  });
});

describe("schemaForOptions", () => {
  it("reuses the ready instance for default options and builds one otherwise", () => {
    expect(schemaForOptions(undefined, OrderSchema, createOrderSchema)).toBe(OrderSchema);
    expect(
      schemaForOptions({ timeZone: "UTC", decimalComma: false, mode: "fail-fast" }, OrderSchema, createOrderSchema),
    ).toBe(OrderSchema);
    expect(schemaForOptions({ timeZone: "Europe/Paris" }, OrderSchema, createOrderSchema)).not.toBe(OrderSchema);
    expect(() =>
      schemaForOptions({ decimalComma: "yes" as unknown as boolean }, OrderSchema, createOrderSchema),
    ).toThrow(/decimalComma must be a boolean/);
    expect(() => schemaForOptions({ timeZone: "" }, OrderSchema, createOrderSchema)).toThrow(/time zone/);
  });
});
