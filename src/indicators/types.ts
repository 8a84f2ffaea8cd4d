import type { CurrencyOptions } from "../money/currencyOptions.js";
import type { Scope, Seller } from "../model/types.js";
import type { CalendarOptions, DayCount } from "../period/types.js";

// Declared in the model (results and their JSON helpers use them), and public from here too.
export type { Figure, Ratio, Status, Thresholds, ThresholdsInput } from "../model/figures.js";
export type { Scope } from "../model/types.js";

/** The unit of a figure (spec section 1, "Result shape"). @category Indicators */
export type Unit = "money" | "ratio" | "count" | "duration" | "hours" | "score";

/** Options every headline indicator takes. @category Indicators */
export interface IndicatorOptions extends CalendarOptions, CurrencyOptions {
  /** Who to compute for. Default `{ level: "company" }`. */
  readonly scope?: Scope;
  /** The roster: team membership for team scopes, and sellers to list with zeros. */
  readonly sellers?: readonly Seller[];
  /** Attach the ids of the records behind each figure. Default `false`. */
  readonly explain?: boolean;
}

/** Options of indicators that prorate targets or measure elapsed time. @category Indicators */
export interface TargetOptions {
  /** `"calendar"` (default) or `"business"` days for proration and elapsed fractions. */
  readonly dayCount?: DayCount;
  /** Allow prorating targets that only partly overlap the period. Default `true`. */
  readonly proration?: boolean;
}
