/**
 * The generic row parser: raw rows (JSON values, CSV records) through a row schema into domain
 * records and row errors. Every parse function (`parseOrders`, `parseDeals`...) is built on it.
 *
 * @module
 */
import type * as z from "zod";
import { InvalidArgumentError, RowValidationError, type RowError, type RowIssue } from "../errors/index.js";
import { fastPlanOf, fastRecord, MISSING, type FastPlan } from "./_fastRows.js";
import { MAX_ID_LENGTH, describeValue, readText, type SchemaOptions } from "./_fields.js";

/**
 * How {@link parseRows} reacts to a bad row: collect them all (default), or throw at the first.
 *
 * @example
 * ```ts
 * parseOrders(rows, { mode: "fail-fast" }); // throws RowValidationError at the first bad row
 * ```
 */
export type ParseMode = "collect" | "fail-fast";

/**
 * What {@link parseRows} does with keys the schema does not know: ignore them (default) or reject the row.
 *
 * @example
 * ```ts
 * parseSellers([{ id: "s-1", name: "A", team: "x" }], { unknownKeys: "reject" }).errors[0]?.path; //=> ["team"]
 * ```
 */
export type UnknownKeysPolicy = "ignore" | "reject";

/**
 * Options of {@link parseRows}.
 *
 * @example
 * ```ts
 * const options: RowParseOptions = { mode: "fail-fast", unknownKeys: "reject" };
 * ```
 */
export interface RowParseOptions {
  /** `"collect"` (default): every bad row becomes a {@link RowError}; `"fail-fast"`: throw `RowValidationError` at the first. */
  readonly mode?: ParseMode;
  /** `"ignore"` (default): unknown keys (columns) are dropped; `"reject"` (strict): each one is an issue of its row. */
  readonly unknownKeys?: UnknownKeysPolicy;
}

/**
 * Options of the parse functions (`parseOrders`...): the schema options and the row options.
 *
 * @example
 * ```ts
 * parseOrders(rows, { timeZone: "Europe/Paris", decimalComma: true, mode: "collect", unknownKeys: "reject" });
 * ```
 */
export interface ParseOptions extends SchemaOptions, RowParseOptions {}

/**
 * What a parse returns: the valid records in input order, one error per rejected row (in input
 * order), and the number of input rows. Always `records.length + errors.length === inputCount`.
 *
 * @example
 * ```ts
 * const result: ParseResult<Order> = parseOrders(rows);
 * result.records.length + result.errors.length === result.inputCount; //=> true
 * ```
 */
export interface ParseResult<T> {
  /** The valid rows, as domain records, in input order. */
  records: T[];
  /** One error per rejected row, in input order; each lists all the row's problems. */
  errors: RowError[];
  /** How many rows were given. */
  inputCount: number;
}

/**
 * Any row schema {@link parseRows} accepts: a zod object schema (its keys are the known fields).
 *
 * @example
 * ```ts
 * const schema: AnyRowSchema = OrderSchema;
 * ```
 */
export type AnyRowSchema = z.ZodObject<z.core.$ZodLooseShape, z.core.$strip>;

/**
 * Most issues listed for one row; beyond, one last issue says how many were left out.
 *
 * @example
 * ```ts
 * parseRows(schema, [rowWith500UnknownKeys], { unknownKeys: "reject" }).errors[0]?.issues.length; //=> 100
 * ```
 */
export const MAX_ISSUES_PER_ROW = 100;

/**
 * Length at which a row's id is cut in a {@link RowError}.
 *
 * @example
 * ```ts
 * parseSellers([{ id: "x".repeat(300), name: "" }]).errors[0]?.id?.length; //=> 64
 * ```
 */
export const MAX_ERROR_ID_LENGTH = 64;

const PARSE_MODES: ReadonlySet<unknown> = new Set<ParseMode>(["collect", "fail-fast"]);
const UNKNOWN_KEY_POLICIES: ReadonlySet<unknown> = new Set<UnknownKeysPolicy>(["ignore", "reject"]);
const readId = readText(MAX_ID_LENGTH);

interface ResolvedRowOptions {
  readonly mode: ParseMode;
  readonly strict: boolean;
}

function resolveRowOptions(options: RowParseOptions | undefined): ResolvedRowOptions {
  if (options === undefined) return { mode: "collect", strict: false };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`parse options must be an object, not ${describeValue(options)}`);
  }
  const mode: unknown = options.mode ?? "collect";
  if (!PARSE_MODES.has(mode)) throw new InvalidArgumentError(`mode must be "collect" or "fail-fast", not ${describeValue(mode)}`);
  const unknownKeys: unknown = options.unknownKeys ?? "ignore";
  if (!UNKNOWN_KEY_POLICIES.has(unknownKeys)) {
    throw new InvalidArgumentError(`unknownKeys must be "ignore" or "reject", not ${describeValue(unknownKeys)}`);
  }
  return { mode: mode as ParseMode, strict: unknownKeys === "reject" };
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

type RowOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RowError };

interface RowContext<S extends AnyRowSchema> {
  readonly schema: S;
  readonly keys: readonly string[];
  readonly known: ReadonlySet<string | symbol>;
  readonly knownList: string;
  readonly strict: boolean;
  readonly firstIndexById: Map<string, number>;
  /** The schema's fast plan, when it has one and strict mode is off. */
  readonly plan: FastPlan | undefined;
  /** The current row's values in `keys` order, reused from row to row. */
  readonly values: unknown[];
}

