import { describe, expect, it } from "vitest";
import { createProspectSchema, ProspectSchema } from "./prospectSchema.js";
import { parseProspects } from "./parseProspects.js";

function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: "p-1", ownerId: "s-1", createdAt: "2026-02-03T10:00:00Z", ...overrides };
}

function issues(rows: readonly unknown[], options?: Parameters<typeof parseProspects>[1]): [string, string][] {
  const result = parseProspects(rows, options);
  expect(result.records.length + result.errors.length).toBe(rows.length);
  return result.errors.flatMap((error) =>
    error.issues.map((issue): [string, string] => [issue.path.join("."), issue.message]),
  );
}

describe("parseProspects: valid rows", () => {
  it("reads open, converted and lost prospects from CSV cells", () => {
    const result = parseProspects([
      row({ qualifiedAt: "", convertedAt: "", lostAt: "", customerId: "" }),
      row({ id: "p-2", qualifiedAt: "2026-02-10", convertedAt: "2026-03-01", customerId: "c-9" }),
      row({ id: "p-3", lostAt: "2026-02-03T10:00:00Z" }),
    ]);
    expect(result.errors).toEqual([]);
    const [open, converted, lost] = result.records;
    expect(open?.convertedAt).toBeUndefined();
    expect(converted?.convertedAt?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(converted?.customerId).toBe("c-9");
    expect(lost?.lostAt?.toISOString()).toBe("2026-02-03T10:00:00.000Z");
  });

  it("accepts a qualification after the outcome (only the order against createdAt is checked)", () => {
    expect(issues([row({ convertedAt: "2026-02-05", qualifiedAt: "2026-02-06" })])).toEqual([]);
  });

  it("is usable as a zod schema, with the zone of the factory", () => {
    expect(ProspectSchema.safeParse(row()).success).toBe(true);
    // Worked by hand: New York is UTC-5 on 3 February; midnight there is 05:00Z.
    expect(
      createProspectSchema({ timeZone: "America/New_York" })
        .parse(row({ createdAt: "2026-02-03" }))
        .createdAt.toISOString(),
    ).toBe("2026-02-03T05:00:00.000Z");
  });
});

describe("parseProspects: rejected rows", () => {
  it("rejects a prospect both converted and lost, on the lostAt path", () => {
    expect(issues([row({ convertedAt: "2026-03-01", lostAt: "2026-03-02" })])).toEqual([
      ["lostAt", "a prospect is converted or lost, not both: convertedAt and lostAt are both set"],
    ]);
  });

  it("rejects each later date before createdAt, naming every one", () => {
    expect(issues([row({ qualifiedAt: "2026-02-01", convertedAt: "2026-02-02" })])).toEqual([
      ["qualifiedAt", "qualifiedAt (2026-02-01T00:00:00.000Z) is before createdAt (2026-02-03T10:00:00.000Z)"],
      ["convertedAt", "convertedAt (2026-02-02T00:00:00.000Z) is before createdAt (2026-02-03T10:00:00.000Z)"],
    ]);
    expect(issues([row({ lostAt: "2026-02-03T09:59:59.999Z" })])).toEqual([
      ["lostAt", "lostAt (2026-02-03T09:59:59.999Z) is before createdAt (2026-02-03T10:00:00.000Z)"],
    ]);
  });

  it("rejects impossible dates without piling cross-field issues on them", () => {
    expect(issues([row({ convertedAt: "2026-02-30", lostAt: "2026-03-01" })])).toEqual([
      ["convertedAt", "2026-02-30 is not a calendar date"],
    ]);
    expect(issues([row({ createdAt: "" })])).toEqual([["createdAt", "required: the value is missing, null or empty"]]);
  });

  it("rejects duplicate ids and unknown keys in strict mode", () => {
    expect(issues([row({ id: "constructor" }), row({ id: "constructor" })])).toEqual([
      ["id", 'duplicate id "constructor": row 0 has the same id (the later row is rejected)'],
    ]);
    expect(issues([row({ stage: "x" })], { unknownKeys: "reject" })[0]?.[0]).toBe("stage");
  });
});
