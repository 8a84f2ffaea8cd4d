import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import type { Expense } from "../../model/expenseSchema.js";
import type { Activity, Order, Scope } from "../../model/types.js";
import { Dec } from "../../money/dec.js";
import { activityTable } from "../../table/activityTable.js";
import { expenseTable } from "../../table/expenseTable.js";
import { orderTable } from "../../table/orderTable.js";
import type { ActivityColumns, OrderColumns } from "../../table/_columns.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import type { RecordColumns } from "../../table/recordTable.js";
import { discountsOf } from "./_discounts.js";
import { marginToCommercialExpensesOf, representationExpenseRatioOf } from "./_expenseRatios.js";
import { hoursSoldOf } from "./_hoursSold.js";
import { serviceCancellationsOf } from "./_serviceCancellations.js";
import { visitDurationOf } from "./_visitDuration.js";
import { visitedCustomersOf } from "./_visitedCustomers.js";

// Each operational indicator computed on the table executor and on the record-by-record reference
// executor gives the same result, for any records and options.

const START = Date.parse("2026-01-01T00:00:00Z");
const DAY = 86_400_000;
const when = fc.integer({ min: -10, max: 120 }).map((day) => new Date(START + day * DAY + 9 * 3_600_000));
const seller = fc.constantFrom("ann", "bob", "__proto__");
const money = fc.integer({ min: -50_000, max: 500_000 }).map((cents) => new Dec(cents).div(100));
const positive = fc.integer({ min: 0, max: 50_000 }).map((cents) => new Dec(cents).div(100));

const activity: fc.Arbitrary<Omit<Activity, "id">> = fc
  .record({
    ownerId: seller,
    type: fc.constantFrom("visit", "meeting", "call"),
    date: when,
    status: fc.constantFrom("done", "planned", "cancelled"),
    customerId: fc.option(fc.constantFrom("acme", "globex", "initech"), { nil: undefined }),
    durationMinutes: fc.option(fc.constantFrom(0, 30, 45.5, 90, 120.25), { nil: undefined }),
    cause: fc.option(fc.constantFrom("service", "customer", "weather"), { nil: undefined }),
  })
  .map(({ cause, ...rest }) => ({
    ...rest,
    ...(rest.status === "cancelled" && cause !== undefined ? { cancellationCause: cause } : {}),
  }));

const order: fc.Arbitrary<Omit<Order, "id">> = fc
  .record({
    sellerId: seller,
    customerId: fc.constantFrom("acme", "globex"),
    date: when,
    amount: money,
    discount: fc.option(positive, { nil: undefined }),
    withGross: fc.boolean(),
    margin: fc.option(money, { nil: undefined }),
    hoursSold: fc.option(positive, { nil: undefined }),
  })
  .map(({ withGross, discount, amount, margin, hoursSold, ...rest }) => ({
    ...rest,
    amount,
    currency: "EUR",
    ...(discount === undefined ? {} : { discount }),
    ...(withGross ? { grossAmount: amount.plus(discount ?? 0) } : {}),
    ...(margin === undefined ? {} : { margin }),
    ...(hoursSold === undefined ? {} : { hoursSold }),
  }));

const expense: fc.Arbitrary<Omit<Expense, "id">> = fc.record({
  sellerId: seller,
  date: when,
  amount: money,
  currency: fc.constant("EUR"),
  category: fc.constantFrom("representation", "travel", "commercial", "other"),
});

const withIds = <T>(records: readonly T[], prefix: string): (T & { id: string })[] =>
  records.map((record, i) => ({ ...record, id: `${prefix}${i}` }));

const options = fc
  .record({
    grain: fc.constantFrom("week" as const, "month" as const),
    asOf: fc.option(when, { nil: null }),
    scope: fc.constantFrom<Scope>({ level: "company" }, { level: "seller", sellerId: "ann" }),
    explain: fc.boolean(),
  })
  .map(({ asOf, ...rest }) => ({
    range: { start: new Date(START), end: new Date(START + 91 * DAY) },
    ...rest,
    ...(asOf === null ? {} : { asOf }),
  }));

test.prop([fc.array(activity, { maxLength: 40 }), options])(
  "indicators 1, 2 and 3 give the reference executor's results",
  (records, opts) => {
    const activities = withIds(records, "a") as Activity[];
    const table = tableRunner({ activities: activityTable(activities) as unknown as ActivityColumns });
    const reference = referenceRunner({ activities });
    expect(visitedCustomersOf(table, opts)).toEqual(visitedCustomersOf(reference, opts));
    expect(visitDurationOf(table, opts)).toEqual(visitDurationOf(reference, opts));
    expect(serviceCancellationsOf(table, opts)).toEqual(serviceCancellationsOf(reference, opts));
  },
);

test.prop([fc.array(order, { maxLength: 40 }), fc.array(expense, { maxLength: 30 }), options])(
  "indicators 7, 8, 9 and 18 give the reference executor's results",
  (orderRecords, expenseRecords, opts) => {
    const orders = withIds(orderRecords, "o") as Order[];
    const expenses = withIds(expenseRecords, "e") as Expense[];
    const table = tableRunner({
      orders: orderTable(orders) as unknown as OrderColumns,
      expenses: expenseTable(expenses) as unknown as RecordColumns,
    });
    const reference = referenceRunner({ orders, expenses });
    expect(hoursSoldOf(table, opts)).toEqual(hoursSoldOf(reference, opts));
    expect(discountsOf(table, opts)).toEqual(discountsOf(reference, opts));
    expect(representationExpenseRatioOf(table, opts)).toEqual(representationExpenseRatioOf(reference, opts));
    const margin = marginToCommercialExpensesOf(table, opts);
    expect(margin).toEqual(marginToCommercialExpensesOf(reference, opts));
    // Explained: each bucket lists exactly the orders its margin sums.
    expect(margin.explain?.buckets.map((b) => b.orderIds.length)).toEqual(
      opts.explain ? margin.buckets.map((b) => b.ordersWithMargin) : undefined,
    );
  },
);
