import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv } from "../../test/csv/toCsv.js";
import { generateSampleDataset, toRawRows } from "../sample/index.js";
import { idsDisjoint, readParallel } from "./_parallel.js";
import type { PartResult } from "./_part.js";
import { readCsv } from "./readCsv.js";

const raw = toRawRows(generateSampleDataset({ orders: 1500, deals: 400, activities: 2000 }));
const work = mkdtempSync(join(tmpdir(), "crm-kpi-parallel-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Orders with bad rows, a repeated id within each half, quoted fields with line breaks, CRLF. */
function ordersText(): string {
  const orders: Record<string, string>[] = raw.orders.map((row) => ({ ...row }));
  orders[10] = { ...orders[10]!, date: "2026-02-30" };
  orders[20] = { ...orders[19]! };
  orders[1200] = { ...orders[1199]! };
  orders[1300] = { ...orders[1300]!, amount: "1e3" };
  for (const at of [5, 700, 1400]) orders[at] = { ...orders[at]!, customerId: `Acme, "North"\r\nSite ${at}` };
  return toCsv(orders)
    .replace(/\n/g, "\r\n")
    .replace(/\r\r\n/g, "\r\n");
}

// Each worker loads the TypeScript sources through tsx: seconds on a loaded machine.
describe("readCsv on several threads gives what one thread gives", { timeout: 120_000 }, () => {
  it("orders cut in 2 and 3 parts: the same table, errors (lines, rows, duplicates' first rows) and counts", async () => {
    const path = join(work, "orders.csv");
    writeFileSync(path, ordersText());
    const one = await readCsv("orders", { path }, { threads: 1 });
    expect(one.errors.length).toBe(4);
    for (const threads of [2, 3]) {
      const parts = await readParallel("orders", { path, size: Buffer.byteLength(ordersText()) }, threads, {}, {});
      expect(parts, `${threads} threads`).not.toBeNull();
      expect(parts?.data).toEqual(one.data);
      expect(parts?.errors).toEqual(one.errors);
      expect(parts?.inputCount).toBe(one.inputCount);
    }
    // Through readCsv: the whole result, on the file's own size.
    const many = await readCsv("orders", { path }, { threads: 2 });
    expect({ ...many, data: null }).toEqual({ ...one, data: null });
    expect(many.data).toEqual(one.data);
  });

  it("deals and activities from bytes, a French file in Latin-1 with ';'", async () => {
    const deals = Buffer.from(toCsv(raw.deals));
    const oneDeals = await readCsv("deals", deals, { threads: 1 });
    expect(await readParallel("deals", deals, 2, {}, {})).toMatchObject({ data: oneDeals.data, errors: [] });
    const activities = Buffer.from(
      toCsv(
        raw.activities.map((row) => ({ ...row, ownerId: `${row.ownerId} Équipe` })),
        { delimiter: ";" },
      ),
      "latin1",
    );
    const oneActivities = await readCsv("activities", activities, { threads: 1 });
    expect(oneActivities.encoding).toBe("latin1");
    const parallel = await readParallel("activities", activities, 2, {}, {});
    expect(parallel).toMatchObject({ delimiter: ";", encoding: "latin1", inputCount: oneActivities.inputCount });
    expect(parallel?.data).toEqual(oneActivities.data);
  });

  it("gives up (one thread reads) on an id in two parts, and on a cut inside a quoted field", async () => {
    const orders = raw.orders.map((row) => ({ ...row }));
    orders[1400] = { ...orders[3]! };
    const text = toCsv(orders);
    const bytes = Buffer.from(text);
    expect(await readParallel("orders", bytes, 2, {}, {})).toBeNull();
    const one = await readCsv("orders", bytes, { threads: 1 });
    expect(one.errors.map((error) => error.line)).toEqual([1402]);
    expect(await readCsv("orders", bytes, { threads: 2 })).toEqual(one);
    // A customer name with many line breaks around the middle of the file: every cut falls inside it.
    const quoted = raw.orders.map((row) => ({ ...row }));
    quoted[750] = { ...quoted[750]!, customerId: "x\n".repeat(60_000) };
    const inside = Buffer.from(toCsv(quoted));
    expect(await readParallel("orders", inside, 2, {}, {})).toBeNull();
  });
});

describe("idsDisjoint", () => {
  /** A part's result holding only what the check reads: its ids, its errors' ids, no increasing span. */
  function part(ids: string[], errorIds: string[] = []): PartResult<"orders"> {
    return {
      parts: [{ ids }],
      errors: errorIds.map((id) => ({ id })),
      inputCount: ids.length,
      lines: ids.length,
      bytes: 0,
      span: null,
    } as unknown as PartResult<"orders">;
  }

  it("checks parts of 400,000 ids in no order (no call with one argument per id)", () => {
    const count = 400_000;
    const first = Array.from({ length: count }, (_, i) => `o${count - i}`);
    const second = Array.from({ length: count }, (_, i) => `o${2 * count - i}`);
    expect(idsDisjoint([part(first), part(second)])).toBe(true);
    expect(idsDisjoint([part(first), part(["o7", ...second])])).toBe(false);
  });

  it("counts the ids of row errors as claimed", () => {
    expect(idsDisjoint([part(["b", "a"], ["c"]), part(["d"], ["c"])])).toBe(false);
    expect(idsDisjoint([part(["b", "a"], ["c"]), part(["d"], ["e"])])).toBe(true);
  });
});
