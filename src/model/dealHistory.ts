/**
 * The deal history records (spec section 7): a deal's stage changes and expected close-date
 * changes, when the CRM keeps them. Stage conversion and slipped deals read them.
 *
 * @module
 */

/**
 * A deal entered a stage (spec section 7, "deal stage change"): one row of a CRM's stage history.
 * @category Model
 */
export interface DealStageChange {
  /** Stable, unique id of the history row. */
  readonly id: string;
  /** The deal (`Deal.id`) that changed stage. */
  readonly dealId: string;
  /** The stage it entered. */
  readonly stage: string;
  /** When it entered that stage. */
  readonly enteredAt: Date;
}

/**
 * A deal's expected close date was set or moved (spec section 7, "deal close-date change").
 * @category Model
 */
export interface DealCloseDateChange {
  /** Stable, unique id of the history row. */
  readonly id: string;
  /** The deal (`Deal.id`) whose expected close date changed. */
  readonly dealId: string;
  /** The new expected close date: a calendar day (its first instant in the reporting zone, settled detail 8). */
  readonly expectedCloseDate: Date;
  /** When the change was made. */
  readonly changedAt: Date;
}
