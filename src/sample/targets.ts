/**
 * Targets of the sample: annual seller targets, quarterly team targets, an annual company
 * target, and activity targets per seller and type.
 *
 * @module
 * @internal
 */
import { Dec } from "../money/dec.js";
import type { ActivityTarget, RevenueTarget } from "../model/types.js";
import { activityWeights, DONE_SHARE } from "./activities.js";
import { centsToDecimal, padNumber, STREAM, type Context } from "./context.js";
import { createRng } from "./prng.js";
import {
  ACTIVITY_TYPE_LIST,
  ORDER_SEASON,
  TEAMS,
  TYPE_TARGET_GRAIN,
  TYPE_WEIGHTS_FIELD,
  TYPE_WEIGHTS_KEY,
} from "./vocabulary.js";

const THOUSAND_EUR = 100_000;

function roundTo(cents: number, step: number): number {
  return Math.max(step, Math.round(cents / step) * step);
}

function monthLabel(ctx: Context, m: number): string {
  const d = new Date(ctx.monthStarts[m] as number);
  return `${d.getUTCFullYear()}-${padNumber(d.getUTCMonth() + 1, 2)}`;
}

function yearLabel(ctx: Context, y: number): string {
  const d = new Date(ctx.monthStarts[12 * y] as number);
  return ctx.startMonth === 0 ? String(d.getUTCFullYear()) : `fy${d.getUTCFullYear()}`;
}

/**
 * Generates the revenue targets.
 *
 * - Seller, one per year: the first year's target is that year's net revenue x [1.00, 1.10);
 *   later years ask the previous year's revenue x [1.08, 1.14). Rounded to 1,000 EUR.
 * - Team, one per quarter: the team's sellers' targets for the year x the quarter's seasonal
 *   share, rounded to 1,000 EUR (set at team level: they do not roll up from the sellers').
 * - Company, one per year: the sellers' targets x 1.03, rounded to 10,000 EUR.
 *
 * Ids: `rt-s-01-2025`, `rt-north-2025-q1`, `rt-company-2025` (`fy2025` when the year does not
 * start in January).
 *
 * @param ctx - the generator's context
 * @param centsBySellerYear - net revenue per seller and year, in cents (from the orders)
 * @returns the targets: sellers' first, then teams', then the company's
 * @throws never
 * @example
 * ```ts
 * const ctx = createContext({ sellers: 3 });
 * generateRevenueTargets(ctx, generateOrders(ctx).centsBySellerYear).length; //=> 32  (3 x 2 + 3 x 8 + 2)
 * ```
 */
