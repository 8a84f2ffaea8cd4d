/**
 * The options and the result of `requestsOnTime` (the article's indicator 21, retour au client
 * dans le délai demandé).
 *
 * @module
 */
import type { RequestKind } from "../../model/salesFlowTypes.js";
import type { Ratio } from "../types.js";
import type { SalesFlowOptions, SalesFlowResultHead } from "./salesFlowTypes.js";

/**
 * The request kinds `requestsOnTime` reads by default: every kind.
 *
 * @example
 * ```ts
 * DEFAULT_ON_TIME_KINDS; //=> ["tender", "specification", "request"]
 * ```
 * @category Sales flow
 */
export const DEFAULT_ON_TIME_KINDS: readonly RequestKind[] = Object.freeze(["tender", "specification", "request"]);

/** Options of `requestsOnTime`. @category Sales flow */
export interface RequestsOnTimeOptions extends SalesFlowOptions {
  /** The request kinds read. Default {@link DEFAULT_ON_TIME_KINDS} (all). */
  readonly kinds?: readonly RequestKind[];
}

/** The ids behind the figures (with `explain: true`). @category Sales flow */
export interface RequestsOnTimeExplain {
  /** Answered by the deadline. */
  readonly onTimeIds: readonly string[];
  /** Answered after the deadline. */
  readonly lateIds: readonly string[];
  /** Not answered, deadline passed. */
  readonly openOverdueIds: readonly string[];
}

/** The result of `requestsOnTime`. @category Sales flow */
export interface RequestsOnTimeResult extends SalesFlowResultHead {
  /** Stable indicator id. */
  readonly indicator: "requests-on-time";
  /** The unit of the share. */
  readonly unit: "ratio";
  /** The request kinds read. */
  readonly kinds: readonly RequestKind[];
  /** Requests of those kinds received in the period. */
  readonly received: number;
  /** Those without a deadline (`dueAt`): not judged. */
  readonly withoutDeadline: number;
  /** Answered (before `asOf`) at or before the deadline. */
  readonly onTime: number;
  /** Answered (before `asOf`) after the deadline. */
  readonly late: number;
  /** Not answered at `asOf` (the period's end without it) and the deadline already passed: late. */
  readonly openOverdue: number;
  /** Not answered and the deadline still ahead: not judged yet. */
  readonly openNotDue: number;
  /** Declined without an answer date: not judged. */
  readonly closedWithoutAnswer: number;
  /** onTime / (onTime + late + openOverdue); `null` with `nothing-due` when no request could be judged. */
  readonly share: Ratio<"nothing-due">;
  /** The ids behind the figures; present only with `explain: true`. */
  readonly explain?: RequestsOnTimeExplain;
}