function capIssues(issues: RowIssue[]): RowIssue[] {
  if (issues.length <= MAX_ISSUES_PER_ROW) return issues;
  const kept = issues.slice(0, MAX_ISSUES_PER_ROW - 1);
  kept.push({ path: [], message: `and ${issues.length - kept.length} more problems in this row` });
  return kept;
}

function parseRow<S extends AnyRowSchema>(context: RowContext<S>, rows: readonly unknown[], index: number): RowOutcome<z.output<S>> {
  let id: string | null = null;
  const issues: RowIssue[] = [];
  try {
    const row: unknown = rows[index];
    if (!isPlainObject(row)) {
      issues.push({ path: [], message: `a row must be a plain object (field names to values), not ${describeRow(row)}` });
    } else {
      // Read each known field once (a getter runs once), from own properties only.
      const { keys, values } = context;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        values[i] = Object.hasOwn(row, key) ? row[key] : MISSING;
      }
      if (context.plan !== undefined) {
        const record = fastRecord(context.plan, values);
        const recordId = record?.["id"];
        if (typeof recordId === "string" && !context.firstIndexById.has(recordId)) {
          context.firstIndexById.set(recordId, index);
          return { ok: true, value: record as z.output<S> };
        }
      }
      const snapshot: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (let i = 0; i < keys.length; i++) if (values[i] !== MISSING) snapshot[keys[i] as string] = values[i];
      const rawId = snapshot["id"];
      if (typeof rawId === "string") {
        id = rawId.length > MAX_ERROR_ID_LENGTH ? rawId.slice(0, MAX_ERROR_ID_LENGTH) : rawId;
        if (readId(rawId).ok) {
          const first = context.firstIndexById.get(rawId);
          if (first === undefined) context.firstIndexById.set(rawId, index);
          else issues.push({ path: ["id"], message: `duplicate id ${describeValue(rawId)}: row ${first} has the same id (the later row is rejected)` });
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
    }
  } catch {
    // A getter or proxy trap threw while the row was read: the row is rejected, never the call.
    issues.push({ path: [], message: "the row could not be read: accessing one of its values threw an exception" });
  }
  const listed = capIssues(issues);
  const first = listed[0] ?? { path: [], message: "the row is invalid" };
  return { ok: false, error: { index, id, path: first.path, message: first.message, issues: listed } };
}

/**
 * Parses raw rows with a row schema into domain records and row errors.
 *
 * - Rows that are not plain objects (`null`, arrays, numbers, strings, class instances) are row
 *   errors with path `[]`.
 * - Only the schema's keys are read, from the row's own properties, each once; unknown keys are
 *   ignored, or each reported on its own path with `unknownKeys: "reject"` (`__proto__` included).
 * - Duplicate ids (exact string equality) within one call: the later row is rejected, its issue on
 *   `["id"]` names the earlier row's index; the first occurrence is kept whether or not it is valid.
 * - A row is named in exactly one {@link RowError}, whose `issues` list all its problems (at most
 *   {@link MAX_ISSUES_PER_ROW}); its `id` is the row's `id` when that is a string (cut at 64
 *   characters), else `null`.
 * - `records.length + errors.length === inputCount`, always. Whatever the rows hold (circular
 *   objects, throwing getters, proxies, huge strings), only the library's own errors are thrown.
 *
 * @param schema - a row schema, e.g. `OrderSchema` or `createDealSchema({ timeZone })`
 * @param rows - the raw rows
 * @param options - {@link RowParseOptions}: `mode` and `unknownKeys`
 * @returns the valid records, the row errors and the input count
 * @throws {@link RowValidationError} in `"fail-fast"` mode, at the first bad row
 * @throws {@link InvalidArgumentError} when `rows` is not an array or an option is malformed
 * @example
 * ```ts
 * parseRows(SellerSchema, [{ id: "s-1", name: "Alice" }, null, { id: "s-1", name: "Bob" }]);
 * //=> { records: [{ id: "s-1", name: "Alice" }], inputCount: 3, errors: [
 * //     { index: 1, id: null, path: [], message: "a row must be a plain object (field names to values), not null", issues: [...] },
 * //     { index: 2, id: "s-1", path: ["id"], message: 'duplicate id "s-1": row 0 has the same id (the later row is rejected)', issues: [...] } ] }
 * ```
 */
export function parseRows<S extends AnyRowSchema>(schema: S, rows: readonly unknown[], options?: RowParseOptions): ParseResult<z.output<S>> {
  const { mode, strict } = resolveRowOptions(options);
  let count: number;
  try {
    if (!Array.isArray(rows)) throw new InvalidArgumentError(`rows must be an array, not ${describeValue(rows)}`);
    count = rows.length;
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw error;
    throw new InvalidArgumentError("rows must be an array that can be read");
  }
  const keys = Object.keys(schema.shape);
  const context: RowContext<S> = {
    schema,
    keys,
    known: new Set(keys),
    knownList: keys.join(", "),
    strict,
    firstIndexById: new Map(),
    plan: strict ? undefined : fastPlanOf(schema),
    values: keys.map(() => MISSING),
  };
  const records: z.output<S>[] = [];
  const errors: RowError[] = [];
  for (let index = 0; index < count; index += 1) {
    const outcome = parseRow(context, rows, index);
    if (outcome.ok) {
      records.push(outcome.value);
    } else {
      if (mode === "fail-fast") throw new RowValidationError(outcome.error);
      errors.push(outcome.error);
    }
  }
  return { records, errors, inputCount: count };
}
