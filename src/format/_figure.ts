/**
 * Reads a value the number formatters take: a `Decimal`, or a figure whose `null` value becomes
 * the placeholder text with its reason.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { EMPTY_FIGURE_PLACEHOLDER, type FigureFormatOptions } from "./formatOptions.js";
import type { ReasonCode } from "./labelCodes.js";
import { labelOf } from "./labels.js";

/** A value to format, or the finished text of an empty figure. */
export type FigureValue =
  { readonly value: Decimal; readonly text: null } | { readonly value: null; readonly text: string };

/**
 * The value to format, or the text of an empty figure: `"— (no target)"`, or `"—"` with
 * `withReason: false`.
 *
 * @throws {@link InvalidArgumentError} when `input` is neither a finite `Decimal` nor a figure, or `withReason` is not a boolean
 */
export function figureValue(input: unknown, options: FigureFormatOptions, what: string): FigureValue {
  if (Decimal.isDecimal(input)) return { value: input, text: null };
  if (typeof input === "object" && input !== null && Object.hasOwn(input, "value")) {
    const figure = input as { readonly value: unknown; readonly reason?: unknown };
    if (figure.value !== null) return { value: figure.value as Decimal, text: null };
    const withReason = options.withReason ?? true;
    if (typeof withReason !== "boolean")
      throw new InvalidArgumentError(`withReason must be a boolean, not ${describeValue(withReason)}`);
    if (!withReason) return { value: null, text: EMPTY_FIGURE_PLACEHOLDER };
    const reason = labelOf(
      "reason",
      figure.reason as ReasonCode,
      options.locale === undefined ? {} : { locale: options.locale },
    );
    return { value: null, text: `${EMPTY_FIGURE_PLACEHOLDER} (${reason})` };
  }
  throw new InvalidArgumentError(
    `${what} must be a Decimal or a figure ({ value, reason }), not ${describeValue(input)}`,
  );
}
