import { describe, expect, it } from "vitest";
import { parseComplaints } from "./parseComplaints.js";
import { COMPLAINT_CATEGORIES } from "./serviceTypes.js";

const row = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "r-1",
  customerId: "c-1",
  receivedAt: "2026-03-02T09:30:00Z",
  category: "commercial",
  ...overrides,
});

describe("parseComplaints", () => {
  it("reads every category and the optional owner", () => {
    const rows = COMPLAINT_CATEGORIES.map((category, i) =>
      row({ id: `r-${i}`, category, ownerId: i === 0 ? "s-1" : "" }),
    );
    const { records, errors } = parseComplaints(rows);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.category)).toEqual([...COMPLAINT_CATEGORIES]);
    expect(records[0]?.ownerId).toBe("s-1");
    expect(records[1]?.ownerId).toBeUndefined();
    expect(records[0]?.receivedAt.toISOString()).toBe("2026-03-02T09:30:00.000Z");
  });

  it("rejects an unknown or miscased category and a missing date, all in one row error", () => {
    const { errors } = parseComplaints([row({ category: "Commercial", receivedAt: null })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.issues).toEqual([
      { path: ["receivedAt"], message: "required: the value is missing, null or empty" },
      {
        path: ["category"],
        message: 'expected one of "commercial", "product", "delivery", "billing", "other", got "Commercial"',
      },
    ]);
  });

  it("rejects duplicate ids (the later row) and keeps owners named like Object.prototype members", () => {
    const result = parseComplaints([row({ ownerId: "__proto__" }), row()]);
    expect(result.records[0]?.ownerId).toBe("__proto__");
    expect(result.errors.map((e) => [e.index, e.path])).toEqual([[1, ["id"]]]);
  });
});
