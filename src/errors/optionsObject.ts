/**
 * The check of an options argument.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "./index.js";

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
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
    throw new InvalidArgumentError(`options must be an object, not ${options === null ? "null" : typeof options}`);
  return options;
}
