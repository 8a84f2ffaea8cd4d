/**
 * Issue "Reliability", part 2: nothing is lost. Over arbitrary mixes of good and bad rows (good
 * rows, rows with fields made wild or removed, `__proto__` keys, repeated ids, values that are not
 * rows at all), every input row of every parse function is either in the valid output or named
 * in exactly one row error, and the oracle says which:
 * - a kept row gives exactly the record that parsing it alone gives (so it is the row's record);
 * - a rejected row is rejected when parsed alone, or repeats the id of an earlier row, which its
 *   error names (settled detail: the later duplicate is rejected);
 * - fail-fast mode throws at the first row collect mode rejects, with the same row error;
 * - when no row holds any expected field, both modes throw the one MissingFieldsError instead.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  isCrmKpiError,
  MissingFieldsError,
  RowValidationError,
  type ParseOptions,
  type ParseResult,
  type RowError,
} from "../../src/index.js";
import { EXTENDED_PARSERS, PARSERS as HEADLINE_PARSERS, rowsOf, ZONES, type Parser } from "./arbitraries.js";

/** The headline records' parse functions and the extended catalogue's covered here (expenses). */
const PARSERS = [...HEADLINE_PARSERS, ...EXTENDED_PARSERS];
import { parseOrMissing } from "./missingFields.js";

const options: fc.Arbitrary<ParseOptions> = fc.record(
  { timeZone: fc.constantFrom(...ZONES), unknownKeys: fc.constantFrom("ignore" as const, "reject" as const) },
  { requiredKeys: [] },
);

/** The row's own `id` when it is a plain object holding a string id, else `undefined`. */
function ownId(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null || Array.isArray(row) || !Object.hasOwn(row, "id")) return undefined;
  const id: unknown = (row as { id: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

const DUPLICATE = /^duplicate id .*: row (\d+) has the same id \(the later row is rejected\)$/;

function expectNothingLost(parse: Parser, rows: readonly unknown[], parseOptions: ParseOptions): void {
  const result = parseOrMissing(rows, () => parse(rows, parseOptions));
  if (result === null) return;
  expect(result.inputCount).toBe(rows.length);
  expect(result.records.length + result.errors.length).toBe(rows.length);

  // Each rejected row is named once, in input order, by an error listing its problems.
  const errorByIndex = new Map<number, RowError>();
  for (const error of result.errors) {
    expect(errorByIndex.has(error.index)).toBe(false);
    errorByIndex.set(error.index, error);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues[0]).toEqual({ path: error.path, message: error.message });
    const id = ownId(rows[error.index]);
    expect(error.id).toBe(id === undefined ? null : id.slice(0, 64));
  }
  expect(result.errors.map((error) => error.index)).toEqual([...errorByIndex.keys()].sort((a, b) => a - b));

  let next = 0;
  rows.forEach((row, index) => {
    // A row alone may hold no expected field (MissingFieldsError): it is then rejected on its own merits.
    const alone = parseOrMissing([row], () => parse([row], parseOptions)) ?? {
      records: [],
      errors: [errorByIndex.get(index)],
      inputCount: 1,
    };
    const error = errorByIndex.get(index);
    if (error === undefined) {
      // Kept: the next record is this row's, exactly as the row parses on its own.
      expect(alone.errors).toEqual([]);
      expect(result.records[next]).toEqual(alone.records[0]);
      next += 1;
      return;
    }
    if (alone.errors.length === 1) return; // rejected on its own merits
    // Valid alone: rejected only as a later duplicate, naming an earlier row with the same id.
    const duplicate = error.issues.map((issue) => DUPLICATE.exec(issue.message)).find((match) => match !== null);
    expect(duplicate, `row ${index} is valid alone, so its error must name the earlier row with its id`).toBeDefined();
    const first = Number(duplicate?.[1]);
    expect(first).toBeLessThan(index);
    expect(ownId(rows[first])).toBe(ownId(row));
  });
  expect(next).toBe(result.records.length);
}

describe("nothing lost: every row is in the records or named in exactly one row error", () => {
  for (const [name, parse, row] of PARSERS) {
    test.prop([rowsOf(row, 25), options], { numRuns: 150 })(
      `${name}: records + row errors partition the input, as the oracle says`,
      (rows, parseOptions) => {
        expectNothingLost(parse, rows, parseOptions);
      },
    );
  }

  test.prop(
    [
      fc
        .constantFrom(...PARSERS)
        .chain(([name, parse, row]) => fc.tuple(fc.constant(name), fc.constant(parse), rowsOf(row, 25))),
      options,
    ],
    { numRuns: 150 },
  )(
    "fail-fast throws RowValidationError at the first row collect mode rejects, else returns the same records",
    ([, parse, rows], parseOptions) => {
      const collected = parseOrMissing(rows, () => parse(rows, parseOptions));
      if (collected === null) {
        expect(() => parse(rows, { ...parseOptions, mode: "fail-fast" })).toThrow(MissingFieldsError);
        return;
      }
      let error: unknown = null;
      let failFast: ParseResult<unknown> | null = null;
      try {
        failFast = parse(rows, { ...parseOptions, mode: "fail-fast" });
      } catch (caught) {
        error = caught;
      }
      const [firstError] = collected.errors;
      if (firstError === undefined) {
        expect(error).toBeNull();
        expect(failFast).toEqual(collected);
      } else {
        expect(isCrmKpiError(error)).toBe(true);
        expect(error).toBeInstanceOf(RowValidationError);
        expect((error as RowValidationError).rowError).toEqual(firstError);
      }
    },
  );
});
