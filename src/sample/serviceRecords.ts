/**
 * Service records of the sample: a delivery per order (some late, some non-conforming, a few still
 * waiting at the end), complaints, penalties for the latest deliveries, and satisfaction surveys
 * on a 0-10 scale whose scores follow how the delivery went.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec } from "../money/dec.js";
import type { ComplaintCategory, Complaint, Delivery, Penalty, SurveyResponse } from "../model/serviceTypes.js";
import type { Order } from "../model/types.js";
import { SAMPLE_DEFAULT_SEED } from "./context.js";
import { padId } from "./context.js";
import { createRng, type Rng } from "./prng.js";
import { DAY_MS } from "./time.js";

/** Stream of the service records (the dataset's own parts use 0 to 4). */
const SERVICE_STREAM = 40;
const HOUR_MS = 3_600_000;

/** Reasons of non-conforming deliveries, with their weights. */
const NON_CONFORMITY_REASONS: readonly (readonly [string, number])[] = [
  ["damaged", 0.35],
  ["wrong-quantity", 0.3],
  ["wrong-item", 0.2],
  ["missing-documents", 0.15],
];

/** Complaint categories of the complaints that are not about a delivery, with their weights. */
const COMPLAINT_WEIGHTS: readonly (readonly [ComplaintCategory, number])[] = [
  ["commercial", 0.4],
  ["product", 0.25],
  ["billing", 0.2],
  ["other", 0.15],
];

/** Options of {@link generateServiceRecords}. @category Sample */
export interface ServiceRecordsOptions {
  /** Seed of the generator, a safe integer. Default {@link SAMPLE_DEFAULT_SEED}. */
  readonly seed?: number;
  /** The end of the data: nothing is delivered, paid, received or answered at or after it. */
  readonly end: Date;
}

/** The service records of a dataset. @category Sample */
export interface ServiceRecords {
  /** One delivery per order with a positive amount, in order of the orders. */
  readonly deliveries: readonly Delivery[];
  /** Complaints: most non-conforming deliveries, and about 4 % of the orders on other matters. */
  readonly complaints: readonly Complaint[];
  /** Penalties for about half the deliveries more than five days late, in the order's currency. */
  readonly penalties: readonly Penalty[];
  /** Survey answers on a 0-10 scale for about a fifth of the deliveries. */
  readonly surveyResponses: readonly SurveyResponse[];
}

