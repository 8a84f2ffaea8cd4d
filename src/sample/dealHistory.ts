/**
 * Stage and close-date history for the sample's deals (spec section 7), so that stage conversion
 * and slipped deals have something to read: every deal climbs the pipeline's stages up to its own
 * (won deals to the last one), and about a third of the dated deals had their expected close
 * pushed later once before it settled.
 *
 * @module
 */
import type { DealCloseDateChange, DealStageChange } from "../model/dealHistory.js";
import type { Deal } from "../model/types.js";
import { SAMPLE_DEFAULT_SEED } from "./context.js";
import { createRng } from "./prng.js";
import { DAY_MS } from "./time.js";
import { STAGES } from "./vocabulary.js";

/** The deal history of the sample: what {@link generateDealHistory} returns. @category Sample */
export interface SampleDealHistory {
  /** One change per stage each deal entered, deal by deal, each deal's in time order. */
  readonly stageChanges: readonly DealStageChange[];
  /** The expected close dates each dated deal was given, deal by deal, each deal's in time order. */
  readonly closeDateChanges: readonly DealCloseDateChange[];
}

/** The random stream of the history, apart from the dataset's streams. */
const HISTORY_STREAM = 21;
const STAGE_NAMES = STAGES.map(([name]) => name);
/** Share of dated deals whose expected close was first set earlier, then pushed later. */
const SLIP_SHARE = 0.35;

/**
 * Generates the stage and close-date history of `deals` (the sample's, or any), seeded: the same
 * deals and seed always give the same history.
 *
 * - Stages: a deal enters the pipeline's stages in order (prospecting, qualification, proposal,
 *   negotiation, commitment) up to its own `stage` (the last one when won; the first one when its
 *   stage is not a pipeline stage), at instants spread evenly from `createdAt` to `closedAt` (open
 *   deals: over one week per stage).
 * - Close dates: a deal with an `expectedCloseDate` gets one change at `createdAt`; for about a third
 *   of them that first date is 7 to 45 days earlier, and a second change, between creation and the
 *   first date (and before closing), moves it to the deal's `expectedCloseDate`: a slip.
 *
 * @param deals - the deals (trusted records)
 * @param seed - the seed; default the dataset's ({@link SAMPLE_DEFAULT_SEED})
 * @returns the stage changes and close-date changes
 * @throws never for valid deals
 * @example
 * ```ts
 * const { deals } = generateSampleDataset({ deals: 40 });
 * const history = generateDealHistory(deals);
 * history.stageChanges.length > deals.length; //=> true
 * generateDealHistory(deals).closeDateChanges.length === history.closeDateChanges.length; //=> true
 * ```
 * @category Sample
 */
export function generateDealHistory(deals: readonly Deal[], seed: number = SAMPLE_DEFAULT_SEED): SampleDealHistory {
  const rng = createRng(seed, HISTORY_STREAM);
  const stageChanges: DealStageChange[] = [];
  const closeDateChanges: DealCloseDateChange[] = [];
  const width = Math.max(6, String(deals.length * STAGE_NAMES.length).length);
  const pad = (prefix: string, n: number): string => `${prefix}${String(n).padStart(width, "0")}`;
  for (const deal of deals) {
    const created = deal.createdAt.getTime();
    const own = STAGE_NAMES.indexOf(deal.stage);
    const last = deal.status === "won" ? STAGE_NAMES.length - 1 : Math.max(own, 0);
    const end = deal.closedAt?.getTime() ?? created + (last + 1) * 7 * DAY_MS;
    for (let k = 0; k <= last; k++) {
      stageChanges.push({
        id: pad("sc-", stageChanges.length + 1),
        dealId: deal.id,
        stage: STAGE_NAMES[k] as string,
        enteredAt: new Date(created + Math.floor(((end - created) * k) / (last + 1))),
      });
    }
    const expected = deal.expectedCloseDate?.getTime();
    if (expected === undefined) continue;
    const slipped = rng.next() < SLIP_SHARE;
    const first = slipped ? expected - (7 + rng.int(39)) * DAY_MS : expected;
    closeDateChanges.push({
      id: pad("cc-", closeDateChanges.length + 1),
      dealId: deal.id,
      expectedCloseDate: new Date(first),
      changedAt: new Date(created),
    });
    if (!slipped) continue;
    const latest = Math.min(deal.closedAt?.getTime() ?? first, first);
    const changedAt = latest > created ? created + 1 + Math.floor(rng.next() * (latest - created - 1)) : created;
    closeDateChanges.push({
      id: pad("cc-", closeDateChanges.length + 1),
      dealId: deal.id,
      expectedCloseDate: new Date(expected),
      changedAt: new Date(changedAt),
    });
  }
  return { stageChanges, closeDateChanges };
}
