/**
 * The oracle of `MissingFieldsError` for the properties that parse arbitrary rows: a parser throws
 * it exactly when some row is a plain object with a key and no plain-object row has any of the
 * expected fields as an own key (whatever the value).
 */
import { expect } from "vitest";
import { MissingFieldsError } from "../../src/index.js";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Whether the rows hold keys but none of `expected`: the case `MissingFieldsError` is for. */
export function holdsNoExpectedField(rows: readonly unknown[], expected: readonly string[]): boolean {
  let anyKey = false;
  for (const row of rows) {
    if (!isPlainObject(row)) continue;
    if (Object.keys(row).length > 0) anyKey = true;
    if (expected.some((key) => Object.hasOwn(row, key))) return false;
  }
  return anyKey;
}

/**
 * Runs a parse; when it throws `MissingFieldsError`, checks the rows deserve it (and the error
 * lists keys the rows have) and returns `null`. Other errors propagate.
 */
export function parseOrMissing<R>(rows: readonly unknown[], parse: () => R): R | null {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof MissingFieldsError)) throw error;
    expect(holdsNoExpectedField(rows, error.expected)).toBe(true);
    expect(error.found.length).toBeGreaterThan(0);
    for (const key of error.found) expect(rows.some((row) => isPlainObject(row) && Object.hasOwn(row, key))).toBe(true);
    return null;
  }
}
