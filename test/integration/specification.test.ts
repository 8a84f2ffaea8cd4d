/**
 * Keeps `docs/specification.md` the page the code points at: every "settled detail N" cited in the
 * sources (comments, TSDoc and messages) is item N of the page's section 6, which has an anchor
 * `settled-detail-N`, and the API site includes the page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const page = readFileSync(join(root, "docs", "specification.md"), "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The numbers cited as "settled detail 3", "settled details 4 and 17", "settled details 1, 2 and 13". */
function citedDetails(text: string): number[] {
  const cited: number[] = [];
  for (const match of text.matchAll(/settled details? (\d+(?:(?:, | and )\d+)*)/gi)) {
    for (const number of (match[1] ?? "").split(/, | and /)) cited.push(Number(number));
  }
  return cited;
}

/** Section 6's numbered items: `N. <a id="settled-detail-N"></a>**Title.**`. */
function settledDetails(): Map<number, string> {
  const start = page.indexOf("\n## 6. Settled details\n");
  const end = page.indexOf("\n## ", start + 1);
  expect(start, "the page has a section 6, Settled details").toBeGreaterThan(0);
  const details = new Map<number, string>();
  for (const match of page.slice(start, end).matchAll(/^(\d+)\. <a id="settled-detail-(\d+)"><\/a>\*\*([^*]+)\*\*/gm)) {
    expect(match[2], `item ${match[1]} has its own anchor`).toBe(match[1]);
    details.set(Number(match[1]), match[3] ?? "");
  }
  return details;
}

describe("docs/specification.md", () => {
  const details = settledDetails();

  it("numbers its settled details 1, 2, 3... without a gap", () => {
    expect(details.size).toBeGreaterThanOrEqual(20);
    expect([...details.keys()]).toEqual(Array.from({ length: details.size }, (_, index) => index + 1));
  });

  it("holds every settled detail the sources cite", () => {
    const missing: string[] = [];
    let citations = 0;
    for (const file of sourceFiles(join(root, "src"))) {
      for (const detail of citedDetails(readFileSync(file, "utf8"))) {
        citations += 1;
        if (!details.has(detail)) missing.push(`${relative(root, file)}: settled detail ${detail}`);
      }
    }
    expect(citations).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("keeps the spec's sections and the library's interpretations in their own section", () => {
    const headings = [...page.matchAll(/^## (\d+)\. /gm)].map((match) => Number(match[1]));
    expect(headings).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(page).toContain("## 8. Interpretations made by crm-kpi");
  });

  it("is a page of the API site", () => {
    const typedoc = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { projectDocuments?: string[] };
    expect(typedoc.projectDocuments).toContain("docs/specification.md");
  });
});
