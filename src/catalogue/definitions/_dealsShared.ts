/**
 * What the deal definitions share: the options they fill from the data, their period and "now" as
 * the catalogue takes them, and the activities of the data as an option.
 *
 * @internal
 * @module
 */
import type { IndicatorData } from "../indicatorData.js";
import type { InstantInput, PeriodInput } from "../optionInputs.js";

/**
 * The options of the deal functions that the catalogue fills from the data object (roster,
 * activities, stage and close-date history, stage map, orders, targets) rather than takes by id.
 * @category Catalogue
 */
export type DealOptionsFromData =
  | "sellers"
  | "activities"
  | "stageChanges"
  | "closeDateChanges"
  | "stageProbabilities"
  | "orders"
  | "targets"
  | "forecast";

/**
 * The period and "now" of a deal indicator by catalogue id: as its function takes them, with the
 * period also as a label and the instant also as an ISO string.
 * @category Catalogue
 */
export interface DealPeriodCatalogueOptions {
  /** The period the deals closed in: a label (`"2026-Q2"`) or its bounds. */
  readonly period: PeriodInput;
  /** "Now": deals closed at or after it are not counted; absent: the period's end. */
  readonly asOf?: InstantInput;
}

/** The activities of the data, as an option (absent when the data has none). */
export function activitiesOf(data: IndicatorData): { readonly activities?: IndicatorData["activities"] & object } {
  return data.activities === undefined ? {} : { activities: data.activities };
}
