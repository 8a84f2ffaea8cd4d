/**
 * `crm-kpi/node`: reading CSV exports from files, bytes and streams into the tables the
 * indicators read, and the HTML report with its charts (Node only: it uses `node:fs`, streams and
 * `vega`; the main entry stays browser-safe and free of chart libraries).
 *
 * @example
 * ```ts
 * import { readCsv } from "crm-kpi/node";
 * const { data: orders, errors } = await readCsv("orders", { path: "exports/orders.csv" }, { timeZone: "Europe/Paris" });
 * ```
 *
 * @module
 */
export * from "./csv/csvTypes.js";
export * from "./csv/presets.js";
export * from "./csv/readCsv.js";
export * from "./csv/recordKinds.js";
export * from "./html/htmlReportTypes.js";
export * from "./html/renderHtmlReport.js";
