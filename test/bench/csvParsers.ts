/**
 * Measures the three candidate CSV parsers (udsv, papaparse, csv-parse) on our data, against the
 * scanner `crm-kpi/node`'s `readCsv` uses (its own: issue 12 allows one only if it is faster than
 * all three and passes the same cases). Not part of `npm test`.
 *
 * - Correctness: the cases `readCsv` must handle (RFC 4180 quoting with a delimiter, a doubled
 *   quote and a line break inside quotes; CRLF; a BOM; `;` and tab delimiters; Latin-1 bytes; no
 *   final line break), each parsed by each parser with its own options for that case, compared
 *   with the expected fields.
 * - Speed and memory: an orders export of the sample generator (`--rows`, default 300,000) as one
 *   UTF-8 buffer, parsed to string fields; median time of `--runs` runs (default 3) and the heap
 *   growth while the parsed rows are alive.
 * - Streaming speed, the rows not kept (how `readCsv` reads: each record goes into columns and is
 *   dropped): each parser's own record callback counts the fields; median of `--runs` runs, the
 *   parsers in turn within each run.
 *
 * Usage: `node --expose-gc --import tsx test/bench/csvParsers.ts [--rows 300000] [--runs 3]`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { parse as csvParseSync } from "csv-parse/sync";
import Papa from "papaparse";
import { inferSchema, initParser } from "udsv";
import { CsvScanner } from "../../src/csv/_scan.js";
import { generateSampleDataset, toRawRows } from "../../src/sample.js";

type Fields = string[][];

interface Case {
  readonly name: string;
  readonly bytes: Buffer;
  readonly delimiter: string;
  readonly encoding: "utf-8" | "latin1";
  readonly expected: Fields;
}

const HEADER = ["id", "name", "amount"];
const CASES: readonly Case[] = [
  {
    name: "RFC 4180 quoting (delimiter, doubled quote, line break)",
    bytes: Buffer.from('id,name,amount\no-1,"Acme, ""Ltd""\nParis",12.5\no-2,Bolt,3\n'),
    delimiter: ",",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", 'Acme, "Ltd"\nParis', "12.5"], ["o-2", "Bolt", "3"]],
  },
  {
    name: "CRLF line ends",
    bytes: Buffer.from("id,name,amount\r\no-1,Acme,12.5\r\no-2,Bolt,3\r\n"),
    delimiter: ",",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", "Acme", "12.5"], ["o-2", "Bolt", "3"]],
  },
  {
    name: "UTF-8 BOM",
    bytes: Buffer.from("\uFEFFid,name,amount\no-1,Société,12.5\n"),
    delimiter: ",",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", "Société", "12.5"]],
  },
  {
    name: "semicolon and decimal comma",
    bytes: Buffer.from('id;name;amount\r\no-1;"Acme; Paris";12,5\r\n'),
    delimiter: ";",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", "Acme; Paris", "12,5"]],
  },
  {
    name: "tab",
    bytes: Buffer.from("id\tname\tamount\no-1\tAcme\t12.5\n"),
    delimiter: "\t",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", "Acme", "12.5"]],
  },
  {
    name: "Latin-1 bytes",
    bytes: Buffer.from("id;name;amount\no-1;Société Générale;12,5\n", "latin1"),
    delimiter: ";",
    encoding: "latin1",
    expected: [HEADER, ["o-1", "Société Générale", "12,5"]],
  },
  {
    name: "no final line break, empty and quoted empty fields",
    bytes: Buffer.from('id,name,amount\no-1,,""\no-2,"",3'),
    delimiter: ",",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", "", ""], ["o-2", "", "3"]],
  },
  {
    name: "blank line between records (skipped)",
    bytes: Buffer.from("id,name,amount\r\no-1,Acme,1\r\n\r\no-2,Bolt,3\r\n"),
    delimiter: ",",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", "Acme", "1"], ["o-2", "Bolt", "3"]],
  },
  {
    name: "a short row and a long row keep their own fields",
    bytes: Buffer.from("id,name,amount\no-1,Acme\no-2,Bolt,3,4\no-3,Cargo,5\n"),
    delimiter: ",",
    encoding: "utf-8",
    expected: [HEADER, ["o-1", "Acme"], ["o-2", "Bolt", "3", "4"], ["o-3", "Cargo", "5"]],
  },
  {
    name: "unterminated quote is an error, not a swallowed file",
    bytes: Buffer.from('id,name,amount\no-1,"Acme,1\no-2,Bolt,3\n'),
    delimiter: ",",
    encoding: "utf-8",
    expected: [["error"]],
  },
];

/** The text of `bytes`; the decoding is ours for the parsers that take text. */
function decode(bytes: Buffer, encoding: "utf-8" | "latin1"): string {
  return new TextDecoder(encoding === "latin1" ? "latin1" : "utf-8").decode(bytes);
}

