/**
 * The table parsers' sinks: where each table parser puts the rows it accepts (its columns'
 * builder, the cross-field rules a lane cannot see). Shared by the table parsers of raw rows and
 * the CSV reader, which fills the same columns straight from a file's fields.
 *
 * @internal
 * @module
 */
import { dealDatesConsistent } from "../model/_dealDates.js";
import { scaledOrderAmountsConsistent } from "../model/_orderAmounts.js";
import type { Activity, Deal, Order } from "../model/types.js";
import { SCALE_FACTOR } from "../money/exactSum.js";
import {
  ActivityColumnsBuilder,
  activityStatusCode,
  DealColumnsBuilder,
  dealStatusCode,
  OrderColumnsBuilder,
} from "./_columns.js";
import { fieldIndexes, type TableSink } from "./_parseTable.js";
import type { ActivityTable } from "./activityTable.js";
import type { DealTable } from "./dealTable.js";
import type { OrderTable } from "./orderTable.js";

/** The sink of an order table. */
export function orderSink(keys: readonly string[], capacity: number): TableSink<Order, OrderTable> {
  const at = fieldIndexes(keys, [
    "id",
    "date",
    "amount",
    "currency",
    "sellerId",
    "customerId",
    "grossAmount",
    "discount",
    "margin",
    "hoursSold",
    "offerId",
    "dealId",
  ]);
  const builder = new OrderColumnsBuilder(capacity);
  return {
    addFields(fields) {
      const amount = fields[at.amount] as number;
      const grossAmount = fields[at.grossAmount] as number | undefined;
      const discount = fields[at.discount] as number | undefined;
      const margin = fields[at.margin] as number | undefined;
      const hoursSold = fields[at.hoursSold] as number | undefined;
      const offerId = fields[at.offerId] as string | undefined;
      const dealId = fields[at.dealId] as string | undefined;
      const extended =
        grossAmount !== undefined ||
        discount !== undefined ||
        margin !== undefined ||
        hoursSold !== undefined ||
        offerId !== undefined ||
        dealId !== undefined;
      if (extended && !scaledOrderAmountsConsistent(amount, grossAmount, discount, hoursSold)) return false;
      builder.addFields(
        fields[at.id] as string,
        fields[at.date] as number,
        amount,
        fields[at.currency] as string,
        fields[at.sellerId] as string,
        fields[at.customerId] as string,
        extended ? { grossAmount, discount, margin, hoursSold, offerId, dealId } : undefined,
      );
      return true;
    },
    addRecord: (order) => {
      builder.addRecord(order);
    },
    build: () => builder.build(),
  };
}

/** The sink of a deal table. */
export function dealSink(keys: readonly string[], capacity: number): TableSink<Deal, DealTable> {
  const at = fieldIndexes(keys, [
    "id",
    "ownerId",
    "amount",
    "currency",
    "stage",
    "probability",
    "createdAt",
    "expectedCloseDate",
    "status",
    "closedAt",
    "lossReason",
    "competitor",
    "customerId",
  ]);
  const builder = new DealColumnsBuilder(capacity);
  return {
    addFields(fields) {
      const status = fields[at.status] as string;
      const created = fields[at.createdAt] as number;
      const closed = fields[at.closedAt] as number | undefined;
      if (!dealDatesConsistent(status, created, closed)) return false;
      builder.addFields(
        fields[at.id] as string,
        fields[at.ownerId] as string,
        dealStatusCode(status),
        created,
        closed ?? Number.NaN,
        (fields[at.expectedCloseDate] as number | undefined) ?? Number.NaN,
        fields[at.stage] as string,
        (fields[at.probability] as number | undefined) ?? Number.NaN,
        fields[at.amount] as number,
        fields[at.currency] as string,
        fields[at.lossReason] as string | undefined,
        fields[at.competitor] as string | undefined,
        fields[at.customerId] as string | undefined,
      );
      return true;
    },
    addRecord: (deal) => {
      builder.addRecord(deal);
    },
    build: () => builder.build(),
  };
}

/** The sink of an activity table. */
export function activitySink(keys: readonly string[], capacity: number): TableSink<Activity, ActivityTable> {
  const at = fieldIndexes(keys, [
    "id",
    "ownerId",
    "type",
    "date",
    "status",
    "customerId",
    "dealId",
    "durationMinutes",
    "cancellationCause",
  ]);
  const builder = new ActivityColumnsBuilder(capacity);
  return {
    addFields(fields) {
      const status = fields[at.status] as string;
      const cancellationCause = fields[at.cancellationCause] as string | undefined;
      // Only a cancelled activity has a cause (ActivitySchema's rule): the record parser names the problem.
      if (cancellationCause !== undefined && status !== "cancelled") return false;
      const scaledMinutes = fields[at.durationMinutes] as number | undefined;
      builder.addFields(
        fields[at.id] as string,
        fields[at.date] as number,
        fields[at.ownerId] as string,
        fields[at.type] as string,
        activityStatusCode(status),
        fields[at.customerId] as string | undefined,
        fields[at.dealId] as string | undefined,
        // The record holds minutes as a number: the same number, so both paths store the same decimal.
        scaledMinutes === undefined ? undefined : scaledMinutes / SCALE_FACTOR,
        cancellationCause,
      );
      return true;
    },
    addRecord: (activity) => {
      builder.addRecord(activity);
    },
    build: () => builder.build(),
  };
}
