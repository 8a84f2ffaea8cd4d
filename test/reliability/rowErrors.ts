/**
 * What the bad-input catalogues share: the parse function's shape, the expected form of a rejected
 * row, and the parse that returns its row errors in that form (checking that no row is lost).
 */
import { expect } from "vitest";
import type { RowError } from "../../src/errors/index.js";
import type { ParseOptions, ParseResult } from "../../src/model/parseRows.js";

/** A record parse function (`parseOrders`...). */
export type Parser = (rows: readonly unknown[], options?: ParseOptions) => ParseResult<unknown>;

/** What a line expects of a rejected row. */
export interface ExpectedRowError {
  readonly index: number;
  readonly id: string | null;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The message of a missing required value. */
export const REQUIRED = "required: the value is missing, null or empty";

/** Parses the rows and returns the errors as `{ index, id, path, message }` (the first issue of each row). */
export function rowErrors(parse: Parser, rows: readonly unknown[], options?: ParseOptions): ExpectedRowError[] {
  const result = parse(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.map((error: RowError) => ({
    index: error.index,
    id: error.id,
    path: error.path,
    message: error.message,
  }));
}
