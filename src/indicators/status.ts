/**
 * Status thresholds and the status light of a value.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import type { Status, Thresholds, ThresholdsInput } from "./types.js";
import { toDecimal } from "../money/decimal.js";

/** Default thresholds of 2.1 and 2.4: good >= 1, watch in [0.8, 1), alert < 0.8. @category Indicators */
export const DEFAULT_ATTAINMENT_THRESHOLDS: ThresholdsInput = { good: "1", watch: "0.8" };

export function resolveThresholds(input: ThresholdsInput | undefined, defaults: ThresholdsInput): Thresholds {
  const good = toDecimal(input?.good ?? defaults.good ?? "1");
  const watch = toDecimal(input?.watch ?? defaults.watch ?? "0.8");
  if (watch.greaterThan(good)) {
    throw new InvalidArgumentError(`threshold watch (${watch.toString()}) must not exceed good (${good.toString()})`);
  }
  return { good, watch };
}

export function statusOf(value: Decimal, thresholds: Thresholds): Status {
  if (value.greaterThanOrEqualTo(thresholds.good)) return "good";
  if (value.greaterThanOrEqualTo(thresholds.watch)) return "watch";
  return "alert";
}
