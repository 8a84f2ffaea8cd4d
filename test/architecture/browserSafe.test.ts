/**
 * The main entry (`crm-kpi`), `crm-kpi/schemas` and `crm-kpi/sample` run in a browser: nothing
 * they reach imports a Node built-in or the CSV parser. Node-only code lives in `src/csv/` (entry
 * `crm-kpi/node`) and `src/cli/` (the `crm-kpi` command).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src", import.meta.url));
const NODE_ONLY = [/^csv\//, /^cli\//, /^node\.ts$/, /^cli\.ts$/];
const TEST_FILE = /\.test(-prop|-d)?\.ts$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !TEST_FILE.test(entry.name) ? [path] : [];
  });
}

describe("browser-safe entries", () => {
  it("no module outside src/csv and src/cli imports node:*, a Node built-in or csv-parse", () => {
    const offending: string[] = [];
    for (const file of sourceFiles(src)) {
      const path = relative(src, file).split(sep).join("/");
      if (NODE_ONLY.some((pattern) => pattern.test(path))) continue;
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      for (const { fileName } of importedFiles)
        if (/^node:|^(fs|path|stream|url|util|os|child_process)(\/|$)|^csv-parse/.test(fileName))
          offending.push(`${path} imports ${fileName}`);
    }
    expect(offending).toEqual([]);
  });

  it("the Node-only modules are not in the main barrel", () => {
    const barrel = readFileSync(join(src, "index.ts"), "utf8");
    expect(barrel).not.toMatch(/\.\/(csv|cli)\//);
  });
});
