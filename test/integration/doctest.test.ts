/**
 * Every TSDoc `@example` under `src/` with a `//=>` line runs as a test, so no example can rot.
 *
 * The convention (docs/conventions.md, "Examples"): in a fenced ```ts block of an `@example`, a
 * statement followed by `//=> expected` is checked: the statement's value must match the expected
 * literal (see `test/tools/doctest/expected.ts` for the notation: strings, numbers, unquoted ISO
 * instants for dates, `Decimal("1.5")`, arrays, objects, `Map { k => v }`, `...` for "and the
 * rest", a `(remark)` after a value is ignored). `//=> throws ErrorName`, or `// throws ErrorName`
 * on the statement's line, expects that error. The other statements run as written. An example
 * sees the public API (`crm-kpi`, `crm-kpi/schemas`, `crm-kpi/sample`) and every export of the
 * modules in its own folder, its own module's last; its `import`s of `crm-kpi...` or of relative
 * paths read the sources.
 */
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectExamples, type DocExample } from "../tools/doctest/extract.js";
import { IncompleteExpectation, mismatch, readExpected } from "../tools/doctest/expected.js";
import { planExample, runExample } from "../tools/doctest/run.js";
import { toDecimal } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const src = join(root, "src");
const TEST_FILE = /\.test(-prop|-d)?\.ts$/;
const ENTRY_POINTS = new Map([
  ["crm-kpi", join(src, "index.ts")],
  ["crm-kpi/schemas", join(src, "schemas.ts")],
  ["crm-kpi/sample", join(src, "sample.ts")],
  ["crm-kpi/node", join(src, "node.ts")],
]);

const loaded = new Map<string, Promise<Record<string, unknown>>>();
function load(path: string): Promise<Record<string, unknown>> {
  let module = loaded.get(path);
  if (module === undefined) {
    module = import(/* @vite-ignore */ path) as Promise<Record<string, unknown>>;
    loaded.set(path, module);
  }
  return module;
}

/** The source file a specifier of an example names. */
function sourceOf(specifier: string, file: string): string {
  const entry = ENTRY_POINTS.get(specifier);
  if (entry !== undefined) return entry;
  if (!specifier.startsWith(".")) throw new Error(`examples import crm-kpi or relative paths, not ${specifier}`);
  return resolve(dirname(join(root, file)), specifier.replace(/\.js$/, ".ts"));
}

/** The names an example sees: the entry points', then its folder's modules', then its own module's. */
async function scopeOf(example: DocExample): Promise<Map<string, unknown>> {
  const own = join(root, example.file);
  const folder = dirname(own);
  const siblings = readdirSync(folder)
    .filter((name) => name.endsWith(".ts") && !TEST_FILE.test(name))
    .map((name) => join(folder, name))
    .filter((path) => path !== own)
    .sort();
  const scope = new Map<string, unknown>();
  for (const path of [...ENTRY_POINTS.values(), ...siblings, own]) {
    for (const [name, value] of Object.entries(await load(path))) scope.set(name, value);
  }
  return scope;
}

