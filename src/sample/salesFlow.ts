/**
 * Offers, prospects and customer requests of the sample (the sales flow): offers issued on the
 * sample's deals and decided when they close, prospects that convert or are lost, and tenders,
 * specifications and inbound requests answered (or not) before their deadline.
 *
 * @module
 */
import { Dec } from "../money/dec.js";
import type { CustomerRequest, Offer, Prospect, RequestKind, RequestStatus } from "../model/salesFlowTypes.js";
import type { Deal, Order, Seller } from "../model/types.js";
import type { Period } from "../period/types.js";
import { createRng, type Rng } from "./prng.js";
import { businessInstant, DAY_MS, dayStartMs, toWeekday } from "./time.js";
import { SAMPLE_DEFAULT_SEED } from "./context.js";

/** What the sales-flow generator reads: the dataset's sellers, deals and orders, and its range. @category Sample */
export interface SalesFlowSampleInput {
  /** The seed (default {@link SAMPLE_DEFAULT_SEED}); the sales flow draws from a stream of its own. */
  readonly seed?: number;
  /** The sellers: prospects and requests are spread over them. */
  readonly sellers: readonly Seller[];
  /** The deals: offers are issued on them. */
  readonly deals: readonly Deal[];
  /** The orders (in date order): an accepted offer names its seller's first order after the acceptance. */
  readonly orders: readonly Order[];
  /** The range the data covers; nothing is decided or answered after its end (the data's "now"). */
  readonly range: Period;
}

/** The sales-flow records of the sample. @category Sample */
export interface SalesFlowSample {
  /** Offers, in issue order. */
  readonly offers: readonly Offer[];
  /** Prospects, in creation order. */
  readonly prospects: readonly Prospect[];
  /** Tenders, specifications and inbound requests, in reception order. */
  readonly requests: readonly CustomerRequest[];
}

/** The sales flow's own random stream (the dataset's parts use 0 to 4). */
const SALES_FLOW_STREAM = 10;
/** Prospects per seller per year. */
const PROSPECTS_PER_SELLER_YEAR = 18;
/** Requests per seller per year, by kind. */
const REQUESTS_PER_SELLER_YEAR: readonly (readonly [RequestKind, number])[] = [
  ["tender", 5],
  ["specification", 4],
  ["request", 36],
];
const HOUR_MS = 3_600_000;
const PAD = 6;

