import { describe, expect, it } from "vitest";
import { discounts } from "../indicators/operations/discounts.js";
import { hoursSold } from "../indicators/operations/hoursSold.js";
import { marginToCommercialExpenses } from "../indicators/operations/marginToCommercialExpenses.js";
import { representationExpenseRatio } from "../indicators/operations/representationExpenseRatio.js";
import { serviceCancellations } from "../indicators/operations/serviceCancellations.js";
import { visitDuration } from "../indicators/operations/visitDuration.js";
import { visitedCustomers } from "../indicators/operations/visitedCustomers.js";
import { parseExpenses } from "../model/parseExpenses.js";
import { generateSampleExpenses } from "./expenses.js";
import { generateSampleDataset } from "./generateSampleDataset.js";

describe("generateSampleExpenses", () => {
  const dataset = generateSampleDataset();
  const expenses = generateSampleExpenses(dataset);

  it("is deterministic and gives valid records in the range", () => {
    expect(generateSampleExpenses(dataset)).toEqual(expenses);
    expect(generateSampleExpenses(dataset, 2)).not.toEqual(expenses);
    const rows = expenses.map((e) => ({ ...e, amount: e.amount.toString(), date: e.date.toISOString() }));
    expect(parseExpenses(rows).records).toEqual(expenses);
    for (const e of expenses) {
      expect(e.date.getTime()).toBeGreaterThanOrEqual(dataset.range.start.getTime());
      expect(e.date.getTime()).toBeLessThan(dataset.range.end.getTime());
    }
  });

  it("gives every operational indicator a non-trivial figure on the sample", () => {
    const range = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") };
    const { orders, activities } = dataset;
    const visited = visitedCustomers(activities, { range });
    expect(visited.totals.customers).toBeGreaterThan(10);
    expect(visited.buckets.every((week) => week.customers > 0)).toBe(true);
    const duration = visitDuration(activities, { range });
    expect(duration.totals.withDuration).toBeGreaterThan(10);
    expect(duration.totals.withoutDuration).toBeGreaterThan(0);
    expect(duration.totals.mean.value?.gt(1)).toBe(true); // visits last 1 to 3 hours
    const cancelled = serviceCancellations(activities, { range });
    expect(cancelled.totals.cancelledForService).toBeGreaterThan(0);
    expect(cancelled.totals.serviceShare.value?.lt("0.1")).toBe(true);
    const hours = hoursSold(orders, { range });
    expect(hours.totals.hours.gt(100)).toBe(true);
    expect(hours.totals.ordersWithoutHours).toBeGreaterThan(0);
    const ratio = representationExpenseRatio(orders, expenses, { range });
    expect(ratio.totals.ratio.value?.gt(0)).toBe(true);
    expect(ratio.totals.ratio.value?.lt("0.05")).toBe(true);
    expect(ratio.buckets[1]?.change.value).not.toBeNull();
    const margin = marginToCommercialExpenses(orders, expenses, { range });
    expect(margin.totals.ratio.value?.gt(1)).toBe(true);
    const granted = discounts(orders, { range });
    expect(granted.totals.discountedOrders).toBeGreaterThan(0);
    expect(granted.totals.discountRate.value?.gt(0)).toBe(true);
    expect(granted.totals.discountRate.value?.lt("0.1")).toBe(true);
  });
});