describe("the doctest notation", () => {
  it("reads the forms the examples write", () => {
    expect(readExpected(`{ ok: true, value: Decimal("1234.56") }`)).toEqual({
      kind: "object",
      open: false,
      entries: [
        ["ok", { kind: "primitive", value: true }],
        ["value", { kind: "decimal", text: "1234.56" }],
      ],
    });
    expect(readExpected(`"0.5"   (15.5 of 31 days)`)).toEqual({ kind: "primitive", value: "0.5" });
    expect(readExpected(`throws InvalidArgumentError`)).toEqual({ kind: "throws", name: "InvalidArgumentError" });
    expect(() => readExpected(`{ records: [{ id: "s-1" }],`)).toThrow(IncompleteExpectation);
    expect(() => readExpected(`the sum of the orders`)).toThrow(/cannot read an expected value/);
  });

  it("matches values and says where they differ", () => {
    const date = new Date("2026-03-31T22:00:00.000Z");
    expect(
      mismatch(readExpected(`{ ok: true, value: 2026-03-31T22:00:00.000Z } (1 April in Paris)`), {
        ok: true,
        value: date,
      }),
    ).toBeNull();
    expect(
      mismatch(readExpected(`{ ..., amount: Decimal("0.30") }`), { id: "x", amount: toDecimal("0.3") }),
    ).toBeNull();
    expect(mismatch(readExpected(`["id", "date", ...]`), ["id", "date", "amount"])).toBeNull();
    expect(mismatch(readExpected(`Map { "EUR" => Decimal("7.5") }`), new Map([["EUR", toDecimal("7.5")]]))).toBeNull();
    expect(mismatch(readExpected(`Int32Array [4, 3, 3]`), Int32Array.of(4, 3, 3))).toBeNull();
    expect(
      mismatch(readExpected(`"commas are not accepted (...)"`), "commas are not accepted (write 1234.56)"),
    ).toBeNull();
    expect(mismatch(readExpected(`Date.UTC(2026, 1, 1)`), Date.UTC(2026, 1, 1))).toBeNull();

    expect(mismatch(readExpected(`{ id: "s-1" }`), { id: "s-1", teamId: undefined })).toMatch(
      /unexpected key\(s\) teamId/,
    );
    expect(mismatch(readExpected(`["a", "b"]`), ["a", "c"])).toMatch(/value\[1\]: expected "b", got "c"/);
    expect(mismatch(readExpected(`Decimal("0.3")`), "0.3")).toMatch(/expected Decimal/);
    expect(mismatch(readExpected(`1`), "1")).toMatch(/expected 1 \(number\)/);
    expect(mismatch(readExpected(`2026-01-01T00:00:00.000Z`), "2026-01-01T00:00:00.000Z")).toMatch(/expected the Date/);
  });

  it("checks each marked statement and nothing else", () => {
    const scope = new Map<string, unknown>([["toDecimal", toDecimal]]);
    const code = [
      'const a = toDecimal("1.50"); // a plain comment',
      'a.toString(); //=> "1.5"',
      "a.plus(1).toString();",
      '//=> "2.5"  (a remark)',
      'toDecimal("1e3"); // throws InvalidMoneyError',
      "[a.toString(),",
      ' "x"];',
      '//=> ["1.5",',
      '//    "y"]',
    ].join("\n");
    expect(planExample(code).checks.map((check) => check.line)).toEqual([2, 3, 5, 7]);
    expect(runExample(code, scope, new Map())).toEqual([
      { line: 7, message: expect.stringMatching(/value\[1\]: expected "y", got "x"/) as unknown },
    ]);
    expect(runExample('toDecimal("1"); //=> throws InvalidMoneyError', scope, new Map())[0]?.message).toMatch(
      /expected to throw InvalidMoneyError/,
    );
    expect(runExample("const x = 1; //=> 1", scope, new Map())[0]?.message).toMatch(/not an expression/);
    expect(runExample("f(1, //=> 1\n 2);", scope, new Map())[0]?.message).toMatch(/inside a statement/);
  });
});

describe("TSDoc examples", () => {
  const examples = collectExamples(root);

  it("finds the examples of every layer", () => {
    expect(examples.length).toBeGreaterThan(100);
    for (const layer of ["errors", "money", "period", "model", "table", "indicators", "sample", "catalogue"]) {
      expect(
        examples.some((example) => example.file.startsWith(`src/${layer}/`)),
        layer,
      ).toBe(true);
    }
  });

  it.each(examples.map((example) => [`${example.file} ${example.symbol}`, example] as const))(
    "%s",
    async (_name, example) => {
      const scope = await scopeOf(example);
      const plan = planExample(example.code);
      const modules = new Map<string, unknown>();
      for (const specifier of plan.imports) modules.set(specifier, await load(sourceOf(specifier, example.file)));
      const failures = runExample(example.code, scope, modules);
      // One text, so that the report shows every failure of the example with its line in the file.
      expect(
        failures.map((failure) => `${example.file}:${example.line + failure.line - 1}: ${failure.message}`).join("\n"),
      ).toBe("");
    },
  );
});
