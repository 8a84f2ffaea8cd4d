import { describe, expect, it } from "vitest";
import * as z from "zod";
import { Dec } from "../money/dec.js";
import { optionalField, requiredField, resolveSchemaOptions, whenFieldsValid } from "./_fields.js";
import { currencyField, idField, optionalIdField, readCurrency, readEnum, readText } from "./_textFields.js";
import { moneyField, optionalMoneyField, readDecimal, readNonNegativeNumber } from "./_decimalFields.js";
import { instantField, optionalInstantField, readCalendarDay } from "./_dateFields.js";
import { REQUIRED_MESSAGE } from "./schemaOptions.js";

const utc = resolveSchemaOptions();

describe("resolveSchemaOptions", () => {
  it("fills in the defaults and checks the values", () => {
    expect(resolveSchemaOptions()).toEqual({
      timeZone: "UTC",
      decimalComma: false,
      thousandsSeparator: null,
      dateFormat: null,
    });
    expect(resolveSchemaOptions({ timeZone: "Europe/Paris", decimalComma: true })).toEqual({
      timeZone: "Europe/Paris",
      decimalComma: true,
      thousandsSeparator: " ",
      dateFormat: null,
    });
    expect(() => resolveSchemaOptions({ timeZone: "Europe/Pariss" })).toThrow(/unknown time zone "Europe\/Pariss"/);
    expect(() => resolveSchemaOptions({ decimalComma: 1 as unknown as boolean })).toThrow(
      /decimalComma must be a boolean, not a number \(1\)/,
    );
    expect(() => resolveSchemaOptions("UTC" as unknown as undefined)).toThrow(/schema options must be an object/);
  });
});

describe("required and optional fields (CSV semantics)", () => {
  it("rejects absent values in a required field", () => {
    const schema = requiredField(readText(10));
    for (const value of [undefined, null, ""]) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(REQUIRED_MESSAGE);
    }
    expect(schema.parse("x")).toBe("x");
  });

  it("reads absent values as undefined in an optional field, and omits a missing key", () => {
    const schema = z.object({ note: optionalField(readText(10)) });
    expect(schema.parse({ note: "" })).toEqual({ note: undefined });
    expect(schema.parse({ note: null })).toEqual({ note: undefined });
    expect("note" in schema.parse({})).toBe(false);
    expect(schema.safeParse({ note: " " }).success).toBe(false);
  });

  it("builds the common fields", () => {
    expect(idField().parse("o-1")).toBe("o-1");
    expect(optionalIdField().parse(undefined)).toBeUndefined();
    expect(moneyField(utc).parse("-0").toString()).toBe("0");
    expect(optionalMoneyField(utc).parse("")).toBeUndefined();
    expect(instantField(utc).parse("2026-03-31").toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(optionalInstantField(utc).parse(null)).toBeUndefined();
    expect(currencyField().parse("JPY")).toBe("JPY");
  });
});

describe("readers", () => {
  it("readText keeps text as given and bounds it before any pattern", () => {
    expect(readText(5)(" a b ")).toEqual({ ok: true, value: " a b " });
    expect(readText(5)("abcdef")).toEqual({ ok: false, message: "text has at most 5 characters (got 6)" });
    expect(readText(5)("\n\t")).toEqual({ ok: false, message: "must not be blank (only spaces)" });
    expect(readText(5)(["a"])).toEqual({ ok: false, message: "expected text, got an array" });
  });

  it("readEnum is exact", () => {
    const read = readEnum(["a", "b"] as const);
    expect(read("a")).toEqual({ ok: true, value: "a" });
    expect(read(" a")).toEqual({ ok: false, message: 'expected one of "a", "b", got " a"' });
    expect(read("__proto__")).toEqual({ ok: false, message: 'expected one of "a", "b", got "__proto__"' });
  });

  it("readDecimal checks bounds", () => {
    const read = readDecimal({ decimalComma: false, min: 0, max: 1 });
    expect(read("0.5")).toEqual({ ok: true, value: new Dec("0.5") });
    expect(read("1.0000000001")).toEqual({ ok: false, message: "must be between 0 and 1 (got 1.0000000001)" });
    expect(readDecimal({ decimalComma: false, max: 10 })("11")).toEqual({
      ok: false,
      message: "must be at most 10 (got 11)",
    });
    expect(readDecimal({ decimalComma: false })("")).toEqual({ ok: false, message: "a number cannot be empty" });
  });

  it("readNonNegativeNumber gives a plain number", () => {
    expect(readNonNegativeNumber({ decimalComma: false })("45.5")).toEqual({ ok: true, value: 45.5 });
    expect(readNonNegativeNumber({ decimalComma: false })("-0")).toEqual({ ok: true, value: 0 });
  });

  it("readCurrency accepts known upper-case codes only", () => {
    expect(readCurrency()("EUR")).toEqual({ ok: true, value: "EUR" });
    expect(readCurrency()("usd")).toEqual({
      ok: false,
      message: 'unknown ISO 4217 currency code "usd" (codes are upper case: "USD")',
    });
    expect(readCurrency()("€")).toEqual({ ok: false, message: 'unknown ISO 4217 currency code "€"' });
    expect(readCurrency()(null)).toEqual({
      ok: false,
      message: 'a currency must be an ISO 4217 code such as "EUR", not null',
    });
  });

  it("readCalendarDay reduces instants to the start of their local day", () => {
    // Worked by hand: 2026-03-31T23:30Z is 1 April 01:30 in Paris (UTC+2); 1 April starts at 31 March 22:00Z.
    const read = readCalendarDay("Europe/Paris");
    expect(read("2026-03-31T23:30:00Z")).toEqual({ ok: true, value: new Date("2026-03-31T22:00:00Z") });
    expect(read("2026-04-01")).toEqual({ ok: true, value: new Date("2026-03-31T22:00:00Z") });
    // The fall-back day (25 hours long) starts at midnight +02:00.
    expect(read("2026-10-25T23:59")).toEqual({ ok: true, value: new Date("2026-10-24T22:00:00Z") });
    expect(read("2026-02-29")).toEqual({ ok: false, message: "2026-02-29 is not a calendar date" });
  });
});

describe("whenFieldsValid", () => {
  it("runs a cross-field check only when its fields parsed", () => {
    let runs = 0;
    const schema = z
      .object({ a: requiredField(readText(5)), b: requiredField(readText(5)), c: requiredField(readText(5)) })
      .superRefine(
        () => {
          runs += 1;
        },
        { when: whenFieldsValid(["a", "b"]) },
      );
    schema.safeParse({ a: "x", b: "y", c: "" });
    expect(runs).toBe(1);
    schema.safeParse({ a: "", b: "y", c: "z" });
    expect(runs).toBe(1);
  });
});
