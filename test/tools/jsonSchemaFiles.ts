/**
 * Generates the JSON Schema files the package ships (`json-schema/`): one per raw row kind
 * (`json-schema/order.json`...), one per catalogue indicator's result
 * (`json-schema/results/pipeline.json`...) and the report's (`json-schema/report.json`), from
 * `rowJsonSchema`, `resultJsonSchema` and `reportJsonSchema`. Run `npm run json-schema`;
 * `--check` exits 1 when a committed file differs (a test checks the same).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import {
  INDICATOR_DEFINITIONS,
  ROW_JSON_SCHEMA_KINDS,
  reportJsonSchema,
  resultJsonSchema,
  rowJsonSchema,
  type JsonSchema,
} from "../../src/index.js";

/** The folder of the files, at the package's root. */
export const JSON_SCHEMA_DIR = fileURLToPath(new URL("../../json-schema", import.meta.url));

function text(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Each file's path under `json-schema/` (with `/`) and its text. */
export function renderJsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of ROW_JSON_SCHEMA_KINDS) files.set(`${kind}.json`, text(rowJsonSchema(kind)));
  for (const { id } of INDICATOR_DEFINITIONS) files.set(`results/${id}.json`, text(resultJsonSchema(id)));
  files.set("report.json", text(reportJsonSchema()));
  return files;
}

/** The files now in `json-schema/`, by path (with `/`). */
export function readJsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(JSON_SCHEMA_DIR, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(JSON_SCHEMA_DIR);
  return files;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const wanted = renderJsonSchemaFiles();
  const current = readJsonSchemaFiles();
  const stale = [...new Set([...wanted.keys(), ...current.keys()])].filter(
    (path) => wanted.get(path) !== current.get(path),
  );
  if (process.argv.includes("--check")) {
    if (stale.length > 0) {
      console.error(`json-schema/ is stale (${stale.join(", ")}): run npm run json-schema`);
      process.exit(1);
    }
  } else {
    rmSync(JSON_SCHEMA_DIR, { recursive: true, force: true });
    for (const [path, content] of wanted) {
      const target = join(JSON_SCHEMA_DIR, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    console.log(`json-schema/: ${wanted.size} files written`);
  }
}
