/**
 * Activities of the sample: every type and status, some linked to customers and deals, with
 * durations and cancellation causes.
 *
 * @module
 * @internal
 */
import type { Activity, Deal } from "../model/types.js";
import { padId, STREAM, type Context } from "./context.js";
import type { DealsPart } from "./deals.js";
import { apportion, createRng, cumulate, pickCumulative, type Rng } from "./prng.js";
import { DAY_MS, fillSortedInstants } from "./time.js";
import {
  ACTIVITY_SEASON,
  ACTIVITY_TYPE_LIST,
  CANCELLATION_CAUSES,
  TYPE_WEIGHTS_FIELD,
  TYPE_WEIGHTS_KEY,
} from "./vocabulary.js";

/** Share of activities that end up done (outside the last 30 days, which are mostly planned). */
export const DONE_SHARE = 0.88;

const CALL = 0;
const EMAIL = 1;
const MEETING = 2;
const DEMO = 3;
const QUOTE = 4;
const LEAD = 5;
const VISIT = 6;

const FIELD_TYPES = cumulate(TYPE_WEIGHTS_FIELD);
const KEY_TYPES = cumulate(TYPE_WEIGHTS_KEY);
const MEETING_MINUTES: readonly number[] = [30, 45, 60, 90];
const CAUSES = cumulate(CANCELLATION_CAUSES.map(([, weight]) => weight));

/**
 * Activity volume factor of each seller: key-account sellers do fewer, longer activities; the
 * underperforming seller works 20 % more than her peers (so her drop reads as "high effort, low
 * result": a method to review, not a lack of effort).
 *
 * @param ctx - the generator's context
 * @returns one weight per seller
 * @throws never
 * @example
 * ```ts
 * activityWeights(createContext({ sellers: 3 })).length; //=> 3
 * ```
 */
export function activityWeights(ctx: Context): number[] {
  const weights: number[] = [];
  for (let s = 0; s < ctx.sellerCount; s++) {
    const base =
      (0.9 + (0.2 * ((ctx.sellerVigour[s] as number) - 0.8)) / 0.4) * (ctx.isKeyAccount[s] === true ? 0.8 : 1);
    weights.push(s === ctx.underperformer ? base * 1.2 : base);
  }
  return weights;
}

function duration(rng: Rng, type: number): number | undefined {
  switch (type) {
    case CALL:
      return rng.next() < 0.9 ? 5 + rng.int(26) : undefined;
    case MEETING:
      return MEETING_MINUTES[rng.int(4)];
    case DEMO:
      return 45 + 15 * rng.int(6);
    case VISIT:
      return rng.next() < 0.88 ? 60 + 15 * rng.int(9) : undefined;
    default:
      return undefined;
  }
}

