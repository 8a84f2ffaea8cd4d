import type { Decimal } from "decimal.js";
import type { DecimalInput } from "../money/decimal.js";
import type { CurrencyOptions } from "../money/currencyOptions.js";
import type { Seller } from "../model/types.js";
import type { CalendarOptions, DayCount } from "../period/types.js";

/**
 * A figure that can be empty: a value, or `null` with the reason why (spec section 1, "Ratios and
 * empty denominators"). Never `NaN` or `Infinity`.
 */
export type Figure<Reason extends string> =
  | {
      /** The figure. */
      readonly value: Decimal;
      /** `null` when there is a value. */
      readonly reason: null;
    }
  | {
      /** No value: see `reason`. */
      readonly value: null;
      /** Why there is no value. */
      readonly reason: Reason;
    };

/** A ratio with its numerator and denominator; `value` is `null` (with a reason) when it cannot be computed. */
export type Ratio<Reason extends string> = Figure<Reason> & {
  /** What is divided. */
  readonly numerator: Decimal;
  /** What it is divided by; the value is `null` when it is zero. */
  readonly denominator: Decimal;
};

/** A status light. */
export type Status = "good" | "watch" | "alert";

/** Status thresholds: `good` when value >= good, `watch` when value >= watch, else `alert`. */
export interface Thresholds {
  /** At or above it: `good`. */
  readonly good: Decimal;
  /** At or above it (and below `good`): `watch`; below it: `alert`. */
  readonly watch: Decimal;
}

/** Thresholds as a caller gives them; missing ones take the indicator's defaults. */
export interface ThresholdsInput {
  /** At or above it: `good`. */
  readonly good?: DecimalInput;
  /** At or above it (and below `good`): `watch`; below it: `alert`. */
  readonly watch?: DecimalInput;
}

/** Who a figure is computed for: the whole company (all sellers), one team, or one seller. */
export type Scope =
  | {
      /** Everyone: all records, company-level targets. */
      readonly level: "company";
    }
  | {
      /** One team: records of its sellers (from the roster), team-level targets. */
      readonly level: "team";
      /** The team's id, as in `Seller.teamId`. */
      readonly teamId: string;
    }
  | {
      /** One seller: the seller's records and seller-level targets. */
      readonly level: "seller";
      /** The seller's id. */
      readonly sellerId: string;
    };

/** The unit of a figure (spec section 1, "Result shape"). */
export type Unit = "money" | "ratio" | "count" | "duration" | "hours" | "score";

/** Options every headline indicator takes. */
export interface IndicatorOptions extends CalendarOptions, CurrencyOptions {
  /** Who to compute for. Default `{ level: "company" }`. */
  readonly scope?: Scope;
  /** The roster: team membership for team scopes, and sellers to list with zeros. */
  readonly sellers?: readonly Seller[];
  /** Attach the ids of the records behind each figure. Default `false`. */
  readonly explain?: boolean;
}

/** Options of indicators that prorate targets or measure elapsed time. */
export interface TargetOptions {
  /** `"calendar"` (default) or `"business"` days for proration and elapsed fractions. */
  readonly dayCount?: DayCount;
  /** Allow prorating targets that only partly overlap the period. Default `true`. */
  readonly proration?: boolean;
}
