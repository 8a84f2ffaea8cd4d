/**
 * The typedoc category of each public export, from the file that declares it: one per headline
 * indicator, one per concern. `test/integration/categories.test.ts` checks every export of the
 * entry points carries the `@category` its file gives; `npm run categories` (this file) adds the
 * missing tags, a one-line insertion before each doc comment's end.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The entry points whose exports are categorised. */
export const ENTRY_POINTS = ["src/index.ts", "src/schemas.ts", "src/sample.ts", "src/node.ts"] as const;

/** Category by the declaring file's path under `src/` (first match wins). */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/^indicators\/revenue\/.*revenueVsTarget/, "Revenue vs target"],
  [/^indicators\/revenue\/.*revenuePerSeller/, "Revenue per seller"],
  [/^indicators\/pipeline\//, "Pipeline"],
  [/^indicators\/activity\//, "Activity rate"],
  [/^indicators\/lostDeals\//, "Lost deals"],
  [/^indicators\/deals\//, "Deals"],
  [/^indicators\/service\//, "Service"],
  [/^indicators\/salesFlow\//, "Sales flow"],
  [/^indicators\//, "Indicators"],
  [/^errors\//, "Errors"],
  [/^money\//, "Money"],
  [/^period\//, "Period"],
  [/^model\//, "Model"],
  [/^table\//, "Tables"],
  [/^catalogue\//, "Catalogue"],
  [/^sample\//, "Sample"],
  [/^format\//, "Format"],
  [/^context\//, "Context"],
  [/^sql\//, "SQL"],
  [/^csv\//, "CSV"],
  [/^jsonSchema\//, "JSON Schema"],
  [/^chart\//, "Charts"],
  [/^html\//, "HTML report"],
];

/** The category of a declaration in `file` (absolute), or `null` outside the rules (e.g. decimal.js). */
export function categoryOf(file: string): string | null {
  const path = relative(join(root, "src"), file).split(sep).join("/");
  return RULES.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

/** One exported declaration of an entry point. */
export interface ExportedDeclaration {
  readonly name: string;
  readonly file: string;
  readonly declaration: ts.Declaration;
  /** The `@category` tags on its doc comment. */
  readonly categories: readonly string[];
  /** The doc comment that documents it, if any. */
  readonly doc: ts.JSDoc | undefined;
}

/** Every declaration exported by the entry points, through `export *` and re-exports. */
export function exportedDeclarations(): ExportedDeclaration[] {
  const program = ts.createProgram(
    ENTRY_POINTS.map((entry) => join(root, entry)),
    {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const found = new Map<ts.Declaration, ExportedDeclaration>();
  for (const entry of ENTRY_POINTS) {
    const source = program.getSourceFile(join(root, entry));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const overloaded = declarations.filter(ts.isFunctionDeclaration).length > 1;
      for (const declaration of declarations) {
        if (found.has(declaration)) continue;
        // An overloaded function's implementation signature is not part of its public type.
        if (overloaded && ts.isFunctionDeclaration(declaration) && declaration.body !== undefined) continue;
        const docs = ts.getJSDocCommentsAndTags(declaration).filter((node): node is ts.JSDoc => ts.isJSDoc(node));
        const doc = docs[docs.length - 1];
        const categories = ts
          .getJSDocTags(declaration)
          .filter((tag) => tag.tagName.text === "category")
          .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? "");
        found.set(declaration, {
          name: exported.name,
          file: declaration.getSourceFile().fileName,
          declaration,
          categories,
          doc,
        });
      }
    }
  }
  return [...found.values()];
}

/** Adds `@category` where it is missing; returns how many tags were added, per file. */
function addMissingCategories(): Map<string, number> {
  /** Per file: the offset of each doc comment's closing `*` + `/`, with the category to add there. */
  const edits = new Map<string, Map<number, string>>();
  for (const item of exportedDeclarations()) {
    const category = categoryOf(item.file);
    if (category === null || item.categories.length > 0 || item.doc === undefined) continue;
    const inFile = edits.get(item.file) ?? new Map<number, string>();
    inFile.set(item.doc.getEnd() - 2, category);
    edits.set(item.file, inFile);
  }
  const added = new Map<string, number>();
  for (const [file, inFile] of edits) {
    let text = readFileSync(file, "utf8");
    for (const [end, category] of [...inFile].sort(([a], [b]) => b - a)) {
      const lineStart = text.lastIndexOf("\n", end - 1) + 1;
      const before = text.slice(lineStart, end);
      if (/^\s*$/.test(before)) {
        // A multi-line comment: one new line before the closing line.
        text = `${text.slice(0, lineStart)}${before}* @category ${category}\n${text.slice(lineStart)}`;
      } else {
        // A one-line comment: the tag goes inside it, on the same line.
        text = `${text.slice(0, end).trimEnd()} @category ${category} ${text.slice(end)}`;
      }
    }
    writeFileSync(file, text);
    added.set(relative(root, file), inFile.size);
  }
  return added;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, count] of addMissingCategories()) console.log(`${file}: ${count}`);
}
