/**
 * A caller's value as text for an error message, without running the caller's code (no
 * `toString`, no `JSON.stringify` of objects, which may be circular or huge). Two forms, each
 * pinned by the messages that use it: {@link safeString} (a primitive as `String` writes it, an
 * object by its kind) and {@link describeValue} (the type said, strings quoted and cut).
 *
 * @internal
 * @module
 */

/**
 * A caller's value as text for an error message, without running the caller's code: primitives
 * through `String`, objects and functions by their kind only. `String(value)` itself throws a
 * TypeError for valid JSON such as `{ "toString": 1 }` or `[{ "valueOf": [] }]`, and for objects
 * without a prototype.
 *
 * @param value - anything a caller passed
 * @returns e.g. `"13"`, `"undefined"`, `"an array"`, `"an object"`
 * @internal
 */
export function safeString(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value !== "object" || value === null) return String(value);
  if (Array.isArray(value)) return "an array";
  return value instanceof Date ? "a Date" : "an object";
}

/**
 * Describes a raw value in an error message without ever serialising objects (which may be
 * circular or huge): strings are quoted and cut at 64 characters.
 *
 * @param value - anything
 * @returns e.g. `"\"Won\""`, `"null"`, `"an array"`, `"a number (12)"`
 * @example
 * ```ts
 * describeValue("Won"); //=> '"Won"'
 * describeValue([]);    //=> "an array"
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 64
      ? `${JSON.stringify(value.slice(0, 64))}... (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "number") return `a number (${String(value)})`;
  if (typeof value === "boolean") return `a boolean (${String(value)})`;
  if (typeof value === "bigint") return "a bigint";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  return "an object";
}

/**
 * Compares two strings by Unicode code point (not by UTF-16 unit, as `<` does: "\u{1F600}" sorts
 * after "\uFFFD" here), so that a sorted list does not depend on the locale or on surrogates.
 */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done === true) return y.done === true ? 0 : -1;
    if (y.done === true) return 1;
    const diff = (x.value.codePointAt(0) as number) - (y.value.codePointAt(0) as number);
    if (diff !== 0) return diff;
  }
}
