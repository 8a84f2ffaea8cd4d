import { expect, test } from "vitest";
import { MixedCurrencyError } from "../errors/index.js";
import { createExchangeRates } from "../money/exchangeRates.js";
import type { Order } from "../model/types.js";
import type { OrderColumns } from "./_columns.js";
import { orderTable } from "./orderTable.js";
import { CurrencyGuard } from "../money/currencyGuard.js";
import { Dec } from "../money/dec.js";
import { ExactSum } from "../money/exactSum.js";
import { addRowAmount, rowAmount } from "./tableMoney.js";

const day = new Date(Date.UTC(2026, 0, 15));
const columns = (orders: Order[]): OrderColumns => orderTable(orders) as OrderColumns;
const order = (id: string, amount: string, currency: string): Order => ({
  id,
  date: day,
  amount: new Dec(amount),
  currency,
  sellerId: "s",
  customerId: "c",
});

test("rows in the guard's currency add their fast form or their Decimal; the first currency met becomes the guard's", () => {
  const table = columns([order("o-1", "10.25", "EUR"), order("o-2", "0.000001", "EUR")]);
  const guard = new CurrencyGuard({});
  const sum = new ExactSum();
  addRowAmount(sum, table, 0, guard, day.getTime());
  addRowAmount(sum, table, 1, guard, day.getTime());
  expect(guard.currency).toBe("EUR");
  expect(sum.value().toString()).toBe("10.250001");
  expect(rowAmount(table, 1, guard, day.getTime()).toString()).toBe("0.000001");
});

test("another currency converts at the given instant, or is refused without rates", () => {
  const table = columns([order("o-1", "100", "EUR"), order("o-2", "100", "USD")]);
  const rates = createExchangeRates({
    reportingCurrency: "EUR",
    rates: [{ currency: "USD", rate: "0.9", validFrom: new Date("2026-01-01T00:00:00Z") }],
  });
  const converted = new ExactSum();
  const guard = new CurrencyGuard({ exchangeRates: rates });
  addRowAmount(converted, table, 0, guard, day.getTime());
  addRowAmount(converted, table, 1, guard, day.getTime());
  // worked by hand: 100 + 100 x 0.9
  expect(converted.value().toString()).toBe("190");
  const strict = new CurrencyGuard({});
  addRowAmount(new ExactSum(), table, 0, strict, day.getTime());
  expect(() => {
    addRowAmount(new ExactSum(), table, 1, strict, day.getTime());
  }).toThrow(MixedCurrencyError);
});
