import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Dec } from "../../money/dec.js";
import type { CustomerRequest, Offer, Prospect, RequestStatus } from "../../model/salesFlowTypes.js";
import type { Deal, Order, Seller } from "../../model/types.js";
import { tableRunner, type PlanRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { tablesOf } from "./_salesFlowInputs.js";
import { negotiationsGroupedOf, negotiationsOf } from "./_negotiationsCore.js";
import { offerSuccessGroupedOf, offerSuccessOf } from "./_offerSuccessCore.js";
import { ordersPerOfferGroupedOf, ordersPerOfferOf } from "./_ordersPerOfferCore.js";
import { FIRST_RESPONSE, responseTimeGroupedOf, responseTimeOf, TENDER_RESPONSE } from "./_responseTimeCore.js";
import { requestsOnTimeGroupedOf, requestsOnTimeOf } from "./_requestsOnTimeCore.js";
import { negotiationsSeriesOf } from "./_negotiationsCore.js";
import { offerSuccessSeriesOf } from "./_offerSuccessCore.js";
import { ordersPerOfferSeriesOf } from "./_ordersPerOfferCore.js";
import { responseTimeSeriesOf } from "./_responseTimeCore.js";
import { requestsOnTimeSeriesOf } from "./_requestsOnTimeCore.js";
import type { Grain } from "../../period/types.js";
import type { SalesFlowOptions, SalesFlowSeriesResult } from "./salesFlowTypes.js";

// Every sales-flow indicator computes the same result on the columnar tables (tableRunner) and on
// the record-by-record reference executor (referenceRunner), over random records of every kind,
// owners named like Object.prototype's keys, instants on the period's edges and `asOf`s inside,
// before and after the period; and the counts partition their population (nothing lost).

const START = Date.parse("2026-03-01T00:00:00Z");
const END = Date.parse("2026-04-01T00:00:00Z");
const FROM = START - 20 * 86_400_000;
const TO = END + 20 * 86_400_000;
const OWNERS = ["ann", "bob", "__proto__", "constructor"];
const ROSTER: Seller[] = [
  { id: "ann", teamId: "north" },
  { id: "bob", teamId: "south" },
  { id: "__proto__", teamId: "north" },
];
const instantArb = fc.oneof(fc.integer({ min: FROM, max: TO }), fc.constantFrom(START, END, START - 1, END - 1));
const laterArb = (from: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: from, max: from + 30 * 86_400_000 }), fc.constant(from));
const amountArb = fc.integer({ min: -100_000, max: 5_000_000 }).map((cents) => new Dec(cents).div(100));

const offerArb: fc.Arbitrary<Omit<Offer, "id">> = fc
  .record({
    ownerId: fc.constantFrom(...OWNERS),
    issuedAt: instantArb,
    amount: amountArb,
    status: fc.constantFrom<Offer["status"]>("pending", "accepted", "rejected", "expired", "withdrawn"),
    delay: fc.integer({ min: 0, max: 30 * 86_400_000 }),
  })
  .map(({ ownerId, issuedAt, amount, status, delay }) => ({
    ownerId,
    customerId: "c",
    issuedAt: new Date(issuedAt),
    amount,
    currency: "EUR",
    status,
    ...(status === "pending" ? {} : { decidedAt: new Date(issuedAt + delay) }),
  }));

const prospectArb: fc.Arbitrary<Omit<Prospect, "id">> = fc
  .record({
    ownerId: fc.constantFrom(...OWNERS),
    createdAt: instantArb,
    outcome: fc.constantFrom("open", "converted", "lost"),
    delay: fc.integer({ min: 0, max: 30 * 86_400_000 }),
  })
  .map(({ ownerId, createdAt, outcome, delay }) => ({
    ownerId,
    createdAt: new Date(createdAt),
    ...(outcome === "converted" ? { convertedAt: new Date(createdAt + delay) } : {}),
    ...(outcome === "lost" ? { lostAt: new Date(createdAt + delay) } : {}),
  }));

