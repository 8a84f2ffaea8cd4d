/**
 * Deals of the sample: every stage, open / won / lost consistent with their dates, loss reasons
 * and competitors, and one seller's burst of lost deals.
 *
 * @module
 * @internal
 */
import { Dec } from "../money/dec.js";
import type { Deal, DealStatus } from "../model/types.js";
import { centsToDecimal, padId, skewedFactor, STREAM, type Context } from "./context.js";
import { apportion, createRng, cumulate, pickCumulative, type Rng } from "./prng.js";
import { businessInstant, DAY_MS, dayStartMs, fillSortedInstants, toWeekday } from "./time.js";
import {
  COMPETITORS,
  DEAL_SEASON,
  EXPLICIT_PROBABILITIES,
  LOSS_REASONS,
  SPIKE_COMPETITOR,
  STAGES,
} from "./vocabulary.js";

/** The deals, plus typed-array views the activity generator uses to link activities to deals. */
export interface DealsPart {
  readonly deals: Deal[];
  /** `createdAt` of each deal, epoch ms (deals are sorted by it). */
  readonly createdMs: Float64Array;
  /** `closedAt` of each deal, epoch ms, `Infinity` for open deals. */
  readonly closedMs: Float64Array;
  /** Owner (seller index) of each deal. */
  readonly ownerOf: Int32Array;
  /** The lost deals of the spike. */
  readonly spikeCount: number;
}

/**
 * Number of extra lost deals in the spike month: 2 % of the deals, at least 8; none below 20 deals.
 *
 * @param dealCount - the requested number of deals
 * @returns how many of them form the spike
 * @throws never
 * @example
 * ```ts
 * spikeSize(600); //=> 12
 * ```
 */
export function spikeSize(dealCount: number): number {
  return dealCount >= 20 ? Math.max(8, Math.round(dealCount * 0.02)) : 0;
}

const STAGE_NAMES = STAGES.map(([name]) => name);
const LOST_STAGE_WEIGHTS = cumulate([0.15, 0.2, 0.3, 0.25, 0.1]);
const REASON_WEIGHTS = cumulate(LOSS_REASONS.map(([, weight]) => weight));

function customerFor(ctx: Context, rng: Rng, s: number, t: number): string | undefined {
  const roll = rng.next();
  if (roll < 0.6) return ctx.customerIds[ctx.pickCustomer(rng, s, t)];
  if (roll < 0.95) return ctx.prospectIds[rng.int(ctx.prospectIds.length)];
  return undefined;
}

function amountCents(ctx: Context, rng: Rng, s: number): number {
  const median = ctx.isKeyAccount[s] === true ? 4_500_000 : 1_200_000;
  const cents = Math.max(50_000, Math.round(median * skewedFactor(rng)));
  return rng.next() < 0.8 ? Math.max(10_000, Math.round(cents / 10_000) * 10_000) : cents;
}

/** A deal's fields before it gets its id (its number depends on the merge with the spike). */
interface DealDraft {
  owner: number;
  customerId: string | undefined;
  amount: number;
  stage: string;
  probability: string | undefined;
  created: number;
  expectedDay: number;
  status: DealStatus;
  closed: number;
  lossReason: string | undefined;
  competitor: string | undefined;
}

/**
 * Generates the deals, sorted by `createdAt`, ids `d-000001`...
 *
 * Each deal is created on a business-hours instant (seasonal volumes), owned by a seller, for one
 * of their customers (60 %), a prospect (35 %) or nobody yet (5 %). It is planned to close 20 to
 * 120 days later (45 to 185 for key accounts) and really closes some days before or after; won
 * at 42 % (22 % for the underperforming seller after the drop). A deal whose real close falls at
 * or after the end of the range is still open, in a stage that follows its progress; won deals
 * sit in commitment (or negotiation), lost ones anywhere, with a loss reason and often a
 * competitor. 88 % carry an expected close date (a UTC midnight), 18 % an explicit probability.
 * Besides, one seller loses a burst of deals to a new competitor in one month (the spike).
 *
 * Every deal has every field of {@link Deal} (absent ones `undefined`): one object shape.
 *
 * @param ctx - the generator's context
 * @returns the deals and their typed-array views
 * @throws never
 * @example
 * ```ts
 * generateDeals(createContext({ deals: 50 })).deals.length; //=> 50
 * ```
 */
