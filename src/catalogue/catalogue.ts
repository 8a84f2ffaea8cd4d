import type { FlagCode, ReasonCode, WarningCode } from "../format/labelCodes.js";
import type { ThresholdsInput, Unit } from "../indicators/types.js";
import type { Grain } from "../period/types.js";

/** Text in the catalogue's two languages. @category Catalogue */
export interface LocalizedText {
  /** English. */
  readonly en: string;
  /** French, the source article's language. */
  readonly fr: string;
}

/** The record types an indicator reads. @category Catalogue */
export type RecordKind =
  | "order"
  | "revenue-target"
  | "deal"
  | "activity"
  | "activity-target"
  | "seller"
  | "stage-change"
  | "close-date-change"
  | "delivery"
  | "complaint"
  | "penalty"
  | "survey-response"
  | "offer"
  | "prospect"
  | "request"
  | "expense";

/**
 * The `src/format` function a front end formats an indicator's headline figure with: `money`
 * (`formatMoney`), `percent` (`formatPercent`), `ratio` (`formatRatio`), `number` (`formatNumber`)
 * or `duration`.
 * @category Catalogue
 */
export type FormatterName = "money" | "percent" | "ratio" | "number" | "duration";

/**
 * Where an indicator comes from: one of the source article's five headline indicators
 * (`headline`), one of its 22 operational indicators (`operational`, spec section 3), or what
 * sales teams expect from the big CRMs (`crm`, spec section 4).
 * @category Catalogue
 */
export type IndicatorGroup = "headline" | "operational" | "crm";

/**
 * Where an entry's headline figure sits in its result: the one number a program shows for it
 * without knowing it (`headlineOf` reads it), formatted with the entry's `formatter`.
 *
 * Interpretation: an indicator whose result has no single figure (revenue per seller lists one
 * series per seller) is headlined by the mean of one field over a list of its result: the mean
 * revenue per listed seller over the range.
 * @category Catalogue
 */
export interface HeadlineField {
  /**
   * The keys from the result to the figure: a `Decimal`, a count, or a figure `{ value, reason }`
   * (a `null` value takes its reason from the object that holds it); with `meanOf`, to a list.
   */
  readonly path: readonly string[];
  /** Set when the figure is the mean of this field over the list at `path`. */
  readonly meanOf?: string;
}

/**
 * One indicator's catalogue entry (spec section 5): what a front end needs to show its figure
 * without knowing it. Every entry names its formatter and the codes its results can carry (those
 * its result schema admits for the form the catalogue computes); `src/format/labels.ts` gives each
 * code an English and a French label, and `listIndicators` joins them. A test holds, entry by
 * entry, that the codes listed are those of the result schema and that every code the function
 * emits on the sample dataset, empty records and edge cases is listed and labelled.
 *
 * Interpretation: ratios read as a share are formatted as percentages; pipeline coverage and
 * margin over commercial expenses, read as multiples ("3.2x coverage"), as ratios.
 *
 * @category Catalogue
 */
export interface CatalogueEntry {
  /** Stable id, also the `indicator` field of its results. */
  readonly id: string;
  /** Short label. */
  readonly label: LocalizedText;
  /** One-line description. */
  readonly description: LocalizedText;
  /** The formula in words. */
  readonly formula: LocalizedText;
  /** Unit of the headline figure. */
  readonly unit: Unit;
  /** Whether a higher or a lower value is better. */
  readonly direction: "higher-is-better" | "lower-is-better";
  /** The grain the indicator is usually read at. */
  readonly defaultGrain: Grain;
  /** Default status thresholds, or `null` when the indicator has no status. */
  readonly defaultThresholds: ThresholdsInput | null;
  /** Records it needs (required first, then optional ones). */
  readonly records: readonly RecordKind[];
  /** Name of the function that computes it. */
  readonly compute: string;
  /** Which family it belongs to: the article's headline or operational indicators, or the big CRMs'. */
  readonly group: IndicatorGroup;
  /** Where its headline figure sits in its result. */
  readonly headline: HeadlineField;
  /** How to format its headline figure; absent: by unit (`DEFAULT_FORMATTERS`). Every entry of the catalogue names one. */
  readonly formatter?: FormatterName;
  /** The reason codes its results can carry (why a figure, a status or a part is empty); absent: none. */
  readonly reasons?: readonly ReasonCode[];
  /** The warning codes its results can carry; absent: none. */
  readonly warnings?: readonly WarningCode[];
  /** The flag codes its buckets can carry; absent: none. */
  readonly flags?: readonly FlagCode[];
  /**
   * Set when the entry is another entry read with fixed options (indicator 6 is 2.2 at the month
   * grain): the id of that entry and the options `compute` is called with. Absent on most entries.
   */
  readonly readingOf?: {
    /** The id of the entry read. */
    readonly id: string;
    /** The options fixed for this reading. */
    readonly options: {
      /** The grain the entry is read at. */
      readonly grain: Grain;
    };
  };
}
