/**
 * Nothing lost, for the records of the service indicators (deliveries, complaints, penalties,
 * survey responses), as `nothingLost.test-prop.ts` holds it for the headline records: over mixes
 * of good rows, rows with fields made wild or removed, repeated ids and values that are not rows,
 * every input row is in the records or named in exactly one row error, and:
 * - a kept row gives exactly the record that parsing it alone gives;
 * - a rejected row is rejected alone too, or repeats the id of an earlier row, which its error names;
 * - fail-fast throws at the first row collect mode rejects, with the same row error.
 */
import fc from "fast-check";
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  parseComplaints,
  parseDeliveries,
  parsePenalties,
  parseSurveyResponses,
  RowValidationError,
  type ParseOptions,
  type ParseResult,
  type RowError,
} from "../../src/index.js";
import { DAY_MS, objectFromEntries, PROTO_NAMES, rowsOf, wildValue, ZONES } from "./arbitraries.js";
import { parseOrMissing } from "./missingFields.js";

type Parser = (rows: readonly unknown[], options?: ParseOptions) => ParseResult<{ readonly id: string }>;

const T2026 = Date.UTC(2026, 0, 1);
const time = fc.integer({ min: T2026, max: T2026 + 365 * DAY_MS });
const iso = (t: number): string => new Date(t).toISOString();
const rowId = (prefix: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min: 1, max: 30 }).map((n) => `${prefix}-${n}`),
    fc.constantFrom(...PROTO_NAMES),
  );
const customer = fc.constantFrom("c-1", "c-2", ...PROTO_NAMES);

function compact(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) if (value !== undefined) out[name] = value;
  return out;
}

