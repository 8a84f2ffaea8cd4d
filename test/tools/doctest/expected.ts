/**
 * The expected side of a doctest line, `expr //=> expected`: a small literal notation read into a
 * pattern, and the match of a value against it.
 *
 * Notation (what the examples already write):
 * - `"text"` or `'text'` a string (`\n`, `\t` and `\u00A0` escapes read as in JavaScript); `...` inside an expected string stands for any text;
 * - `12`, `-0.5`, `1_000_000` a number; `Date.UTC(2026, 1, 1)` the number it gives;
 * - `true`, `false`, `null`, `undefined`;
 * - `2026-03-31T22:00:00.000Z` (unquoted) a `Date` at that instant;
 * - `Decimal("7.5")` or `Decimal(1000)` a decimal.js value equal to it;
 * - `[a, b]` an array; `{ key: value }` a plain object with exactly those own keys;
 *   `Map { "EUR" => Decimal("7.5") }` a Map; `Float64Array [1, 3]` a typed array of that class;
 * - `...` as an element or a key stands for any number of further elements or keys;
 * - `(a remark)` after a value inside `[...]`, `{...}` or `Map {...}` is ignored, and so is
 *   everything after the whole expected value (`"0.5"  (15.5 of 31 days)`);
 * - `throws ErrorName` (also written `// throws ErrorName` after a statement): the expression
 *   throws an error of that `name`.
 */
/** What a doctest line expects. */
export type Pattern =
  | { readonly kind: "any" }
  | { readonly kind: "primitive"; readonly value: string | number | boolean | null | undefined }
  | { readonly kind: "date"; readonly time: number; readonly text: string }
  | { readonly kind: "decimal"; readonly text: string }
  | { readonly kind: "array"; readonly className: string | null; readonly items: readonly Pattern[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Pattern])[]; readonly open: boolean }
  | { readonly kind: "map"; readonly entries: readonly (readonly [Pattern, Pattern])[]; readonly open: boolean }
  | { readonly kind: "throws"; readonly name: string };

