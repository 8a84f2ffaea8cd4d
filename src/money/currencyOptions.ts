import type { ExchangeRates } from "./exchangeRates.js";

/** Currency options shared by every function that sums money. @category Money */
export interface CurrencyOptions {
  /**
   * The currency results are expected in. Without `exchangeRates`, every summed amount and every
   * used target must be in it. Default: the currency of the first amount met.
   */
  readonly currency?: string;
  /** Dated rates to a reporting currency; with them, amounts in other currencies are converted. */
  readonly exchangeRates?: ExchangeRates;
}
