/**
 * The row parser's internals, shared by `parseRows` (records) and the table parsers (columns), so
 * both read, check and reject rows the same way. Not part of the public API.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import { InvalidArgumentError, MissingFieldsError, type RowError, type RowIssue } from "../errors/index.js";
import { fastPlanOf, fastRecord, MISSING, type FastPlan } from "./_fastRows.js";
import { readText } from "./_textFields.js";
import { MAX_ID_LENGTH } from "./schemaOptions.js";
import { describeValue } from "../errors/describe.js";
import { IdRegistry } from "./_idRegistry.js";
import {
  MAX_ERROR_ID_LENGTH,
  MAX_ISSUES_PER_ROW,
  type AnyRowSchema,
  type ParseMode,
  type RowParseOptions,
  type UnknownKeysPolicy,
} from "./rowParsing.js";

const PARSE_MODES: ReadonlySet<unknown> = new Set<ParseMode>(["collect", "fail-fast"]);
const UNKNOWN_KEY_POLICIES: ReadonlySet<unknown> = new Set<UnknownKeysPolicy>(["ignore", "reject"]);
const readId = readText(MAX_ID_LENGTH);

/** Checked row options. */
export interface ResolvedRowOptions {
  readonly mode: ParseMode;
  readonly strict: boolean;
  /** The source line of row 0, or `null` when not given. */
  readonly firstLine: number | null;
}

export function resolveRowOptions(options: RowParseOptions | undefined): ResolvedRowOptions {
  if (options === undefined) return { mode: "collect", strict: false, firstLine: null };
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`parse options must be an object, not ${describeValue(options)}`);
  }
  const mode: unknown = options.mode ?? "collect";
  if (!PARSE_MODES.has(mode))
    throw new InvalidArgumentError(`mode must be "collect" or "fail-fast", not ${describeValue(mode)}`);
  const unknownKeys: unknown = options.unknownKeys ?? "ignore";
  if (!UNKNOWN_KEY_POLICIES.has(unknownKeys)) {
    throw new InvalidArgumentError(`unknownKeys must be "ignore" or "reject", not ${describeValue(unknownKeys)}`);
  }
  const firstLine: unknown = options.firstLine ?? null;
  if (firstLine !== null && (typeof firstLine !== "number" || !Number.isSafeInteger(firstLine) || firstLine < 0)) {
    throw new InvalidArgumentError(
      `firstLine must be a whole number at least 0 (the source line of the first row), not ${describeValue(firstLine)}`,
    );
  }
  return { mode: mode as ParseMode, strict: unknownKeys === "reject", firstLine };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  // `Object.prototype` of this or another realm, or no prototype at all.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function describeRow(value: unknown): string {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return "an object that is not a plain object (a class instance, Date, Map...)";
  }
  return describeValue(value);
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

function keyName(key: string | symbol): string | number {
  return typeof key === "symbol" ? String(key) : key;
}

/** What became of one row. */
export type RowOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RowError };

/** Everything one parse call shares from row to row. */
export interface RowContext<S extends AnyRowSchema> {
  readonly schema: S;
  readonly keys: readonly string[];
  readonly known: ReadonlySet<string | symbol>;
  readonly knownList: string;
  readonly strict: boolean;
  /** The source line of row 0, or `null` (errors then carry no line). */
  readonly firstLine: number | null;
  /** Which row first claimed each id (a later row with the same id is rejected). */
  readonly ids: IdRegistry;
  /** The schema's fast plan, when it has one and strict mode is off. */
  readonly plan: FastPlan | undefined;
  /** The current row's values in `keys` order, reused from row to row. */
  readonly values: unknown[];
  /** The current row, once its values are read. */
  row: Record<string, unknown>;
}

function capIssues(issues: RowIssue[]): RowIssue[] {
  if (issues.length <= MAX_ISSUES_PER_ROW) return issues;
  const kept = issues.slice(0, MAX_ISSUES_PER_ROW - 1);
  kept.push({ path: [], message: `and ${issues.length - kept.length} more problems in this row` });
  return kept;
}

/**
 * The number of rows, after checking `rows` is an array that can be read.
 *
 * @throws InvalidArgumentError otherwise
 */
export function rowCount(rows: unknown): number {
  try {
    if (!Array.isArray(rows)) throw new InvalidArgumentError(`rows must be an array, not ${describeValue(rows)}`);
    return rows.length;
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw error;
    throw new InvalidArgumentError("rows must be an array that can be read");
  }
}

/** A parse call's context over `schema`. */
export function createRowContext<S extends AnyRowSchema>(schema: S, options: ResolvedRowOptions): RowContext<S> {
  const keys = Object.keys(schema.shape);
  const { strict, firstLine } = options;
  return {
    schema,
    keys,
    known: new Set(keys),
    knownList: keys.join(", "),
    strict,
    firstLine,
    ids: new IdRegistry(),
    plan: strict ? undefined : fastPlanOf(schema),
    values: keys.map(() => MISSING),
    row: {},
  };
}

