import { describe, expect, it } from "vitest";
import { parseOffers } from "../model/parseOffers.js";
import { parseProspects } from "../model/parseProspects.js";
import { parseRequests } from "../model/parseRequests.js";
import { firstResponseTime } from "../indicators/salesFlow/firstResponseTime.js";
import { negotiations } from "../indicators/salesFlow/negotiations.js";
import { offerSuccess } from "../indicators/salesFlow/offerSuccess.js";
import { ordersPerOffer } from "../indicators/salesFlow/ordersPerOffer.js";
import { requestsOnTime } from "../indicators/salesFlow/requestsOnTime.js";
import { tenderResponseTime } from "../indicators/salesFlow/tenderResponseTime.js";
import { generateSampleDataset } from "./generateSampleDataset.js";
import { generateSalesFlowSample } from "./salesFlow.js";

const data = generateSampleDataset();
const flow = generateSalesFlowSample(data);
// The first half of the second year, read at the dataset's "now" (15 June 2026).
const options = {
  period: { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-07-01T00:00:00Z") },
  asOf: data.asOf,
};

/** A value strictly between 0 and `max`: a figure that says something. */
function nonTrivial(value: { toNumber(): number } | null, max = Number.POSITIVE_INFINITY): void {
  expect(value).not.toBeNull();
  const number = value?.toNumber() ?? 0;
  expect(number).toBeGreaterThan(0);
  expect(number).toBeLessThan(max);
}

describe("the sample's sales flow", () => {
  it("is seeded: the same input gives the same records; another seed other records", () => {
    expect(generateSalesFlowSample(data)).toEqual(flow);
    expect(generateSalesFlowSample({ ...data, seed: 7 }).requests).not.toEqual(flow.requests);
  });

  it("parses back without a rejected row (its records follow the schemas' rules)", () => {
    for (const [parse, records] of [
      [parseOffers, flow.offers],
      [parseProspects, flow.prospects],
      [parseRequests, flow.requests],
    ] as const) {
      const result = parse(records);
      expect(result.errors).toEqual([]);
      expect(result.records).toHaveLength(records.length);
    }
  });

  it("gives every sales-flow indicator a non-trivial figure", () => {
    const negotiation = negotiations({ offers: flow.offers, deals: data.deals, requests: flow.requests }, options);
    nonTrivial(negotiation.proposalRate.value);
    nonTrivial(negotiation.processingRate.value, 1);

    const success = offerSuccess({ offers: flow.offers, prospects: flow.prospects }, options);
    nonTrivial(success.offers.rateByCount.value, 1);
    nonTrivial(success.offers.rateByValue.value, 1);
    nonTrivial(success.prospects?.rate.value ?? null, 1);
    expect(success.offers.pending).toBeGreaterThan(0);

    const perOffer = ordersPerOffer({ orders: data.orders, offers: flow.offers }, options);
    nonTrivial(perOffer.ratioByCount.value);
    nonTrivial(perOffer.ratioByValue.value);

    const tenders = tenderResponseTime(flow.requests, options);
    nonTrivial(tenders.responded.mean.value);
    nonTrivial(tenders.responded.median.value);
    expect(tenders.open.count).toBeGreaterThan(0);

    const first = firstResponseTime(flow.requests, options);
    nonTrivial(first.responded.mean.value, 48);
    expect(first.open.count).toBeGreaterThan(0);

    const onTime = requestsOnTime(flow.requests, options);
    nonTrivial(onTime.share.value, 1);
    expect(onTime.withoutDeadline).toBeGreaterThan(0);
  });
});