const requestArb: fc.Arbitrary<Omit<CustomerRequest, "id">> = instantArb.chain((receivedAt) =>
  fc
    .record({
      ownerId: fc.constantFrom(...OWNERS),
      kind: fc.constantFrom<CustomerRequest["kind"]>("tender", "specification", "request"),
      first: fc.option(laterArb(receivedAt), { nil: undefined }),
      extra: fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }), { nil: undefined }),
      processed: fc.option(laterArb(receivedAt), { nil: undefined }),
      due: fc.option(fc.integer({ min: receivedAt - 86_400_000, max: receivedAt + 20 * 86_400_000 }), {
        nil: undefined,
      }),
      declined: fc.boolean(),
    })
    .map(({ ownerId, kind, first, extra, processed, due, declined }) => {
      const status: RequestStatus = processed !== undefined ? "processed" : declined ? "declined" : "open";
      const responded = first !== undefined && extra !== undefined ? first + extra : undefined;
      return {
        ownerId,
        kind,
        customerId: "c",
        receivedAt: new Date(receivedAt),
        status,
        ...(first !== undefined && extra !== 0 ? { firstResponseAt: new Date(first) } : {}),
        ...(responded !== undefined ? { respondedAt: new Date(responded) } : {}),
        ...(processed !== undefined ? { processedAt: new Date(processed) } : {}),
        ...(due !== undefined ? { dueAt: new Date(due) } : {}),
      };
    }),
);

const dealArb: fc.Arbitrary<Omit<Deal, "id">> = fc
  .record({ ownerId: fc.constantFrom(...OWNERS), createdAt: instantArb })
  .map(({ ownerId, createdAt }) => ({
    ownerId,
    amount: new Dec(100),
    currency: "EUR",
    stage: "proposal",
    status: "open",
    createdAt: new Date(createdAt),
  }));

const orderArb: fc.Arbitrary<Omit<Order, "id">> = fc
  .record({ sellerId: fc.constantFrom(...OWNERS), date: instantArb, amount: amountArb })
  .map(({ sellerId, date, amount }) => ({ sellerId, customerId: "c", date: new Date(date), amount, currency: "EUR" }));

function withIds<T>(prefix: string, records: readonly T[]): (T & { id: string })[] {
  return records.map((record, index) => ({ ...record, id: `${prefix}${index}` }));
}

const recordsArb = fc
  .record({
    offers: fc.array(offerArb, { maxLength: 25 }),
    prospects: fc.array(prospectArb, { maxLength: 20 }),
    requests: fc.array(requestArb, { maxLength: 30 }),
    deals: fc.array(dealArb, { maxLength: 15 }),
    orders: fc.array(orderArb, { maxLength: 15 }),
  })
  .map((r) => ({
    offers: withIds("q", r.offers),
    prospects: withIds("p", r.prospects),
    requests: withIds("r", r.requests),
    deals: withIds("d", r.deals),
    orders: withIds("o", r.orders),
  }));

const optionsArb: fc.Arbitrary<SalesFlowOptions> = fc
  .record({
    asOf: fc.option(fc.oneof(instantArb, fc.constantFrom(START, END)), { nil: undefined }),
    scope: fc.constantFrom(
      { level: "company" } as const,
      { level: "seller", sellerId: "__proto__" } as const,
      { level: "team", teamId: "north" } as const,
    ),
    explain: fc.boolean(),
    timeZone: fc.constantFrom("UTC", "Europe/Paris", "America/New_York"),
  })
  .map(({ asOf, ...rest }) => ({
    period: { start: new Date(START), end: new Date(END) },
    sellers: ROSTER,
    ...(asOf === undefined ? {} : { asOf: new Date(asOf) }),
    ...rest,
  }));

type Records = typeof recordsArb extends fc.Arbitrary<infer R> ? R : never;

function runners(records: Records): [PlanRunner, PlanRunner] {
  return [
    tableRunner(tablesOf(records, ["offers", "prospects", "requests", "deals", "orders"])),
    referenceRunner(records),
  ];
}

const durationArb = fc.record({
  unit: fc.constantFrom<"hours" | "days">("hours", "days"),
  dayCount: fc.constantFrom<"calendar" | "business">("calendar", "business"),
});

test.prop([recordsArb, optionsArb, durationArb], { numRuns: 60 })(
  "every indicator and its grouped form: table executor = reference executor",
  (records, options, duration) => {
    const [table, reference] = runners(records);
    const { scope: _scope, ...unscoped } = options;
    const grouped = { ...unscoped, groupBy: "seller" as const };
    const byTeam = { ...unscoped, groupBy: "team" as const };
    const computations: ((run: PlanRunner) => unknown)[] = [
      (run) => negotiationsOf(run, options),
      (run) => negotiationsGroupedOf(run, byTeam),
      (run) => offerSuccessOf(run, options, true),
      (run) => offerSuccessGroupedOf(run, grouped, true),
      (run) => ordersPerOfferOf(run, options),
      (run) => ordersPerOfferGroupedOf(run, grouped),
      (run) => responseTimeOf(run, { ...options, ...duration }, TENDER_RESPONSE),
      (run) => responseTimeGroupedOf(run, { ...grouped, ...duration }, FIRST_RESPONSE),
      (run) => responseTimeOf(run, { ...options, ...duration }, FIRST_RESPONSE),
      (run) => requestsOnTimeOf(run, options),
      (run) => requestsOnTimeGroupedOf(run, byTeam),
    ];
    for (const compute of computations) expect(compute(table)).toEqual(compute(reference));
  },
);

