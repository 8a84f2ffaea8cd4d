import { checkPeriod } from "../../period/checkPeriod.js";
import { instantOf } from "../../period/checkInstant.js";
import { InvalidArgumentError } from "../../errors/index.js";
import type { Period } from "../../period/types.js";

/** The checked period, `asOf`, and the end (epoch ms) of the counted window `[start, min(end, asOf))`. */
export interface ActivityWindow {
  readonly period: Period;
  readonly asOf: Date | null;
  readonly windowEnd: number;
}

/** Checks the period and `asOf` options shared by the activity-rate functions. */
export function checkActivityWindow(options: { readonly period: Period; readonly asOf?: Date }): ActivityWindow {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError("options must be an object with a period");
  const period = checkPeriod(options.period, "period");
  let asOf: Date | null = null;
  if (options.asOf !== undefined) asOf = new Date(instantOf(options.asOf, "asOf"));
  const end = period.end.getTime();
  return { period, asOf, windowEnd: asOf === null ? end : Math.min(end, asOf.getTime()) };
}
