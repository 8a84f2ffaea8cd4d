/**
 * `renderHtmlReport`: the five headline indicators as one self-contained HTML page, charts drawn
 * as inline SVG beside readable tables.
 *
 * @module
 */
import { toVegaLite } from "../chart/toVegaLite.js";
import { InvalidArgumentError } from "../errors/index.js";
import { languageOf, resolveLocale } from "../format/_intl.js";
import { catalogueSections, checkCatalogue } from "./_catalogueSections.js";
import { escapeHtml } from "./_escape.js";
import {
  activityRateTable,
  formats,
  lostDealsTable,
  pipelineTable,
  revenuePerSellerTable,
  revenueVsTargetTable,
  tile,
  type Formats,
} from "./_htmlSections.js";
import { REPORT_CSS } from "./_htmlStyle.js";
import { htmlText } from "./_htmlText.js";
import { renderSvg } from "./_renderSvg.js";
import {
  HTML_REPORT_SECTIONS,
  type HtmlReportOptions,
  type HtmlReportResults,
  type HtmlReportSection,
} from "./htmlReportTypes.js";

/** The spec's number of each section (docs/specification.md, section 2). */
const NUMBERS: Readonly<Record<HtmlReportSection, string>> = {
  revenueVsTarget: "2.1",
  revenuePerSeller: "2.2",
  pipeline: "2.3",
  activityRate: "2.4",
  lostDeals: "2.5",
};

/** The DOM id of each section (stable: links and the browser test find the sections by it). */
const IDS: Readonly<Record<HtmlReportSection, string>> = {
  revenueVsTarget: "revenue-vs-target",
  revenuePerSeller: "revenue-per-seller",
  pipeline: "pipeline",
  activityRate: "activity-rate",
  lostDeals: "lost-deals",
};

/** A section's table, or `null` when its result is absent. */
function tableOf(f: Formats, results: HtmlReportResults, section: HtmlReportSection): string | null {
  switch (section) {
    case "revenueVsTarget":
      return results.revenueVsTarget === undefined ? null : revenueVsTargetTable(f, results.revenueVsTarget);
    case "revenuePerSeller":
      return results.revenuePerSeller === undefined ? null : revenuePerSellerTable(f, results.revenuePerSeller);
    case "pipeline":
      return results.pipeline === undefined ? null : pipelineTable(f, results.pipeline);
    case "activityRate":
      return results.activityRate === undefined ? null : activityRateTable(f, results.activityRate);
    case "lostDeals":
      return results.lostDeals === undefined ? null : lostDealsTable(f, results.lostDeals);
  }
}

/** The tiles above the sections: the figures a reader looks for first. */
function tiles(f: Formats, results: HtmlReportResults): string {
  const { text } = f;
  const out: string[] = [];
  const revenue = results.revenueVsTarget;
  if (revenue !== undefined) {
    out.push(
      tile(
        `${text.realized} ${text.toDate}`,
        f.money(revenue.total.realized, revenue.currency),
        `${text.target}: ${f.money(revenue.total.target, revenue.currency)}`,
      ),
    );
    out.push(
      tile(text.attainment, f.percent(revenue.total.attainment), `${text.pace}: ${f.percent(revenue.total.pace)}`),
    );
  }
  const pipeline = results.pipeline;
  if (pipeline !== undefined)
    out.push(
      tile(
        text.weightedPipeline,
        f.money(pipeline.totals.weighted, pipeline.currency),
        `${f.count(pipeline.totals.dealCount)} ${text.deals.toLowerCase()}`,
      ),
    );
  const lost = results.lostDeals?.buckets.at(-1);
  if (lost !== undefined && results.lostDeals !== undefined)
    out.push(
      tile(
        text.lostLatest,
        f.count(lost.lostCount),
        `${lost.label} · ${f.money(lost.lostAmount, results.lostDeals.currency)}`,
      ),
    );
  return out.length === 0 ? "" : `<div class="tiles">${out.join("")}</div>`;
}