const REMOVE = Symbol("remove");
function mutated(good: fc.Arbitrary<Record<string, unknown>>, fields: readonly string[]): fc.Arbitrary<unknown> {
  const edit = fc.tuple(
    fc.constantFrom(...fields, ...PROTO_NAMES),
    fc.oneof({ weight: 4, arbitrary: wildValue }, { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) }),
  );
  return fc.tuple(good, fc.array(edit, { maxLength: 2 })).map(([row, edits]) => {
    const out = objectFromEntries(Object.entries(row));
    for (const [name, value] of edits) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the edit removes the named field
      if (value === REMOVE) delete out[name];
      else Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

const deliveryRow = fc
  .record({
    id: rowId("l"),
    orderId: rowId("o"),
    customerId: customer,
    requested: time,
    promiseDays: fc.integer({ min: 0, max: 20 }),
    deliverDays: fc.option(fc.integer({ min: -2, max: 30 }), { nil: undefined }),
    conforming: fc.constantFrom<unknown>(undefined, true, false, "true", "false"),
    nonConformityReason: fc.constantFrom(undefined, "damaged", "wrong-item"),
  })
  .map(({ requested, promiseDays, deliverDays, ...rest }) =>
    compact({
      ...rest,
      requestedAt: iso(requested),
      promisedAt: iso(requested + promiseDays * DAY_MS),
      deliveredAt: deliverDays === undefined ? undefined : iso(requested + deliverDays * DAY_MS),
    }),
  );

const complaintRow = fc
  .record({
    id: rowId("r"),
    customerId: customer,
    receivedAt: time.map(iso),
    category: fc.constantFrom("commercial", "product", "delivery", "billing", "other", "Commercial"),
    ownerId: fc.constantFrom(undefined, "s-1", "__proto__"),
  })
  .map(compact);

const penaltyRow = fc
  .record({
    id: rowId("p"),
    customerId: customer,
    date: time.map((t) => iso(t).slice(0, 10)),
    amount: fc.oneof(
      fc.integer({ min: -10_000, max: 100_000 }).map((c) => (c / 100).toFixed(2)),
      fc.constant("1e3"),
    ),
    currency: fc.constantFrom("EUR", "USD", "eur"),
    orderId: fc.constantFrom(undefined, "o-1"),
    deliveryId: fc.constantFrom(undefined, "l-1"),
  })
  .map(compact);

const surveyRow = fc
  .record({
    id: rowId("q"),
    customerId: customer,
    date: time.map(iso),
    scale: fc.constantFrom(["0", "10"], ["1", "5"], ["-5", "5"], ["5", "5"], ["10", "0"]),
    score: fc.constantFrom("0", "1", "5", "6", "8.5", "9", "10", "11", "-1"),
  })
  .map(({ scale, ...rest }) => ({ ...rest, scaleMin: scale[0], scaleMax: scale[1] }));

const PARSERS: readonly (readonly [string, Parser, fc.Arbitrary<unknown>])[] = [
  [
    "deliveries",
    parseDeliveries,
    mutated(deliveryRow, ["id", "orderId", "customerId", "promisedAt", "requestedAt", "deliveredAt", "conforming"]),
  ],
  ["complaints", parseComplaints, mutated(complaintRow, ["id", "customerId", "receivedAt", "category", "ownerId"])],
  ["penalties", parsePenalties, mutated(penaltyRow, ["id", "customerId", "date", "amount", "currency"])],
  ["survey responses", parseSurveyResponses, mutated(surveyRow, ["id", "score", "scaleMin", "scaleMax", "date"])],
];

const options: fc.Arbitrary<ParseOptions> = fc.record(
  { timeZone: fc.constantFrom(...ZONES), unknownKeys: fc.constantFrom("ignore" as const, "reject" as const) },
  { requiredKeys: [] },
);

function ownId(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null || Array.isArray(row) || !Object.hasOwn(row, "id")) return undefined;
  const id: unknown = (row as { id: unknown }).id;
  return typeof id === "string" ? id : undefined;
}

const DUPLICATE = /^duplicate id .*: row (\d+) has the same id \(the later row is rejected\)$/;

function expectNothingLost(parse: Parser, rows: readonly unknown[], parseOptions: ParseOptions): void {
  const result = parseOrMissing(rows, () => parse(rows, parseOptions));
  if (result === null) return;
  expect(result.records.length + result.errors.length).toBe(rows.length);
  const errorByIndex = new Map<number, RowError>();
  for (const error of result.errors) {
    expect(errorByIndex.has(error.index)).toBe(false);
    errorByIndex.set(error.index, error);
    expect(error.issues[0]).toEqual({ path: error.path, message: error.message });
    const id = ownId(rows[error.index]);
    expect(error.id).toBe(id === undefined ? null : id.slice(0, 64));
  }
  let next = 0;
  rows.forEach((row, index) => {
    const alone = parseOrMissing([row], () => parse([row], parseOptions)) ?? { records: [], errors: [null] };
    const error = errorByIndex.get(index);
    if (error === undefined) {
      expect(alone.errors).toEqual([]);
      expect(result.records[next]).toEqual(alone.records[0]);
      next += 1;
      return;
    }
    if (alone.errors.length === 1) return;
    const duplicate = error.issues.map((issue) => DUPLICATE.exec(issue.message)).find((match) => match !== null);
    expect(duplicate).toBeDefined();
    expect(ownId(rows[Number(duplicate?.[1])])).toBe(ownId(row));
  });
  expect(next).toBe(result.records.length);
}

describe("service records: nothing lost", () => {
  for (const [name, parse, row] of PARSERS) {
    test.prop([rowsOf(row, 20), options], { numRuns: 120 })(
      `${name}: records + row errors partition the input`,
      (rows, o) => {
        expectNothingLost(parse, rows, o);
      },
    );

    test.prop([rowsOf(row, 12), options], { numRuns: 60 })(
      `${name}: fail-fast stops at collect's first error`,
      (rows, o) => {
        const collected = parseOrMissing(rows, () => parse(rows, o));
        if (collected === null) return;
        const [first] = collected.errors;
        if (first === undefined) {
          expect(parse(rows, { ...o, mode: "fail-fast" })).toEqual(collected);
          return;
        }
        let caught: unknown = null;
        try {
          parse(rows, { ...o, mode: "fail-fast" });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(RowValidationError);
        expect((caught as RowValidationError).rowError).toEqual(first);
      },
    );
  }
});