test.prop([recordsArb, optionsArb], { numRuns: 60 })(
  "nothing lost: each population splits exactly into its reported parts",
  (records, options) => {
    const [run] = runners(records);
    const success = offerSuccessOf(run, options, true);
    const { offers, prospects } = success;
    expect(offers.accepted + offers.notAccepted + offers.pending).toBe(offers.issued);
    expect(prospects === null ? -1 : prospects.converted + prospects.lost + prospects.open).toBe(prospects?.created);
    for (const reading of [TENDER_RESPONSE, FIRST_RESPONSE]) {
      const r = responseTimeOf(run, options, reading);
      expect(r.responded.count + r.open.count + r.closedWithoutResponse).toBe(r.received);
    }
    const onTime = requestsOnTimeOf(run, options);
    expect(
      onTime.onTime +
        onTime.late +
        onTime.openOverdue +
        onTime.openNotDue +
        onTime.withoutDeadline +
        onTime.closedWithoutAnswer,
    ).toBe(onTime.received);
    const negotiation = negotiationsOf(run, options);
    expect(negotiation.processed).toBeLessThanOrEqual(negotiation.received);
    expect(negotiation.received).toBe(requestsOnTimeOf(run, options).received);
  },
);

// The series forms: each bucket is the single form over that bucket as its period (same asOf,
// scope, roster, zone), the total the single form over the range, on both executors; the buckets'
// counts add up to the total's (a record in no bucket, or in two, would break the sum).
const RANGE = { start: new Date(START - 14 * 86_400_000), end: new Date(END + 14 * 86_400_000) };

type Single = (run: PlanRunner, options: SalesFlowOptions) => object;
type Series = (
  run: PlanRunner,
  options: Omit<SalesFlowOptions, "period"> & { range: typeof RANGE; grain: Grain },
) => SalesFlowSeriesResult<string, object>;

function withoutCurrency(result: object): object {
  const { currency: _currency, ...rest } = result as { currency?: unknown };
  return rest;
}

test.prop([recordsArb, optionsArb, durationArb, fc.constantFrom<Grain>("week", "month")], { numRuns: 15 })(
  "every series: table = reference, each bucket = the single form over it, buckets add up to the total",
  (records, options, duration, grain) => {
    const [table, reference] = runners(records);
    const { period: _period, ...rest } = options;
    const seriesOptions = { ...rest, ...duration, range: RANGE, grain };
    const forms: [Series, Single, (result: object) => number][] = [
      [negotiationsSeriesOf, negotiationsOf, (r) => (r as { offersIssued: number }).offersIssued],
      [
        (run, o) => offerSuccessSeriesOf(run, o, true),
        (run, o) => offerSuccessOf(run, o, true),
        (r) => (r as { offers: { issued: number } }).offers.issued,
      ],
      [ordersPerOfferSeriesOf, ordersPerOfferOf, (r) => (r as { orders: number }).orders],
      [
        (run, o) => responseTimeSeriesOf(run, o, TENDER_RESPONSE),
        (run, o) => responseTimeOf(run, o, TENDER_RESPONSE),
        (r) => (r as { received: number }).received,
      ],
      [
        (run, o) => responseTimeSeriesOf(run, o, FIRST_RESPONSE),
        (run, o) => responseTimeOf(run, o, FIRST_RESPONSE),
        (r) => (r as { received: number }).received,
      ],
      [requestsOnTimeSeriesOf, requestsOnTimeOf, (r) => (r as { received: number }).received],
    ];
    for (const [series, single, count] of forms) {
      const result = series(table, seriesOptions);
      expect(result).toEqual(series(reference, seriesOptions));
      const { range: _range, grain: _grain, ...singleRest } = seriesOptions;
      expect(withoutCurrency(result.total)).toEqual(withoutCurrency(single(table, { ...singleRest, period: RANGE })));
      let sum = 0;
      for (const bucket of result.buckets) {
        const { label, ...figures } = bucket as { label: string; period: { start: Date; end: Date; label?: string } };
        expect(label).toBe(figures.period.label);
        const own = single(table, { ...singleRest, period: figures.period });
        expect(withoutCurrency(figures)).toEqual(withoutCurrency(own));
        if ("currency" in figures) expect(figures.currency).toBe((result.total as { currency: unknown }).currency);
        sum += count(figures);
      }
      expect(sum).toBe(count(result.total));
    }
  },
);
