/**
 * The warnings the deal indicators of spec section 4 share.
 *
 * @internal
 * @module
 */
import type { IndicatorWarning } from "../warnings.js";
import type { DealSettings } from "./_dealsSettings.js";

/**
 * `partial-period` when `asOf` falls inside the period (the figures are to date), none otherwise.
 */
export function partialPeriodWarnings(settings: DealSettings): IndicatorWarning<"partial-period">[] {
  if (settings.asOf === null || settings.asOf >= settings.period.end.getTime()) return [];
  return [
    {
      code: "partial-period",
      message: `asOf (${new Date(settings.asOf).toISOString()}) is before the period's end: deals closed from asOf on are not counted yet`,
    },
  ];
}
