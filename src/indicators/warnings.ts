/**
 * The one shape of a warning in every result: a typed code a program can test, and a message a
 * person can read.
 *
 * @module
 */

/**
 * A warning attached to a result: the figure is computed, but something about the input deserves
 * a look (targets set only below the scope, a window too short to judge...).
 *
 * @typeParam Code - The codes this indicator can emit, as a union of string literals.
 * @category Indicators
 */
export interface IndicatorWarning<Code extends string = string> {
  /** Stable, machine-readable code, e.g. `"targets-below-scope"`. */
  readonly code: Code;
  /** English sentence naming what was found and what it means for the figure. */
  readonly message: string;
}
