/**
 * An indicator's headline figure read from its result by its catalogue entry alone, so a program
 * (a front end, the command line, the demo) shows any indicator's figure without knowing it.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { describeValue } from "../errors/describe.js";
import { InvalidArgumentError, UnknownIndicatorError } from "../errors/index.js";
import { languageOf, resolveLocale } from "../format/_intl.js";
import { formatMoney } from "../format/formatMoney.js";
import { formatNumber } from "../format/formatNumber.js";
import { EMPTY_FIGURE_PLACEHOLDER, type LabelLanguage } from "../format/formatOptions.js";
import { formatPercent } from "../format/formatPercent.js";
import { formatRatio } from "../format/formatRatio.js";
import type { ReasonCode } from "../format/labelCodes.js";
import { labelOf } from "../format/labels.js";
import type { Status } from "../model/figures.js";
import { asDec } from "../money/dec.js";
import type { CatalogueEntry, HeadlineField } from "./catalogue.js";
import { CATALOGUE } from "./entries/index.js";

/** An indicator's headline figure, as {@link headlineOf} reads it. @category Catalogue */
export interface IndicatorHeadline {
  /** The figure, exact; `null` when the result has none (then `reason` says why). */
  readonly value: Decimal | null;
  /** The figure written with the entry's formatter in the locale, or `—` and the reason's label. */
  readonly formatted: string;
  /** Why `value` is `null`; `null` when there is a value. */
  readonly reason: ReasonCode | null;
  /** The result's status light, or `null` when it has none (no thresholds, or `statusReason`). */
  readonly status: Status | null;
  /** Why a result that can carry a status has none (`no-target`...); `null` otherwise. */
  readonly statusReason: ReasonCode | null;
}

/** Options of {@link headlineOf}. @category Catalogue */
export interface HeadlineOptions {
  /** BCP 47 locale of the text (numbers and labels); default `"en-US"`. */
  readonly locale?: string;
}

/** The unit words of a duration, by language. */
const DURATION_UNITS: Readonly<Record<LabelLanguage, Readonly<Record<string, string>>>> = {
  en: { hours: "h", days: "days" },
  fr: { hours: "h", days: "jours" },
};

const ENTRIES: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

/** An own field of an object, or `undefined`. */
function field(holder: unknown, key: string): unknown {
  return typeof holder === "object" && holder !== null && Object.hasOwn(holder, key)
    ? (holder as Record<string, unknown>)[key]
    : undefined;
}

function unreadable(id: string, headline: HeadlineField, found: unknown): never {
  throw new InvalidArgumentError(
    `headlineOf: the result of "${id}" has no headline figure at ${headline.path.join(".")}${headline.meanOf === undefined ? "" : `[].${headline.meanOf}`} (found ${describeValue(found)})`,
  );
}

/** A figure's value and reason, from a `Decimal`, a count, a figure `{ value, reason }` or `null` (its holder's reason). */
function figureAt(
  id: string,
  headline: HeadlineField,
  value: unknown,
  holder: unknown,
): { readonly value: Decimal | null; readonly reason: ReasonCode | null } {
  if (Decimal.isDecimal(value)) return { value, reason: null };
  if (typeof value === "number" && Number.isFinite(value)) return { value: asDec(value), reason: null };
  if (value === null) return { value: null, reason: (field(holder, "reason") as ReasonCode | undefined) ?? null };
  if (typeof value === "object" && Object.hasOwn(value, "value"))
    return figureAt(id, headline, field(value, "value"), value);
  return unreadable(id, headline, value);
}

/** The headline's value: the field at the path, or the mean of a field over the list there. */
function valueOf(
  id: string,
  headline: HeadlineField,
  result: object,
): { readonly value: Decimal | null; readonly reason: ReasonCode | null } {
  let holder: unknown = undefined;
  let value: unknown = result;
  for (const key of headline.path) {
    holder = value;
    value = field(value, key);
    if (value === undefined) return unreadable(id, headline, holder);
  }
  if (headline.meanOf === undefined) return figureAt(id, headline, value, holder);
  if (!Array.isArray(value)) return unreadable(id, headline, value);
  if (value.length === 0) return { value: null, reason: "empty" };
  const meanOf = headline.meanOf;
  const sum = value.reduce<Decimal>((total, item) => {
    const part = figureAt(id, headline, field(item, meanOf), item).value;
    return part === null ? unreadable(id, headline, item) : total.plus(part);
  }, asDec(0));
  return { value: sum.dividedBy(value.length), reason: null };
}

