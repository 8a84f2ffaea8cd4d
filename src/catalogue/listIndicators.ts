/**
 * The catalogue as a front end reads it: every entry with what it needs to show a figure it does
 * not know (unit, direction, formatter, the labels of its statuses, reasons, warnings and flags)
 * and the records it cannot do without.
 *
 * @module
 */
import { UnknownIndicatorError } from "../errors/index.js";
import { languageOf, resolveLocale } from "../format/_intl.js";
import type { FlagCode, LabelKind, ReasonCode, WarningCode } from "../format/labelCodes.js";
import type { LabelLanguage } from "../format/formatOptions.js";
import { LABELS } from "../format/labels.js";
import type { Status, Unit } from "../indicators/types.js";
import type {
  CatalogueEntry,
  FormatterName,
  HeadlineField,
  IndicatorGroup,
  LocalizedText,
  RecordKind,
} from "./catalogue.js";
import { CATALOGUE } from "./entries/index.js";
import { INDICATOR_DEFINITIONS, type IndicatorId } from "./registry.js";

/** A text of an entry: in one language (`string`), or in both ({@link LocalizedText}). @category Catalogue */
export type IndicatorText = string | LocalizedText;

/** A code a result carries, with its label. @category Catalogue */
export interface CodeLabel<Code extends string = string, Text extends IndicatorText = LocalizedText> {
  /** The code, as results carry it (`"watch"`, `"no-target"`...). */
  readonly code: Code;
  /** Its label (lower-case, to sit in a table cell or mid-sentence), from `LABELS`. */
  readonly label: Text;
}

/**
 * A catalogue entry as {@link listIndicators} and {@link getIndicator} give it: the entry's data,
 * its formatter, the labels of the codes its results carry, and the records it requires.
 *
 * @typeParam Id - its id (a literal from `getIndicator("pipeline")`)
 * @typeParam Text - its texts: {@link LocalizedText} (both languages) or `string` (one locale)
 * @category Catalogue
 */
export interface IndicatorEntry<Id extends string = string, Text extends IndicatorText = LocalizedText> {
  /** Stable id, also the `indicator` field of its results. */
  readonly id: Id;
  /** Short label. */
  readonly label: Text;
  /** One-line description. */
  readonly description: Text;
  /** The formula in words. */
  readonly formula: Text;
  /** Unit of the headline figure. */
  readonly unit: Unit;
  /** Whether a higher or a lower value is better. */
  readonly direction: CatalogueEntry["direction"];
  /** The grain the indicator is usually read at. */
  readonly defaultGrain: CatalogueEntry["defaultGrain"];
  /** Default status thresholds, or `null` when the indicator has no status. */
  readonly defaultThresholds: CatalogueEntry["defaultThresholds"];
  /** Records it reads (required first, then optional ones). */
  readonly records: readonly RecordKind[];
  /** The records without which it is not computed (`computeReport` lists the missing ones). */
  readonly requires: readonly RecordKind[];
  /** Name of the function that computes it. */
  readonly compute: string;
  /** Its family: the article's headline or operational indicators, or the big CRMs' (`crm`). */
  readonly group: IndicatorGroup;
  /** Where its headline figure sits in its result (`headlineOf` reads it). */
  readonly headline: HeadlineField;
  /** The `src/format` function to format its headline figure with. */
  readonly formatter: FormatterName;
  /** Its status lights with their labels (`good`, `watch`, `alert`); empty when it has no status. */
  readonly statuses: readonly CodeLabel<Status, Text>[];
  /** The reasons its figures or statuses can be empty for, with their labels. */
  readonly reasons: readonly CodeLabel<ReasonCode, Text>[];
  /** The warnings its results can carry, with their labels. */
  readonly warnings: readonly CodeLabel<WarningCode, Text>[];
  /** The flags its buckets can carry, with their labels. */
  readonly flags: readonly CodeLabel<FlagCode, Text>[];
}

/** Options of {@link listIndicators}. @category Catalogue */
export interface ListIndicatorsOptions {
  /** BCP 47 locale of the texts (French for any `fr` locale, English otherwise); absent: both languages. */
  readonly locale?: string;
}

/**
 * The formatter of each unit, for an entry that names none: money as money, a ratio as a
 * percentage, counts, hours and scores as numbers, durations as durations.
 *
 * @example
 * ```ts
 * DEFAULT_FORMATTERS.ratio; //=> "percent"
 * ```
 * @category Catalogue
 */
export const DEFAULT_FORMATTERS: { readonly [U in Unit]: FormatterName } = Object.freeze({
  money: "money",
  ratio: "percent",
  count: "number",
  duration: "duration",
  hours: "number",
  score: "number",
});

const STATUSES: readonly Status[] = ["good", "watch", "alert"];

/** The definitions' required records, by id. */
const REQUIRES: ReadonlyMap<string, readonly RecordKind[]> = new Map(
  INDICATOR_DEFINITIONS.map((definition) => [definition.id, definition.requires]),
);

/** A text in the language asked for, or in both. */
type TextIn = (text: LocalizedText) => IndicatorText;

