/**
 * The report's style sheet, inlined in the page: system fonts only (no web font to fetch), charts
 * and tables side by side on a wide screen, one above the other on a narrow one or on paper.
 *
 * @module
 */

/** The CSS of the report. */
export const REPORT_CSS = `
:root {
  --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff; --canvas: #f5f6f8;
  --accent: #2563eb; --good: #16a34a; --watch: #d97706; --alert: #dc2626; --none: #94a3b8;
}
* { box-sizing: border-box; }
html { background: var(--canvas); }
body {
  margin: 0; color: var(--ink); background: var(--canvas);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-variant-numeric: tabular-nums;
}
header.report { background: var(--paper); border-bottom: 1px solid var(--line); }
header.report .inner, main, footer { max-width: 1320px; margin: 0 auto; padding: 0 28px; }
header.report .inner { padding-top: 26px; padding-bottom: 20px; }
header.report h1 { margin: 0 0 4px; font-size: 24px; font-weight: 650; letter-spacing: -0.01em; }
header.report p { margin: 2px 0; color: var(--muted); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 14px; margin: 22px 0 4px; }
.tile { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
.tile .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.tile .value { font-size: 22px; font-weight: 650; margin-top: 4px; }
.tile .sub { color: var(--muted); font-size: 12px; margin-top: 2px; }
section.indicator {
  background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
  margin: 22px 0; padding: 20px 22px 22px; break-inside: avoid;
}
section.indicator h2 { margin: 0 0 2px; font-size: 18px; font-weight: 650; }
section.indicator h2 .number { color: var(--accent); margin-right: 6px; }
section.indicator .lead { margin: 0 0 14px; color: var(--muted); }
/* The table keeps its natural width (figures never wrap); the chart takes the rest and scales down. */
.pair { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 28px; align-items: start; }
figure.chart { margin: 0; min-width: 0; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
caption { text-align: left; color: var(--muted); font-size: 12px; padding-bottom: 6px; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); white-space: nowrap; }
th { text-align: right; font-weight: 600; color: #374151; background: #f9fafb; font-size: 12px; }
td { text-align: right; }
th:first-child, td:first-child { text-align: left; }
td.words { white-space: normal; text-align: left; min-width: 9em; max-width: 16em; }
tr.total td { font-weight: 650; border-top: 2px solid #d1d5db; }
tr.spike td { background: #fef2f2; }
tr.skipped td { color: var(--muted); }
section.catalogue th:nth-child(2), section.catalogue th:nth-child(4) { text-align: left; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; }
.pill.good { background: var(--good); } .pill.watch { background: var(--watch); }
.pill.alert { background: var(--alert); } .pill.none { background: #e5e7eb; color: #374151; font-weight: 500; }
.flag { color: var(--alert); font-weight: 600; }
.missing { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: 12px; padding-bottom: 28px; }
@media (max-width: 980px) { .pair { grid-template-columns: 1fr; } }
@media print {
  html, body { background: #fff; }
  .pair { grid-template-columns: 1fr; }
  section.indicator { border: none; padding: 0; margin: 18px 0; }
}
`;
