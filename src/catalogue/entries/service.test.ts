import { describe, expect, it } from "vitest";
import * as api from "../../index.js";
import { SERVICE_CATALOGUE_ENTRIES } from "./service.js";

describe("service catalogue entries", () => {
  it("name functions the package exports, and the result's indicator id is the entry's id", () => {
    const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
    const results: Readonly<Record<string, { readonly indicator: string }>> = {
      customerSatisfaction: api.customerSatisfaction([], { period }),
      complaintsPerIntervention: api.complaintsPerIntervention([], [], { period }),
      deliveryLateness: api.deliveryLateness([], { period }),
      penaltyAmount: api.penaltyAmount([], { period }),
      nonConformingDeliveries: api.nonConformingDeliveries([], { period }),
      deliveryLeadTime: api.deliveryLeadTime([], [], { period }),
    };
    for (const entry of SERVICE_CATALOGUE_ENTRIES) {
      expect(typeof (api as Record<string, unknown>)[entry.compute], entry.compute).toBe("function");
      expect(results[entry.compute]?.indicator).toBe(entry.id);
    }
    expect(new Set(SERVICE_CATALOGUE_ENTRIES.map((entry) => entry.id)).size).toBe(SERVICE_CATALOGUE_ENTRIES.length);
  });

  it("have labels and descriptions in both languages, and read lower-is-better except satisfaction", () => {
    for (const entry of SERVICE_CATALOGUE_ENTRIES) {
      for (const text of [entry.label, entry.description, entry.formula]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.fr.length).toBeGreaterThan(0);
      }
      expect(entry.direction).toBe(entry.id === "customer-satisfaction" ? "higher-is-better" : "lower-is-better");
    }
  });
});
