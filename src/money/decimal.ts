import { Decimal } from "decimal.js";
import { InvalidMoneyError } from "../errors/index.js";
import { Dec } from "./dec.js";

/** What crm-kpi accepts wherever it takes an amount or a ratio from code. @category Money */
export type DecimalInput = string | number | Decimal;

/** Longest amount string accepted: a bound checked before any pattern runs. @category Money */
export const MAX_AMOUNT_LENGTH = 64;

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const COMMA_DECIMAL = /^-?\d+(?:,\d+)?$/;

/** Options for reading an amount. @category Money */
export interface AmountOptions {
  /**
   * Accept a locale decimal comma (`"12,5"`) instead of a point. Thousands separators are still
   * rejected. Default `false`.
   */
  readonly decimalComma?: boolean;
}

/** The outcome of {@link tryParseAmount}: a value, or why there is none. @category Money */
export type AmountParse =
  | {
      /** The amount was read. */
      readonly ok: true;
      /** The amount. */
      readonly value: Decimal;
    }
  | {
      /** The amount was rejected. */
      readonly ok: false;
      /** Why. */
      readonly message: string;
    };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

function explainBadString(text: string, decimalComma: boolean): string {
  if (text.length === 0) return "an amount cannot be empty";
  if (text.trim() !== text) return "an amount cannot have leading or trailing spaces";
  if (/^[+-]?(?:nan|infinity|inf)$/i.test(text)) return `${JSON.stringify(text)} is not a finite amount`;
  if (/^[+-]?0x/i.test(text)) return "hexadecimal amounts are not accepted";
  if (text.includes("_")) return "underscores are not accepted in amounts";
  if (/\d[eE][+-]?\d/.test(text)) return "exponents are not accepted in amounts (write the digits)";
  if (/\s/.test(text)) return "spaces (thousands separators) are not accepted in amounts";
  if (!decimalComma && text.includes(",")) {
    return "commas are not accepted in amounts (no thousands separators; a decimal comma needs the decimalComma option)";
  }
  if (decimalComma && text.includes(".")) return "points are not accepted in amounts when decimalComma is on";
  return `${JSON.stringify(text)} is not a decimal amount`;
}

/**
 * Reads an amount without throwing.
 *
 * Accepted: a decimal string (`"1234.56"`, `"-12.5"`, `"-0"` is zero), a finite number, or a finite
 * `Decimal` from any copy of decimal.js. Rejected, with the reason: `NaN`, `Infinity`, empty or
 * padded strings, exponents (`"1e3"`), hexadecimal, underscores, thousands separators and, unless
 * `decimalComma` is on, decimal commas; anything that is not a string, number or Decimal.
 *
 * @param raw - the value to read
 * @param options - {@link AmountOptions}
 * @returns `{ ok: true, value }` or `{ ok: false, message }`
 * @throws never
 * @example
 * ```ts
 * tryParseAmount("1234.56"); //=> { ok: true, value: Decimal("1234.56") }
 * tryParseAmount("1e3");     //=> { ok: false, message: "exponents are not accepted in amounts (write the digits)" }
 * ```
 * @category Money
 */
export function tryParseAmount(raw: unknown, options: AmountOptions = {}): AmountParse {
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { ok: true, value: new Dec(Object.is(raw, -0) ? 0 : raw) }
      : { ok: false, message: `${String(raw)} is not a finite amount` };
  }
  if (typeof raw === "string") {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a default parameter does not replace null from an untyped caller
    const decimalComma = options?.decimalComma === true;
    if (raw.length > MAX_AMOUNT_LENGTH) {
      return { ok: false, message: `an amount has at most ${MAX_AMOUNT_LENGTH} characters` };
    }
    const pattern = decimalComma ? COMMA_DECIMAL : PLAIN_DECIMAL;
    if (!pattern.test(raw)) return { ok: false, message: explainBadString(raw, decimalComma) };
    const value = new Dec(decimalComma ? raw.replace(",", ".") : raw);
    return { ok: true, value: value.isZero() ? new Dec(0) : value };
  }
  if (Decimal.isDecimal(raw)) {
    const value = raw;
    if (!value.isFinite()) return { ok: false, message: `${value.toString()} is not a finite amount` };
    return { ok: true, value: value.isZero() ? new Dec(0) : new Dec(value) };
  }
  return {
    ok: false,
    message: `an amount must be a decimal string, a finite number or a Decimal, not ${describe(raw)}`,
  };
}

/**
 * Reads an amount (or any decimal) from code, the checked way: same rules as {@link tryParseAmount}.
 *
 * @param raw - a decimal string, a finite number or a Decimal
 * @param options - {@link AmountOptions}
 * @returns the value as a `Decimal`
 * @throws {@link InvalidMoneyError} when the value is not an accepted form
 * @example
 * ```ts
 * toDecimal("-12.50").toString(); //=> "-12.5"
 * toDecimal(0.1).toString();      //=> "0.1"
 * ```
 * @category Money
 */
export function toDecimal(raw: DecimalInput, options: AmountOptions = {}): Decimal {
  const result = tryParseAmount(raw, options);
  if (!result.ok) throw new InvalidMoneyError(result.message);
  return result.value;
}
