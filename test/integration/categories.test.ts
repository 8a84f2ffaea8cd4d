/**
 * Every public export carries the typedoc `@category` of its indicator or concern, so the API
 * site's sidebar is grouped (typedoc.json: categories in the navigation, in `categoryOrder`). The
 * category comes from the declaring file (`test/tools/categories.ts`); `npm run categories` adds
 * the missing tags.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { categoryOf, exportedDeclarations } from "../tools/categories.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("@category on every export", () => {
  const exported = exportedDeclarations();

  it("reads the exports of the three entry points", () => {
    expect(exported.length).toBeGreaterThan(200);
    expect(exported.map((item) => item.name)).toEqual(
      expect.arrayContaining(["revenueVsTarget", "parseOrders", "generateSampleDataset", "SellerSchema"]),
    );
  });

  it("tags each exported declaration with its file's category, once", () => {
    const wrong = exported
      .filter((item) => categoryOf(item.file) !== null)
      .filter((item) => item.categories.length !== 1 || item.categories[0] !== categoryOf(item.file))
      .map(
        (item) =>
          `${relative(root, item.file)} ${item.name}: ${item.categories.length === 0 ? "no @category" : item.categories.join(", ")}, expected ${String(categoryOf(item.file))}`,
      );
    expect(wrong).toEqual([]);
  });

  it("declares every export under src/ but decimal.js's Decimal, whose re-export carries the Money category", () => {
    expect([...new Set(exported.filter((item) => categoryOf(item.file) === null).map((item) => item.name))]).toEqual([
      "Decimal",
    ]);
    expect(readFileSync(join(root, "src", "index.ts"), "utf8")).toMatch(
      /\/\*\*[^*]*@category Money \*\/\nexport \{ Decimal \} from "decimal\.js";/,
    );
  });

  it("lists every category in typedoc's categoryOrder", () => {
    const typedoc = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as {
      categoryOrder: string[];
      categorizeByGroup: boolean;
    };
    const used = new Set(exported.flatMap((item) => item.categories));
    expect([...used].filter((category) => !typedoc.categoryOrder.includes(category))).toEqual([]);
    expect(typedoc.categorizeByGroup).toBe(false);
  });
});
