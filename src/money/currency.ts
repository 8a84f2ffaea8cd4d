import { UnknownCurrencyError } from "../errors/index.js";

let known: ReadonlySet<string> | undefined;

function knownCurrencies(): ReadonlySet<string> {
  known ??= new Set(Intl.supportedValuesOf("currency"));
  return known;
}

/**
 * Tells whether a value is an ISO 4217 currency code known to the runtime's Intl data
 * (`Intl.supportedValuesOf("currency")`: three upper-case letters, e.g. `"EUR"`).
 *
 * @param value - anything
 * @returns `true` for a known code
 * @example
 * ```ts
 * isCurrencyCode("EUR"); //=> true
 * isCurrencyCode("eur"); //=> false
 * isCurrencyCode("XYZ"); //=> false
 * ```
 * @category Money
 */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === "string" && /^[A-Z]{3}$/.test(value) && knownCurrencies().has(value);
}

/**
 * Checks a currency code.
 *
 * @param value - the code to check
 * @returns the code, typed as a string
 * @throws {@link UnknownCurrencyError} when it is not a known ISO 4217 code
 * @example
 * ```ts
 * assertCurrencyCode("USD"); //=> "USD"
 * ```
 * @category Money
 */
export function assertCurrencyCode(value: unknown): string {
  if (!isCurrencyCode(value))
    throw new UnknownCurrencyError(typeof value === "string" ? value.slice(0, 16) : typeof value);
  return value;
}
