import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { isCrmKpiError, type RowError } from "../errors/index.js";
import { parseActivities } from "./parseActivities.js";
import { parseActivityTargets } from "./parseActivityTargets.js";
import { parseDeals } from "./parseDeals.js";
import { parseOrders } from "./parseOrders.js";
import { parseRevenueTargets } from "./parseRevenueTargets.js";
import { parseSellers } from "./parseSellers.js";
import type { ParseOptions, ParseResult } from "./parseRows.js";
import { parseOrMissing } from "../../test/reliability/missingFields.js";

// Properties of the row parsers: every input row ends up in exactly one place, and nothing but
// the library's own errors is ever thrown.

const PARSERS: readonly [
  string,
  (rows: readonly unknown[], options?: ParseOptions) => ParseResult<{ readonly id: string }>,
][] = [
  ["sellers", parseSellers],
  ["orders", parseOrders],
  ["revenue targets", parseRevenueTargets],
  ["deals", parseDeals],
  ["activities", parseActivities],
  ["activity targets", parseActivityTargets],
];

/** Checks the partition: errors in increasing index order, records = the other rows, in order. */
function expectPartition(rows: readonly unknown[], result: ParseResult<{ readonly id: string }>): number[] {
  expect(result.inputCount).toBe(rows.length);
  expect(result.records.length + result.errors.length).toBe(result.inputCount);
  const errorIndices = result.errors.map((error: RowError) => error.index);
  for (let i = 1; i < errorIndices.length; i += 1) expect(errorIndices[i]).toBeGreaterThan(errorIndices[i - 1]!);
  for (const error of result.errors) {
    expect(error.index).toBeGreaterThanOrEqual(0);
    expect(error.index).toBeLessThan(rows.length);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues[0]).toEqual({ path: error.path, message: error.message });
  }
  const rejected = new Set(errorIndices);
  const kept: number[] = [];
  for (let index = 0; index < rows.length; index += 1) if (!rejected.has(index)) kept.push(index);
  expect(kept).toHaveLength(result.records.length);
  kept.forEach((index, k) => {
    expect(result.records[k]?.id).toBe((rows[index] as { id: string }).id);
  });
  return errorIndices;
}

const ID_POOL = ["a", "b", "c", "__proto__", "constructor", "toString", "hasOwnProperty"] as const;

const goodOrder = (id: string): Record<string, unknown> => ({
  id,
  date: "2026-01-15T10:30:00Z",
  amount: "12.50",
  currency: "EUR",
  sellerId: "s-1",
  customerId: "c-1",
});

const BAD_FIELDS: readonly (readonly [string, unknown])[] = [
  ["amount", "1e3"],
  ["amount", "1,234.56"],
  ["amount", ""],
  ["amount", null],
  ["amount", Number.NaN],
  ["date", "2026-02-30"],
  ["date", "2026-01-01T24:00"],
  ["date", "1899-12-31"],
  ["currency", "XYZ"],
  ["sellerId", ""],
  ["customerId", 5],
  ["margin", "0x1F"],
];

type Spec =
  | { readonly kind: "good"; readonly id: string }
  | { readonly kind: "bad-field"; readonly id: string; readonly bad: number }
  | { readonly kind: "not-an-object"; readonly value: unknown };

const specArb: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ kind: fc.constant("good" as const), id: fc.constantFrom(...ID_POOL) }),
  fc.record({
    kind: fc.constant("bad-field" as const),
    id: fc.constantFrom(...ID_POOL),
    bad: fc.nat({ max: BAD_FIELDS.length - 1 }),
  }),
  fc.record({
    kind: fc.constant("not-an-object" as const),
    value: fc.constantFrom<unknown>(null, [], 7, "row", true, [goodOrder("a")]),
  }),
);

function build(spec: Spec): unknown {
  if (spec.kind === "not-an-object") return spec.value;
  const row = goodOrder(spec.id);
  if (spec.kind === "bad-field") {
    const [field, value] = BAD_FIELDS[spec.bad]!;
    row[field] = value;
  }
  return row;
}

test.prop([fc.array(specArb, { maxLength: 30 })], { numRuns: 100 })(
  "over mixes of good and bad rows, valid + rejected = input, each index once, exactly the expected rows rejected",
  (specs) => {
    const rows = specs.map(build);
    const result = parseOrders(rows);
    const errorIndices = expectPartition(rows, result);
    // Oracle: a row is rejected when it is not an object, has a bad field, or repeats an earlier object row's id.
    const seen = new Set<string>();
    const expected: number[] = [];
    specs.forEach((spec, index) => {
      if (spec.kind === "not-an-object") {
        expected.push(index);
        return;
      }
      const duplicate = seen.has(spec.id);
      seen.add(spec.id);
      if (duplicate || spec.kind === "bad-field") expected.push(index);
    });
    expect(errorIndices).toEqual(expected);
  },
);

