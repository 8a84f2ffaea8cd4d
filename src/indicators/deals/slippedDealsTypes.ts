/**
 * The options and the result of {@link slippedDeals}.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { DealCloseDateChange } from "../../model/dealHistory.js";
import type { Period } from "../../period/types.js";
import type { DealCloseDateChangeTable } from "../../table/dealHistoryTables.js";
import type { Figure, Scope } from "../types.js";
import type { DealPeriodOptions } from "./dealsTypes.js";

/** Options of {@link slippedDeals}. @category Deals */
export interface SlippedDealsOptions extends DealPeriodOptions {
  /** The close-date history, or its table. Absent or empty: the overdue reading. */
  readonly closeDateChanges?: readonly DealCloseDateChange[] | DealCloseDateChangeTable;
}

/**
 * Which reading a slipped-deals result used: `close-date-history` (expected close moved later in
 * the period) or `overdue` (no history: open deals past their expected close day at `asOf`).
 * @category Deals
 */
export type SlippedDealsReading = "close-date-history" | "overdue";

/** Result of {@link slippedDeals}. @category Deals */
export interface SlippedDealsResult {
  /** Stable indicator id. */
  readonly indicator: "slipped-deals";
  /** The headline figure is a count. */
  readonly unit: "count";
  /** The reading used (spec section 7). */
  readonly reading: SlippedDealsReading;
  /** The currency of `amount`; `null` only when nothing was summed and none was asked for. */
  readonly currency: string | null;
  /** The period the moves were made in. */
  readonly period: Period;
  /** The `asOf` cut, or `null`. */
  readonly asOf: Date | null;
  /** The instant the overdue reading reads open deals at (`asOf`, else the period's end). */
  readonly readAt: Date;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Deals that slipped (history) or are overdue (no history). */
  readonly dealCount: number;
  /** Their summed amount (converted at `readAt`). */
  readonly amount: Decimal;
  /** Total calendar days their expected close moved later in the period (history); `null` for the overdue reading. */
  readonly daysMoved: Decimal | null;
  /**
   * `daysMoved / dealCount` (history), or the mean days overdue at `readAt` (overdue reading);
   * `null` with `no-slipped-deals` when none.
   */
  readonly meanDays: Figure<"no-slipped-deals">;
  /** The deals, by id order of the table; present only with `explain: true`. */
  readonly explain?: {
    /** The deals' ids. */
    readonly dealIds: readonly string[];
  };
}
