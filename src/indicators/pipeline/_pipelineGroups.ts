/**
 * The groups of {@link pipelineGrouped} over tables: the deals followed by the forecast's orders,
 * split by owner or team, as row indexes.
 *
 * @internal
 * @module
 */
import { Dictionary } from "../../_lib/dictionary.js";
import { groupRowsByOwner, type GroupBy } from "../../_lib/scope.js";
import type { Scope } from "../types.js";
import type { Seller } from "../../model/types.js";
import type { DealColumns, OrderColumns } from "../../table/_columns.js";

/** One group: its key, its scope, its deal rows and its order rows. */
export interface PipelineRowGroup {
  readonly key: string;
  readonly scope: Scope;
  readonly dealRows: number[];
  readonly orderRows: number[];
}

/**
 * Splits deal rows and order rows by owner (`ownerId`, `sellerId`), or by the owner's team in the
 * roster, as {@link groupRowsByOwner} splits the rows of one table made of the deals followed by
 * the orders: groups in roster order, then owners in order of first appearance (deals, then
 * orders); each owner's rows in table order; a team's rows owner by owner (roster order, then
 * first appearance), the order in which the pipeline met a team's records before it read tables,
 * which decides the order of explain ids and which currency a `MixedCurrencyError` names first.
 * Sellers of the roster appear with no rows when they own nothing; owners with no team in the
 * roster are in no team group.
 *
 * @throws InvalidArgumentError when the roster is not an array
 */
export function pipelineRowGroups(deals: DealColumns, orders: OrderColumns | null, groupBy: GroupBy, sellers: readonly Seller[] | undefined): PipelineRowGroup[] {
  const dealCount = deals.size;
  const owners = new Dictionary();
  for (const owner of deals.owners) owners.codeOf(owner);
  const orderCount = orders === null ? 0 : orders.size;
  const ownerCodes = new Uint32Array(dealCount + orderCount);
  ownerCodes.set(deals.ownerCodes);
  if (orders !== null) {
    const codeOfOrderOwner = orders.owners.map((owner) => owners.codeOf(owner));
    for (let row = 0; row < orderCount; row++) ownerCodes[dealCount + row] = codeOfOrderOwner[orders.ownerCodes[row] as number] as number;
  }
  return groupRowsByOwner(ownerCodes, owners.values, groupBy, sellers).map((group) => ({
    key: group.key,
    scope: group.scope,
    dealRows: group.rows.filter((row) => row < dealCount),
    orderRows: group.rows.filter((row) => row >= dealCount).map((row) => row - dealCount),
  }));
}
