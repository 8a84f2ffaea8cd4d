/**
 * The groups of {@link pipelineGrouped} over tables: the deals followed by the forecast's orders,
 * split by owner or team, as row indexes.
 *
 * @internal
 * @module
 */
import { teamsOf, type GroupBy } from "../../_lib/scope.js";
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

interface Owned {
  readonly dealRows: number[];
  readonly orderRows: number[];
}

/** Each owner code's rows, in table order. */
function rowsByOwnerCode(ownerCodes: Uint32Array, owners: readonly string[]): number[][] {
  const rows: number[][] = owners.map(() => []);
  for (let row = 0; row < ownerCodes.length; row++) (rows[ownerCodes[row] as number] as number[]).push(row);
  return rows;
}

/**
 * Splits deal rows and order rows by owner (`ownerId`, `sellerId`), or by the owner's team in the
 * roster: groups in roster order, then owners in order of first appearance (deals, then orders);
 * each owner's rows in table order; a team's rows owner by owner (roster order, then first
 * appearance), the order in which the pipeline met a team's records before it read tables, which
 * decides the order of explain ids and which currency a `MixedCurrencyError` names first. Sellers of the roster appear with no rows when they own nothing; owners with no
 * team in the roster are in no team group.
 *
 * @throws InvalidArgumentError when the roster is not an array
 */
export function pipelineRowGroups(deals: DealColumns, orders: OrderColumns | null, groupBy: GroupBy, sellers: readonly Seller[] | undefined): PipelineRowGroup[] {
  // teamsOf checks the roster first (an array, else InvalidArgumentError);
  // seller grouping reads no team, so it only checks.
  const teams = teamsOf(groupBy === "team" || !Array.isArray(sellers) ? sellers : undefined);
  const byOwner = new Map<string, Owned>();
  for (const seller of sellers ?? []) if (!byOwner.has(seller.id)) byOwner.set(seller.id, { dealRows: [], orderRows: [] });
  const dealRows = rowsByOwnerCode(deals.ownerCodes, deals.owners);
  for (let code = 0; code < deals.owners.length; code++) {
    const owner = deals.owners[code] as string;
    const rows = dealRows[code] as number[];
    const listed = byOwner.get(owner);
    if (listed === undefined) byOwner.set(owner, { dealRows: rows, orderRows: [] });
    else for (const row of rows) listed.dealRows.push(row);
  }
  if (orders !== null) {
    const orderRows = rowsByOwnerCode(orders.ownerCodes, orders.owners);
    for (let code = 0; code < orders.owners.length; code++) {
      const owner = orders.owners[code] as string;
      const rows = orderRows[code] as number[];
      const listed = byOwner.get(owner);
      if (listed === undefined) byOwner.set(owner, { dealRows: [], orderRows: rows });
      else for (const row of rows) listed.orderRows.push(row);
    }
  }
  if (groupBy === "seller") {
    return [...byOwner].map(([key, owned]) => ({ key, scope: { level: "seller", sellerId: key }, dealRows: owned.dealRows, orderRows: owned.orderRows }));
  }
  const byTeam = new Map<string, Owned>();
  for (const seller of sellers ?? []) if (seller.teamId !== undefined && !byTeam.has(seller.teamId)) byTeam.set(seller.teamId, { dealRows: [], orderRows: [] });
  for (const [owner, owned] of byOwner) {
    const team = teams.get(owner);
    if (team === undefined) continue;
    // One push per row: spreading a long list into push() overflows the call stack.
    const members = byTeam.get(team) as Owned;
    for (const row of owned.dealRows) members.dealRows.push(row);
    for (const row of owned.orderRows) members.orderRows.push(row);
  }
  return [...byTeam].map(([key, owned]) => ({ key, scope: { level: "team", teamId: key }, dealRows: owned.dealRows, orderRows: owned.orderRows }));
}
