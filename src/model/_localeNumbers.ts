/**
 * Decimal texts as locales write them: thousands separators (`1 234,50`, `1.234,50`,
 * `1,234.50`) and percentages (`40 %`). The text is checked (groups of three digits, one decimal
 * mark), the separators are removed, and the rest is read by `tryParseAmount`'s rules, so the value
 * is exact (a `Decimal`, never a float) and every other form keeps its message.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors/index.js";
import { describeValue } from "../errors/describe.js";
import { Dec } from "../money/dec.js";
import { MAX_AMOUNT_LENGTH, tryParseAmount, type AmountParse } from "../money/decimal.js";
import { THOUSANDS_SEPARATORS, type ThousandsSeparator } from "./schemaOptions.js";

/** The checked number options of a schema. */
export interface NumberFormat {
  /** Whether the decimal mark is a comma. */
  readonly decimalComma: boolean;
  /** The thousands separator, `" "` standing for a space, a no-break space or a narrow no-break space; `null` for none. */
  readonly thousandsSeparator: ThousandsSeparator | null;
}

/** The space-like separators French exports write (space, no-break space, narrow no-break space). */
const SPACES = " \u00A0\u202F";

function isSpace(separator: ThousandsSeparator): boolean {
  return SPACES.includes(separator);
}

/** The accepted separators, in words (the no-break spaces would not show). */
const ACCEPTED_SEPARATORS = `" " (a space; U+00A0 and U+202F are the same choice), ".", "," or "'"`;

/**
 * Checks the `thousandsSeparator` option against the decimal mark; with `decimalComma` and no
 * separator given, spaces are the separator (the French form `1 234,50`).
 *
 * @throws InvalidArgumentError for an unknown separator, or one equal to the decimal mark
 */
export function resolveThousandsSeparator(value: unknown, decimalComma: boolean): ThousandsSeparator | null {
  if (value === undefined) return decimalComma ? " " : null;
  if (typeof value !== "string" || !(THOUSANDS_SEPARATORS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`thousandsSeparator must be ${ACCEPTED_SEPARATORS}, not ${describeValue(value)}`);
  }
  const separator = value as ThousandsSeparator;
  const mark = decimalComma ? "," : ".";
  if (separator === mark) {
    throw new InvalidArgumentError(
      `thousandsSeparator ${JSON.stringify(separator)} is the decimal mark (${decimalComma ? "decimalComma is on" : "decimalComma is off"}): a number could be read two ways`,
    );
  }
  // All space-like separators are one family: exports mix them (Excel writes U+00A0, Intl U+202F).
  return isSpace(separator) ? " " : separator;
}

function escapeForPattern(character: string): string {
  return character === "." ? "\\." : character;
}

const groupedPatterns = new Map<string, RegExp>();

/** `-?d{1,3}(SEP ddd)+(MARK d+)?`: a grouped decimal text, the separator the same throughout. */
function groupedPattern(format: NumberFormat, separator: ThousandsSeparator): RegExp {
  const key = `${separator}${format.decimalComma ? "," : "."}`;
  let pattern = groupedPatterns.get(key);
  if (pattern === undefined) {
    const sep = isSpace(separator) ? `[${SPACES}]` : escapeForPattern(separator);
    const mark = format.decimalComma ? "," : "\\.";
    pattern = new RegExp(`^-?\\d{1,3}(?:${sep}\\d{3})+(?:${mark}\\d+)?$`);
    groupedPatterns.set(key, pattern);
  }
  return pattern;
}

function hasSeparator(text: string, separator: ThousandsSeparator): boolean {
  if (!isSpace(separator)) return text.includes(separator);
  for (let i = 0; i < text.length; i++) if (SPACES.includes(text.charAt(i))) return true;
  return false;
}

function example(format: NumberFormat, separator: ThousandsSeparator): string {
  const sep = isSpace(separator) ? " " : separator;
  return `1${sep}234${sep}567${format.decimalComma ? "," : "."}89`;
}

/**
 * Reads a decimal as {@link NumberFormat} says: `tryParseAmount`'s forms, and, when the format has
 * a thousands separator, the same text grouped by threes with it (`1 234 567,89`). A text that
 * holds the separator anywhere else (`12.50` when `.` groups thousands, `1 23,5`) is rejected:
 * either the groups are wrong, or the file mixes the two decimal marks, and guessing would be
 * wrong one time in two.
 */
export function readLocaleAmount(raw: unknown, format: NumberFormat): AmountParse {
  const separator = format.thousandsSeparator;
  if (
    separator === null ||
    typeof raw !== "string" ||
    raw.length > MAX_AMOUNT_LENGTH ||
    !hasSeparator(raw, separator)
  ) {
    return tryParseAmount(raw, format);
  }
  if (raw.trim() !== raw) return { ok: false, message: "an amount cannot have leading or trailing spaces" };
  if (!groupedPattern(format, separator).test(raw)) {
    const shown = isSpace(separator) ? "a space" : JSON.stringify(separator);
    const mark = format.decimalComma ? "a comma" : "a point";
    // A point or comma in the wrong place is most often the other decimal mark: say why it is not guessed.
    const ambiguous = isSpace(separator) ? "" : ": a file cannot mix decimal marks";
    return {
      ok: false,
      message: `${JSON.stringify(raw)} is not grouped in thousands by ${shown} with ${mark} as decimal mark (e.g. ${example(format, separator)})${ambiguous}`,
    };
  }
  let digits = "";
  for (let i = 0; i < raw.length; i++) {
    const character = raw.charAt(i);
    if (isSpace(separator) ? !SPACES.includes(character) : character !== separator) digits += character;
  }
  return tryParseAmount(digits, format);
}

/** Precise enough that dividing any accepted text (64 characters at most) by 100 is exact. */
const Exact = Decimal.clone({ precision: 2 * MAX_AMOUNT_LENGTH });
const HUNDREDTH = new Exact("0.01");

/** `40%`, `40 %` (space, no-break space or narrow no-break space before `%`), or `null` for a text without `%`. */
const PERCENT = /^(.*?)[ \u00A0\u202F]?%$/s;

/**
 * Reads a decimal that may be written as a percentage: `"40%"` or `"40 %"` is 0.4 (exactly), the
 * number before `%` read by {@link readLocaleAmount}; anything else as {@link readLocaleAmount}.
 */
export function readLocalePercentOrDecimal(raw: unknown, format: NumberFormat): AmountParse {
  if (typeof raw !== "string" || !raw.endsWith("%")) return readLocaleAmount(raw, format);
  const match = PERCENT.exec(raw);
  const number = match?.[1] ?? "";
  if (number.length === 0)
    return { ok: false, message: `${JSON.stringify(raw)} is not a percentage (write e.g. 40% or 40 %)` };
  const result = readLocaleAmount(number, format);
  if (!result.ok) return result;
  const value = new Dec(new Exact(result.value).times(HUNDREDTH));
  return { ok: true, value: value.isZero() ? new Dec(0) : value };
}