function pad(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(PAD, "0")}`;
}

/** A business-hours instant `days` (whole or not) business-ish days after `from`, moved off weekends. */
function later(rng: Rng, from: number, minDays: number, maxDays: number): number {
  const days = minDays + rng.int(maxDays - minDays + 1);
  return Math.max(from, businessInstant(rng, toWeekday(dayStartMs(from) + days * DAY_MS)));
}

function firstOrderAfter(ordersBySeller: Map<string, Order[]>, sellerId: string, at: number): string | undefined {
  const orders = ordersBySeller.get(sellerId);
  if (orders === undefined) return undefined;
  let lo = 0;
  let hi = orders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((orders[mid] as Order).date.getTime() < at) lo = mid + 1;
    else hi = mid;
  }
  return orders[lo]?.id;
}

function offersOf(rng: Rng, input: SalesFlowSampleInput, end: number): Offer[] {
  const ordersBySeller = new Map<string, Order[]>();
  for (const order of input.orders) {
    if (order.amount.isNegative()) continue;
    const list = ordersBySeller.get(order.sellerId) ?? [];
    list.push(order);
    ordersBySeller.set(order.sellerId, list);
  }
  const offers: Offer[] = [];
  for (const deal of input.deals) {
    // Early-stage open deals have no offer yet; about 15 % of closed deals closed without one.
    const early = deal.status === "open" && (deal.stage === "prospecting" || deal.stage === "qualification");
    if (early || rng.chance(0.15)) continue;
    const created = deal.createdAt.getTime();
    const closed = deal.closedAt?.getTime() ?? end;
    const issued = Math.min(closed, later(rng, created, 2, 20));
    if (issued >= end) continue;
    const customerId = deal.customerId ?? pad("c-x", offers.length + 1);
    // One deal in five gets a first offer that the customer let expire before a revised one.
    if (rng.chance(0.2) && closed - issued > 10 * DAY_MS) {
      offers.push({
        id: pad("q", offers.length + 1),
        ownerId: deal.ownerId,
        customerId,
        issuedAt: new Date(issued),
        amount: new Dec(deal.amount).times("1.08").toDecimalPlaces(2),
        currency: deal.currency,
        status: "expired",
        decidedAt: new Date(issued + 10 * DAY_MS),
        dealId: deal.id,
        orderId: undefined,
      });
    }
    // The revised offer replaces the expired one when it expires.
    const revised = offers.at(-1)?.dealId === deal.id ? issued + 10 * DAY_MS : issued;
    let status: Offer["status"] = "pending";
    let decidedAt: Date | undefined;
    let orderId: string | undefined;
    if (deal.status === "won") {
      status = "accepted";
      decidedAt = new Date(Math.max(revised, closed));
      orderId = rng.chance(0.8) ? firstOrderAfter(ordersBySeller, deal.ownerId, closed) : undefined;
    } else if (deal.status === "lost") {
      status = rng.chance(0.8) ? "rejected" : "withdrawn";
      decidedAt = new Date(Math.max(revised, closed));
    }
    offers.push({
      id: pad("q", offers.length + 1),
      ownerId: deal.ownerId,
      customerId,
      issuedAt: new Date(revised),
      amount: deal.amount,
      currency: deal.currency,
      status,
      decidedAt,
      dealId: deal.id,
      orderId,
    });
  }
  offers.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
  return offers.map((offer, index) => ({ ...offer, id: pad("q", index + 1) }));
}

/** Sorted random business-hours instants in `[start, end)`. */
function instants(rng: Rng, count: number, start: number, end: number): number[] {
  const days = Math.max(1, Math.floor((end - start) / DAY_MS));
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = businessInstant(rng, toWeekday(start + rng.int(days) * DAY_MS));
    if (t < end) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

function prospectsOf(rng: Rng, sellers: readonly Seller[], start: number, end: number, years: number): Prospect[] {
  const created = instants(rng, Math.round(sellers.length * PROSPECTS_PER_SELLER_YEAR * years), start, end);
  return created.map((createdAt, index) => {
    const ownerId = (sellers[rng.int(sellers.length)] as Seller).id;
    const roll = rng.next();
    const qualifiedAt = rng.chance(0.6) ? later(rng, createdAt, 1, 15) : undefined;
    let convertedAt: number | undefined = roll < 0.3 ? later(rng, createdAt, 10, 90) : undefined;
    // The others are lost within 4 months, or dropped as stale after 4 to 10 months.
    let lostAt: number | undefined =
      roll < 0.3 ? undefined : roll < 0.65 ? later(rng, createdAt, 5, 120) : later(rng, createdAt, 120, 300);
    // Nothing happens after the data's "now": those prospects are still open.
    if (convertedAt !== undefined && convertedAt >= end) convertedAt = undefined;
    if (lostAt !== undefined && lostAt >= end) lostAt = undefined;
    return {
      id: pad("p", index + 1),
      ownerId,
      createdAt: new Date(createdAt),
      qualifiedAt: qualifiedAt === undefined || qualifiedAt >= end ? undefined : new Date(qualifiedAt),
      convertedAt: convertedAt === undefined ? undefined : new Date(convertedAt),
      lostAt: lostAt === undefined ? undefined : new Date(lostAt),
      customerId: convertedAt === undefined ? undefined : pad("c-p", index + 1),
    };
  });
}

/** The times of one request: reception, deadline, first response, answer, processing. */
function requestOf(
  rng: Rng,
  kind: RequestKind,
  receivedAt: number,
  end: number,
): Omit<CustomerRequest, "id" | "ownerId" | "customerId" | "kind"> {
  const tender = kind !== "request";
  const dueAt = tender
    ? later(rng, receivedAt, 10, 30)
    : rng.chance(0.8)
      ? receivedAt + (24 + rng.int(96)) * HOUR_MS
      : undefined;
  const declined = rng.chance(tender ? 0.12 : 0.04);
  // Tenders are answered in 3-30 days; inbound requests get a first answer in 1-40 hours, the full one in 1-7 days.
  const first = tender ? later(rng, receivedAt, 0, 2) : receivedAt + (1 + rng.int(40)) * HOUR_MS;
  const answer = tender ? later(rng, first, 3, 28) : later(rng, first, 1, 7);
  // A few inbound requests fall through the cracks: never answered, still open.
  const forgotten = !tender && !declined && rng.chance(0.06);
  const firstResponseAt = first < end && !forgotten ? first : undefined;
  let respondedAt = declined || forgotten || answer >= end ? undefined : answer;
  if (declined && rng.chance(0.5) && answer < end) respondedAt = answer;
  const processed = !declined && respondedAt !== undefined && rng.chance(0.85);
  const processedAt = processed ? later(rng, respondedAt ?? receivedAt, 0, 3) : undefined;
  const status: RequestStatus = declined
    ? "declined"
    : processedAt !== undefined && processedAt < end
      ? "processed"
      : "open";
  return {
    receivedAt: new Date(receivedAt),
    firstResponseAt: firstResponseAt === undefined ? undefined : new Date(firstResponseAt),
    respondedAt: respondedAt === undefined ? undefined : new Date(respondedAt),
    processedAt: status === "processed" && processedAt !== undefined ? new Date(processedAt) : undefined,
    dueAt: dueAt === undefined ? undefined : new Date(dueAt),
    status,
  };
}

function requestsOf(
  rng: Rng,
  sellers: readonly Seller[],
  start: number,
  end: number,
  years: number,
): CustomerRequest[] {
  const dated: { kind: RequestKind; at: number }[] = [];
  for (const [kind, perYear] of REQUESTS_PER_SELLER_YEAR) {
    for (const at of instants(rng, Math.round(sellers.length * perYear * years), start, end)) dated.push({ kind, at });
  }
  dated.sort((a, b) => a.at - b.at);
  return dated.map(({ kind, at }, index) => ({
    id: pad("r", index + 1),
    kind,
    customerId: pad("c-r", 1 + rng.int(Math.max(1, sellers.length * 25))),
    ownerId: (sellers[rng.int(sellers.length)] as Seller).id,
    ...requestOf(rng, kind, at, end),
  }));
}

/**
 * Generates the sales flow of a sample dataset (offers, prospects, customer requests), seeded and
 * the same on every machine and in every time zone:
 * - an offer on most deals past qualification, issued 2-20 days after the deal's creation; a won
 *   deal's offer is accepted when the deal closes (most name the seller's next order), a lost
 *   deal's is rejected or withdrawn, an open deal's is pending; one deal in five first gets an
 *   offer at 108 % that expires after 10 days;
 * - 18 prospects per seller and year: about 30 % convert after 10-90 days, 35 % are lost after
 *   5-120 days, the rest are dropped as stale after 120-300 days (so the open ones are
 *   recent); 60 % are qualified;
 * - per seller and year, 5 tenders and 4 specifications (deadline 10-30 days, answered in about
 *   3-30 days, 12 % declined) and 36 inbound requests (first answer within 1-40 hours, full answer
 *   1-7 days later, 80 % with a deadline of 1-5 days, so some are late; 6 % are never answered);
 * - nothing is decided, answered or processed after the range's end (the data's "now").
 *
 * @param input - the dataset's sellers, deals, orders, range, and the seed ({@link SalesFlowSampleInput})
 * @returns the offers, prospects and requests ({@link SalesFlowSample})
 * @throws never for a dataset from `generateSampleDataset`
 * @example
 * ```ts
 * const data = generateSampleDataset();
 * const flow = generateSalesFlowSample(data);
 * flow.offers.length > 300;       //=> true
 * flow.requests[0]?.id;           //=> "r-000001"
 * flow.offers.some((offer) => offer.status === "accepted" && offer.orderId !== undefined); //=> true
 * ```
 * @category Sample
 */
export function generateSalesFlowSample(input: SalesFlowSampleInput): SalesFlowSample {
  const rng = createRng(input.seed ?? SAMPLE_DEFAULT_SEED, SALES_FLOW_STREAM);
  const start = input.range.start.getTime();
  const end = input.range.end.getTime();
  const years = (end - start) / (365 * DAY_MS);
  const sellers = input.sellers.length > 0 ? input.sellers : [{ id: "s-01" }];
  const offers = offersOf(rng, input, end);
  const prospects = prospectsOf(rng, sellers, start, end, years);
  const requests = requestsOf(rng, sellers, start, end, years);
  return { offers, prospects, requests };
}
