/**
 * The options and result of `complaintsPerIntervention` (nombre de réclamations / interventions
 * commerciales).
 *
 * @module
 */
import type { ComplaintCategory } from "../../model/serviceTypes.js";
import type { Seller } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { Ratio, Scope } from "../types.js";
import type { IndicatorWarning } from "../warnings.js";
import type { ServiceOptions } from "./serviceTypes.js";

/**
 * The complaint categories counted by default: commercial complaints only.
 *
 * @example
 * ```ts
 * DEFAULT_COMPLAINT_CATEGORIES; //=> ["commercial"]
 * ```
 * @category Service
 */
export const DEFAULT_COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = Object.freeze(["commercial"]);

/**
 * The activity types that count as commercial interventions by default: every contact of a seller
 * with a customer (call, email, meeting, demo, quote, visit), not `qualified-lead` (a pipeline
 * event, not an intervention).
 *
 * @example
 * ```ts
 * DEFAULT_INTERVENTION_TYPES; //=> ["call", "email", "meeting", "demo", "quote", "visit"]
 * ```
 * @category Service
 */
export const DEFAULT_INTERVENTION_TYPES: readonly string[] = Object.freeze([
  "call",
  "email",
  "meeting",
  "demo",
  "quote",
  "visit",
]);

/** Options of {@link complaintsPerIntervention}. @category Service */
export interface ComplaintsPerInterventionOptions extends ServiceOptions {
  /** Who to compute for. Default `{ level: "company" }`. */
  readonly scope?: Scope;
  /** The roster: team membership for team scopes. */
  readonly sellers?: readonly Seller[];
  /** The complaint categories counted. Default {@link DEFAULT_COMPLAINT_CATEGORIES}. */
  readonly complaintCategories?: readonly ComplaintCategory[];
  /** The activity types that count as interventions. Default {@link DEFAULT_INTERVENTION_TYPES}. */
  readonly interventionTypes?: readonly string[];
}

/**
 * The codes of the warnings of {@link complaintsPerIntervention}.
 *
 * - `complaints-without-owner`: (seller or team scope) complaints of the period name no seller, so
 *   no scope below the company counts them.
 *
 * @example
 * ```ts
 * COMPLAINTS_PER_INTERVENTION_WARNING_CODES; //=> ["complaints-without-owner"]
 * ```
 * @category Service
 */
export const COMPLAINTS_PER_INTERVENTION_WARNING_CODES = ["complaints-without-owner"] as const;

/** A warning code of {@link complaintsPerIntervention}. @category Service */
export type ComplaintsPerInterventionWarningCode = (typeof COMPLAINTS_PER_INTERVENTION_WARNING_CODES)[number];

/** The ids behind {@link ComplaintsPerInterventionResult} (with `explain: true`). @category Service */
export interface ComplaintsPerInterventionExplain {
  /** The complaints counted, in input order. */
  readonly complaintIds: readonly string[];
  /** The interventions counted, in input order. */
  readonly interventionIds: readonly string[];
}

/** The result of {@link complaintsPerIntervention}. @category Service */
export interface ComplaintsPerInterventionResult {
  /** Stable indicator id. */
  readonly indicator: "complaints-per-intervention";
  /** A ratio. */
  readonly unit: "ratio";
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Who it was computed for. */
  readonly scope: Scope;
  /** The complaint categories counted. */
  readonly complaintCategories: readonly ComplaintCategory[];
  /** The activity types counted as interventions. */
  readonly interventionTypes: readonly string[];
  /** Complaints of those categories received in the period. */
  readonly complaints: number;
  /** Done activities of those types in the period. */
  readonly interventions: number;
  /** `complaints / interventions`; `null` with `no-interventions`. */
  readonly rate: Ratio<"no-interventions">;
  /** What deserves a look (see {@link COMPLAINTS_PER_INTERVENTION_WARNING_CODES}). */
  readonly warnings: readonly IndicatorWarning<ComplaintsPerInterventionWarningCode>[];
  /** With `explain: true`: the records behind the figures. */
  readonly explain?: ComplaintsPerInterventionExplain;
}