/** The expected text ended inside a bracket: the next comment line continues it. */
export class IncompleteExpectation extends Error {}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z/;
const NUMBER = /^-?\d[\d_]*(?:\.\d+)?/;
const IDENTIFIER = /^[A-Za-z_$][\w$-]*/;
const ELLIPSIS: Pattern = { kind: "any" };

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  get rest(): string {
    return this.text.slice(this.position);
  }

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? "")) this.position += 1;
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.position >= this.text.length;
  }

  peek(token: string): boolean {
    this.skipSpace();
    return this.rest.startsWith(token);
  }

  take(token: string): boolean {
    if (!this.peek(token)) return false;
    this.position += token.length;
    return true;
  }

  expect(token: string): void {
    if (this.atEnd()) throw new IncompleteExpectation(`expected ${token}`);
    if (!this.take(token)) throw new Error(`expected ${token} at "${this.rest.slice(0, 30)}"`);
  }

  /** A `(remark)` after a value inside a structure: skipped, brackets balanced. */
  skipRemark(): void {
    if (!this.peek("(")) return;
    let depth = 0;
    do {
      const char = this.text[this.position];
      if (char === undefined) throw new IncompleteExpectation("unclosed remark");
      if (char === "(") depth += 1;
      if (char === ")") depth -= 1;
      this.position += 1;
    } while (depth > 0);
  }

  string(): string {
    const quote = this.text[this.position] ?? "";
    let value = "";
    for (let index = this.position + 1; index < this.text.length; index += 1) {
      const char = this.text[index] ?? "";
      if (char === "\\") {
        const next = this.text[index + 1] ?? "";
        const code = next === "u" ? /^[0-9A-Fa-f]{4}/.exec(this.text.slice(index + 2))?.[0] : undefined;
        if (code !== undefined) {
          // `\u00A0`: a character written by its code, as in the source it documents.
          value += String.fromCharCode(Number.parseInt(code, 16));
          index += 5;
        } else {
          value += next === "n" ? "\n" : next === "t" ? "\t" : next;
          index += 1;
        }
      } else if (char === quote) {
        this.position = index + 1;
        return value;
      } else {
        value += char;
      }
    }
    throw new IncompleteExpectation("unclosed string");
  }

  number(): number {
    this.skipSpace();
    const text = NUMBER.exec(this.rest)?.[0];
    if (text === undefined) throw new Error(`expected a number at "${this.rest.slice(0, 30)}"`);
    this.position += text.length;
    return Number(text.replaceAll("_", ""));
  }

  value(): Pattern {
    if (this.atEnd()) throw new IncompleteExpectation("expected a value");
    const rest = this.rest;
    const char = rest[0] ?? "";
    if (char === '"' || char === "'") return { kind: "primitive", value: this.string() };
    const instant = ISO_INSTANT.exec(rest)?.[0];
    if (instant !== undefined) {
      this.position += instant.length;
      return { kind: "date", time: Date.parse(instant), text: instant };
    }
    if (NUMBER.test(rest)) return { kind: "primitive", value: this.number() };
    if (char === "[") return this.array(null);
    if (char === "{") return this.object();
    if (this.take("Date.UTC(")) {
      const parts: number[] = [this.number()];
      while (this.take(",")) parts.push(this.number());
      this.expect(")");
      return { kind: "primitive", value: Date.UTC(parts[0] ?? 0, parts[1] ?? 0, ...parts.slice(2)) };
    }
    if (this.take("Decimal(")) {
      this.skipSpace();
      const quote = this.text[this.position];
      const text = quote === '"' || quote === "'" ? this.string() : String(this.number());
      this.expect(")");
      return { kind: "decimal", text };
    }
    const word = IDENTIFIER.exec(rest)?.[0];
    if (word === "true" || word === "false") {
      this.position += word.length;
      return { kind: "primitive", value: word === "true" };
    }
    if (word === "null" || word === "undefined") {
      this.position += word.length;
      return { kind: "primitive", value: word === "null" ? null : undefined };
    }
    if (word === "Map") {
      this.position += word.length;
      return this.map();
    }
    if (word !== undefined && /Array$/.test(word)) {
      this.position += word.length;
      this.skipSpace();
      return this.array(word);
    }
    throw new Error(`cannot read an expected value at "${rest.slice(0, 40)}"`);
  }

  /** Items up to `close`, each a value or `...`, separated by commas, each maybe followed by a remark. */
  list<T>(close: string, item: () => T, ellipsis: () => T): T[] {
    const items: T[] = [];
    for (;;) {
      if (this.atEnd()) throw new IncompleteExpectation(`expected ${close}`);
      if (this.take(close)) return items;
      items.push(this.take("...") ? ellipsis() : item());
      this.skipRemark();
      if (this.atEnd()) throw new IncompleteExpectation(`expected ${close}`);
      if (!this.take(",") && !this.peek(close))
        throw new Error(`expected , or ${close} at "${this.rest.slice(0, 30)}"`);
    }
  }

  array(className: string | null): Pattern {
    this.expect("[");
    return {
      kind: "array",
      className,
      items: this.list(
        "]",
        () => this.value(),
        () => ELLIPSIS,
      ),
    };
  }

  object(): Pattern {
    this.expect("{");
    let open = false;
    const entries = this.list<readonly [string, Pattern] | null>(
      "}",
      () => {
        this.skipSpace();
        const char = this.text[this.position];
        const key = char === '"' || char === "'" ? this.string() : IDENTIFIER.exec(this.rest)?.[0];
        if (key === undefined) throw new Error(`expected a key at "${this.rest.slice(0, 30)}"`);
        if (char !== '"' && char !== "'") this.position += key.length;
        this.expect(":");
        return [key, this.value()] as const;
      },
      () => {
        open = true;
        return null;
      },
    );
    return { kind: "object", entries: entries.filter((entry) => entry !== null), open };
  }

  map(): Pattern {
    this.expect("{");
    let open = false;
    const entries = this.list<readonly [Pattern, Pattern] | null>(
      "}",
      () => {
        const key = this.value();
        this.expect("=>");
        return [key, this.value()] as const;
      },
      () => {
        open = true;
        return null;
      },
    );
    return { kind: "map", entries: entries.filter((entry) => entry !== null), open };
  }
}

/**
 * Reads the expected text of a doctest line. Throws {@link IncompleteExpectation} when the text
 * stops inside a bracket or a string (the caller then appends the next comment line).
 */
export function readExpected(text: string): Pattern {
  const reader = new Reader(text);
  if (reader.take("throws ")) {
    const name = IDENTIFIER.exec(reader.rest.trimStart())?.[0];
    if (name === undefined) throw new Error("`throws` needs an error name");
    return { kind: "throws", name };
  }
  return reader.value();
}

function matchString(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  if (!expected.includes("...")) return false;
  const source = expected
    .split("...")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\S]*");
  return new RegExp(`^${source}$`).test(actual);
}

