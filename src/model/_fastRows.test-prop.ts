import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseActivities } from "./parseActivities.js";
import { parseActivityTargets } from "./parseActivityTargets.js";
import { parseDeals } from "./parseDeals.js";
import { parseOrders } from "./parseOrders.js";
import { parseRevenueTargets } from "./parseRevenueTargets.js";
import { parseSellers } from "./parseSellers.js";
import type { ParseOptions, ParseResult } from "./parseRows.js";

// The row fast path must be invisible: with only known keys in the rows, strict mode (which
// always takes the zod path) and the default mode (which takes the fast path where it can) give
// the same records, key for key (a missing key stays missing, an empty cell gives undefined), and
// the same row errors.

/** Raw values of every kind a field may meet: good, empty and bad. */
const cell = fc.constantFrom<unknown>(
  "x-1",
  "__proto__",
  "",
  " ",
  null,
  undefined,
  0,
  12,
  -3.5,
  Number.NaN,
  true,
  [],
  {},
  "12.50",
  "-0",
  "1e3",
  "1,5",
  "0.3",
  "1.5",
  "0",
  "EUR",
  "eur",
  "XYZ",
  "2026-01-15",
  "2026-01-15T10:30:00Z",
  "2026-03-29T02:30",
  "2026-02-30",
  "1899-12-31",
  "2026-01-10T00:00:00+01:00",
  "open",
  "won",
  "lost",
  "done",
  "planned",
  "cancelled",
  "seller",
  "team",
  "company",
  "visit",
  "90",
);

function rowArbitrary(keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(keys.map((key) => [key, cell])), { requiredKeys: [] });
}

const CASES: readonly [
  string,
  readonly string[],
  (rows: readonly unknown[], options?: ParseOptions) => ParseResult<unknown>,
][] = [
  ["sellers", ["id", "name", "teamId"], parseSellers],
  [
    "orders",
    [
      "id",
      "date",
      "amount",
      "currency",
      "sellerId",
      "customerId",
      "grossAmount",
      "discount",
      "margin",
      "hoursSold",
      "offerId",
      "dealId",
    ],
    parseOrders,
  ],
  ["revenue targets", ["id", "level", "scopeId", "start", "end", "amount", "currency"], parseRevenueTargets],
  [
    "deals",
    [
      "id",
      "ownerId",
      "customerId",
      "amount",
      "currency",
      "stage",
      "probability",
      "createdAt",
      "expectedCloseDate",
      "status",
      "closedAt",
      "lossReason",
      "competitor",
    ],
    parseDeals,
  ],
  [
    "activities",
    ["id", "ownerId", "type", "date", "status", "customerId", "dealId", "durationMinutes", "cancellationCause"],
    parseActivities,
  ],
  ["activity targets", ["id", "level", "scopeId", "type", "start", "end", "count"], parseActivityTargets],
];

for (const [name, keys, parse] of CASES) {
  // Valid rows are rare among random cells, so half the rows start from a valid-looking base.
  const base = fc.constantFrom(...validBases(name));
  const row = fc.oneof(
    rowArbitrary(keys),
    fc
      .tuple(
        base,
        rowArbitrary(keys).map((r) => Object.fromEntries(Object.entries(r).slice(0, 1))),
      )
      .map(([b, patch]) => ({ ...b, ...patch })),
    base,
  );
  test.prop([fc.array(row, { maxLength: 12 }), fc.constantFrom("UTC", "Europe/Paris")], { numRuns: 300 })(
    `${name}: the fast path gives exactly what the zod schema gives`,
    (rows, timeZone) => {
      const fast = parse(rows, { timeZone });
      const slow = parse(rows, { timeZone, unknownKeys: "reject" });
      expect(fast).toStrictEqual(slow);
    },
  );
}

function validBases(name: string): Record<string, unknown>[] {
  switch (name) {
    case "sellers":
      return [
        { id: "s-1", name: "Ana", teamId: "north" },
        { id: "s-2", name: "Ben" },
      ];
    case "orders":
      return [
        { id: "o-1", date: "2026-01-15", amount: "12.50", currency: "EUR", sellerId: "s-1", customerId: "c-1" },
        {
          id: "o-2",
          date: "2026-01-15T10:30:00Z",
          amount: "-3",
          currency: "EUR",
          sellerId: "s-1",
          customerId: "c-1",
          dealId: "",
          margin: "1.5",
        },
      ];
    case "revenue targets":
      return [
        { id: "t-1", level: "company", start: "2026-01-01", end: "2027-01-01", amount: "100", currency: "EUR" },
        {
          id: "t-2",
          level: "seller",
          scopeId: "s-1",
          start: "2026-01-01",
          end: "2026-04-01",
          amount: "0",
          currency: "EUR",
        },
      ];
    case "deals":
      return [
        {
          id: "d-1",
          ownerId: "s-1",
          amount: "100",
          currency: "EUR",
          stage: "proposal",
          createdAt: "2026-01-01",
          status: "open",
          expectedCloseDate: "2026-03-01",
        },
        {
          id: "d-2",
          ownerId: "s-1",
          amount: "100",
          currency: "EUR",
          stage: "x",
          createdAt: "2026-01-01",
          status: "lost",
          closedAt: "2026-02-01",
          lossReason: "price",
          probability: "0.2",
        },
      ];
    case "activities":
      return [
        { id: "a-1", ownerId: "s-1", type: "call", date: "2026-01-05T09:00:00Z", status: "done" },
        {
          id: "a-2",
          ownerId: "s-1",
          type: "visit",
          date: "2026-01-05",
          status: "cancelled",
          durationMinutes: "90",
          cancellationCause: "service",
        },
      ];
    default:
      return [
        {
          id: "at-1",
          level: "team",
          scopeId: "north",
          type: "call",
          start: "2026-01-01",
          end: "2026-02-01",
          count: "20",
        },
        { id: "at-2", level: "company", type: "visit", start: "2026-01-01", end: "2026-02-01", count: 3 },
      ];
  }
}
