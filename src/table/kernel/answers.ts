/**
 * Tables that answer plans rather than hold rows: a table built from partial states (see
 * `src/table/partials.ts`) has no columns; `executePlan` hands it each plan, with the
 * computation's guard, and returns its answer.
 *
 * @internal
 * @module
 */
import type { CurrencyGuard } from "../../money/currencyGuard.js";
import type { AggregationPlan } from "./plan.js";

/** The key of a table's answering function (`Symbol.for`: the ESM and CJS copies of the package agree). */
export const ANSWERS = Symbol.for("crm-kpi.answers");

/** Answers a plan with its cells (typed as `Cells` by `executePlan`, which this module cannot import). */
export type PlanAnswer = (plan: AggregationPlan, guard: CurrencyGuard) => unknown;

/** The answering function of a table that has one, else `undefined`. */
export function answerOf(table: object): PlanAnswer | undefined {
  const answer = (table as { readonly [ANSWERS]?: unknown })[ANSWERS];
  return typeof answer === "function" ? (answer as PlanAnswer) : undefined;
}