test.prop([fc.array(specArb, { maxLength: 30 })], { numRuns: 100 })(
  "fail-fast throws at the first rejected row of collect mode",
  (specs) => {
    const rows = specs.map(build);
    const collected = parseOrders(rows);
    let thrown: unknown = null;
    try {
      parseOrders(rows, { mode: "fail-fast" });
    } catch (error) {
      thrown = error;
    }
    if (collected.errors.length === 0) expect(thrown).toBeNull();
    else {
      expect(isCrmKpiError(thrown)).toBe(true);
      expect((thrown as { rowError: RowError }).rowError).toEqual(collected.errors[0]);
    }
  },
);

test.prop([fc.array(fc.jsonValue(), { maxLength: 20 }), fc.constantFrom(...PARSERS), fc.boolean()], { numRuns: 100 })(
  "parsing arbitrary JSON values never throws in collect mode (but MissingFieldsError when no row has an expected field) and partitions the rows",
  (rows, [, parse], strict) => {
    const result = parseOrMissing(rows, () => parse(rows, { unknownKeys: strict ? "reject" : "ignore" }));
    if (result === null) return;
    expectPartition(rows, result);
  },
);

const FIELD_NAMES = [
  "id",
  "name",
  "teamId",
  "date",
  "amount",
  "currency",
  "sellerId",
  "customerId",
  "level",
  "scopeId",
  "start",
  "end",
  "ownerId",
  "stage",
  "probability",
  "createdAt",
  "expectedCloseDate",
  "status",
  "closedAt",
  "type",
  "count",
  "durationMinutes",
];
const KEY = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", ...FIELD_NAMES),
  fc.string({ maxLength: 8 }),
);
const CELL = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    "",
    "2026-01-01",
    "2026-02-30",
    "EUR",
    "open",
    "won",
    "done",
    "seller",
    "company",
    "0.5",
    "1e3",
    "-0",
    "__proto__",
  ),
);

/** JSON text of an object whose keys may repeat and include `__proto__`, parsed like real input. */
const protoRow = fc
  .array(fc.tuple(KEY, CELL), { maxLength: 12 })
  .map(
    (entries) =>
      JSON.parse(
        `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(",")}}`,
      ) as unknown,
  );

test.prop([fc.array(protoRow, { maxLength: 10 }), fc.constantFrom(...PARSERS), fc.boolean()], { numRuns: 100 })(
  "rows with __proto__ keys (from JSON.parse) never throw (but MissingFieldsError when no row has an expected field), never pollute prototypes, and partition the rows",
  (rows, [, parse], strict) => {
    const result = parseOrMissing(rows, () => parse(rows, { unknownKeys: strict ? "reject" : "ignore" }));
    expect(Object.keys(Object.prototype)).toEqual([]);
    if (result === null) return;
    expectPartition(rows, result);
    for (const record of result.records) expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  },
);

test.prop([fc.jsonValue(), fc.constantFrom(...PARSERS)], { numRuns: 100 })(
  "a non-array input throws only the library's InvalidArgumentError",
  (value, [, parse]) => {
    if (Array.isArray(value)) return;
    expect(() => parse(value as unknown as unknown[])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  },
);

const EXTRA_KEY = fc
  .string({ minLength: 1, maxLength: 10 })
  .filter((key) => !Object.hasOwn(goodOrder("x"), key) && !FIELD_NAMES.includes(key));

test.prop([fc.uniqueArray(EXTRA_KEY, { maxLength: 8 })], { numRuns: 100 })(
  "strict mode reports exactly the unknown keys, each on its own path; the default mode ignores them",
  (extras) => {
    const row = goodOrder("o-1");
    for (const key of extras)
      Object.defineProperty(row, key, { value: 1, enumerable: true, configurable: true, writable: true });
    expect(parseOrders([row]).records).toHaveLength(1);
    const strict = parseOrders([row], { unknownKeys: "reject" });
    expect(strict.records.length + strict.errors.length).toBe(1);
    // Reported in the row's own key order (integer-like keys first, as JavaScript orders them).
    const expected = Reflect.ownKeys(row).filter((key) => typeof key === "string" && extras.includes(key));
    expect(strict.errors.flatMap((error) => error.issues.map((issue) => issue.path))).toEqual(
      expected.map((key) => [key]),
    );
    expect(expected).toHaveLength(extras.length);
  },
);

test.prop(
  [fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T23:59:59.999Z"), noInvalidDate: true })],
  { numRuns: 100 },
)("an instant written as an ISO string with Z reads back as the same instant", (date) => {
  const result = parseOrders([{ ...goodOrder("o-1"), date: date.toISOString() }]);
  expect(result.records[0]?.date.getTime()).toBe(date.getTime());
});
