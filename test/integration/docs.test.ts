/**
 * Keeps the README, the examples and the generated barrel honest: the README's quick start is
 * `examples/quickstart.ts` word for word, every example runs, and `src/index.ts` is up to date.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderBarrel } from "../tools/barrel.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");

function runExample(name: string): string {
  const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
  return execFileSync("node", [tsx, "--tsconfig", "tsconfig.examples.json", join("examples", name)], {
    cwd: root,
    encoding: "utf8",
  });
}

function fencedBlockAfter(heading: string, language: string): string {
  const from = readme.indexOf(heading);
  expect(from, `README has a "${heading}" section`).toBeGreaterThanOrEqual(0);
  const open = readme.indexOf("```" + language + "\n", from);
  const close = readme.indexOf("\n```", open + 4);
  return readme.slice(open + language.length + 4, close + 1);
}

describe("README", () => {
  it("shows examples/quickstart.ts as its quick start, word for word", () => {
    expect(fencedBlockAfter("## Quick start", "ts")).toBe(
      readFileSync(join(root, "examples", "quickstart.ts"), "utf8"),
    );
  });

  // A child process running tsx: as slow as the examples below on a busy machine.
  it("prints what the quick start really prints", () => {
    expect(runExample("quickstart.ts")).toBe(fencedBlockAfter("It prints:", "text"));
  }, 60_000);

  it.each(["README.md", join("docs", "specification.md")])(
    "%s has no code in its headings (the API site's outline drops it, leaving empty commas)",
    (page) => {
      const headings = readFileSync(join(root, page), "utf8")
        .replace(/```[\s\S]*?```/g, "")
        .split("\n")
        .filter((line) => /^#{1,6} /.test(line));
      expect(headings.length).toBeGreaterThan(5);
      expect(headings.filter((line) => line.includes("`"))).toEqual([]);
    },
  );

  it("names exactly two commands for a fresh clone: the demo and the tests", () => {
    const commands = fencedBlockAfter("## Try it on a fresh clone", "sh").trim().split("\n");
    expect(commands.map((line) => line.replace(/\s+#.*$/, ""))).toEqual([
      "npm ci && npm run demo",
      "npm ci && npm test",
    ]);
  });
});

describe("examples", () => {
  const examples = readdirSync(join(root, "examples")).filter((name) => name.endsWith(".ts") && !name.startsWith("_"));

  it("has the quick start, the demo, one script per headline indicator, the large-export and the partial-results scripts", () => {
    expect(examples.sort()).toEqual(
      [
        "activity-rate.ts",
        "demo.ts",
        "large-export.ts",
        "lost-deals.ts",
        "monthly-partials.ts",
        "pipeline.ts",
        "quickstart.ts",
        "revenue-per-seller.ts",
        "revenue-vs-target.ts",
        "workers.ts",
      ].sort(),
    );
  });

  it.each(examples.filter((name) => name !== "quickstart.ts"))(
    "%s runs and prints a report",
    (name) => {
      const output = runExample(name);
      expect(output.split("\n").length).toBeGreaterThan(5);
      expect(output).not.toMatch(/NaN|Infinity|undefined/);
    },
    60_000,
  );
});

describe("generated barrel", () => {
  it("src/index.ts is what `npm run barrel` writes", () => {
    expect(readFileSync(join(root, "src", "index.ts"), "utf8")).toBe(renderBarrel());
  });
});
