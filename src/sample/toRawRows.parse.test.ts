import { describe, expect, it } from "vitest";
import { parseActivities } from "../model/parseActivities.js";
import { parseActivityTargets } from "../model/parseActivityTargets.js";
import { parseDeals } from "../model/parseDeals.js";
import { parseOrders } from "../model/parseOrders.js";
import { parseRevenueTargets } from "../model/parseRevenueTargets.js";
import { parseSellers } from "../model/parseSellers.js";
import { generateSampleDataset } from "./generateSampleDataset.js";
import { toRawRows } from "./toRawRows.js";

// The raw rows are what a JSON/CSV export gives: the library's own row parsers must read them back
// into records equal to the generated ones (compared through JSON, which ignores absent fields).
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("toRawRows read back by the row parsers", () => {
  const data = generateSampleDataset({ seed: 5, orders: 1500, deals: 400, activities: 1500 });
  const rows = toRawRows(data);

  it("parses every row without error into the same records", () => {
    const cases = [
      [parseSellers(rows.sellers), data.sellers],
      [parseOrders(rows.orders), data.orders],
      [parseRevenueTargets(rows.revenueTargets), data.revenueTargets],
      [parseDeals(rows.deals), data.deals],
      [parseActivities(rows.activities), data.activities],
      [parseActivityTargets(rows.activityTargets), data.activityTargets],
    ] as const;
    for (const [parsed, records] of cases) {
      expect(parsed.errors).toEqual([]);
      expect(plain(parsed.records)).toEqual(plain(records));
    }
  });
});