function isDecimalLike(value: unknown): value is { equals(other: string): boolean; toString(): string } {
  const constructor = (value as { constructor?: { isDecimal?: (candidate: unknown) => boolean } } | null)?.constructor;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof constructor?.isDecimal === "function" &&
    constructor.isDecimal(value)
  );
}

/** Matches `items` (from index `from` of the value) against `patterns`, where `any` patterns take any number of items. */
function matchItems(patterns: readonly Pattern[], items: readonly unknown[], path: string, from = 0): string | null {
  const [first, ...others] = patterns;
  if (first === undefined)
    return items.length === 0 ? null : `${path}: ${items.length} more item(s) than expected from [${from}]`;
  if (first.kind === "any") {
    for (let skip = 0; skip <= items.length; skip += 1) {
      if (matchItems(others, items.slice(skip), path, from + skip) === null) return null;
    }
    return `${path}: no way to match the items after "..."`;
  }
  if (items.length === 0) return `${path}: ${from} item(s), more expected`;
  return mismatch(first, items[0], `${path}[${from}]`) ?? matchItems(others, items.slice(1), path, from + 1);
}

/**
 * Why `actual` does not match `expected`, or `null` when it does. `path` names the place in the
 * value for the message.
 */
export function mismatch(expected: Pattern, actual: unknown, path = "value"): string | null {
  switch (expected.kind) {
    case "any":
      return null;
    case "throws":
      return `${path}: expected to throw ${expected.name}, returned a value`;
    case "primitive":
      if (typeof expected.value === "string" && typeof actual === "string") {
        return matchString(expected.value, actual)
          ? null
          : `${path}: expected ${JSON.stringify(expected.value)}, got ${JSON.stringify(actual)}`;
      }
      return Object.is(expected.value, actual) || (expected.value === 0 && actual === 0)
        ? null
        : `${path}: expected ${String(expected.value)} (${typeof expected.value}), got ${describe(actual)}`;
    case "date":
      return actual instanceof Date && actual.getTime() === expected.time
        ? null
        : `${path}: expected the Date ${expected.text}, got ${describe(actual)}`;
    case "decimal":
      return isDecimalLike(actual) && actual.equals(expected.text)
        ? null
        : `${path}: expected Decimal("${expected.text}"), got ${describe(actual)}`;
    case "array": {
      const isList =
        expected.className === null
          ? Array.isArray(actual)
          : ArrayBuffer.isView(actual) && actual.constructor.name === expected.className;
      if (!isList) return `${path}: expected ${expected.className ?? "an array"}, got ${describe(actual)}`;
      return matchItems(expected.items, Array.from(actual as ArrayLike<unknown>), path);
    }
    case "object": {
      if (
        typeof actual !== "object" ||
        actual === null ||
        Array.isArray(actual) ||
        actual instanceof Map ||
        actual instanceof Date
      ) {
        return `${path}: expected an object, got ${describe(actual)}`;
      }
      const record = actual as Record<string, unknown>;
      for (const [key, pattern] of expected.entries) {
        if (!Object.hasOwn(record, key)) return `${path}: missing key ${key}`;
        const problem = mismatch(pattern, record[key], `${path}.${key}`);
        if (problem !== null) return problem;
      }
      if (!expected.open) {
        const named = new Set(expected.entries.map(([key]) => key));
        const extra = Object.keys(record).filter((key) => !named.has(key));
        if (extra.length > 0) return `${path}: unexpected key(s) ${extra.join(", ")}`;
      }
      return null;
    }
    case "map": {
      if (!(actual instanceof Map)) return `${path}: expected a Map, got ${describe(actual)}`;
      for (const [keyPattern, valuePattern] of expected.entries) {
        const key = [...(actual as ReadonlyMap<unknown, unknown>).keys()].find(
          (candidate) => mismatch(keyPattern, candidate) === null,
        );
        if (key === undefined) return `${path}: no key matching ${JSON.stringify(keyPattern)}`;
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a key in an example is a string, number or Decimal
        const problem = mismatch(valuePattern, actual.get(key), `${path}.get(${String(key)})`);
        if (problem !== null) return problem;
      }
      if (!expected.open && actual.size !== expected.entries.length)
        return `${path}: expected ${expected.entries.length} entries, got ${actual.size}`;
      return null;
    }
  }
}

/** A short description of a value for a message. */
export function describe(value: unknown): string {
  if (value instanceof Date) return `the Date ${Number.isNaN(value.getTime()) ? "Invalid" : value.toISOString()}`;
  if (isDecimalLike(value)) return `Decimal("${value.toString()}")`;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value !== "object" || value === null) return String(value);
  try {
    return JSON.stringify(value).slice(0, 300);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
