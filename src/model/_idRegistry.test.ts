import { describe, expect, it } from "vitest";
import { IdRegistry } from "./_idRegistry.js";

/** Claims each id that no row claimed yet, and returns what `firstRowOf` said for each row. */
function firstRows(ids: readonly string[]): number[] {
  const registry = new IdRegistry();
  return ids.map((id, row) => {
    const first = registry.firstRowOf(id);
    if (first < 0) registry.claim(id, row);
    return first;
  });
}

describe("IdRegistry", () => {
  it("finds no earlier row for ids in increasing order", () => {
    expect(firstRows(["o-1", "o-2", "o-3", "o-4"])).toEqual([-1, -1, -1, -1]);
  });

  it("finds the first row of a repeated id while the ids are in order (binary search): o-2 at rows 1 and 3", () => {
    expect(firstRows(["o-1", "o-2", "o-3", "o-2", "o-1", "o-4"])).toEqual([-1, -1, -1, 1, 0, -1]);
  });

  it("keeps every claim when an id out of order moves them into a Map", () => {
    expect(firstRows(["b", "c", "a", "c", "b", "a", "d"])).toEqual([-1, -1, -1, 1, 0, 2, -1]);
  });

  it("compares ids as exact strings (case, spaces and look-alike characters count)", () => {
    expect(firstRows(["A", "a", "a ", "\u0041", "\u0391"])).toEqual([-1, -1, -1, 0, -1]);
  });

  it("works with ids named like Object.prototype members", () => {
    expect(firstRows(["__proto__", "constructor", "toString", "__proto__", "constructor"])).toEqual([-1, -1, -1, 0, 1]);
  });
});
