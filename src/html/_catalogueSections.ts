/**
 * The catalogue's sections of the HTML report: after the five headline indicators, the article's
 * operational indicators and what the big CRMs add, one table each (id, label in the report's
 * language, headline figure, status or reason), and for the indicators the records did not allow,
 * the records they would need.
 *
 * @module
 */
import type { IndicatorGroup, RecordKind } from "../catalogue/catalogue.js";
import type { IndicatorReport } from "../catalogue/computeReport.js";
import { CATALOGUE } from "../catalogue/entries/index.js";
import { headlineOf } from "../catalogue/headlineOf.js";
import { describeValue } from "../errors/describe.js";
import { InvalidArgumentError } from "../errors/index.js";
import { EMPTY_FIGURE_PLACEHOLDER } from "../format/formatOptions.js";
import { escapeHtml } from "./_escape.js";
import { table, type Formats, type Row } from "./_htmlSections.js";

/** The groups of the catalogue the sections show, in order, with the spec's section number of each. */
const GROUPS: readonly { readonly group: Exclude<IndicatorGroup, "headline">; readonly number: string }[] = [
  { group: "operational", number: "3" },
  { group: "crm", number: "4" },
];

/**
 * A catalogue report as `renderHtmlReport` takes it, checked: an object with `results` and
 * `skipped` lists (what `computeReport` returns).
 *
 * @throws InvalidArgumentError when it is not
 */
export function checkCatalogue(value: unknown): IndicatorReport {
  const report = value as { readonly results?: unknown; readonly skipped?: unknown } | null;
  if (typeof report !== "object" || report === null || !Array.isArray(report.results) || !Array.isArray(report.skipped))
    throw new InvalidArgumentError(
      `catalogue must be the report computeReport returns ({ results, skipped }), not ${describeValue(value)}`,
    );
  return value as IndicatorReport;
}

/** The record kinds, in the report's words, joined. */
function kindsText(f: Formats, kinds: readonly RecordKind[]): string {
  return kinds.map((kind) => f.text.records[kind]).join(", ");
}

/** One group's section: its table in catalogue order, and a lead line counting what was computed. */
function groupSection(
  f: Formats,
  report: IndicatorReport,
  group: Exclude<IndicatorGroup, "headline">,
  number: string,
): string {
  const { text } = f;
  const results = new Map<string, object>(report.results.map((entry) => [entry.id, entry.result]));
  const skipped = new Map<string, readonly RecordKind[]>(report.skipped.map((entry) => [entry.id, entry.missing]));
  const rows: Row[] = [];
  const missing = new Set<RecordKind>();
  let computed = 0;
  for (const entry of CATALOGUE) {
    if (entry.group !== group) continue;
    const names = [entry.id, { words: entry.label[text.language] }] as const;
    const result = results.get(entry.id);
    if (result !== undefined) {
      computed += 1;
      const headline = headlineOf(entry.id, result, { locale: f.locale });
      const light =
        headline.status !== null || headline.statusReason !== null
          ? { html: f.pill(headline.status, headline.statusReason) }
          : "";
      rows.push({ cells: [...names, headline.formatted, light] });
      continue;
    }
    const needs = skipped.get(entry.id);
    if (needs === undefined) continue;
    for (const kind of needs) missing.add(kind);
    rows.push({
      className: "skipped",
      cells: [...names, EMPTY_FIGURE_PLACEHOLDER, { words: `${text.needs} ${kindsText(f, needs)}` }],
    });
  }
  const id = `catalogue-${group}`;
  const heading = `<h2><span class="number">${number}</span>${escapeHtml(text.groups[group])}</h2>`;
  if (rows.length === 0)
    return `<section class="indicator catalogue" id="${id}">${heading}<p class="missing">${escapeHtml(text.notComputed)}</p></section>`;
  const counts = text.counted(computed, rows.length - computed);
  const lead = missing.size === 0 ? counts : `${counts} ${text.wouldNeed} ${kindsText(f, [...missing])}.`;
  return `<section class="indicator catalogue" id="${id}">${heading}<p class="lead">${escapeHtml(lead)}</p>${table(
    text.groups[group],
    text.catalogueHeaders,
    rows,
  )}</section>`;
}

/**
 * The catalogue's sections of a report: the operational indicators (spec section 3), then what
 * the big CRMs add (section 4); the headline indicators have their own sections above.
 *
 * @throws InvalidArgumentError when a result is not the form its entry reads (`headlineOf`)
 */
export function catalogueSections(f: Formats, report: IndicatorReport): string {
  return GROUPS.map(({ group, number }) => groupSection(f, report, group, number)).join("\n");
}