export function generateDeals(ctx: Context): DealsPart {
  const rng = createRng(ctx.seed, STREAM.deals);
  const S = ctx.sellerCount;
  const n = ctx.dealCount;
  const spikeCount = spikeSize(n);
  const normalCount = n - spikeCount;
  const ownerWeights: number[] = [];
  let weightSum = 0;
  for (let s = 0; s < S; s++) {
    const w = (ctx.sellerVigour[s] as number) * (ctx.isKeyAccount[s] === true ? 0.6 : 1);
    ownerWeights.push(w);
    weightSum += w;
  }
  const owners = cumulate(ownerWeights);
  const monthWeights: number[] = [];
  for (let m = 0; m < ctx.months; m++)
    monthWeights.push((DEAL_SEASON[(ctx.startMonth + m) % 12] as number) * weightSum);
  const counts = apportion(normalCount, monthWeights);
  let maxCount = spikeCount;
  for (const c of counts) maxCount = Math.max(maxCount, c);
  const times = new Float64Array(maxCount);
  const spikeStart = ctx.monthStarts[ctx.spikeMonth] as number;

  const deals: Deal[] = new Array<Deal>(n);
  const createdMs = new Float64Array(n);
  const closedMs = new Float64Array(n);
  const ownerOf = new Int32Array(n);
  const width = Math.max(6, String(n).length);
  let next = 0;
  const emit = (d: DealDraft): void => {
    deals[next] = {
      id: padId("d-", next + 1, width),
      ownerId: ctx.sellerIds[d.owner] as string,
      customerId: d.customerId,
      amount: centsToDecimal(d.amount),
      currency: "EUR",
      stage: d.stage,
      probability: d.probability === undefined ? undefined : new Dec(d.probability),
      createdAt: new Date(d.created),
      expectedCloseDate: d.expectedDay < 0 ? undefined : new Date(d.expectedDay),
      status: d.status,
      closedAt: d.closed === Infinity ? undefined : new Date(d.closed),
      lossReason: d.lossReason,
      competitor: d.competitor,
    };
    createdMs[next] = d.created;
    closedMs[next] = d.closed;
    ownerOf[next] = d.owner;
    next++;
  };

  // The spike, drawn first: one seller loses a burst of deals to a new competitor in one month.
  const spike: DealDraft[] = [];
  if (spikeCount > 0) {
    const s = ctx.spikeSeller;
    fillSortedInstants(rng, spikeCount, ctx.businessDaysOf(ctx.spikeMonth), times);
    const firstDay = ctx.businessDaysOf(0)[0] as number;
    for (let i = 0; i < spikeCount; i++) {
      const closed = times[i] as number;
      let created = toWeekday(businessInstant(rng, dayStartMs(closed) - (15 + rng.int(75)) * DAY_MS));
      if (created < ctx.startMs) created = businessInstant(rng, firstDay);
      spike.push({
        owner: s,
        customerId: ctx.customerIds[ctx.pickCustomer(rng, s, created)],
        amount: amountCents(ctx, rng, s),
        stage: rng.next() < 0.5 ? "proposal" : "negotiation",
        probability: undefined,
        created,
        expectedDay: Math.max(dayStartMs(created), dayStartMs(closed) - rng.int(10) * DAY_MS),
        status: "lost",
        closed,
        lossReason: rng.next() < 0.7 ? "new-competitor" : "price",
        competitor: SPIKE_COMPETITOR,
      });
    }
    spike.sort((a, b) => a.created - b.created);
  }
  let nextSpike = 0;

  for (let m = 0; m < ctx.months; m++) {
    const count = counts[m] as number;
    if (count === 0) continue;
    fillSortedInstants(rng, count, ctx.businessDaysOf(m), times);
    for (let i = 0; i < count; i++) {
      const created = times[i] as number;
      while (nextSpike < spike.length && (spike[nextSpike] as DealDraft).created < created)
        emit(spike[nextSpike++] as DealDraft);
      const s = pickCumulative(owners, rng.next());
      const key = ctx.isKeyAccount[s] === true;
      const customerId = customerFor(ctx, rng, s, created);
      const amount = amountCents(ctx, rng, s);
      const cycle = (key ? 45 : 20) + rng.int(key ? 140 : 100);
      const expectedDay = dayStartMs(created) + cycle * DAY_MS;
      const dropped = s === ctx.underperformer && m >= ctx.dropMonth;
      const won = rng.next() < (dropped ? 0.22 : 0.42);
      const slip = won ? -7 + rng.int(50) : -35 + rng.int(75);
      let closed = toWeekday(businessInstant(rng, expectedDay + slip * DAY_MS));
      if (closed <= created) closed = toWeekday(created + (1 + rng.int(5)) * DAY_MS);
      const dated = rng.next() < 0.88;
      const probability =
        rng.next() < 0.18 ? EXPLICIT_PROBABILITIES[rng.int(EXPLICIT_PROBABILITIES.length)] : undefined;
      let stage: string;
      let status: DealStatus;
      let lossReason: string | undefined;
      let competitor: string | undefined;
      if (closed >= ctx.endMs) {
        const progress = Math.min(1, (ctx.endMs - created) / (expectedDay - created));
        stage = STAGE_NAMES[Math.min(4, Math.floor((progress * 0.8 + rng.next() * 0.3) * 5))] as string;
        status = "open";
        closed = Infinity;
      } else if (won) {
        stage = rng.next() < 0.9 ? "commitment" : "negotiation";
        status = "won";
      } else {
        stage = STAGE_NAMES[pickCumulative(LOST_STAGE_WEIGHTS, rng.next())] as string;
        status = "lost";
        lossReason = (
          LOSS_REASONS[pickCumulative(REASON_WEIGHTS, rng.next())] as readonly [string, number, unknown]
        )[0];
        const named =
          lossReason === "new-competitor"
            ? 1
            : lossReason === "price"
              ? 0.7
              : lossReason === "missing-features"
                ? 0.5
                : 0.2;
        if (rng.next() < named) {
          const pool = closed >= spikeStart ? COMPETITORS.length : COMPETITORS.length - 1;
          competitor = COMPETITORS[rng.int(pool)];
        }
      }
      emit({
        owner: s,
        customerId,
        amount,
        stage,
        probability,
        created,
        expectedDay: dated ? expectedDay : -1,
        status,
        closed,
        lossReason,
        competitor,
      });
    }
  }
  while (nextSpike < spike.length) emit(spike[nextSpike++] as DealDraft);
  return { deals, createdMs, closedMs, ownerOf, spikeCount };
}
