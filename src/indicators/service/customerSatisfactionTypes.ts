/**
 * The options and result of `customerSatisfaction` (indice de satisfaction de la clientèle).
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Period } from "../../period/types.js";
import type { Figure } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { ServiceOptions } from "./serviceTypes.js";

/** Options of {@link customerSatisfaction}. @category Service */
export type CustomerSatisfactionOptions = ServiceOptions;

/**
 * The codes of the warnings of {@link customerSatisfaction}.
 *
 * - `mixed-scales`: responses of the period use the 0-10 scale and other scales: the index rescales
 *   them all, the NPS counts the 0-10 ones only.
 *
 * @example
 * ```ts
 * CUSTOMER_SATISFACTION_WARNING_CODES; //=> ["mixed-scales"]
 * ```
 * @category Service
 */
export const CUSTOMER_SATISFACTION_WARNING_CODES = ["mixed-scales"] as const;

/** A warning code of {@link customerSatisfaction}. @category Service */
export type CustomerSatisfactionWarningCode = (typeof CUSTOMER_SATISFACTION_WARNING_CODES)[number];

/** The net promoter score of the responses on the 0-10 scale. @category Service */
export interface NetPromoterScore {
  /** `100 x (promoters - detractors) / responses`, in points from -100 to 100; `null` without 0-10 responses. */
  readonly value: Decimal | null;
  /** `"no-0-10-responses"` when no response of the period is on the 0-10 scale, else `null`. */
  readonly reason: "no-0-10-responses" | null;
  /** Responses on the 0-10 scale (the denominator). */
  readonly responses: number;
  /** Of them, scores of 9 and above. */
  readonly promoters: number;
  /** Of them, scores above 6 and below 9. */
  readonly passives: number;
  /** Of them, scores of 6 and below. */
  readonly detractors: number;
  /** Responses on another scale, left out of the NPS. */
  readonly otherScales: number;
}

/** Satisfaction figures of a set of responses. @category Service */
export interface CustomerSatisfactionFigures {
  /** Responses dated in the period (before `asOf`). */
  readonly responses: number;
  /** Mean of the scores rescaled to 0-100; `null` with `no-responses` when there is none. */
  readonly index: Figure<"no-responses">;
  /** The NPS of the responses on the 0-10 scale. */
  readonly nps: NetPromoterScore;
}

/** The ids behind {@link CustomerSatisfactionResult} (with `explain: true`). @category Service */
export interface CustomerSatisfactionExplain {
  /** The responses counted, in input order. */
  readonly responseIds: readonly string[];
}

/** The result of {@link customerSatisfaction}. @category Service */
export interface CustomerSatisfactionResult extends CustomerSatisfactionFigures {
  /** Stable indicator id. */
  readonly indicator: "customer-satisfaction";
  /** The index is a score from 0 to 100. */
  readonly unit: "score";
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** What deserves a look (see {@link CUSTOMER_SATISFACTION_WARNING_CODES}). */
  readonly warnings: readonly IndicatorWarning<CustomerSatisfactionWarningCode>[];
  /** With `explain: true`: the responses behind the figures. */
  readonly explain?: CustomerSatisfactionExplain;
}
