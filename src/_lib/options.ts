import { InvalidArgumentError } from "../errors/index.js";

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
export function shown(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value !== "object" || value === null) return String(value);
  if (Array.isArray(value)) return "an array";
  return value instanceof Date ? "a Date" : "an object";
}

/**
 * An options argument: `undefined` gives `{}`; anything but an object is rejected (reading an
 * option of `null` would throw a TypeError).
 *
 * @param options - the caller's options argument
 * @returns the options
 * @throws {@link InvalidArgumentError} when `options` is not an object
 * @internal
 */
export function optionsObject<T extends object>(options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== "object" || options === null) throw new InvalidArgumentError(`options must be an object, not ${options === null ? "null" : typeof options}`);
  return options;
}
