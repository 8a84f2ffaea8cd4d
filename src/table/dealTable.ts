import type { Decimal } from "decimal.js";
import { Dictionary, NO_CODE } from "../_lib/dictionary.js";
import { scaledInteger } from "../_lib/exactSum.js";
import type { Deal, DealStatus } from "../model/types.js";
import { branded, MoneyColumnsBuilder, type MoneyColumns } from "./_columns.js";

/** Status codes of {@link DealTable.statusCodes}: the index of the status in this list. */
export const DEAL_STATUS_CODES: readonly DealStatus[] = ["open", "won", "lost"];

/**
 * Deals stored by column: what the pipeline and lost-deal indicators read, one typed array per
 * field, built once by {@link dealTable}. Pass it wherever an array of deals is accepted to skip
 * the per-call conversion.
 *
 * Absent dates are `NaN`; absent strings have the code `0xffffffff`. Treat it as read-only.
 */
export interface DealTable extends MoneyColumns {
  /** What the table holds. */
  readonly kind: "deals";
  /** Number of rows. */
  readonly size: number;
  /** Each row's deal id. */
  readonly ids: readonly string[];
  /** Each row's owner, as a code into `owners`. */
  readonly ownerCodes: Uint32Array;
  /** The distinct owner ids, in order of first appearance. */
  readonly owners: readonly string[];
  /** Each row's status, as an index into {@link DEAL_STATUS_CODES} (0 open, 1 won, 2 lost). */
  readonly statusCodes: Uint8Array;
  /** Each row's `createdAt`, in epoch milliseconds. */
  readonly createdTimes: Float64Array;
  /** Each row's `closedAt` in epoch milliseconds, `NaN` when absent. */
  readonly closedTimes: Float64Array;
  /** Each row's `expectedCloseDate` in epoch milliseconds, `NaN` when absent. */
  readonly expectedCloseTimes: Float64Array;
  /** Each row's stage, as a code into `stages`. */
  readonly stageCodes: Uint32Array;
  /** The distinct stages, in order of first appearance. */
  readonly stages: readonly string[];
  /** Each row's own probability, `undefined` when absent. */
  readonly probabilities: readonly (Decimal | undefined)[];
  /** Each row's probability x 10^4 as a safe integer, `NaN` when absent or not one. */
  readonly scaledProbabilities: Float64Array;
  /** Each row's loss reason, as a code into `lossReasons` (`0xffffffff` when absent). */
  readonly lossReasonCodes: Uint32Array;
  /** The distinct loss reasons, in order of first appearance. */
  readonly lossReasons: readonly string[];
  /** Each row's competitor, as a code into `competitors` (`0xffffffff` when absent). */
  readonly competitorCodes: Uint32Array;
  /** The distinct competitors, in order of first appearance. */
  readonly competitors: readonly string[];
}

const STATUS_CODE: ReadonlyMap<string, number> = new Map(DEAL_STATUS_CODES.map((status, code) => [status, code]));

function optionalCode(dictionary: Dictionary, value: string | undefined): number {
  return value === undefined ? NO_CODE : dictionary.codeOf(value);
}

/**
 * Builds the columnar table of a list of deals, once, for repeated indicator calls over the same
 * deals: each later call reads typed arrays instead of one object per deal. The figures are the
 * same as from the array (each indicator's property tests hold both inputs equal).
 *
 * Formula: row `i` of every column is `deals[i]`'s field; strings are dictionary-encoded.
 *
 * @param deals - valid deals (from `parseDeals`); the table is a snapshot of them
 * @returns the table, in the deals' order
 * @throws never for valid deals (indicators trust records, spec section 1)
 * @example
 * ```ts
 * const table = dealTable(deals);
 * table.size; //=> deals.length
 * pipeline(table, { asOf }); // same result as pipeline(deals, { asOf })
 * ```
 */
export function dealTable(deals: readonly Deal[]): DealTable {
  const size = deals.length;
  const ids = new Array<string>(size);
  const ownerCodes = new Uint32Array(size);
  const owners = new Dictionary();
  const statusCodes = new Uint8Array(size);
  const createdTimes = new Float64Array(size);
  const closedTimes = new Float64Array(size);
  const expectedCloseTimes = new Float64Array(size);
  const stageCodes = new Uint32Array(size);
  const stages = new Dictionary();
  const probabilities = new Array<Decimal | undefined>(size);
  const scaledProbabilities = new Float64Array(size);
  const lossReasonCodes = new Uint32Array(size);
  const lossReasons = new Dictionary();
  const competitorCodes = new Uint32Array(size);
  const competitors = new Dictionary();
  const money = new MoneyColumnsBuilder(size);
  for (let row = 0; row < size; row++) {
    const deal = deals[row] as Deal;
    ids[row] = deal.id;
    ownerCodes[row] = owners.codeOf(deal.ownerId);
    statusCodes[row] = STATUS_CODE.get(deal.status) as number;
    createdTimes[row] = deal.createdAt.getTime();
    closedTimes[row] = deal.closedAt === undefined ? Number.NaN : deal.closedAt.getTime();
    expectedCloseTimes[row] = deal.expectedCloseDate === undefined ? Number.NaN : deal.expectedCloseDate.getTime();
    stageCodes[row] = stages.codeOf(deal.stage);
    const probability = deal.probability;
    probabilities[row] = probability;
    scaledProbabilities[row] = probability === undefined ? Number.NaN : (scaledInteger(probability) ?? Number.NaN);
    lossReasonCodes[row] = optionalCode(lossReasons, deal.lossReason);
    competitorCodes[row] = optionalCode(competitors, deal.competitor);
    money.set(row, deal.amount, deal.currency);
  }
  return branded({
    kind: "deals",
    size,
    ids,
    ownerCodes,
    owners: owners.values,
    statusCodes,
    createdTimes,
    closedTimes,
    expectedCloseTimes,
    stageCodes,
    stages: stages.values,
    probabilities,
    scaledProbabilities,
    lossReasonCodes,
    lossReasons: lossReasons.values,
    competitorCodes,
    competitors: competitors.values,
    ...money.columns(),
  });
}