function codeLabels<Code extends string>(
  kind: LabelKind,
  codes: readonly Code[],
  text: TextIn,
): readonly CodeLabel<Code, IndicatorText>[] {
  const labelIn = (language: LabelLanguage, code: Code): string =>
    (LABELS[language][kind] as Readonly<Record<string, string>>)[code] ?? code;
  return Object.freeze(
    codes.map((code) => Object.freeze({ code, label: text({ en: labelIn("en", code), fr: labelIn("fr", code) }) })),
  );
}

function view(entry: CatalogueEntry, text: TextIn): IndicatorEntry<string, IndicatorText> {
  return Object.freeze({
    id: entry.id,
    label: text(entry.label),
    description: text(entry.description),
    formula: text(entry.formula),
    unit: entry.unit,
    direction: entry.direction,
    defaultGrain: entry.defaultGrain,
    defaultThresholds: entry.defaultThresholds,
    records: entry.records,
    // An entry without a definition (none once the catalogue test passes) needs every record it reads.
    requires: REQUIRES.get(entry.id) ?? entry.records,
    compute: entry.compute,
    group: entry.group,
    headline: entry.headline,
    formatter: entry.formatter ?? DEFAULT_FORMATTERS[entry.unit],
    statuses: codeLabels("status", entry.defaultThresholds === null ? [] : STATUSES, text),
    reasons: codeLabels("reason", entry.reasons ?? [], text),
    warnings: codeLabels("warning", entry.warnings ?? [], text),
    flags: codeLabels("flag", entry.flags ?? [], text),
  });
}

const bothLanguages: TextIn = (text) => text;

function oneLanguage(language: LabelLanguage): TextIn {
  return (text) => text[language];
}

/**
 * Lists the catalogue: every indicator's entry, in catalogue order (the article's five first), with
 * its formatter, the labels of its codes and the records it requires (spec section 5).
 *
 * @param options - `locale`: the texts in that locale's language (French for `fr-*`, else
 *   English); absent: every text in both languages (`{ en, fr }`)
 * @returns the entries, frozen
 * @throws {@link InvalidArgumentError} when the locale is not a BCP 47 tag
 * @example
 * ```ts
 * const ids = listIndicators().map((e) => e.id);
 * ids.slice(0, 5); //=> ["revenue-vs-target", "revenue-per-seller", "pipeline", "activity-rate", "lost-deals"]
 * ids.includes("negotiations") && ids.includes("new-customer-revenue") && ids.includes("win-rate") && ids.includes("delivery-lead-time") && ids.includes("hours-sold"); //=> true
 * const rate = listIndicators({ locale: "fr-FR" }).find((e) => e.id === "activity-rate");
 * rate?.label; //=> "Taux d'activité"
 * rate?.formatter; //=> "percent"
 * rate?.statuses.map((s) => s.label); //=> ["bon", "à surveiller", "alerte"]
 * listIndicators()[0]?.reasons[0];
 * //=> { code: "no-target", label: { en: "no target", fr: "pas d'objectif" } }
 * ```
 * @category Catalogue
 */
export function listIndicators(
  options?: ListIndicatorsOptions & { readonly locale?: undefined },
): readonly IndicatorEntry[];
/** The texts in one locale's language. @category Catalogue */
export function listIndicators(
  options: ListIndicatorsOptions & { readonly locale: string },
): readonly IndicatorEntry<string, string>[];
/** A locale known only at run time: texts in one language when it is given, else in both. @category Catalogue */
export function listIndicators(options?: ListIndicatorsOptions): readonly IndicatorEntry<string, IndicatorText>[];
export function listIndicators(options?: ListIndicatorsOptions): readonly IndicatorEntry<string, IndicatorText>[] {
  const locale = options?.locale;
  const text = locale === undefined ? bothLanguages : oneLanguage(languageOf(resolveLocale(locale)));
  return Object.freeze(CATALOGUE.map((entry) => view(entry, text)));
}

/**
 * Looks an entry up by its stable id. A literal id gives its own entry type (`getIndicator("pipeline").id`
 * is `"pipeline"`).
 *
 * @param id - e.g. `"pipeline"`
 * @returns the entry, texts in both languages, as {@link listIndicators} gives it
 * @throws {@link UnknownIndicatorError} when no indicator has that id (the error names it and the known ids)
 * @example
 * ```ts
 * getIndicator("activity-rate").label.fr; //=> "Taux d'activité"
 * getIndicator("lost-deals").requires; //=> ["deal"]
 * getIndicator("pipline"); //=> throws UnknownIndicatorError
 * ```
 * @category Catalogue
 */
export function getIndicator<Id extends IndicatorId>(id: Id): IndicatorEntry<Id>;
/** An id known only at run time (a command line, a URL). @category Catalogue */
export function getIndicator(id: string): IndicatorEntry;
export function getIndicator(id: string): IndicatorEntry {
  const entry = typeof id === "string" ? CATALOGUE.find((candidate) => candidate.id === id) : undefined;
  if (entry === undefined) {
    throw new UnknownIndicatorError(
      typeof id === "string" ? id : `(${typeof id})`,
      CATALOGUE.map((candidate) => candidate.id),
    );
  }
  return view(entry, bothLanguages) as IndicatorEntry;
}
