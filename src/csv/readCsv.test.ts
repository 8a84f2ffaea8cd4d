import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { columnsOf, toCsv } from "../../test/csv/toCsv.js";
import { CsvFormatError, InvalidArgumentError, MissingFieldsError, RowValidationError } from "../errors/index.js";
import { parseActivityTargets } from "../model/parseActivityTargets.js";
import { parseRevenueTargets } from "../model/parseRevenueTargets.js";
import { parseSellers } from "../model/parseSellers.js";
import { generateSampleDataset, toRawRows } from "../sample/index.js";
import { parseActivityTable } from "../table/parseActivityTable.js";
import { parseDealTable } from "../table/parseDealTable.js";
import { parseOrderTable } from "../table/parseOrderTable.js";
import type { CsvProgress } from "./csvTypes.js";
import { readCsv } from "./readCsv.js";

const raw = toRawRows(generateSampleDataset({ orders: 300, deals: 120, activities: 400 }));
const HEADER = "id,date,amount,currency,sellerId,customerId";
const work = mkdtempSync(join(tmpdir(), "crm-kpi-csv-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("readCsv builds what the table parsers build from the same rows", () => {
  // A few bad rows among the sample's, so the errors are compared too.
  const orders = [...raw.orders];
  orders.splice(5, 0, { ...raw.orders[0]!, id: "bad-date", date: "2026-02-30" });
  orders.splice(9, 0, { ...raw.orders[1]! });
  orders.splice(12, 0, { ...raw.orders[2]!, id: "bad-amount", amount: "1e3" });

  it("orders: the same table, the same errors, each on its file line (header = line 1)", async () => {
    const result = await readCsv("orders", toCsv(orders));
    const expected = parseOrderTable(orders, { firstLine: 2 });
    expect(result.data).toEqual(expected.table);
    expect(result.errors).toEqual(expected.errors);
    expect(result.errors.map((error) => [error.line, error.id])).toEqual([
      [7, "bad-date"],
      [11, raw.orders[1]!.id],
      [14, "bad-amount"],
    ]);
    expect(result.inputCount).toBe(orders.length);
    expect(result).toMatchObject({ kind: "orders", delimiter: ",", encoding: "utf-8" });
  });

  it("deals and activities: the same tables", async () => {
    const deals = await readCsv("deals", toCsv(raw.deals));
    expect(deals.data).toEqual(parseDealTable(raw.deals).table);
    expect(deals.errors).toEqual([]);
    const activities = await readCsv("activities", toCsv(raw.activities));
    expect(activities.data).toEqual(parseActivityTable(raw.activities).table);
  });

  it("targets and sellers: the same records", async () => {
    expect((await readCsv("revenueTargets", toCsv(raw.revenueTargets))).data).toEqual(
      parseRevenueTargets(raw.revenueTargets).records,
    );
    expect((await readCsv("activityTargets", toCsv(raw.activityTargets))).data).toEqual(
      parseActivityTargets(raw.activityTargets).records,
    );
    expect((await readCsv("sellers", toCsv(raw.sellers))).data).toEqual(parseSellers(raw.sellers).records);
  });
});

