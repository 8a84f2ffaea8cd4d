import { describe, expect, it } from "vitest";
import {
  averageDealSize,
  forecastAccuracy,
  pipelineAgeing,
  pipelineCoverage,
  salesCycleLength,
  salesVelocity,
  slippedDeals,
  stageConversion,
  winRate,
} from "../index.js";
import { generateDealHistory } from "./dealHistory.js";
import { generateSampleDataset } from "./generateSampleDataset.js";
import { STAGES } from "./vocabulary.js";

// The sample's deals with their generated history give every deal indicator a figure worth
// showing: not null, not 0, not 1 where a share is read.

const sample = generateSampleDataset();
const history = generateDealHistory(sample.deals);
const quarter = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") };
const asOf = sample.asOf;

function between0and1(value: { toNumber(): number } | null): void {
  expect(value).not.toBeNull();
  expect(value!.toNumber()).toBeGreaterThan(0);
  expect(value!.toNumber()).toBeLessThan(1);
}

describe("generateDealHistory on the sample", () => {
  it("is seeded: the same deals give the same history, another seed another one", () => {
    expect(generateDealHistory(sample.deals)).toEqual(history);
    expect(generateDealHistory(sample.deals, 7).closeDateChanges).not.toEqual(history.closeDateChanges);
    const dealIds = new Set(sample.deals.map((deal) => deal.id));
    expect(history.stageChanges.every((change) => dealIds.has(change.dealId))).toBe(true);
  });

  it("gives each deal indicator a non-trivial figure", () => {
    const stale = pipelineAgeing(sample.deals, { asOf, activities: sample.activities }).stale;
    expect(stale?.dealCount).toBeGreaterThan(0);
    expect(
      winRate(sample.deals, { period: quarter, asOf, staleAsLostAfterDays: 30, activities: sample.activities })
        .staleCount,
    ).toBeGreaterThan(0);
    const period = { start: sample.range.start, end: asOf };
    between0and1(winRate(sample.deals, { period }).byCount.value);
    expect(averageDealSize(sample.deals, { period }).average.value?.isPositive()).toBe(true);
    expect(salesCycleLength(sample.deals, { period }).median.value?.isPositive()).toBe(true);
    expect(salesVelocity(sample.deals, { period: quarter, asOf }).velocityPerDay.value?.isPositive()).toBe(true);

    const conversion = stageConversion(sample.deals, {
      stages: STAGES.map(([stage]) => stage),
      stageChanges: history.stageChanges,
      asOf,
    });
    for (const step of conversion.steps) between0and1(step.conversion.value);

    const slipped = slippedDeals(sample.deals, { period: quarter, asOf, closeDateChanges: history.closeDateChanges });
    expect(slipped.reading).toBe("close-date-history");
    expect(slipped.dealCount).toBeGreaterThan(0);
    expect(slipped.meanDays.value?.isPositive()).toBe(true);
    expect(slippedDeals(sample.deals, { period: quarter, asOf }).dealCount).toBeGreaterThan(0);

    const ageing = pipelineAgeing(sample.deals, { asOf });
    expect(ageing.bands.filter((band) => band.dealCount > 0).length).toBeGreaterThan(1);

    const forecast = { period: quarter, orders: sample.orders, targets: sample.revenueTargets };
    const coverage = pipelineCoverage(sample.deals, { asOf, stageProbabilities: sample.stageProbabilities, forecast });
    expect(coverage.coverage.value?.isPositive()).toBe(true);
    const accuracy = forecastAccuracy(sample.deals, {
      period: quarter,
      forecastAsOf: new Date("2026-05-01T00:00:00Z"),
      asOf,
      stageProbabilities: sample.stageProbabilities,
      orders: sample.orders,
    });
    between0and1(accuracy.accuracy.value);
  });
});
