/**
 * Readers and field schemas of text cells: free text, ids, fixed sets of strings, currency codes.
 *
 * @module
 */
import { describeValue } from "../errors/describe.js";
import { isCurrencyCode } from "../money/currency.js";
import { bad, ok, optionalField, requiredField, withLane, type FieldReader } from "./_fields.js";
import { MAX_ID_LENGTH, type FieldSchema, type OptionalFieldSchema } from "./schemaOptions.js";
import { currencyForm, enumForm, textForm, withJsonForm } from "./_jsonForms.js";

/**
 * Reads text: a string of at most `max` characters that is not only spaces. The text is kept as
 * given (no trimming).
 *
 * @param max - the longest accepted length
 * @returns the reader
 * @example
 * ```ts
 * readText(3)("abc"); //=> { ok: true, value: "abc" }
 * readText(3)("   "); //=> { ok: false, message: "must not be blank (only spaces)" }
 * ```
 */
export function readText(max: number): FieldReader<string> {
  const reader: FieldReader<string> = withLane(
    (value) => {
      if (typeof value !== "string") return bad(`expected text, got ${describeValue(value)}`);
      if (value.length > max) return bad(`text has at most ${max} characters (got ${value.length})`);
      if (value.trim().length === 0) return bad("must not be blank (only spaces)");
      return ok(value);
    },
    { kind: "text", max },
  );
  return withJsonForm(reader, textForm(max));
}

/**
 * Reads one of a fixed set of strings, exactly (case-sensitive, no trimming).
 *
 * @param values - the accepted strings
 * @returns the reader
 * @example
 * ```ts
 * readEnum(["open", "won", "lost"] as const)("Won");
 * //=> { ok: false, message: 'expected one of "open", "won", "lost", got "Won"' }
 * ```
 */
export function readEnum<const V extends readonly string[]>(values: V): FieldReader<V[number]> {
  const allowed: ReadonlySet<string> = new Set(values);
  const list = values.map((v) => JSON.stringify(v)).join(", ");
  const reader: FieldReader<V[number]> = withLane(
    (value) =>
      typeof value === "string" && allowed.has(value)
        ? ok(value as V[number])
        : bad(`expected one of ${list}, got ${describeValue(value)}`),
    { kind: "enum", values: allowed },
  );
  return withJsonForm(reader, enumForm(values));
}

function isKnownCurrency(code: string): boolean {
  return isCurrencyCode(code);
}

/**
 * Reads an ISO 4217 currency code known to the runtime, exactly (`"eur"` is rejected).
 *
 * @returns the reader
 * @example
 * ```ts
 * readCurrency()("XYZ"); //=> { ok: false, message: 'unknown ISO 4217 currency code "XYZ"' }
 * ```
 */
export function readCurrency(): FieldReader<string> {
  const reader: FieldReader<string> = withLane(
    (value) => {
      if (typeof value !== "string")
        return bad(`a currency must be an ISO 4217 code such as "EUR", not ${describeValue(value)}`);
      const code: string = value;
      if (isKnownCurrency(code)) return ok(code);
      if (code.length <= 16 && isKnownCurrency(code.toUpperCase())) {
        return bad(
          `unknown ISO 4217 currency code ${describeValue(code)} (codes are upper case: ${JSON.stringify(code.toUpperCase())})`,
        );
      }
      return bad(`unknown ISO 4217 currency code ${describeValue(code)}`);
    },
    { kind: "currency" },
  );
  return withJsonForm(reader, currencyForm());
}

/**
 * Required id field: text of 1 to {@link MAX_ID_LENGTH} characters, not blank.
 *
 * @returns the field schema
 * @example
 * ```ts
 * idField().parse("o-1"); //=> "o-1"
 * ```
 */
export function idField(): FieldSchema<string> {
  return requiredField(readText(MAX_ID_LENGTH));
}

/**
 * Optional id field (a reference such as `teamId`, `customerId`).
 *
 * @returns the optional field schema
 * @example
 * ```ts
 * optionalIdField().parse(""); //=> undefined
 * ```
 */
export function optionalIdField(): OptionalFieldSchema<string> {
  return optionalField(readText(MAX_ID_LENGTH));
}

/**
 * Required currency field (see {@link readCurrency}).
 *
 * @returns the field schema
 * @example
 * ```ts
 * currencyField().parse("EUR"); //=> "EUR"
 * ```
 */
export function currencyField(): FieldSchema<string> {
  return requiredField(readCurrency());
}
