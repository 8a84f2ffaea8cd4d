/**
 * Finds the TSDoc `@example` code blocks of the sources that the doctest runner checks: the
 * fenced blocks (```ts) of an `@example` section that contain at least one `//=>` line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One `@example` code block to run. */
export interface DocExample {
  /** The source file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** The documented symbol: its declared name, `Owner.member` for a member, or `(module)`. */
  readonly symbol: string;
  /** One-based line of the block's first code line in the file. */
  readonly line: number;
  /** The code, without the comment's leading `*`. */
  readonly code: string;
}

const TEST_FILE = /\.test(-prop|-d)?\.ts$/;
const DOC_COMMENT = /\/\*\*((?:[^*]|\*(?!\/))*)\*\//g;
const DECLARATION =
  /^\s*export\s+(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/;
const MEMBER = /^\s*(?:(?:public|static|readonly|abstract|override|get|set|async)\s+)*([A-Za-z_$][\w$]*)\??\s*[:(<=]/;
const OWNER = /^\s*export\s+(?:declare\s+)?(?:abstract\s+)?(?:class|interface|type)\s+([A-Za-z_$][\w$]*)/;

/** Every non-test `.ts` file under `folder`, sorted. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith(".ts") && !TEST_FILE.test(entry.name) ? [path] : [];
    })
    .sort();
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line += 1;
  return line;
}

/** The name of what a doc comment documents: the declaration after it, a member of the enclosing declaration, or the module. */
function symbolAfter(text: string, commentEnd: number, comment: string): string {
  if (/@module\b/.test(comment)) return "(module)";
  const rest = text.slice(commentEnd).replace(/^\s*\n/, "");
  const firstLine = rest.split("\n", 1)[0] ?? "";
  const declared = DECLARATION.exec(firstLine)?.[1];
  if (declared !== undefined) return declared;
  const member = MEMBER.exec(firstLine)?.[1];
  if (member === undefined) return "(unnamed)";
  const before = text.slice(0, commentEnd).split("\n").reverse();
  const owner = before.map((line) => OWNER.exec(line)?.[1]).find((name) => name !== undefined);
  return owner === undefined ? member : `${owner}.${member}`;
}

/** The `@example` blocks with `//=>` lines of one file. */
export function examplesOf(root: string, path: string): DocExample[] {
  const text = readFileSync(path, "utf8");
  const file = relative(root, path).split(sep).join("/");
  const found: DocExample[] = [];
  for (const match of text.matchAll(DOC_COMMENT)) {
    const body = match[1] ?? "";
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- defensive: index is typed number, kept as written
    const bodyStart = (match.index ?? 0) + 3;
    const lines = body.split("\n");
    let offset = bodyStart;
    let inExample = false;
    let fence: { start: number; code: string[] } | null = null;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- defensive: index is typed number, kept as written
    const symbol = symbolAfter(text, (match.index ?? 0) + match[0].length, body);
    for (const raw of lines) {
      const line = raw.replace(/^\s*\* ?/, "");
      if (fence === null && /^@\w+/.test(line)) inExample = line.startsWith("@example");
      if (inExample && fence === null && /^```(ts|typescript)?\s*$/.test(line)) {
        fence = { start: lineOf(text, offset) + 1, code: [] };
      } else if (fence !== null && /^```\s*$/.test(line)) {
        const code = fence.code.join("\n");
        if (code.includes("//=>")) found.push({ file, symbol, line: fence.start, code });
        fence = null;
      } else if (fence !== null) {
        fence.code.push(line);
      }
      offset += raw.length + 1;
    }
  }
  return found;
}

/** Every checked example under `src/`, in file order, each named uniquely by file and symbol. */
export function collectExamples(root: string): DocExample[] {
  const all = sourceFiles(join(root, "src")).flatMap((path) => examplesOf(root, path));
  const seen = new Map<string, number>();
  return all.map((example) => {
    const key = `${example.file} ${example.symbol}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? example : { ...example, symbol: `${example.symbol} #${count}` };
  });
}
