/**
 * The sources follow `.editorconfig`: UTF-8 text with LF line ends, a final newline, spaces for
 * indentation and no trailing whitespace (Markdown may keep it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TEXT = /\.(ts|md|json|sh|mjs|cjs|js)$/;

function textFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === join(root, "docs", "api") ? [] : textFiles(path);
    return TEXT.test(entry.name) ? [path] : [];
  });
}

describe(".editorconfig", () => {
  const files = [
    ...["src", "test", "examples", "docs"].flatMap((folder) => textFiles(join(root, folder))),
    ...readdirSync(root)
      .filter((name) => TEXT.test(name) && name !== "package-lock.json")
      .map((name) => join(root, name)),
  ];

  it("is followed by every source, test, example and doc", () => {
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const name = relative(root, file);
      if (text.includes("\r")) problems.push(`${name}: CR line ends`);
      if (text.length > 0 && !text.endsWith("\n")) problems.push(`${name}: no final newline`);
      text.split("\n").forEach((line, index) => {
        if (/^ *\t/.test(line)) problems.push(`${name}:${index + 1}: tab indentation`);
        if (!name.endsWith(".md") && /[ \t]+$/.test(line)) problems.push(`${name}:${index + 1}: trailing whitespace`);
      });
    }
    expect(problems).toEqual([]);
  });
});
