/**
 * The source imports one way: a module may import from its own layer or the layers below it, never
 * from a layer above. Layers, bottom to top, are the folders of `src/`; the entry points (`index.ts`,
 * `schemas.ts`, `sample.ts`) are the top. Type imports count: a type-only import up a layer is
 * still a dependency the wrong way (and `npm run lint:cycles` would find the cycle it tends to make).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src", import.meta.url));

/** Bottom to top. `format` turns results into text; `chart` into Vega-Lite specifications; `sample` (the sample data generator) may use anything below the catalogue; `sql` compiles the indicators' plans to SQL and reads the rows back, for the indicator forms and for the catalogue's indicators by id (so it sits above the catalogue); `context` binds options once over the indicators and the catalogue; `jsonSchema` gives the JSON Schemas of raw rows and results; `csv` reads files (Node only, entry `crm-kpi/node`); `html` renders the HTML report (Node only, same entry: it loads `vega`); `cli` is the `crm-kpi` command. */
const LAYERS = [
  "errors",
  "money",
  "period",
  "model",
  "table",
  "indicators",
  "format",
  "chart",
  "sample",
  "catalogue",
  "sql",
  "context",
  "jsonSchema",
  "csv",
  "html",
  "cli",
  "entry",
] as const;
type Layer = (typeof LAYERS)[number];

const TEST_FILE = /\.test(-prop|-d)?\.ts$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !TEST_FILE.test(entry.name) ? [path] : [];
  });
}

/** The layer of a path under `src/`: its first folder, or `entry` for a file directly in `src/`. */
function layerOf(path: string): string {
  const parts = relative(src, path).split(sep);
  return parts.length === 1 ? "entry" : (parts[0] as string);
}

function rank(layer: string): number {
  return LAYERS.indexOf(layer as Layer);
}

/** Relative specifiers of every import, `export ... from` and `import()`, type-only ones included. */
function relativeImports(path: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(path, "utf8"), true, true);
  return importedFiles.map((file) => file.fileName).filter((name) => name.startsWith("."));
}

describe("layers", () => {
  const files = sourceFiles(src);

  it("src/_lib is gone: each helper lives in its layer", () => {
    expect(existsSync(join(src, "_lib"))).toBe(false);
  });

  it("every source folder has a layer", () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => rank(layer) < 0);
    expect(unknown, "add the folder to LAYERS").toEqual([]);
  });

  it("no module imports from a higher layer (or from outside src/)", () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const specifier of relativeImports(file)) {
        const to = layerOf(resolve(dirname(file), specifier));
        if (rank(to) > rank(from) || rank(to) < 0)
          upward.push(`src/${relative(src, file).split(sep).join("/")} (${from}) imports "${specifier}" (${to})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