const PARSERS: Readonly<Record<string, (bytes: Buffer, delimiter: string, encoding: "utf-8" | "latin1") => Fields>> = {
  "csv-parse": (bytes, delimiter, encoding) =>
    csvParseSync(bytes, {
      delimiter,
      bom: true,
      encoding: encoding === "latin1" ? "latin1" : "utf8",
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  papaparse: (bytes, delimiter, encoding) => {
    const result = Papa.parse<string[]>(decode(bytes, encoding).replace(/^\uFEFF/, ""), {
      delimiter,
      skipEmptyLines: true,
    });
    return result.errors.some((error) => error.type === "Quotes") ? [["error"]] : result.data;
  },
  // The scanner `readCsv` uses (its own, kept because it measured faster than the three packages).
  "crm-kpi": (bytes, delimiter, encoding) => {
    const records: Fields = [];
    new CsvScanner(delimiter.charCodeAt(0), 1 << 20).scan(
      decode(bytes, encoding).replace(/^\uFEFF/, ""),
      true,
      (fields, count) => {
        records.push(fields.slice(0, count));
      },
    );
    return records;
  },
  udsv: (bytes, delimiter, encoding) => {
    const text = decode(bytes, encoding).replace(/^\uFEFF/, "");
    const schema = inferSchema(text, { col: delimiter });
    const parser = initParser(schema);
    return [schema.cols.map((col) => col.name), ...parser.stringArrs(text)];
  },
};

function correctness(): Record<string, string[]> {
  const failures: Record<string, string[]> = {};
  for (const [name, parse] of Object.entries(PARSERS)) {
    failures[name] = [];
    for (const testCase of CASES) {
      let got: unknown;
      try {
        got = parse(testCase.bytes, testCase.delimiter, testCase.encoding);
      } catch {
        got = [["error"]];
      }
      if (JSON.stringify(got) !== JSON.stringify(testCase.expected))
        failures[name].push(`${testCase.name}: got ${JSON.stringify(got)}`);
    }
  }
  return failures;
}

function ordersCsv(rows: number): Buffer {
  const raw = toRawRows(generateSampleDataset({ orders: rows, deals: 10, activities: 10 })).orders;
  const lines = ["id,date,amount,currency,sellerId,customerId"];
  for (const row of raw)
    lines.push([row.id, row.date, row.amount, row.currency, row.sellerId, row.customerId].join(","));
  return Buffer.from(`${lines.join("\n")}\n`);
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const { values } = parseArgs({
  options: { rows: { type: "string", default: "300000" }, runs: { type: "string", default: "3" } },
});
const rowCount = Number(values.rows);
const runs = Number(values.runs);

console.log("Correctness (each parser given the case's delimiter and encoding):");
for (const [name, failed] of Object.entries(correctness()))
  console.log(
    `  ${name}: ${CASES.length - failed.length}/${CASES.length}${failed.map((f) => `\n    FAIL ${f}`).join("")}`,
  );

const data = ordersCsv(rowCount);
console.log(`\nSpeed and memory: ${rowCount} orders, ${(data.length / 2 ** 20).toFixed(1)} MiB, median of ${runs}:`);
for (const [name, parse] of Object.entries(PARSERS)) {
  const times: number[] = [];
  let heap = 0;
  let parsedRows = 0;
  let parsed: Fields | null = null;
  for (let run = 0; run < runs + 1; run++) {
    parsed = null; // the previous run's rows must not be counted in `before`
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    parsed = parse(data, ",", "utf-8");
    const elapsed = performance.now() - start;
    collectGarbage();
    heap = process.memoryUsage().heapUsed - before;
    parsedRows = parsed.length - 1;
    if (run > 0) times.push(elapsed); // run 0 warms up
  }
  const ms = median(times);
  console.log(
    `  ${name.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${((data.length / 2 ** 20 / ms) * 1000).toFixed(0).padStart(4)} MiB/s  heap held ${(heap / 2 ** 20).toFixed(0)} MiB  rows ${parsedRows}`,
  );
}

/** Each parser given a callback per record (or per batch), counting fields; nothing is kept. */
const STREAMING: Readonly<Record<string, (text: string) => number>> = {
  "csv-parse": (text) => {
    let fields = 0;
    csvParseSync(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[]) => {
        fields += record.length;
        return null;
      },
    });
    return fields;
  },
  papaparse: (text) => {
    let fields = 0;
    Papa.parse<string[]>(text, {
      skipEmptyLines: true,
      step: (result) => {
        fields += result.data.length;
      },
    });
    return fields;
  },
  "crm-kpi": (text) => {
    let fields = 0;
    new CsvScanner(44, 1 << 20).scan(text, true, (_, count) => {
      fields += count;
    });
    return fields;
  },
  udsv: (text) => {
    let fields = 0;
    const schema = inferSchema(text, { col: "," });
    fields += schema.cols.length;
    // udsv calls back once per row (its type names the argument `rows`).
    initParser(schema).stringArrs(text, (row) => {
      fields += row.length;
    });
    return fields;
  },
};

const text = new TextDecoder().decode(data);
const streamed: Record<string, number[]> = {};
const counts: Record<string, number> = {};
for (let run = 0; run < runs + 1; run++) {
  for (const [name, parse] of Object.entries(STREAMING)) {
    collectGarbage();
    const start = performance.now();
    counts[name] = parse(text);
    const elapsed = performance.now() - start;
    if (run > 0) (streamed[name] ??= []).push(elapsed); // run 0 warms up
  }
}
console.log(`\nStreaming, rows not kept (fields counted by each parser's callback), median of ${runs}:`);
for (const [name, times] of Object.entries(streamed)) {
  const ms = median(times);
  console.log(
    `  ${name.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms  ${((data.length / 2 ** 20 / ms) * 1000).toFixed(0).padStart(4)} MiB/s  fields ${counts[name]}`,
  );
}
