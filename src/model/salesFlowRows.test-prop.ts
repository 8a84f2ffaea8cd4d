import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type * as z from "zod";
import type { ParseOptions, ParseResult } from "./parseRows.js";
import { parseOffers } from "./parseOffers.js";
import { parseProspects } from "./parseProspects.js";
import { parseRequests } from "./parseRequests.js";
import { createOfferSchema } from "./offerSchema.js";
import { createProspectSchema } from "./prospectSchema.js";
import { createRequestSchema } from "./requestSchema.js";
import type { SchemaOptions } from "./schemaOptions.js";

// Properties of the sales-flow parsers (offers, prospects, requests): every input row ends up in
// exactly one place (a record, in input order, or one row error), and the records of the parse
// function (its fast path included) are what the zod schema alone makes of each row.

type Parser = (rows: readonly unknown[], options?: ParseOptions) => ParseResult<{ readonly id: string }>;

interface Kind {
  readonly name: string;
  readonly parse: Parser;
  readonly schema: (options?: SchemaOptions) => z.ZodType;
  /** Values each field may take: valid ones, absent ones and bad ones, so rules are both met and broken. */
  readonly fields: Readonly<Record<string, readonly unknown[]>>;
}

const INSTANTS = [
  "2026-03-01",
  "2026-03-02T09:00:00Z",
  "2026-03-05T17:30",
  "2026-03-09",
  new Date("2026-03-03T12:00:00Z"),
];
const BAD_INSTANTS = ["2026-02-30", "soon", "2026-03-29T02:30", 7];
const ABSENT = ["", null, undefined];
const IDS = ["a", "b", "__proto__", "constructor"];

const KINDS: readonly Kind[] = [
  {
    name: "offers",
    parse: parseOffers,
    schema: createOfferSchema,
    fields: {
      ownerId: ["s-1", "s-2", ""],
      customerId: ["c-1", "", null],
      issuedAt: [...INSTANTS, ...BAD_INSTANTS.slice(0, 1)],
      amount: ["1200.50", -30, "0", "1e3", "1,5"],
      currency: ["EUR", "EUR", "USD", "XYZ"],
      status: ["pending", "accepted", "rejected", "expired", "withdrawn", "Won"],
      decidedAt: [...INSTANTS, ...ABSENT, ...BAD_INSTANTS.slice(0, 1)],
      orderId: ["o-1", ...ABSENT],
      dealId: ["d-1", ...ABSENT],
    },
  },
  {
    name: "prospects",
    parse: parseProspects,
    schema: createProspectSchema,
    fields: {
      ownerId: ["s-1", "s-2", ""],
      createdAt: [...INSTANTS, ...BAD_INSTANTS.slice(0, 2)],
      qualifiedAt: [...INSTANTS, ...ABSENT, ...ABSENT],
      convertedAt: [...INSTANTS, ...ABSENT, ...ABSENT],
      lostAt: [...INSTANTS, ...ABSENT, ...ABSENT, ...BAD_INSTANTS.slice(2)],
      customerId: ["c-1", ...ABSENT],
    },
  },
  {
    name: "requests",
    parse: parseRequests,
    schema: createRequestSchema,
    fields: {
      kind: ["tender", "specification", "request", "rfp"],
      customerId: ["c-1", "c-2", ""],
      ownerId: ["s-1", "s-2"],
      receivedAt: [...INSTANTS, ...BAD_INSTANTS.slice(1, 2)],
      firstResponseAt: [...INSTANTS, ...ABSENT, ...ABSENT],
      respondedAt: [...INSTANTS, ...ABSENT, ...ABSENT],
      processedAt: [...INSTANTS, ...ABSENT, ...ABSENT],
      dueAt: [...INSTANTS, ...ABSENT],
      status: ["open", "processed", "declined", "done"],
    },
  },
];

function rowArb(kind: Kind): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = { id: fc.constantFrom(...IDS) };
  for (const [field, values] of Object.entries(kind.fields)) shape[field] = fc.constantFrom(...values);
  return fc.record(shape).map((row) => {
    // `undefined` stands for a key the row does not have at all.
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) if (value !== undefined) copy[key] = value;
    return copy;
  });
}

const inputArb = fc.constantFrom(...KINDS).chain((kind) =>
  fc.tuple(
    fc.constant(kind),
    fc.array(
      fc.oneof({ weight: 9, arbitrary: rowArb(kind) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 7, []) }),
      {
        maxLength: 25,
      },
    ),
    fc.constantFrom("UTC", "Europe/Paris", "America/New_York"),
  ),
);

test.prop([inputArb], { numRuns: 150 })(
  "nothing lost: records + errors = rows, in order, and each record is the schema's own reading of its row",
  ([kind, rows, timeZone]) => {
    const result = kind.parse(rows, { timeZone });
    expect(result.inputCount).toBe(rows.length);
    expect(result.records.length + result.errors.length).toBe(rows.length);
    const rejected = new Set(result.errors.map((error) => error.index));
    expect(rejected.size).toBe(result.errors.length);
    const schema = kind.schema({ timeZone });
    const seen = new Set<string>();
    let k = 0;
    rows.forEach((row, index) => {
      const parsed = schema.safeParse(row);
      const id =
        typeof row === "object" && row !== null && !Array.isArray(row) ? (row as { id?: unknown }).id : undefined;
      const duplicate = typeof id === "string" && seen.has(id);
      if (parsed.success && !duplicate) {
        expect(rejected.has(index)).toBe(false);
        expect(result.records[k]).toEqual(parsed.data);
        k += 1;
      } else {
        expect(rejected.has(index)).toBe(true);
      }
      if (typeof id === "string" && typeof row === "object" && row !== null && !Array.isArray(row)) seen.add(id);
    });
    expect(k).toBe(result.records.length);
  },
);
