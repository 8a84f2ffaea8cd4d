import { describe, expect, it } from "vitest";
import { createSellerSchema, SellerSchema } from "./sellerSchema.js";
import { parseSellers } from "./parseSellers.js";

describe("parseSellers", () => {
  it("reads a JSON row and a CSV row", () => {
    const result = parseSellers([
      { id: "s-1", name: "Alice Martin", teamId: "north" },
      { id: "s-2", name: "Bruno Petit", teamId: "" },
      { id: "s-3", name: "Chloé Durand", teamId: null },
      { id: "s-4", name: "Driss" },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.inputCount).toBe(4);
    expect(result.records).toEqual([
      { id: "s-1", name: "Alice Martin", teamId: "north" },
      { id: "s-2", name: "Bruno Petit", teamId: undefined },
      { id: "s-3", name: "Chloé Durand", teamId: undefined },
      { id: "s-4", name: "Driss" },
    ]);
    expect("teamId" in result.records[3]!).toBe(false);
  });

  it("requires an id; a name is optional (spec section 1: an id alone is a valid roster row)", () => {
    const result = parseSellers([
      { id: "", name: "" },
      { name: "X" },
      { id: "s-9" },
      { id: "s-8", name: null },
      { id: "s-7", name: "" },
    ]);
    expect(result.records).toEqual([{ id: "s-9" }, { id: "s-8" }, { id: "s-7" }]);
    expect(
      result.errors.map((error) => [error.index, error.id, error.issues.map((issue) => issue.path.join("."))]),
    ).toEqual([
      [0, "", ["id"]],
      [1, null, ["id"]],
    ]);
  });

  it("rejects a name longer than 1000 characters and a blank name", () => {
    const result = parseSellers([
      { id: "a", name: "n".repeat(1001) },
      { id: "b", name: "\t " },
      { id: "c", name: "n".repeat(1000) },
    ]);
    expect(result.errors.map((error) => error.message)).toEqual([
      "text has at most 1000 characters (got 1001)",
      "must not be blank (only spaces)",
    ]);
    expect(result.records.map((seller) => seller.id)).toEqual(["c"]);
  });

  it("rejects duplicate ids, __proto__ and constructor included", () => {
    const rows = JSON.parse(
      '[{"id":"__proto__","name":"A"},{"id":"constructor","name":"B"},{"id":"__proto__","name":"C"},{"id":"constructor","name":"D"}]',
    ) as unknown[];
    const result = parseSellers(rows);
    expect(result.records.map((seller) => seller.name)).toEqual(["A", "B"]);
    expect(result.errors.map((error) => [error.index, error.message])).toEqual([
      [2, 'duplicate id "__proto__": row 0 has the same id (the later row is rejected)'],
      [3, 'duplicate id "constructor": row 1 has the same id (the later row is rejected)'],
    ]);
  });

  it("rejects unknown keys in strict mode only, a JSON __proto__ key included", () => {
    const rows = [JSON.parse('{"id":"s-1","name":"A","__proto__":{"polluted":true},"team":"north"}') as unknown];
    expect(parseSellers(rows).records).toEqual([{ id: "s-1", name: "A" }]);
    const strict = parseSellers(rows, { unknownKeys: "reject" });
    expect(strict.errors[0]?.issues.map((issue) => issue.path)).toEqual([["__proto__"], ["team"]]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("checks the factory options even though sellers have no dates", () => {
    expect(() => createSellerSchema({ timeZone: "Nowhere/Else" })).toThrow(/unknown time zone/);
    expect(SellerSchema.parse({ id: "s-1", name: "A", teamId: "t" })).toEqual({ id: "s-1", name: "A", teamId: "t" });
  });
});
