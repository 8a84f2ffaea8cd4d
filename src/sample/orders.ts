/**
 * Orders of the sample: seasonal volumes, loyal customers, about 3 % credit notes.
 *
 * @module
 * @internal
 */
import { Dec } from "../money/dec.js";
import type { Order } from "../model/types.js";
import { centsToDecimal, padId, skewedFactor, STREAM, type Context } from "./context.js";
import { apportion, createRng } from "./prng.js";
import { fillSortedInstants } from "./time.js";
import { ORDER_SEASON } from "./vocabulary.js";

/** Share of orders that are credit notes. */
export const CREDIT_NOTE_SHARE = 0.03;

/** The orders and what the targets are set from. */
export interface OrdersPart {
  readonly orders: Order[];
  /** Net revenue in cents per seller per year: index `s * years + y`. */
  readonly centsBySellerYear: Float64Array;
}

/** Volume factor of seller `s` in month `m` (the underperformer sells less from the drop on). */
function orderWeight(ctx: Context, s: number, m: number): number {
  const base = (ctx.sellerVigour[s] as number) * (ctx.isKeyAccount[s] === true ? 0.6 : 1);
  return s === ctx.underperformer && m >= ctx.dropMonth ? base * 0.55 : base;
}

function halfHours(cents: number): string {
  const halves = Math.max(1, Math.round((cents * 2) / 9500));
  return halves % 2 === 0 ? String(halves / 2) : `${(halves - 1) / 2}.5`;
}

/**
 * Generates the orders, in date order, ids `o-000001`...
 *
 * Each month gets a share of the orders proportional to its season (August dip, December peak),
 * a 7 % yearly growth and its sellers' volumes; inside a month, sorted business-hours instants.
 * A customer belongs to one seller; early customers order more often and new customers appear
 * over time. About 3 % of orders are credit notes: the negative of all or part of a recent order,
 * with that order's seller and customer. Positive orders sometimes carry a margin (70 %), a
 * discount with its gross amount (25 %) or hours sold (20 %).
 *
 * Every order has every field of {@link Order} (absent ones `undefined`): one object shape, no
 * per-record property stores, so large datasets stay compact and fast to read.
 *
 * @param ctx - the generator's context
 * @returns the orders and the net revenue per seller and year
 * @throws never
 * @example
 * ```ts
 * generateOrders(createContext({ orders: 10 })).orders.length; //=> 10
 * ```
 */
export function generateOrders(ctx: Context): OrdersPart {
  const rng = createRng(ctx.seed, STREAM.orders);
  const n = ctx.orderCount;
  const S = ctx.sellerCount;
  const monthWeights: number[] = [];
  for (let m = 0; m < ctx.months; m++) {
    let sellers = 0;
    for (let s = 0; s < S; s++) sellers += orderWeight(ctx, s, m);
    monthWeights.push((ORDER_SEASON[(ctx.startMonth + m) % 12] as number) * (1 + 0.07 * Math.floor(m / 12)) * sellers);
  }
  const counts = apportion(n, monthWeights);
  let maxCount = 0;
  for (const c of counts) maxCount = Math.max(maxCount, c);

  const orders: Order[] = new Array<Order>(n);
  const cents = new Float64Array(n);
  const sellerOf = new Int32Array(n);
  const customerOf = new Int32Array(n);
  const isCredit = new Uint8Array(n);
  const centsBySellerYear = new Float64Array(S * ctx.years);
  const times = new Float64Array(maxCount);
  const cumulative = new Float64Array(S);
  const width = Math.max(6, String(n).length);
  const { sellerIds, customerIds, underperformer, dropMonth, years } = ctx;
  const isKey = ctx.isKeyAccount;
  let k = 0;

  for (let m = 0; m < ctx.months; m++) {
    const count = counts[m] as number;
    if (count === 0) continue;
    const year = Math.floor(m / 12);
    fillSortedInstants(rng, count, ctx.businessDaysOf(m), times);
    let sum = 0;
    for (let s = 0; s < S; s++) {
      sum += orderWeight(ctx, s, m);
      cumulative[s] = sum;
    }
    for (let i = 0; i < count; i++, k++) {
      const t = times[i] as number;
      const id = padId("o-", k + 1, width);
      let credited = -1;
      if (k >= 20 && rng.next() < CREDIT_NOTE_SHARE) {
        for (let attempt = 0; attempt < 4 && credited < 0; attempt++) {
          const j = k - 1 - rng.int(Math.min(k, 400));
          if (isCredit[j] === 0) credited = j;
        }
      }
      if (credited >= 0) {
        const original = cents[credited] as number;
        const amount = rng.next() < 0.5 ? -original : -Math.max(1, Math.round(original * (0.1 + 0.8 * rng.next())));
        const s = sellerOf[credited] as number;
        const c = customerOf[credited] as number;
        cents[k] = amount;
        sellerOf[k] = s;
        customerOf[k] = c;
        isCredit[k] = 1;
        centsBySellerYear[s * years + year] = (centsBySellerYear[s * years + year] as number) + amount;
        orders[k] = {
          id,
          date: new Date(t),
          amount: centsToDecimal(amount),
          currency: "EUR",
          sellerId: sellerIds[s] as string,
          customerId: customerIds[c] as string,
          grossAmount: undefined,
          discount: undefined,
          margin: undefined,
          hoursSold: undefined,
          offerId: undefined,
          dealId: undefined,
        };
        continue;
      }
      // pick the seller by binary search on the month's cumulative weights
      const target = rng.next() * sum;
      let lo = 0;
      let hi = S - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      const s = lo;
      const c = ctx.pickCustomer(rng, s, t);
      let median = isKey[s] === true ? 480_000 : 185_000;
      median *= 1 + 0.04 * year;
      if (s === underperformer && m >= dropMonth) median *= 0.8;
      let amount = Math.max(500, Math.round(median * skewedFactor(rng)));
      if (rng.next() < 0.3) amount = Math.max(1000, Math.round(amount / 1000) * 1000);
      cents[k] = amount;
      sellerOf[k] = s;
      customerOf[k] = c;
      centsBySellerYear[s * years + year] = (centsBySellerYear[s * years + year] as number) + amount;
      let discount = 0;
      if (rng.next() < 0.25) discount = Math.round(amount * (0.03 + 0.12 * rng.next()));
      const margin = rng.next() < 0.7 ? Math.round(amount * (0.18 + 0.22 * rng.next())) : -1;
      const hours = rng.next() < 0.2;
      orders[k] = {
        id,
        date: new Date(t),
        amount: centsToDecimal(amount),
        currency: "EUR",
        sellerId: sellerIds[s] as string,
        customerId: customerIds[c] as string,
        grossAmount: discount > 0 ? centsToDecimal(amount + discount) : undefined,
        discount: discount > 0 ? centsToDecimal(discount) : undefined,
        margin: margin >= 0 ? centsToDecimal(margin) : undefined,
        hoursSold: hours ? new Dec(halfHours(amount)) : undefined,
        offerId: undefined,
        dealId: undefined,
      };
    }
  }
  return { orders, centsBySellerYear };
}
