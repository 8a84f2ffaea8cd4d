/**
 * Cross-field rules on instants shared by the sales-flow records (offers, prospects, requests):
 * "this instant is not before that one", said once with one message, for the zod refinements and
 * for the fast path's predicates.
 *
 * @internal
 * @module
 */
import type * as z from "zod";

/**
 * Adds an issue on `later` when both instants are present and `later` is strictly before `earlier`.
 *
 * @param ctx - the refinement context
 * @param record - the record built from valid fields
 * @param later - the field that must not come first
 * @param earlier - the field it is compared with
 */
export function requireNotBefore(
  ctx: z.core.$RefinementCtx,
  record: Readonly<Record<string, unknown>>,
  later: string,
  earlier: string,
): void {
  const a = record[later];
  const b = record[earlier];
  if (a instanceof Date && b instanceof Date && a.getTime() < b.getTime()) {
    ctx.addIssue({
      code: "custom",
      path: [later],
      message: `${later} (${a.toISOString()}) is before ${earlier} (${b.toISOString()})`,
    });
  }
}

/**
 * Whether `later` is absent, `earlier` absent, or `later >= earlier` (the same rule as
 * {@link requireNotBefore}, for the fast path).
 *
 * @param record - the record built from valid fields
 * @param later - the field that must not come first
 * @param earlier - the field it is compared with
 * @returns `true` when the rule holds
 */
export function notBefore(record: Readonly<Record<string, unknown>>, later: string, earlier: string): boolean {
  const a = record[later];
  const b = record[earlier];
  return !(a instanceof Date && b instanceof Date && a.getTime() < b.getTime());
}
