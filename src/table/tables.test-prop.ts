import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { goodActivityRow, goodDealRow, goodOrderRow } from "../../test/reliability/arbitraries.js";
import { parseActivities } from "../model/parseActivities.js";
import { parseDeals } from "../model/parseDeals.js";
import { parseOrders } from "../model/parseOrders.js";
import type { Activity, Deal, Order } from "../model/types.js";
import {
  ACTIVITY_STATUS_CODES,
  amountAt,
  DEAL_STATUS_CODES,
  probabilityAt,
  type ActivityColumns,
  type DealColumns,
  type OrderColumns,
} from "./_columns.js";
import { activityTable } from "./activityTable.js";
import { dealTable } from "./dealTable.js";
import { orderTable } from "./orderTable.js";
import { scaledInteger } from "../money/exactSum.js";
import { NO_CODE } from "./dictionary.js";

// A table is a lossless column-by-column copy of its records: reading row i back from the columns
// gives record i's fields (the indicators' property tests then hold table and array inputs equal).

const rows = <T>(row: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(row, { maxLength: 40 });

const optionalOf = (values: readonly string[], code: number): string | undefined =>
  code === NO_CODE ? undefined : values[code];
const timeOrUndefined = (time: number): number | undefined => (Number.isNaN(time) ? undefined : time);

test.prop([rows(goodOrderRow)])("orderTable: every row reads back as its order", (raw) => {
  const orders: Order[] = parseOrders(raw).records;
  const table = orderTable(orders) as OrderColumns;
  expect(table.size).toBe(orders.length);
  orders.forEach((order, row) => {
    expect(table.ids[row]).toBe(order.id);
    expect(table.times[row]).toBe(order.date.getTime());
    expect(table.owners[table.ownerCodes[row] as number]).toBe(order.sellerId);
    expect(table.currencies[table.currencyCodes[row] as number]).toBe(order.currency);
    expect(amountAt(table, row).eq(order.amount)).toBe(true);
    const scaled = table.scaledAmounts[row] as number;
    expect(Number.isNaN(scaled) ? undefined : scaled).toBe(scaledInteger(order.amount));
    // The Decimal itself is kept only when it has no scaled form.
    expect(table.exactAmounts.get(row)).toBe(Number.isNaN(scaled) ? order.amount : undefined);
  });
  expect(new Set(table.owners).size).toBe(table.owners.length);
});

test.prop([rows(goodDealRow)])("dealTable: every row reads back as its deal", (raw) => {
  const deals: Deal[] = parseDeals(raw).records;
  const table = dealTable(deals) as DealColumns;
  expect(table.size).toBe(deals.length);
  deals.forEach((deal, row) => {
    expect(table.ids[row]).toBe(deal.id);
    expect(table.owners[table.ownerCodes[row] as number]).toBe(deal.ownerId);
    expect(DEAL_STATUS_CODES[table.statusCodes[row] as number]).toBe(deal.status);
    expect(table.createdTimes[row]).toBe(deal.createdAt.getTime());
    expect(timeOrUndefined(table.closedTimes[row] as number)).toBe(deal.closedAt?.getTime());
    expect(timeOrUndefined(table.expectedCloseTimes[row] as number)).toBe(deal.expectedCloseDate?.getTime());
    expect(table.stages[table.stageCodes[row] as number]).toBe(deal.stage);
    const probability = probabilityAt(table, row);
    expect(probability === undefined ? undefined : probability.toString()).toBe(deal.probability?.toString());
    const scaled = table.scaledProbabilities[row] as number;
    expect(Number.isNaN(scaled) ? undefined : scaled).toBe(
      deal.probability === undefined ? undefined : scaledInteger(deal.probability),
    );
    expect(optionalOf(table.lossReasons, table.lossReasonCodes[row] as number)).toBe(deal.lossReason);
    expect(optionalOf(table.competitors, table.competitorCodes[row] as number)).toBe(deal.competitor);
    expect(amountAt(table, row).eq(deal.amount)).toBe(true);
    expect(table.currencies[table.currencyCodes[row] as number]).toBe(deal.currency);
  });
});

test.prop([rows(goodActivityRow)])("activityTable: every row reads back as its activity", (raw) => {
  const activities: Activity[] = parseActivities(raw).records;
  const table = activityTable(activities) as ActivityColumns;
  expect(table.size).toBe(activities.length);
  activities.forEach((activity, row) => {
    expect(table.ids[row]).toBe(activity.id);
    expect(table.times[row]).toBe(activity.date.getTime());
    expect(table.owners[table.ownerCodes[row] as number]).toBe(activity.ownerId);
    expect(table.types[table.typeCodes[row] as number]).toBe(activity.type);
    expect(ACTIVITY_STATUS_CODES[table.statusCodes[row] as number]).toBe(activity.status);
  });
});
