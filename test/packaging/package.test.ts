/**
 * Packs the built package the way npm publishes it, installs the tarball into a throwaway
 * consumer project, and uses it from ESM (`import`), CommonJS (`require`) and TypeScript
 * (node16 resolution, both module kinds). Needs `npm run build` first (the test command does it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const work = join(root, ".tmp", "packaging");
const consumer = join(work, "consumer");
const installed = join(consumer, "node_modules", "crm-kpi");

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

let packedFiles: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js")))
    throw new Error("dist/ is missing: run `npm run build` before the package tests");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  // `prepack` builds on a real `npm pack` (checked below); here dist/ is already built, so the
  // scripts are skipped rather than building a second time.
  const report = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = report[0];
  if (tarball === undefined) throw new Error("npm pack reported nothing");
  packedFiles = tarball.files.map((file) => file.path).sort();
  // Dependencies resolve by walking up to the repository's node_modules, as they would from a real install.
  run("tar", ["-xzf", join(work, tarball.filename), "-C", installed, "--strip-components=1"], root);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("the published package", () => {
  it("ships only dist, the bin, the JSON Schemas, the README, the licence and the changelog", () => {
    const outside = packedFiles.filter(
      (path) =>
        !path.startsWith("dist/") &&
        path !== "bin/crm-kpi.js" &&
        !path.startsWith("json-schema/") &&
        !["README.md", "LICENSE", "CHANGELOG.md", "package.json"].includes(path),
    );
    expect(outside).toEqual([]);
    expect(packedFiles).toContain("dist/index.js");
    expect(packedFiles).toContain("dist/index.cjs");
    expect(packedFiles).toContain("dist/index.d.ts");
    expect(packedFiles).toContain("dist/index.d.cts");
    expect(packedFiles).toContain("json-schema/order.json");
    expect(packedFiles).toContain("json-schema/results/pipeline.json");
  });

  it("ships exactly the four entry points' code, types and maps, the CSV worker, the bin and their shared chunks", () => {
    // Type chunks shared by the entry points are named by content hash (e.g. dist/schemas-0W1YjQW6.d.ts),
    // code chunks likewise (dist/chunk-6INSMWGV.js, .cjs).
    const expected =
      /^dist\/(index|schemas|sample|node)\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$|^dist\/cli\.js(\.map)?$|^dist\/csvWorker\.(js|cjs)(\.map)?$|^dist\/[A-Za-z]+-[A-Za-z0-9_-]{8}\.d\.c?ts$|^dist\/chunk-[A-Z0-9]{8}\.c?js(\.map)?$/;
    const distFiles = packedFiles.filter((path) => path.startsWith("dist/"));
    expect(distFiles.filter((path) => !expected.test(path))).toEqual([]);
    expect(packedFiles).toContain("dist/cli.js");
    for (const entry of ["index", "schemas", "sample", "node"]) {
      for (const suffix of [".js", ".cjs", ".d.ts", ".d.cts", ".js.map", ".cjs.map"])
        expect(packedFiles).toContain(`dist/${entry}${suffix}`);
    }
    expect(packedFiles.filter((path) => !path.startsWith("dist/") && !path.startsWith("json-schema/")).sort()).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "bin/crm-kpi.js",
      "package.json",
    ]);
  });

  it("ships source maps without the sources embedded in them", () => {
    const maps = packedFiles.filter((path) => path.endsWith(".map"));
    const code = packedFiles.filter((path) => /^dist\/.*\.c?js$/.test(path));
    // One map per code file: four entry points in two formats, the bin, the CSV worker in two
    // formats, and the chunks they share.
    expect(maps.sort()).toEqual(code.map((path) => `${path}.map`).sort());
    expect(maps.length).toBeGreaterThanOrEqual(11);
    for (const path of maps) {
      const map = JSON.parse(readFileSync(join(installed, path), "utf8")) as {
        sources?: unknown;
        sourcesContent?: unknown;
      };
      expect(map.sources, path).toBeInstanceOf(Array);
      expect(map, path).not.toHaveProperty("sourcesContent");
    }
  });

  it("builds the code when packed from a fresh clone (prepack)", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts["prepack"]).toBe("npm run build");
    expect(manifest.scripts["build"]).toBe("tsup");
  });

  it("works with import (ESM)", () => {
    writeFileSync(
      join(consumer, "esm.mjs"),
      [
        'import { Decimal, toDecimal, sumMoney, isCrmKpiError, MixedCurrencyError, listIndicators } from "crm-kpi";',
        'import * as schemas from "crm-kpi/schemas";',
        'import * as sample from "crm-kpi/sample";',
        'import { readCsv } from "crm-kpi/node";',
        'const csv = await readCsv("sellers", "id;name\\ns-1;Ana\\n");',
        'const d = new Date("2026-01-01T00:00:00Z");',
        'const total = sumMoney([{ amount: toDecimal("0.1"), currency: "EUR", date: d }, { amount: toDecimal("0.2"), currency: "EUR", date: d }]);',
        "let mixed = null;",
        'try { sumMoney([{ amount: toDecimal("1"), currency: "EUR", date: d }, { amount: toDecimal("1"), currency: "USD", date: d }]); } catch (e) { mixed = e; }',
        'console.log(JSON.stringify({ total: total.amount.toString(), isDecimal: total.amount instanceof Decimal, code: mixed.code, typed: isCrmKpiError(mixed) && mixed instanceof MixedCurrencyError, ids: listIndicators().map((e) => e.id).filter((id) => id === "lost-deals" || id === "delivery-lead-time"), schemas: Object.keys(schemas).length > 0, sample: Object.keys(sample).length > 0, csv: csv.data[0].name }));',
      ].join("\n"),
    );
    const out = JSON.parse(run("node", ["esm.mjs"], consumer)) as Record<string, unknown>;
    expect(out).toEqual({
      total: "0.3",
      isDecimal: true,
      code: "MIXED_CURRENCY",
      typed: true,
      ids: ["lost-deals", "delivery-lead-time"],
      schemas: true,
      sample: true,
      csv: "Ana",
    });
  });

  it("works with require (CJS)", () => {
    writeFileSync(
      join(consumer, "cjs.cjs"),
      [
        'const { Decimal, toDecimal, sumMoney, isCrmKpiError } = require("crm-kpi");',
        'const schemas = require("crm-kpi/schemas");',
        'const sample = require("crm-kpi/sample");',
        'const node = require("crm-kpi/node");',
        'const d = new Date("2026-01-01T00:00:00Z");',
        'const total = sumMoney([{ amount: toDecimal("10.05"), currency: "EUR", date: d }, { amount: new Decimal("-0.05"), currency: "EUR", date: d }]);',
        'let error = null; try { toDecimal("1e3"); } catch (e) { error = e; }',
        "console.log(JSON.stringify({ total: total.amount.toString(), code: error.code, typed: isCrmKpiError(error), schemas: Object.keys(schemas).length > 0, sample: Object.keys(sample).length > 0, node: typeof node.readCsv }));",
      ].join("\n"),
    );
    const out = JSON.parse(run("node", ["cjs.cjs"], consumer)) as Record<string, unknown>;
    expect(out).toEqual({
      total: "10",
      code: "INVALID_MONEY",
      typed: true,
      schemas: true,
      sample: true,
      node: "function",
    });
  });

  it("holds one copy of the library behind crm-kpi and crm-kpi/node, in ESM and in CJS", () => {
    // An error thrown by readCsv (crm-kpi/node) is an instance of the main entry's classes, and a
    // table it reads is one the main entry's indicators take, row errors and all.
    const probe = (load: string): string[] => [
      load,
      "const errorOf = async (run) => { try { await run(); return null; } catch (e) { return e; } };",
      "(async () => {",
      'const bad = await errorOf(() => node.readCsv("orders", 42));',
      'const quote = await errorOf(() => node.readCsv("orders", \'id,sellerId\\n"o1,ann\\n\'));',
      'const header = await errorOf(() => node.readCsv("orders", "a;b\\n1;2\\n"));',
      'const csv = "id,sellerId,customerId,amount,currency,date,status\\no1,ann,c1,100.10,EUR,2026-04-02,paid\\no2,ann,c1,x,EUR,2026-04-03,paid\\n";',
      'const read = await node.readCsv("orders", csv, { timeZone: "UTC" });',
      'const period = { start: new Date("2026-04-01T00:00:00Z"), end: new Date("2026-05-01T00:00:00Z") };',
      "const revenue = main.revenueVsTarget(read.data, { targets: [], period });",
      "console.log(JSON.stringify({",
      "  invalidArgument: bad instanceof main.InvalidArgumentError && bad instanceof main.CrmKpiError,",
      "  csvFormat: quote instanceof main.CsvFormatError && quote instanceof main.CrmKpiError,",
      "  missingFields: header instanceof main.MissingFieldsError,",
      "  notAnotherCopy: !(bad instanceof main.CsvFormatError),",
      "  realized: revenue.realized.toString(), decimal: revenue.realized instanceof main.Decimal,",
      "  rowErrors: read.errors.length,",
      "}));",
      "})();",
    ];
    writeFileSync(
      join(consumer, "shared.mjs"),
      probe('import * as main from "crm-kpi"; import * as node from "crm-kpi/node";').join("\n"),
    );
    writeFileSync(
      join(consumer, "shared.cjs"),
      probe('const main = require("crm-kpi"); const node = require("crm-kpi/node");').join("\n"),
    );
    const expected = {
      invalidArgument: true,
      csvFormat: true,
      missingFields: true,
      notAnotherCopy: true,
      realized: "100.1",
      decimal: true,
      rowErrors: 1,
    };
    expect(JSON.parse(run("node", ["shared.mjs"], consumer))).toEqual(expected);
    expect(JSON.parse(run("node", ["shared.cjs"], consumer))).toEqual(expected);
  });

  it("type-checks for TypeScript consumers in ESM and CJS (node16 resolution)", () => {
    const source = [
      'import { Decimal, toDecimal, type Period } from "crm-kpi";',
      'import * as schemas from "crm-kpi/schemas";',
      'import { readCsv, type CsvReadResult } from "crm-kpi/node";',
      'export const reading: Promise<CsvReadResult<"orders">> = readCsv("orders", { path: "orders.csv" });',
      'const amount: Decimal = toDecimal("12.5");',
      "const twice: Decimal = new Decimal(amount).times(2);",
      'const period: Period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };',
      "export const used = [twice, period, schemas];",
      "",
    ].join("\n");
    writeFileSync(join(consumer, "consumer.mts"), source);
    writeFileSync(join(consumer, "consumer.cts"), source.replace("export const used", "export const usedCjs"));
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          strict: true,
          noEmit: true,
          target: "ES2022",
          types: [],
          skipLibCheck: false,
        },
        files: ["consumer.mts", "consumer.cts"],
      }),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    expect(() => run("node", [tsc, "-p", "tsconfig.json"], consumer)).not.toThrow();
    expect(readdirSync(consumer)).toContain("consumer.mts");
  });

  it("installs the crm-kpi command, which runs from the tarball", () => {
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { bin?: unknown };
    expect(manifest.bin).toEqual({ "crm-kpi": "./bin/crm-kpi.js" });
    expect(readFileSync(join(installed, "bin", "crm-kpi.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(run("node", [join(installed, "bin", "crm-kpi.js"), "indicators"], consumer)).toContain("revenue-vs-target");
  });
});
