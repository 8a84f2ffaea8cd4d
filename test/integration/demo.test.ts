/**
 * `npm run demo`, run as a new user runs it (tsx, `crm-kpi` resolved to the source): its sections,
 * and the extended catalogue's two tables, in English and in French. The rows themselves come
 * from `reportTable` (tested beside it); here, that the demo prints every one of them.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

function demo(...args: string[]): string {
  const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
  return execFileSync("node", [tsx, "--tsconfig", "tsconfig.examples.json", "examples/demo.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

/** The lines of the section whose title starts with `title`, up to the next section. */
function section(output: string, title: string): string[] {
  const lines = output.split("\n");
  const start = lines.findIndex((line) => line.startsWith(title));
  expect(start, title).toBeGreaterThan(0);
  const end = lines.findIndex((line, at) => at > start + 1 && /^=+$/.test(line));
  return lines.slice(start, end < 0 ? undefined : end - 1);
}

describe("npm run demo", () => {
  // One run (each takes seconds): French, whose numbers differ most; reportTable's own test reads English.
  for (const [locale, figure] of [
    ["fr-FR", /^\S+\s.*\s([\d\u202F,]+\s€|[\d\u202F,]+\s%|[\d\u202F,]+×|[\d\u202F,]+( jours| h)?|—.*)(\s{2}.*)?$/u],
  ] as const) {
    it(`prints the five headline sections, then one line per operational and big-CRM indicator (${locale})`, () => {
      const output = demo("--locale", locale);
      for (const title of [
        "1. Revenue versus target",
        "2. Revenue per seller",
        "3. Commercial pipeline",
        "4. Activity rate",
        "5. Lost deals",
      ])
        expect(output).toContain(title);
      for (const [title, group, count] of [
        ["6. Operational indicators", "operational", 22],
        ["7. What the big CRMs add", "crm", 11],
      ] as const) {
        const lines = section(output, title);
        const entries = CATALOGUE.filter((entry) => entry.group === group);
        expect(entries).toHaveLength(count);
        for (const entry of entries) {
          const line = lines.find((candidate) => candidate.startsWith(`${entry.id} `));
          expect(line, entry.id).toBeDefined();
          expect(line).toContain(entry.label.en);
          expect(line).toContain(entry.label.fr);
          expect(line?.trimEnd(), entry.id).toMatch(figure);
        }
      }
      expect(output).not.toMatch(/NaN|Infinity|undefined/);
    }, 120_000);
  }
});