describe("CSV forms", () => {
  const rows = [`o-1,2026-03-02,12.50,EUR,ana,acme`, `o-2,2026-03-03,7,EUR,ben,"Bolt, ""the"" company"`];

  it("CRLF, LF and CR line ends, and a BOM", async () => {
    for (const end of ["\r\n", "\n", "\r"]) {
      const result = await readCsv("orders", `\uFEFF${[HEADER, ...rows].join(end)}${end}`);
      expect(result.data.size, JSON.stringify(end)).toBe(2);
      expect(result.header[0]).toBe("id");
    }
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([HEADER, ...rows].join("\n"))]);
    expect((await readCsv("orders", bytes)).data.size).toBe(2);
  });

  it("sniffs ';', tab and '|' from the header, and takes a delimiter given", async () => {
    for (const delimiter of [";", "\t", "|"] as const) {
      const text = toCsv(parseFriendly(), { delimiter });
      const result = await readCsv("orders", text);
      expect(result.delimiter).toBe(delimiter);
      expect(result.data.size).toBe(2);
    }
    // A header with one column: nothing to sniff, the given delimiter is used.
    const given = await readCsv("sellers", "id\ns-1\ns-2\n", { delimiter: ";" });
    expect(given.delimiter).toBe(";");
    expect(given.data.map((seller) => seller.id)).toEqual(["s-1", "s-2"]);
  });

  it("quoted fields keep delimiters, doubled quotes and line breaks; lines count the breaks and blank lines", async () => {
    const text = ["id,name,teamId", 's-1,"Ana\r\nMaria",north', "", 's-2,"Ben ""B"", Jr",', "s-1,dup,north", ""].join(
      "\r\n",
    );
    const result = await readCsv("sellers", text);
    expect(result.data.map((seller) => seller.name)).toEqual(["Ana\r\nMaria", 'Ben "B", Jr']);
    expect(result.errors.map((error) => [error.line, error.path])).toEqual([[6, ["id"]]]);
  });

  it("French formats: decimal comma, spaces in thousands, dd/MM/yyyy, a zone", async () => {
    const text = 'id;date;amount;currency;sellerId;customerId\no-1;02/03/2026;"1 250,50";EUR;ana;acme\n';
    const result = await readCsv("orders", text, {
      decimalComma: true,
      dateFormat: "dd/MM/yyyy",
      timeZone: "Europe/Paris",
    });
    expect(result.errors).toEqual([]);
    const expected = parseOrderTable(
      [{ id: "o-1", date: "02/03/2026", amount: "1 250,50", currency: "EUR", sellerId: "ana", customerId: "acme" }],
      { decimalComma: true, dateFormat: "dd/MM/yyyy", timeZone: "Europe/Paris" },
    );
    expect(result.data).toEqual(expected.table);
  });

  it('Latin-1 bytes: found by "auto", read when declared, refused when UTF-8 is declared', async () => {
    const bytes = Buffer.from("id;name\ns-1;Société Générale\n", "latin1");
    const auto = await readCsv("sellers", bytes);
    expect(auto.encoding).toBe("latin1");
    expect(auto.data[0]?.name).toBe("Société Générale");
    expect((await readCsv("sellers", bytes, { encoding: "latin1" })).data[0]?.name).toBe("Société Générale");
    await expect(readCsv("sellers", bytes, { encoding: "utf-8" })).rejects.toThrow(CsvFormatError);
    // Windows-1252's euro sign, which Latin-1 spreadsheets write.
    expect((await readCsv("sellers", Buffer.from([...Buffer.from("id;name\ns-1;"), 0x80]))).data[0]?.name).toBe("€");
  });

  it("a quote never closed and a record over the bound stop the read with the line", async () => {
    const unclosed = readCsv("orders", `${HEADER}\n${rows[0]}\no-2,"2026-03-03,7,EUR,ben,acme\n`);
    await expect(unclosed).rejects.toThrow(CsvFormatError);
    await expect(unclosed).rejects.toThrow(/quoted field is never closed/);
    const long = readCsv("sellers", `id,name\ns-1,${"x".repeat(200)}\n`, { maxRecordSize: 100 });
    await expect(long).rejects.toMatchObject({ code: "CSV_FORMAT", line: 2 });
    await expect(readCsv("sellers", "")).rejects.toThrow(/no header line/);
  });

  it("a short row misses fields, a long row's extra fields are kept as `column N`", async () => {
    const result = await readCsv("sellers", "id,name\ns-1\ns-2,B,extra\n", { unknownKeys: "reject" });
    expect(result.data.map((seller) => seller.id)).toEqual(["s-1"]);
    expect(result.errors.map((error) => [error.line, error.path])).toEqual([[3, ["column 3"]]]);
  });

  /** Two orders written as rows. */
  function parseFriendly(): Record<string, string>[] {
    return [
      { id: "o-1", date: "2026-03-02", amount: "12.50", currency: "EUR", sellerId: "ana", customerId: "acme" },
      { id: "o-2", date: "2026-03-03", amount: "7", currency: "EUR", sellerId: "ben", customerId: "Bolt; the company" },
    ];
  }
});

