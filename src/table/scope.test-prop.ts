import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { goodOrderRow, goodSellerRow } from "../../test/reliability/arbitraries.js";
import { parseOrders } from "../model/parseOrders.js";
import { parseSellers } from "../model/parseSellers.js";
import { orderTable } from "./orderTable.js";
import { teamsOf } from "../model/_teams.js";
import { groupRows, resolveScope, type GroupBy } from "./scope.js";
import type { Scope, Seller } from "../model/types.js";
import type { OrderColumns } from "./_columns.js";

// The table forms of the scope helpers agree with plain record-by-record references: groupRows
// makes the groups of groupRecords below (same keys, scopes, order and members, rows in table
// order), and owners lists the owners includesOwner keeps.

/** Reference: records grouped one by one, roster first, then owners in order of first appearance. */
function groupRecords<T>(
  records: readonly T[],
  ownerOf: (record: T) => string,
  groupBy: GroupBy,
  sellers: readonly Seller[],
): { key: string; scope: Scope; records: T[] }[] {
  const byOwner = new Map<string, T[]>();
  for (const seller of sellers) if (!byOwner.has(seller.id)) byOwner.set(seller.id, []);
  for (const record of records) {
    const list = byOwner.get(ownerOf(record));
    if (list === undefined) byOwner.set(ownerOf(record), [record]);
    else list.push(record);
  }
  if (groupBy === "seller")
    return [...byOwner].map(([key, list]) => ({ key, scope: { level: "seller", sellerId: key }, records: list }));
  const teams = teamsOf(sellers);
  const byTeam = new Map<string, T[]>();
  for (const seller of sellers)
    if (seller.teamId !== undefined && !byTeam.has(seller.teamId)) byTeam.set(seller.teamId, []);
  for (const [owner, list] of byOwner) {
    const team = teams.get(owner);
    if (team !== undefined) byTeam.get(team)?.push(...list);
  }
  return [...byTeam].map(([key, list]) => ({ key, scope: { level: "team", teamId: key }, records: list }));
}

const input = fc.tuple(
  fc.array(goodOrderRow, { maxLength: 30 }),
  fc.array(goodSellerRow, { maxLength: 6 }),
  fc.constantFrom("seller" as const, "team" as const),
);

test.prop([input])(
  "groupRows makes groupRecords's groups, with row indexes in table order",
  ([orderRows, sellerRows, groupBy]) => {
    const orders = parseOrders(orderRows).records;
    const sellers = parseSellers(sellerRows).records;
    const table = orderTable(orders) as OrderColumns;
    const byRecords = groupRecords(orders, (order) => order.sellerId, groupBy, sellers);
    const byRows = groupRows(table.ownerCodes, table.owners, groupBy, sellers);
    expect(byRows.map((group) => [group.key, group.scope])).toEqual(byRecords.map((group) => [group.key, group.scope]));
    byRows.forEach((group, index) => {
      expect(group.rows).toEqual([...group.rows].sort((a, b) => a - b));
      const ids = (list: readonly { id: string }[]): string[] => list.map((order) => order.id).sort();
      expect(ids(group.rows.map((row) => orders[row] as { id: string }))).toEqual(ids(byRecords[index]?.records ?? []));
    });
  },
);

test.prop([input, fc.constantFrom("s-1", "__proto__", "t-1", "constructor")])(
  "owners lists exactly the owners includesOwner keeps",
  ([orderRows, sellerRows], id) => {
    const orders = parseOrders(orderRows).records;
    const sellers = parseSellers(sellerRows).records;
    const everyOwner = [
      ...new Set([...orders.map((order) => order.sellerId), ...sellers.map((seller) => seller.id), id]),
    ];
    for (const scope of [
      undefined,
      { level: "seller" as const, sellerId: id },
      { level: "team" as const, teamId: id },
    ]) {
      const filter = resolveScope(scope, sellers);
      const kept = everyOwner.filter((owner) => filter.includesOwner(owner));
      if (filter.owners === undefined)
        expect(kept).toEqual(everyOwner); // the company: every owner
      else expect([...filter.owners].sort()).toEqual(kept.sort());
    }
  },
);