/** The value written with the entry's formatter. */
function formatted(entry: CatalogueEntry, value: Decimal, result: object, locale: string): string {
  const options = { locale };
  switch (entry.formatter ?? "number") {
    case "money": {
      const currency = field(result, "currency");
      return formatMoney(value, typeof currency === "string" ? currency : null, options);
    }
    case "percent":
      return formatPercent(value, options);
    case "ratio":
      return formatRatio(value, { ...options, style: "multiple" });
    case "duration": {
      const unit = field(result, "durationUnit");
      const words = DURATION_UNITS[languageOf(locale)];
      const word = typeof unit === "string" && Object.hasOwn(words, unit) ? words[unit] : undefined;
      const number = formatNumber(value, { ...options, maxFractionDigits: 1 });
      return word === undefined ? number : `${number} ${word}`;
    }
    case "number":
      return formatNumber(value, options);
  }
}

/**
 * Reads an indicator's headline figure from its result with its catalogue entry alone (the entry's
 * `headline` says where it sits, its `formatter` how to write it), with the result's status light,
 * so a program shows any entry's figure without knowing the indicator. An empty figure comes with
 * its reason, written `— (its label)`.
 *
 * Formula, in words: the field at the entry's `headline.path` (a figure's `value`); with
 * `meanOf`, the sum of that field over the list at the path divided by the list's length (`null`
 * with `empty` for an empty list).
 *
 * Interpretation: durations are written with one decimal and their unit (`h`, `days` / `jours`);
 * multiples (pipeline coverage, margin over expenses) as `3.24×`; money with the result's currency.
 *
 * @param id - the catalogue id the result was computed for (a report's `id`)
 * @param result - its result, as `computeIndicator` or `computeReport` gives it
 * @param options - `locale` of the text (default `"en-US"`)
 * @returns the {@link IndicatorHeadline}
 * @throws {@link UnknownIndicatorError} when no indicator has that id
 * @throws {@link InvalidArgumentError} when the result is not an object, has no figure where the
 *   entry says, or the locale is not a BCP 47 tag
 * @example
 * ```ts
 * const data = generateSampleDataset();
 * const report = computeReport(data, { period: "2026-Q2", asOf: "2026-06-15", ids: ["win-rate", "penalty-amount"] });
 * report.results.map(({ id, result }) => headlineOf(id, result).formatted); //=> ["32.4%", "€4,761.07"]
 * headlineOf("win-rate", report.results[0]?.result ?? {}, { locale: "fr-FR" }).formatted; //=> "32,4\u00A0%"
 * const empty = computeIndicator("win-rate", { deals: [] }, { period: "2026-Q2" });
 * headlineOf("win-rate", empty);
 * //=> { value: null, formatted: "— (no closed deals)", reason: "no-closed-deals", status: null, statusReason: null }
 * ```
 * @category Catalogue
 */
export function headlineOf(id: string, result: object, options?: HeadlineOptions): IndicatorHeadline {
  const entry = typeof id === "string" ? ENTRIES.get(id) : undefined;
  if (entry === undefined)
    throw new UnknownIndicatorError(
      typeof id === "string" ? id : `(${typeof id})`,
      CATALOGUE.map((candidate) => candidate.id),
    );
  if (typeof result !== "object" || (result as unknown) === null)
    throw new InvalidArgumentError(`headlineOf: the result must be an object, not ${describeValue(result)}`);
  const locale = resolveLocale(options?.locale ?? "en-US");
  const { value, reason } = valueOf(id, entry.headline, result);
  const status = field(result, "status");
  const statusReason = field(result, "statusReason");
  return {
    value,
    formatted:
      value === null
        ? `${EMPTY_FIGURE_PLACEHOLDER}${reason === null ? "" : ` (${labelOf("reason", reason, { locale })})`}`
        : formatted(entry, value, result, locale),
    reason,
    status: typeof status === "string" ? (status as Status) : null,
    statusReason: typeof statusReason === "string" ? (statusReason as ReasonCode) : null,
  };
}