/**
 * The five headline indicators as one HTML page: for each, a chart (the `toVegaLite` chart of its
 * result, drawn to inline SVG at report time with `vega`) beside a table of its figures in the
 * locale's style, under headline tiles. The page is self-contained: inline CSS and SVG, system
 * fonts, no script, nothing fetched when it is opened (it reads the same offline, attached to a
 * mail, or printed).
 *
 * Sections: revenue against target by month (CA réalisé / objectifs, 2.1), revenue per seller over
 * time (CA par vendeur, 2.2), the pipeline by month of expected close (pipeline commercial, 2.3),
 * the activity rate by seller and type (taux d'activité, 2.4), the lost deals by month with spikes
 * marked (volume des affaires perdues, 2.5). A result not given leaves its section saying it was
 * not computed, with `options.notComputed`'s reason. With `options.catalogue` (a `computeReport`
 * result), two tables follow: the article's operational indicators (indicateurs opérationnels)
 * and what the big CRMs add, each row an indicator's id, label, headline figure (`headlineOf`)
 * and status or reason, or the records it would need.
 *
 * @param results - the results to show, by section (each optional)
 * @param options - `locale` (French words for `fr`; numbers in its style), `names` (sellers' display
 *   names by id), `title`, `notes` (lines under the title), `notComputed` (why a section is absent)
 * @returns the page's HTML text (UTF-8), ready to be written to a `.html` file
 * @throws InvalidArgumentError when `results` or an option is malformed, or a result is not
 *   the form its section shows (or, in `catalogue`, the form its entry reads)
 * @example
 * ```ts
 * import { pipeline } from "crm-kpi";
 * import { generateSampleDataset } from "crm-kpi/sample";
 * import { renderHtmlReport } from "crm-kpi/node";
 * import { writeFileSync } from "node:fs";
 *
 * const data = generateSampleDataset();
 * const html = await renderHtmlReport(
 *   { pipeline: pipeline(data.deals, { asOf: data.asOf, stageProbabilities: data.stageProbabilities }) },
 *   { locale: "fr-FR", names: new Map(data.sellers.map((s) => [s.id, s.name ?? s.id])) },
 * );
 * writeFileSync("report.html", html);
 * ```
 * @category HTML report
 */
export async function renderHtmlReport(results: HtmlReportResults, options: HtmlReportOptions = {}): Promise<string> {
  const untypedResults: unknown = results;
  if (typeof untypedResults !== "object" || untypedResults === null)
    throw new InvalidArgumentError("results must be an object");
  const untypedOptions: unknown = options;
  if (typeof untypedOptions !== "object" || untypedOptions === null)
    throw new InvalidArgumentError("options must be an object");
  const locale = resolveLocale(options.locale);
  const language = languageOf(locale);
  const text = htmlText(language);
  const untypedNames: unknown = options.names;
  if (untypedNames !== undefined && !(untypedNames instanceof Map))
    throw new InvalidArgumentError("names must be a Map from seller id to display name");
  const f = formats(locale, text, options.names);
  const chartOptions = { locale, ...(options.names === undefined ? {} : { names: options.names }) };
  const sections: string[] = [];
  for (const section of HTML_REPORT_SECTIONS) {
    const result = results[section];
    const heading = `<h2><span class="number">${NUMBERS[section]}</span>${escapeHtml(text.sections[section])}</h2>`;
    const table = tableOf(f, results, section);
    if (result === undefined || table === null) {
      const why = options.notComputed?.[section];
      sections.push(
        `<section class="indicator" id="${IDS[section]}">${heading}<p class="missing">${escapeHtml(why === undefined ? text.notComputed : `${text.notComputed}: ${why}`)}</p></section>`,
      );
      continue;
    }
    const spec = toVegaLite(result, chartOptions);
    // The section's heading and lead line say what the chart's title and subtitle would.
    const { title: _title, ...untitled } = spec;
    const svg = await renderSvg(untitled, IDS[section]);
    const lead = spec.title.subtitle === undefined ? "" : `<p class="lead">${escapeHtml(spec.title.subtitle)}</p>`;
    sections.push(
      `<section class="indicator" id="${IDS[section]}">${heading}${lead}<div class="pair"><figure class="chart" data-chart="${IDS[section]}" role="img" aria-label="${escapeHtml(spec.description)}">${svg}</figure>${table}</div></section>`,
    );
  }
  if (options.catalogue !== undefined) sections.push(catalogueSections(f, checkCatalogue(options.catalogue)));
  const title = options.title ?? text.title;
  const notes = (options.notes ?? []).map((note) => `<p>${escapeHtml(note)}</p>`).join("");
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report"><div class="inner"><h1>${escapeHtml(title)}</h1>${notes}</div></header>
<main>
${tiles(f, results)}
${sections.join("\n")}
</main>
<footer>${escapeHtml(text.footer)}</footer>
</body>
</html>
`;
}
