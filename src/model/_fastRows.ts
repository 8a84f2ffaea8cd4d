import type * as z from "zod";
import { fieldReaderOf, isAbsent, type FieldReader } from "./_fields.js";

/**
 * The row fast path. A schema opts in with {@link registerFastPlan}, giving its cross-field rules
 * as a predicate; its fields must all be built by `requiredField` / `optionalField`, whose readers
 * the fast path calls directly, in the schema's key order, without zod's machinery. A row the fast
 * path cannot accept as it is (any field rejected, any cross-field rule broken) goes to the zod
 * schema, which then names every problem: the fast path never produces an error itself, so the
 * errors are the schema's, and a property test holds the records of both paths equal.
 */
export interface FastPlan {
  readonly keys: readonly string[];
  readonly readers: readonly FieldReader<unknown>[];
  readonly optional: readonly boolean[];
  readonly check: (record: Record<string, unknown>) => boolean;
}

const plans = new WeakMap<object, FastPlan>();

/** Marks what a row did not have at all (as opposed to an own property holding `undefined`). */
export const MISSING: unique symbol = Symbol("missing");

/**
 * Lets rows of `schema` take the fast path. `check` must return `true` exactly when the schema's
 * refinements accept the record built from valid fields. Returns the schema.
 */
export function registerFastPlan<S extends z.ZodObject>(
  schema: S,
  check: (record: Record<string, unknown>) => boolean = () => true,
): S {
  const keys = Object.keys(schema.shape);
  const readers: FieldReader<unknown>[] = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const reader = fieldReaderOf(schema.shape[key]);
    if (reader === undefined) return schema;
    readers.push(reader.read);
    optional.push(reader.optional);
  }
  plans.set(schema, { keys, readers, optional, check });
  return schema;
}

/** The fast plan of a schema, if it registered one. */
export function fastPlanOf(schema: object): FastPlan | undefined {
  return plans.get(schema);
}

/**
 * Builds the record from the row's values (read once by the caller, in `plan.keys` order, with
 * {@link MISSING} for keys the row does not own), or returns `undefined` when the zod schema must
 * decide. The record has the schema's output shape: a key the row lacks is absent, an absent value
 * (`null`, `""`, `undefined`) of an optional key the row has is `undefined`.
 */
export function fastRecord(plan: FastPlan, values: readonly unknown[]): Record<string, unknown> | undefined {
  const record: Record<string, unknown> = {};
  const { keys, readers, optional } = plan;
  for (let i = 0; i < keys.length; i++) {
    const raw = values[i];
    if (raw === MISSING) {
      if (!optional[i]) return undefined;
      continue;
    }
    if (isAbsent(raw)) {
      if (!optional[i]) return undefined;
      record[keys[i] as string] = undefined;
      continue;
    }
    const read = (readers[i] as FieldReader<unknown>)(raw);
    if (!read.ok) return undefined;
    record[keys[i] as string] = read.value;
  }
  return plan.check(record) ? record : undefined;
}
