/**
 * The JSON Schema files the package ships (`json-schema/`) are what `npm run json-schema` writes
 * now: a change to a zod schema that is not regenerated fails here.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readJsonSchemaFiles, renderJsonSchemaFiles } from "../tools/jsonSchemaFiles.js";

describe("json-schema/ files", () => {
  it("are the files npm run json-schema generates, no more, no less", () => {
    const wanted = renderJsonSchemaFiles();
    const current = readJsonSchemaFiles();
    expect([...current.keys()].sort()).toEqual([...wanted.keys()].sort());
    const stale = [...wanted].filter(([path, text]) => current.get(path) !== text).map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it("ship in the package and are exported by path", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      files: string[];
      exports: Record<string, unknown>;
    };
    expect(manifest.files).toContain("json-schema");
    expect(manifest.exports["./json-schema/*"]).toBe("./json-schema/*");
  });
});
