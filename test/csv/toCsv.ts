/**
 * Test support: raw rows written as CSV text (every field quoted, quotes doubled), so the CSV
 * tests can feed `readCsv` the same rows they give the table parsers.
 */

/** The columns of `rows` in order of first appearance. */
export function columnsOf(rows: readonly object[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/** `rows` as CSV: a header, then one quoted record per row (an absent field is an empty one). */
export function toCsv(
  rows: readonly object[],
  options: { readonly delimiter?: string; readonly lineEnd?: string; readonly columns?: readonly string[] } = {},
): string {
  const { delimiter = ",", lineEnd = "\r\n" } = options;
  const columns = options.columns ?? columnsOf(rows);
  const quote = (value: unknown): string =>
    value === undefined || value === null
      ? ""
      : `"${(typeof value === "string" ? value : JSON.stringify(value)).replaceAll('"', '""')}"`;
  const lines = [columns.map(quote).join(delimiter)];
  for (const row of rows)
    lines.push(columns.map((column) => quote((row as Record<string, unknown>)[column])).join(delimiter));
  return lines.join(lineEnd) + lineEnd;
}