describe("sources", () => {
  const text = toCsv(raw.orders.slice(0, 50));
  const path = join(work, "orders.csv");
  writeFileSync(path, text);

  it("a path, a file URL, bytes, a Node stream and an async iterable give the same table", async () => {
    const expected = (await readCsv("orders", text)).data;
    expect((await readCsv("orders", { path })).data).toEqual(expected);
    expect((await readCsv("orders", pathToFileURL(path))).data).toEqual(expected);
    expect((await readCsv("orders", Buffer.from(text))).data).toEqual(expected);
    expect((await readCsv("orders", Readable.from([Buffer.from(text)]))).data).toEqual(expected);
  });

  it("chunks cut anywhere (inside a quoted field, a CRLF, a UTF-8 sequence) read the same", async () => {
    const withAccents = text.replace(/"acme"/g, '"Société, ""é"""');
    const bytes = Buffer.from(withAccents);
    const expected = await readCsv("orders", withAccents);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      const result = await readCsv("orders", Readable.from(chunks));
      expect(result.data, `chunks of ${size}`).toEqual(expected.data);
      expect(result.bytes).toBe(bytes.length);
    }
  });

  it("a missing file is refused before any parsing", async () => {
    await expect(readCsv("orders", { path: join(work, "none.csv") })).rejects.toThrow(/ENOENT/);
  });
});

describe("header mapping, defaults and options", () => {
  it("columns map the file's names; defaults fill absent fields; a field named __proto__ is a plain key", async () => {
    const text = "Order ID,When,Total,Rep,Client,__proto__\nA-1,2026-03-02,10,ana,acme,x\n";
    const result = await readCsv("orders", text, {
      columns: { "Order ID": "id", When: "date", Total: "amount", Rep: "sellerId", Client: "customerId" },
      defaults: { currency: "EUR" },
    });
    expect(result.errors).toEqual([]);
    expect(result.data.size).toBe(1);
    expect(result.fields).toEqual(["id", "date", "amount", "sellerId", "customerId", null]);
  });

  it("unmapped CRM headers: MissingFieldsError names them", async () => {
    const error: unknown = await readCsv("orders", "Order ID,Total\nA-1,10\n").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingFieldsError);
    expect((error as MissingFieldsError).found).toEqual(["Order ID", "Total"]);
  });

  it("fail-fast throws at the first bad row with its file line", async () => {
    const text = `${HEADER}\no-1,2026-03-02,1,EUR,a,b\n\no-2,"2026-02-30",1,EUR,a,b\n`;
    const error: unknown = await readCsv("orders", text, { mode: "fail-fast" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RowValidationError);
    expect((error as RowValidationError).rowError.line).toBe(4);
    expect((error as RowValidationError).message).toMatch(/line 4/);
  });

  it("reports progress in bytes and rows, the last report being the whole file", async () => {
    const text = toCsv(toRawRows(generateSampleDataset({ orders: 10, deals: 10, activities: 3000 })).activities);
    const seen: CsvProgress[] = [];
    await readCsv("activities", Readable.from([Buffer.from(text)]), { onProgress: (progress) => seen.push(progress) });
    expect(seen.at(-1)).toEqual({ bytes: Buffer.byteLength(text), rows: 3000, totalBytes: null });
    const path = join(work, "activities.csv");
    writeFileSync(path, text);
    const fromFile: CsvProgress[] = [];
    await readCsv("activities", { path }, { onProgress: (progress) => fromFile.push(progress) });
    expect(fromFile.length).toBeGreaterThan(1);
    expect(fromFile.at(-1)?.totalBytes).toBe(Buffer.byteLength(text));
    expect(fromFile.map((progress) => progress.bytes)).toEqual(
      [...fromFile.map((progress) => progress.bytes)].sort((a, b) => a - b),
    );
  });

  it("refuses malformed options", async () => {
    await expect(readCsv("orders", "", { delimiter: ":" as ";" })).rejects.toThrow(InvalidArgumentError);
    await expect(readCsv("orders", "", { encoding: "utf-16" as "utf-8" })).rejects.toThrow(InvalidArgumentError);
    await expect(readCsv("orders", "", { maxRecordSize: 0 })).rejects.toThrow(InvalidArgumentError);
    await expect(readCsv("order" as "orders", "")).rejects.toThrow(/kind must be one of/);
    await expect(readCsv("orders", `${HEADER}\n`, { preset: "zoho" as "odoo" })).rejects.toThrow(/unknown preset/);
    await expect(readCsv("orders", 42 as unknown as string)).rejects.toThrow(InvalidArgumentError);
  });

  it("keeps the columns of the sample rows as headers", () => {
    expect(columnsOf(raw.orders).slice(0, 6).join(",")).toBe(HEADER);
  });
});