/** The error of a rejected row; it carries the row's source line when the parse has a `firstLine`. */
export function rejectedRow(
  context: { readonly firstLine: number | null },
  index: number,
  id: string | null,
  issues: RowIssue[],
): { readonly ok: false; readonly error: RowError } {
  const listed = capIssues(issues);
  const first = listed[0] ?? { path: [], message: "the row is invalid" };
  const error: RowError = { index, id, path: first.path, message: first.message, issues: listed };
  return { ok: false, error: context.firstLine === null ? error : { ...error, line: context.firstLine + index } };
}

/** Most keys a {@link MissingFieldsError} keeps. */
const MAX_FOUND_KEYS = 100;

/**
 * The error to throw when no row holds any of the schema's fields (a CSV with its CRM's own
 * headers), or `null` when some row does, or when no row is a plain object with a key (the row
 * errors then say what the rows are, or what they lack). Called only once no row has been accepted, so it costs nothing on a good
 * input; it reads each row's own keys, and a row that cannot be read counts as holding none.
 */
export function missingFields<S extends AnyRowSchema>(
  context: RowContext<S>,
  rows: readonly unknown[],
  count: number,
): MissingFieldsError | null {
  const found = new Set<string>();
  for (let index = 0; index < count; index++) {
    try {
      const row: unknown = rows[index];
      if (!isPlainObject(row)) continue;
      for (const key of context.keys) if (Object.hasOwn(row, key)) return null;
      if (found.size < MAX_FOUND_KEYS)
        for (const key of Object.keys(row)) if (found.size < MAX_FOUND_KEYS) found.add(key);
    } catch {
      // A row whose keys cannot be read holds no field we can use.
    }
  }
  // Rows with no keys at all (`{}`) name no column to blame: their row errors say what is missing.
  return found.size > 0 ? new MissingFieldsError(context.keys, [...found]) : null;
}

const UNREADABLE: RowIssue = {
  path: [],
  message: "the row could not be read: accessing one of its values threw an exception",
};

/**
 * Reads row `index`'s known fields into `context.values` (each once, so a getter runs once, from
 * own properties only; {@link MISSING} for a key the row does not own). Returns `null` when the
 * values are read, else the issue that rejects the row (not a plain object, or reading threw).
 */
export function readRowValues<S extends AnyRowSchema>(
  context: RowContext<S>,
  rows: readonly unknown[],
  index: number,
): RowIssue | null {
  try {
    const row: unknown = rows[index];
    if (!isPlainObject(row))
      return { path: [], message: `a row must be a plain object (field names to values), not ${describeRow(row)}` };
    const { keys, values } = context;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      values[i] = Object.hasOwn(row, key) ? row[key] : MISSING;
    }
    context.row = row;
    return null;
  } catch {
    // A getter or proxy trap threw while the row was read: the row is rejected, never the call.
    return { ...UNREADABLE };
  }
}

/**
 * The outcome of the row whose values {@link readRowValues} just read: the fast path when the
 * schema has one and the row passes it, else the zod schema, which names every problem.
 */
export function finishRow<S extends AnyRowSchema>(context: RowContext<S>, index: number): RowOutcome<z.output<S>> {
  let id: string | null = null;
  const issues: RowIssue[] = [];
  try {
    const { keys, values, row } = context;
    if (context.plan !== undefined) {
      const record = fastRecord(context.plan, values);
      const recordId = record?.["id"];
      if (typeof recordId === "string" && context.ids.firstRowOf(recordId) < 0) {
        context.ids.claim(recordId, index);
        return { ok: true, value: record as z.output<S> };
      }
    }
    const snapshot: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) if (values[i] !== MISSING) snapshot[keys[i] as string] = values[i];
    const rawId = snapshot["id"];
    if (typeof rawId === "string") {
      id = rawId.length > MAX_ERROR_ID_LENGTH ? rawId.slice(0, MAX_ERROR_ID_LENGTH) : rawId;
      if (readId(rawId).ok) {
        const first = context.ids.firstRowOf(rawId);
        if (first < 0) context.ids.claim(rawId, index);
        else
          issues.push({
            path: ["id"],
            message: `duplicate id ${describeValue(rawId)}: row ${first} has the same id (the later row is rejected)`,
          });
      }
    }
    const parsed = context.schema.safeParse(snapshot);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ path: toPath(issue.path), message: issue.message });
    }
    if (context.strict) {
      for (const key of Reflect.ownKeys(row)) {
        if (context.known.has(key)) continue;
        issues.push({
          path: [keyName(key)],
          message: `unknown field ${typeof key === "string" ? describeValue(key) : String(key)} (strict mode accepts only ${context.knownList})`,
        });
      }
    }
    if (issues.length === 0 && parsed.success) return { ok: true, value: parsed.data };
  } catch {
    issues.push({ ...UNREADABLE });
  }
  return rejectedRow(context, index, id, issues);
}

/** Row `index` read and parsed: {@link readRowValues} then {@link finishRow}. */
export function parseRowAt<S extends AnyRowSchema>(
  context: RowContext<S>,
  rows: readonly unknown[],
  index: number,
): RowOutcome<z.output<S>> {
  const issue = readRowValues(context, rows, index);
  return issue === null ? finishRow(context, index) : rejectedRow(context, index, null, [issue]);
}