export function generateRevenueTargets(ctx: Context, centsBySellerYear: Float64Array): RevenueTarget[] {
  const rng = createRng(ctx.seed, STREAM.targets);
  const Y = ctx.years;
  const S = ctx.sellerCount;
  const targets: RevenueTarget[] = [];
  const sellerTarget = new Float64Array(S * Y);
  for (let s = 0; s < S; s++) {
    for (let y = 0; y < Y; y++) {
      const basis = y === 0 ? centsBySellerYear[s * Y] : centsBySellerYear[s * Y + y - 1];
      const factor = y === 0 ? 1 + 0.1 * rng.next() : 1.08 + 0.06 * rng.next();
      const cents = roundTo(Math.max(0, basis as number) * factor, THOUSAND_EUR);
      sellerTarget[s * Y + y] = cents;
      targets.push({
        id: `rt-${ctx.sellerIds[s] as string}-${yearLabel(ctx, y)}`,
        level: "seller",
        scopeId: ctx.sellerIds[s],
        start: new Date(ctx.monthStarts[12 * y] as number),
        end: new Date(ctx.monthStarts[12 * y + 12] as number),
        amount: centsToDecimal(cents),
        currency: "EUR",
      });
    }
  }
  const seasonOf = (m: number): number => ORDER_SEASON[(ctx.startMonth + m) % 12] as number;
  let yearSeason = 0;
  for (let m = 0; m < 12; m++) yearSeason += seasonOf(m);
  for (let team = 0; team < TEAMS.length; team++) {
    let members = 0;
    for (let s = 0; s < S; s++) if (ctx.sellerTeam[s] === team) members++;
    if (members === 0) continue;
    for (let y = 0; y < Y; y++) {
      let annual = 0;
      for (let s = 0; s < S; s++) if (ctx.sellerTeam[s] === team) annual += sellerTarget[s * Y + y] as number;
      for (let q = 0; q < 4; q++) {
        const first = 12 * y + 3 * q;
        const share = (seasonOf(first) + seasonOf(first + 1) + seasonOf(first + 2)) / yearSeason;
        targets.push({
          id: `rt-${TEAMS[team] as string}-${yearLabel(ctx, y)}-q${q + 1}`,
          level: "team",
          scopeId: TEAMS[team],
          start: new Date(ctx.monthStarts[first] as number),
          end: new Date(ctx.monthStarts[first + 3] as number),
          amount: centsToDecimal(roundTo(annual * share, THOUSAND_EUR)),
          currency: "EUR",
        });
      }
    }
  }
  for (let y = 0; y < Y; y++) {
    let annual = 0;
    for (let s = 0; s < S; s++) annual += sellerTarget[s * Y + y] as number;
    targets.push({
      id: `rt-company-${yearLabel(ctx, y)}`,
      level: "company",
      start: new Date(ctx.monthStarts[12 * y] as number),
      end: new Date(ctx.monthStarts[12 * y + 12] as number),
      amount: centsToDecimal(roundTo(annual * 1.03, 10 * THOUSAND_EUR)),
      currency: "EUR",
    });
  }
  return targets;
}

/**
 * Generates the activity targets: for each seller and each type except `email` (left without a
 * target, so it is counted but has no rate), a count per month (`call`, `visit`) or per quarter
 * (`meeting`, `demo`, `quote`, `qualified-lead`). The count is the seller's expected number of
 * done activities of that type over the range x 1.05, rounded, at least 1; flat over the year
 * (so the quiet August falls short). Ids: `at-s-01-call-2025-01`, `at-s-01-demo-2025-q1`.
 *
 * @param ctx - the generator's context
 * @returns the targets, seller by seller, type by type, in time order
 * @throws never
 * @example
 * ```ts
 * generateActivityTargets(createContext({ sellers: 1 })).length; //=> 80  (2 x 24 + 4 x 8)
 * ```
 */
export function generateActivityTargets(ctx: Context): ActivityTarget[] {
  const weights = activityWeights(ctx);
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const targets: ActivityTarget[] = [];
  const monthCache = new Map<number, string>();
  const label = (m: number): string => {
    let text = monthCache.get(m);
    if (text === undefined) {
      text = monthLabel(ctx, m);
      monthCache.set(m, text);
    }
    return text;
  };
  for (let s = 0; s < ctx.sellerCount; s++) {
    const sellerId = ctx.sellerIds[s] as string;
    const perMonth = (ctx.activityCount * (weights[s] as number)) / weightSum / ctx.months;
    const mix = ctx.isKeyAccount[s] === true ? TYPE_WEIGHTS_KEY : TYPE_WEIGHTS_FIELD;
    for (let type = 0; type < ACTIVITY_TYPE_LIST.length; type++) {
      const grain = TYPE_TARGET_GRAIN[type];
      if (grain === null || grain === undefined) continue;
      const typeName = ACTIVITY_TYPE_LIST[type] as string;
      const months = grain === "month" ? 1 : 3;
      const count = new Dec(Math.max(1, Math.round(perMonth * (mix[type] as number) * DONE_SHARE * months * 1.05)));
      for (let m = 0; m < ctx.months; m += months) {
        const suffix = grain === "month" ? label(m) : `${yearLabel(ctx, Math.floor(m / 12))}-q${(m % 12) / 3 + 1}`;
        targets.push({
          id: `at-${sellerId}-${typeName}-${suffix}`,
          level: "seller",
          scopeId: sellerId,
          type: typeName,
          start: new Date(ctx.monthStarts[m] as number),
          end: new Date(ctx.monthStarts[m + months] as number),
          count,
        });
      }
    }
  }
  return targets;
}
