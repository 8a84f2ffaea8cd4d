/**
 * The notebook `examples/notebook.ipynb` cannot rot: its code cells, in order, make one module
 * that runs with tsx as the examples do (`crm-kpi` resolved to the source), and what it prints is
 * checked. The notebook is for the tslab kernel, which runs cells as one TypeScript session.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

interface Cell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
  readonly outputs?: readonly unknown[];
}
interface Notebook {
  readonly cells: readonly Cell[];
  readonly metadata: { readonly kernelspec?: { readonly name?: string } };
  readonly nbformat: number;
}

const notebook = JSON.parse(readFileSync(join(root, "examples", "notebook.ipynb"), "utf8")) as Notebook;
const code = notebook.cells
  .filter((cell) => cell.cell_type === "code")
  .map((cell) => (typeof cell.source === "string" ? cell.source : cell.source.join("")));

// Inside the repository (its ignored .tmp/), so that node_modules and the examples' paths resolve.
mkdirSync(join(root, ".tmp"), { recursive: true });
const folder = mkdtempSync(join(root, ".tmp", "notebook-"));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("examples/notebook.ipynb", () => {
  it("is a notebook for the tslab kernel, with code cells and no stored outputs", () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec?.name).toBe("tslab");
    expect(code.length).toBeGreaterThanOrEqual(4);
    expect(notebook.cells.flatMap((cell) => cell.outputs ?? [])).toEqual([]);
  });

  it("runs its code cells in order and prints the five indicators and a report", () => {
    const module = join(folder, "notebook.ts");
    writeFileSync(module, `${code.join("\n\n")}\n`);
    const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
    const output = execFileSync("node", [tsx, "--tsconfig", "tsconfig.examples.json", module], {
      cwd: root,
      encoding: "utf8",
    });
    for (const label of ["Revenue vs target", "Revenue per seller", "Weighted pipeline", "Activity rate", "Lost deals"])
      expect(output).toContain(label);
    expect(output).toMatch(/\d+ indicators computed, 0 skipped/);
    expect(output).toMatch(/€[\d,]+\.\d\d/);
    expect(output).not.toMatch(/NaN|Infinity|undefined/);
  }, 120_000);
});
