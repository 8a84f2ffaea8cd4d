/**
 * Runs one `@example` block: each top-level statement followed by a `//=> expected` comment (or a
 * `// throws ErrorName` comment on its own line) becomes a check of the statement's value; the other
 * statements run as written. The block runs as TypeScript with its types stripped, seeing the
 * names of a scope given by the caller; its `import` declarations read modules the caller loaded.
 */
import ts from "typescript";
import { describe, IncompleteExpectation, mismatch, type Pattern, readExpected } from "./expected.js";

/** One checked statement of an example. */
export interface Check {
  /** One-based line of the statement's last line in the example. */
  readonly line: number;
  /** The statement as written. */
  readonly source: string;
  readonly expected: Pattern;
}

/** An example turned into a program. */
export interface ExamplePlan {
  /** The program, still TypeScript: checked statements call `__check(index, () => (expression))`. */
  readonly program: string;
  readonly checks: readonly Check[];
  /** The module specifiers the example imports. */
  readonly imports: readonly string[];
  /** What could not be read: a `//=>` inside a statement or after a declaration, an unreadable expectation. */
  readonly problems: readonly string[];
}

/** One failed check or error, with its one-based line in the example. */
export interface Failure {
  readonly line: number;
  readonly message: string;
}

const THROWS_COMMENT = /^\s*\/\/\s*throws\s+([A-Za-z_$][\w$]*)/;

function lineAt(code: string, offset: number): number {
  return code.slice(0, offset).split("\n").length;
}

/**
 * The expectation written in the comments after a statement (`gap`: the text up to the next
 * statement), or `null` when there is none. Continuation lines are the next `//` lines while the
 * expected value is not complete.
 */
function expectationIn(gap: string): Pattern | null {
  const lines = gap.split("\n");
  const first = lines.findIndex((line) => line.includes("//=>"));
  if (first === -1) {
    const thrown = THROWS_COMMENT.exec(lines[0] ?? "")?.[1];
    return thrown === undefined ? null : { kind: "throws", name: thrown };
  }
  if (lines.slice(first + 1).some((line) => line.includes("//=>")))
    throw new Error("two //=> comments after one statement");
  let text = (lines[first] ?? "").slice((lines[first] ?? "").indexOf("//=>") + 4);
  for (let next = first + 1; ; next += 1) {
    try {
      return readExpected(text);
    } catch (error) {
      const more = /^\s*\/\/(.*)$/.exec(lines[next] ?? "")?.[1];
      if (!(error instanceof IncompleteExpectation) || more === undefined) throw error;
      text += `\n${more}`;
    }
  }
}

/** The `const` that binds an import declaration to the loaded module, or `""` for a type-only import. */
function bindImport(node: ts.ImportDeclaration, source: ts.SourceFile): string {
  const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
  const clause = node.importClause;
  if (clause === undefined || clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return "";
  if (clause.name !== undefined) throw new Error(`default import from ${specifier}: import names instead`);
  const bindings = clause.namedBindings;
  const target = `__modules[${JSON.stringify(specifier)}]`;
  if (bindings === undefined) return "";
  if (ts.isNamespaceImport(bindings)) return `const ${bindings.name.text} = ${target};`;
  const names = bindings.elements
    .filter((element) => !element.isTypeOnly)
    .map((element) =>
      element.propertyName === undefined
        ? element.name.text
        : `${element.propertyName.getText(source)}: ${element.name.text}`,
    );
  return `const { ${names.join(", ")} } = ${target};`;
}

/** Reads an example into a program and its checks. */
export function planExample(code: string): ExamplePlan {
  const source = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const checks: Check[] = [];
  const imports: string[] = [];
  const problems: string[] = [];
  const parts: string[] = [];
  let attached = 0;
  const statements = source.statements;
  statements.forEach((statement, index) => {
    const next = statements[index + 1];
    const gap = code.slice(statement.end, next === undefined ? code.length : next.getStart(source));
    const text = code.slice(statement.getStart(source), statement.end);
    const line = lineAt(code, statement.end);
    let expected: Pattern | null = null;
    try {
      expected = expectationIn(gap);
    } catch (error) {
      problems.push(`line ${line}: ${(error as Error).message}`);
    }
    attached += gap.split("//=>").length - 1;
    if (ts.isImportDeclaration(statement)) {
      imports.push((statement.moduleSpecifier as ts.StringLiteral).text);
      parts.push(bindImport(statement, source));
    } else if (expected !== null && ts.isExpressionStatement(statement)) {
      parts.push(`__check(${checks.length}, () => (${statement.expression.getText(source)}));`);
      checks.push({ line, source: text, expected });
    } else {
      if (expected !== null) problems.push(`line ${line}: //=> follows a statement that is not an expression`);
      parts.push(text);
    }
  });
  const total = code.split("//=>").length - 1;
  if (attached !== total)
    problems.push(`${total - attached} //=> comment(s) inside a statement or before the first one`);
  return { program: parts.join("\n"), checks, imports, problems };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(["default", "arguments", "eval", "__check", "__modules"]);

/**
 * Runs an example with `scope`'s names in view and `modules` for its imports; returns what failed
 * (an empty list when every check holds).
 */
export function runExample(
  code: string,
  scope: ReadonlyMap<string, unknown>,
  modules: ReadonlyMap<string, unknown>,
): Failure[] {
  const plan = planExample(code);
  const failures: Failure[] = plan.problems.map((message) => ({
    line: Number(/^line (\d+)/.exec(message)?.[1] ?? 1),
    message,
  }));
  if (plan.checks.length === 0 && failures.length === 0) failures.push({ line: 1, message: "no check found" });
  const output = ts.transpileModule(plan.program, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  });
  for (const diagnostic of output.diagnostics ?? []) {
    failures.push({ line: 1, message: `syntax: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}` });
  }
  if (failures.length > 0) return failures;
  const names = [...scope.keys()].filter((name) => IDENTIFIER.test(name) && !RESERVED.has(name));
  const done = new Set<number>();
  const check = (index: number, evaluate: () => unknown): void => {
    const { line, expected } = plan.checks[index] as Check;
    done.add(index);
    let value: unknown;
    try {
      value = evaluate();
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      if (expected.kind !== "throws")
        failures.push({ line, message: `threw ${name}: ${error instanceof Error ? error.message : String(error)}` });
      else if (name !== expected.name)
        failures.push({ line, message: `expected to throw ${expected.name}, threw ${name}` });
      return;
    }
    const problem = mismatch(expected, value);
    if (problem !== null) failures.push({ line, message: `${problem}\n    whole value: ${describe(value)}` });
  };
  const body = `"use strict";\n{\n${output.outputText.replace(/^export \{\};\s*$/m, "")}\n}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the doctest runner compiles each example into a function: that is its job
    const run = new Function(...names, "__check", "__modules", body) as (...args: unknown[]) => unknown;
    run(...names.map((name) => scope.get(name)), check, Object.fromEntries(modules));
  } catch (error) {
    const line = plan.checks.find((_, index) => !done.has(index))?.line ?? 1;
    failures.push({
      line,
      message: `the example threw before this check: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    });
  }
  return failures;
}
