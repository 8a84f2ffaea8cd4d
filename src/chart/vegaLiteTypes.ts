/**
 * The types of `toVegaLite`: the Vega-Lite specification it returns, one row of its inlined data,
 * and its options.
 *
 * @module
 */

/** One row of a chart's inlined data: a field's name to a label, a number to draw, or an exact text. @category Charts */
export type VegaLiteDatum = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A Vega-Lite specification (https://vega.github.io/vega-lite/), as plain data: hand it to
 * `vega-embed`, a notebook's Vega-Lite display, or `vega-lite`'s `compile`. Its data is inlined
 * (`data.values`), so it needs no file and no network.
 *
 * @category Charts
 */
export interface VegaLiteSpec {
  /** The Vega-Lite JSON schema the specification follows (version 6). */
  readonly $schema: string;
  /** The chart's title. */
  readonly title: {
    /** The title's text. */
    readonly text: string;
    /** A line under the title: the period, how to read the marks, the currency. */
    readonly subtitle?: string;
  };
  /** What the chart shows, in a sentence (for screen readers and `aria-label`). */
  readonly description: string;
  /** The chart's data rows, inlined. */
  readonly data: {
    /** One row per mark: the category (`x`), the series, the number drawn (`value`), `exact` and `formatted` texts. */
    readonly values: readonly VegaLiteDatum[];
  };
  /** Width of the plotting area in pixels. */
  readonly width: number;
  /** Height of the plotting area in pixels. */
  readonly height: number;
  /** The chart's layers (each a mark and its encoding), drawn in order. */
  readonly layer: readonly Readonly<Record<string, unknown>>[];
  /** Fonts, colours and axis styles. */
  readonly config: Readonly<Record<string, unknown>>;
}

/** Options of `toVegaLite`. @category Charts */
export interface ChartOptions {
  /** Titles, legends and tooltips in French for any `fr` locale, in English otherwise; numbers in this locale's style (default `"en-US"`). */
  readonly locale?: string;
  /** Display names of sellers and teams by id (a roster's names); an id without a name is shown as itself. */
  readonly names?: ReadonlyMap<string, string>;
  /** Width of the plotting area in pixels (default 560). */
  readonly width?: number;
  /** Height of the plotting area in pixels (default 260). */
  readonly height?: number;
}
