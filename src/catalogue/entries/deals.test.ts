import { describe, expect, it } from "vitest";
import * as library from "../../index.js";
import { DEAL_ENTRIES } from "./deals.js";

// Every deal entry names one exported function of the package, and no id is used twice.
describe("deal catalogue entries", () => {
  it("each computes with an exported function, under a unique id", () => {
    const ids = DEAL_ENTRIES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of DEAL_ENTRIES) {
      expect(typeof (library as Record<string, unknown>)[entry.compute], entry.compute).toBe("function");
      expect(entry.records[0]).toBe("deal");
      expect(entry.label.fr.length).toBeGreaterThan(0);
    }
  });
});