function pick<T>(rng: Rng, weighted: readonly (readonly [T, number])[]): T {
  let left = rng.next();
  for (const [value, weight] of weighted) {
    left -= weight;
    if (left < 0) return value;
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
}

/** A 0-10 score: mostly promoters after a smooth delivery, mostly detractors after a bad one. */
function surveyScore(rng: Rng, lateDays: number, conforming: boolean | undefined): number {
  const trouble = (lateDays > 0 ? 1 : 0) + (lateDays > 5 ? 1 : 0) + (conforming === false ? 2 : 0);
  const base = [9, 7, 5, 4, 3][Math.min(trouble, 4)] as number;
  return Math.max(0, Math.min(10, base + rng.int(4) - 1));
}

/**
 * Generates service records over a dataset's orders (French: livraisons, réclamations, pénalités,
 * enquêtes de satisfaction). Each order with a positive amount gets a delivery promised 5 to 20
 * days after it: about 80 % arrive on time or early, 17 % late (1 to 12 days), and deliveries that
 * would arrive at or after `end` are still waiting. About 6 % of the delivered ones are marked
 * non-conforming (damaged, wrong quantity, wrong item, missing documents) and 3 % are not assessed.
 * Complaints: 70 % of the non-conforming deliveries (category `delivery`), plus about 4 % of the
 * orders on other matters (commercial, product, billing, other), attributed to the order's seller.
 * Penalties: half the deliveries more than five days late, 1 % of the order per day late (at most
 * 10 %), paid 14 days after delivery. Surveys: about 20 % of the deliveries, answered 2 to 10 days
 * after, on a 0-10 scale, lower after a late or non-conforming delivery. The same seed gives the
 * same records; only `end` and the orders decide the rest.
 *
 * @param orders - the dataset's orders
 * @param options - the seed and the end of the data ({@link ServiceRecordsOptions})
 * @returns the {@link ServiceRecords}
 * @example
 * ```ts
 * const { orders, range } = generateSampleDataset();
 * const service = generateServiceRecords(orders, { end: range.end });
 * service.deliveries.length > 0 && service.surveyResponses.every((r) => r.scaleMax.equals(10)); //=> true
 * ```
 * @category Sample
 */
export function generateServiceRecords(orders: readonly Order[], options: ServiceRecordsOptions): ServiceRecords {
  const rng = createRng(options.seed ?? SAMPLE_DEFAULT_SEED, SERVICE_STREAM);
  const end = options.end.getTime();
  const zero = new Dec(0);
  const ten = new Dec(10);
  const deliveries: Delivery[] = [];
  const complaints: Complaint[] = [];
  const penalties: Penalty[] = [];
  const surveyResponses: SurveyResponse[] = [];
  const complain = (order: Order, category: ComplaintCategory, at: number): void => {
    if (at >= end) return;
    complaints.push({
      id: padId("r-", complaints.length + 1, 6),
      customerId: order.customerId,
      receivedAt: new Date(at),
      category,
      ownerId: order.sellerId,
    });
  };
  for (const order of orders) {
    if (!order.amount.isPositive() || order.amount.isZero()) continue;
    const ordered = order.date.getTime();
    const promised = ordered + (5 + rng.int(16)) * DAY_MS;
    const roll = rng.next();
    const lateDays = roll < 0.8 ? 0 : 1 + rng.int(12);
    const early = lateDays === 0 ? rng.int(4) * DAY_MS : 0;
    const deliveredTime = Math.max(ordered + HOUR_MS, promised - early + lateDays * DAY_MS + rng.int(8) * HOUR_MS);
    const delivered = deliveredTime < end;
    const verdict = rng.next();
    const conforming = !delivered || verdict < 0.03 ? undefined : verdict >= 0.09;
    const id = padId("l-", deliveries.length + 1, 6);
    deliveries.push({
      id,
      orderId: order.id,
      customerId: order.customerId,
      promisedAt: new Date(promised),
      requestedAt: new Date(ordered),
      ...(delivered ? { deliveredAt: new Date(deliveredTime) } : {}),
      ...(conforming === undefined ? {} : { conforming }),
      ...(conforming === false ? { nonConformityReason: pick(rng, NON_CONFORMITY_REASONS) } : {}),
    });
    if (!delivered) continue;
    if (conforming === false && rng.chance(0.7)) complain(order, "delivery", deliveredTime + (1 + rng.int(5)) * DAY_MS);
    if (rng.chance(0.04)) complain(order, pick(rng, COMPLAINT_WEIGHTS), ordered + (3 + rng.int(28)) * DAY_MS);
    const paidAt = deliveredTime + 14 * DAY_MS;
    if (lateDays > 5 && rng.chance(0.5) && paidAt < end) {
      const share: Decimal = new Dec(Math.min(lateDays, 10)).div(100);
      penalties.push({
        id: padId("p-", penalties.length + 1, 6),
        customerId: order.customerId,
        date: new Date(paidAt),
        amount: order.amount.times(share).toDecimalPlaces(2),
        currency: order.currency,
        orderId: order.id,
        deliveryId: id,
      });
    }
    const answeredAt = deliveredTime + (2 + rng.int(9)) * DAY_MS;
    if (rng.chance(0.2) && answeredAt < end) {
      surveyResponses.push({
        id: padId("q-", surveyResponses.length + 1, 6),
        customerId: order.customerId,
        date: new Date(answeredAt),
        score: new Dec(surveyScore(rng, lateDays, conforming)),
        scaleMin: zero,
        scaleMax: ten,
      });
    }
  }
  complaints.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || (a.id < b.id ? -1 : 1));
  return { deliveries, complaints, penalties, surveyResponses };
}