/** Index of an open deal of seller `s` at instant `t` (created at or before, closed after), or -1. */
function openDealAt(part: DealsPart, ownDeals: Int32Array, from: number, length: number, rng: Rng, t: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((part.createdMs[ownDeals[from + mid] as number] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return -1;
  const window = Math.min(lo, 40);
  for (let attempt = 0; attempt < 6; attempt++) {
    const d = ownDeals[from + lo - 1 - rng.int(window)] as number;
    if ((part.closedMs[d] as number) > t) return d;
  }
  return -1;
}

/**
 * Generates the activities, in date order, ids `a-0000001`...
 *
 * Volumes follow the season (quiet in August and late December); the type mix depends on the
 * seller (key accounts: more meetings and visits). Status: in the last 30 days of the range 60 %
 * are still planned; before, 88 % done, 8 % cancelled (with a cause: customer, service, weather,
 * other) and 4 % planned but never done. Emails are never cancelled. Calls, meetings, demos and
 * visits carry durations (some visits and calls without one); a third of calls, emails,
 * meetings, demos and quotes work on a deal of the seller open at the time (then they name its
 * customer); visits, meetings, demos and quotes always name a customer, qualified leads a prospect.
 *
 * Every activity has every field of {@link Activity} (absent ones `undefined`): one object shape.
 *
 * @param ctx - the generator's context
 * @param dealsPart - the deals, to link activities to open deals
 * @returns the activities
 * @throws never
 * @example
 * ```ts
 * const ctx = createContext({ activities: 30 });
 * generateActivities(ctx, generateDeals(ctx)).length; //=> 30
 * ```
 */
export function generateActivities(ctx: Context, dealsPart: DealsPart): Activity[] {
  const rng = createRng(ctx.seed, STREAM.activities);
  const n = ctx.activityCount;
  const S = ctx.sellerCount;
  const weights = activityWeights(ctx);
  const owners = cumulate(weights);
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const monthWeights: number[] = [];
  for (let m = 0; m < ctx.months; m++) {
    monthWeights.push(
      (ACTIVITY_SEASON[(ctx.startMonth + m) % 12] as number) * (1 + 0.03 * Math.floor(m / 12)) * weightSum,
    );
  }
  const counts = apportion(n, monthWeights);
  let maxCount = 0;
  for (const c of counts) maxCount = Math.max(maxCount, c);
  const times = new Float64Array(maxCount);

  // Each seller's deals, in creation order (counting sort on the owner).
  const dealCount = dealsPart.deals.length;
  const dealStart = new Int32Array(S + 1);
  for (let d = 0; d < dealCount; d++) {
    const slot = (dealsPart.ownerOf[d] as number) + 1;
    dealStart[slot] = (dealStart[slot] as number) + 1;
  }
  for (let s = 0; s < S; s++) dealStart[s + 1] = (dealStart[s + 1] as number) + (dealStart[s] as number);
  const ownDeals = new Int32Array(dealCount);
  const fill = dealStart.slice(0, S);
  for (let d = 0; d < dealCount; d++) {
    const s = dealsPart.ownerOf[d] as number;
    ownDeals[fill[s] as number] = d;
    fill[s] = (fill[s] as number) + 1;
  }

  const activities: Activity[] = new Array<Activity>(n);
  const width = Math.max(7, String(n).length);
  const plannedFrom = ctx.endMs - 30 * DAY_MS;
  const { sellerIds, customerIds, prospectIds } = ctx;
  const deals = dealsPart.deals;
  let k = 0;
  for (let m = 0; m < ctx.months; m++) {
    const count = counts[m] as number;
    if (count === 0) continue;
    fillSortedInstants(rng, count, ctx.businessDaysOf(m), times);
    for (let i = 0; i < count; i++, k++) {
      const t = times[i] as number;
      const s = pickCumulative(owners, rng.next());
      const type = pickCumulative(ctx.isKeyAccount[s] === true ? KEY_TYPES : FIELD_TYPES, rng.next());
      let status: Activity["status"];
      const roll = rng.next();
      if (t >= plannedFrom) status = roll < 0.6 ? "planned" : roll < 0.95 ? "done" : "cancelled";
      else status = roll < DONE_SHARE ? "done" : roll < 0.96 ? "cancelled" : "planned";
      if (type === EMAIL && status === "cancelled") status = "done";
      let customerId: string | undefined;
      let dealId: string | undefined;
      if (type <= QUOTE && rng.next() < 0.35) {
        const from = dealStart[s] as number;
        const d = openDealAt(dealsPart, ownDeals, from, (dealStart[s + 1] as number) - from, rng, t);
        if (d >= 0) {
          const deal = deals[d] as Deal;
          dealId = deal.id;
          customerId = deal.customerId;
        }
      }
      if (customerId === undefined) {
        if (type === LEAD) customerId = prospectIds[rng.int(prospectIds.length)];
        else if (type === VISIT || type === MEETING || type === DEMO || type === QUOTE) {
          customerId = customerIds[ctx.pickCustomer(rng, s, t)];
        } else if (rng.next() < (type === CALL ? 0.8 : 0.7)) customerId = customerIds[ctx.pickCustomer(rng, s, t)];
      }
      const cancelled = status === "cancelled";
      activities[k] = {
        id: padId("a-", k + 1, width),
        ownerId: sellerIds[s] as string,
        type: ACTIVITY_TYPE_LIST[type] as string,
        date: new Date(t),
        status,
        customerId,
        dealId,
        durationMinutes: cancelled ? undefined : duration(rng, type),
        cancellationCause: cancelled
          ? (CANCELLATION_CAUSES[pickCumulative(CAUSES, rng.next())] as readonly [string, number])[0]
          : undefined,
      };
    }
  }
  return activities;
}
