import { describe, expect, it } from "vitest";
import { parseDeliveries } from "./parseDeliveries.js";
import { DeliverySchema } from "./deliverySchema.js";
import { RowValidationError } from "../errors/index.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: "l-1", orderId: "o-1", customerId: "c-1", promisedAt: "2026-03-10T12:00:00Z", ...overrides };
}

function issues(rows: readonly unknown[]): [string, string][] {
  const result = parseDeliveries(rows);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseDeliveries: valid rows", () => {
  it("reads an undelivered delivery with only the required fields", () => {
    const [delivery] = parseDeliveries([row()]).records;
    expect(delivery).toEqual({
      id: "l-1",
      orderId: "o-1",
      customerId: "c-1",
      promisedAt: new Date("2026-03-10T12:00:00Z"),
    });
  });

  it("reads CSV cells: empty optional cells are absent, booleans as the texts true and false", () => {
    const csv = {
      id: "l-1",
      orderId: "o-1",
      customerId: "c-1",
      promisedAt: "2026-03-10",
      requestedAt: "2026-03-01",
      deliveredAt: "2026-03-12T08:00",
      conforming: "false",
      nonConformityReason: "wrong-quantity",
    };
    const [delivery] = parseDeliveries([csv, { ...csv, id: "l-2", conforming: "", nonConformityReason: "" }]).records;
    expect(delivery?.conforming).toBe(false);
    expect(delivery?.nonConformityReason).toBe("wrong-quantity");
    expect(delivery?.deliveredAt?.toISOString()).toBe("2026-03-12T08:00:00.000Z");
    const second = parseDeliveries([{ ...csv, conforming: "", nonConformityReason: "" }]).records[0];
    expect(second?.conforming).toBeUndefined();
    expect(second?.nonConformityReason).toBeUndefined();
  });

  it("accepts a delivery on the very instant it was requested, and an early one (before its promise)", () => {
    expect(issues([row({ requestedAt: "2026-03-01", deliveredAt: "2026-03-01", conforming: true })])).toEqual([]);
    expect(issues([row({ deliveredAt: "2026-03-05", conforming: true })])).toEqual([]);
  });

  it("reads dates in the reporting zone", () => {
    const [delivery] = parseDeliveries([row({ promisedAt: "2026-03-10" })], { timeZone: "Europe/Paris" }).records;
    expect(delivery?.promisedAt.toISOString()).toBe("2026-03-09T23:00:00.000Z");
  });
});

describe("parseDeliveries: cross-field rules", () => {
  it("rejects a delivery before its request, on deliveredAt", () => {
    expect(issues([row({ requestedAt: "2026-03-05", deliveredAt: "2026-03-04T23:59:59.999Z" })])).toEqual([
      ["deliveredAt", "deliveredAt (2026-03-04T23:59:59.999Z) is before requestedAt (2026-03-05T00:00:00.000Z)"],
    ]);
  });

  it("rejects a conformity verdict on an undelivered delivery, on conforming", () => {
    expect(issues([row({ conforming: false })])).toEqual([
      ["conforming", "a conformity verdict needs deliveredAt (an undelivered delivery is not assessed)"],
    ]);
  });

  it("rejects a non-conformity reason unless conforming is false", () => {
    expect(issues([row({ deliveredAt: "2026-03-11", conforming: true, nonConformityReason: "late" })])).toEqual([
      ["nonConformityReason", "a non-conformity reason needs conforming: false"],
    ]);
    expect(issues([row({ deliveredAt: "2026-03-11", nonConformityReason: "late" })])).toEqual([
      ["nonConformityReason", "a non-conformity reason needs conforming: false"],
    ]);
  });

  it("lists every problem of a row, field errors and the rules that can still be checked", () => {
    expect(
      issues([
        row({
          orderId: "",
          promisedAt: "2026-02-30",
          conforming: "yes",
          requestedAt: "2026-03-05",
          deliveredAt: "2026-03-01",
        }),
      ]),
    ).toEqual([
      ["orderId", "required: the value is missing, null or empty"],
      ["promisedAt", "2026-02-30 is not a calendar date"],
      ["conforming", 'expected true or false (or the texts "true", "false"), got "yes"'],
      ["deliveredAt", "deliveredAt (2026-03-01T00:00:00.000Z) is before requestedAt (2026-03-05T00:00:00.000Z)"],
    ]);
  });

  it("the schema and the fast path agree on the rules (same records, same errors)", () => {
    const rows = [
      row({ id: "a", deliveredAt: "2026-03-11", conforming: false }),
      row({ id: "b", deliveredAt: "2026-03-11", conforming: false, nonConformityReason: "damaged" }),
      row({ id: "c", requestedAt: "2026-03-12", deliveredAt: "2026-03-11" }),
    ];
    const parsed = parseDeliveries(rows);
    expect(parsed.records.map((r) => r.id)).toEqual(["a", "b"]);
    expect(parsed.records).toEqual(rows.slice(0, 2).map((r) => DeliverySchema.parse(r)));
    expect(DeliverySchema.safeParse(rows[2]).success).toBe(false);
  });
});

describe("parseDeliveries: the row-error contract", () => {
  it("rejects the later of two rows with the same id, naming the first", () => {
    const result = parseDeliveries([row(), row({ customerId: "c-2" })]);
    expect(result.records).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      index: 1,
      id: "l-1",
      path: ["id"],
      message: 'duplicate id "l-1": row 0 has the same id (the later row is rejected)',
    });
  });

  it("strict mode reports unknown keys; fail-fast throws the first row error", () => {
    expect(parseDeliveries([row({ carrier: "DHL" })], { unknownKeys: "reject" }).errors[0]?.path).toEqual(["carrier"]);
    expect(() => parseDeliveries([row(), row({ id: "l-2", promisedAt: "" })], { mode: "fail-fast" })).toThrow(
      RowValidationError,
    );
  });
});
