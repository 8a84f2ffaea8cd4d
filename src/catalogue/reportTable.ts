/**
 * A report of the catalogue as a plain-text table's rows: one row per indicator, its English and
 * French names, its headline figure and its status (or the records it would need), so the command
 * line and `npm run demo` print any indicator without knowing it.
 *
 * @module
 */
import type { TextTableParts } from "../format/headlineTables.js";
import { textFormat } from "../format/textReport.js";
import type { IndicatorGroup } from "./catalogue.js";
import type { IndicatorReport } from "./computeReport.js";
import { CATALOGUE } from "./entries/index.js";
import { headlineOf } from "./headlineOf.js";

/** Options of {@link reportTable}. @category Catalogue */
export interface ReportTableOptions {
  /** BCP 47 locale of the figures and labels; default `"en-US"`. */
  readonly locale?: string;
  /** Only the indicators of these groups; absent: every group. */
  readonly groups?: readonly IndicatorGroup[];
}

const HEADERS = {
  en: ["id", "indicator", "French name", "figure", "status or reason"],
  fr: ["id", "English name", "indicateur", "valeur", "statut ou raison"],
} as const;

const NEEDS = { en: "needs", fr: "il manque" } as const;

/**
 * A report's indicators as table rows, in catalogue order: id, English name, French name, the
 * headline figure (`headlineOf`: written with the entry's formatter, or `—` and the reason it is
 * empty) and the status light (or the reason there is none); an indicator the report skipped
 * shows `—` and the record kinds it would need.
 *
 * @param report - a `computeReport` result
 * @param options - `locale` (default `"en-US"`), `groups` to keep
 * @returns the column titles (in the locale's language) and the rows, as `textTable` takes them
 * @throws {@link InvalidArgumentError} when the locale is not a BCP 47 tag
 * @example
 * ```ts
 * const data = generateSampleDataset();
 * const { deals, stageProbabilities } = data;
 * const report = computeReport({ deals, stageProbabilities }, { period: "2026-Q2", asOf: "2026-06-15" });
 * const [headers, rows] = reportTable(report, { groups: ["crm"] });
 * headers; //=> ["id", "indicator", "French name", "figure", "status or reason"]
 * rows[0]; //=> ["new-vs-existing-revenue", "New versus existing customer revenue", ..., "—", "needs order"]
 * rows[2]; //=> ["win-rate", "Win rate", "Taux de réussite des affaires", "32.4%", ""]
 * textTable(headers, rows, { textColumns: 3 })[2];
 * //=> "new-vs-existing-revenue  New versus existing customer revenue  CA nouveaux clients / clients existants  ..."
 * ```
 * @category Catalogue
 */
export function reportTable(report: IndicatorReport, options?: ReportTableOptions): TextTableParts {
  const format = textFormat(options?.locale ?? "en-US");
  const language = format.locale.toLowerCase().startsWith("fr") ? "fr" : "en";
  const groups = options?.groups;
  const results = new Map<string, object>(report.results.map((entry) => [entry.id, entry.result]));
  const skipped = new Map(report.skipped.map((entry) => [entry.id, entry.missing]));
  const rows = CATALOGUE.filter((entry) => groups === undefined || groups.includes(entry.group)).flatMap((entry) => {
    const result = results.get(entry.id);
    const missing = skipped.get(entry.id);
    const names = [entry.id, entry.label.en, entry.label.fr];
    if (result !== undefined) {
      const headline = headlineOf(entry.id, result, { locale: format.locale });
      const light =
        headline.status !== null || headline.statusReason !== null
          ? format.light(headline.status, headline.statusReason)
          : "";
      return [[...names, headline.formatted, light]];
    }
    return missing === undefined ? [] : [[...names, "—", `${NEEDS[language]} ${missing.join(", ")}`]];
  });
  return [HEADERS[language], rows];
}
