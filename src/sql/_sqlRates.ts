/**
 * The exchange rates of a computation as SQL needs them: the dated breakpoints of each currency,
 * so that a query groups amounts by the rate in force and the rows are converted exactly after.
 *
 * @internal
 * @module
 */
import { SqlNotSupportedError } from "../errors/index.js";
import type { CurrencyGuard } from "../money/currencyGuard.js";
import { rateSeriesOf } from "../money/_rateSeries.js";
import type { SqlRates } from "./planSql.js";

/**
 * The rates `guard` converts with, `null` when it converts with none.
 *
 * @throws SqlNotSupportedError for rates not built by `createExchangeRates`: known only through
 *   `rateOn`, one instant at a time, they cannot be passed to the database
 */
export function sqlRatesOf(guard: CurrencyGuard): SqlRates | null {
  const rates = guard.exchangeRates;
  if (rates === undefined) return null;
  const series = rateSeriesOf(rates);
  if (series === undefined)
    throw new SqlNotSupportedError(
      "a plan",
      "conversion with exchange rates not built by createExchangeRates (their rates are known only through rateOn)",
    );
  return { reportingCurrency: rates.reportingCurrency, series };
}
