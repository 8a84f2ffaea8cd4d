/**
 * Partial states: what a plan gives over one piece of a table, as plain JSON, so that pieces
 * computed apart (in workers, on other days, on other machines) merge into exactly the cells of the
 * whole. Exact decimals are strings, instants epoch milliseconds, and everything keyed by a
 * caller's value (group keys, currencies, distinct values) is an array, never an object's keys.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { InvalidArgumentError } from "../../errors/index.js";
import type { AggregationPlan } from "./plan.js";

/** The format tag of a state, so that a state of another version is refused rather than misread. */
export const PARTIAL_FORMAT = "crm-kpi.partial/1";

/** Where a row sits in the whole table: its piece's `part`, then its row number in that piece. */
export type RowPosition = readonly [part: number, row: number];

/** A group key met in the pieces: the key and the first row that gave it. */
export type PartialKey = readonly [key: string | null, part: number, row: number];

/**
 * A currency met among the rows whose amounts a plan reads: the group key and relabel rank of the
 * rows it was met in (their place in the visit order when the plan visits by groups; `null` and 0
 * otherwise), and the first such row.
 */
export type PartialCurrency = readonly [currency: string, key: string | null, rank: number, part: number, row: number];

/**
 * One measure's value in a cell: a count (number), an exact sum (decimal string, `null` when the
 * piece mixed currencies: the whole refuses to sum it), distinct values (sorted array), an instant
 * (`null`: none), or a row-aligned list (ids, instants, decimal strings).
 */
export type PartialValue = number | string | null | readonly (string | number | null)[];

/** A cell with rows: its bucket, one key per group column, each measure's value in plan order. */
export interface PartialCell {
  /** The bucket (0 when the plan has none). */
  readonly bucket: number;
  /** One key per group column. */
  readonly keys: readonly (string | null)[];
  /** Each measure's value, in the order of the plan's measures. */
  readonly values: readonly PartialValue[];
  /** The cell's rows in table order, when a measure lists rows (ids, instants or decimals by row). */
  readonly rows?: readonly RowPosition[];
  /** Those rows' instants of the plan's time column, when ids are listed in time order. */
  readonly times?: readonly number[];
}

/** The mergeable state of one plan over some pieces of a table (see the module's summary). */
export interface PartialState {
  /** {@link PARTIAL_FORMAT}. */
  readonly format: typeof PARTIAL_FORMAT;
  /** The plan, as JSON. */
  readonly plan: AggregationPlan;
  /** The pieces it covers (their `part` numbers, ascending). */
  readonly parts: readonly number[];
  /** Number of rows in those pieces (the rows of the table, kept by the plan or not). */
  readonly rowCount: number;
  /** The reporting currency amounts were converted to (exchange rates given), or `null`. */
  readonly converted: string | null;
  /** Whether a piece held amounts in two currencies without exchange rates (its sums are `null`). */
  readonly mixed: boolean;
  /** Per group column, the keys met. */
  readonly keys: readonly (readonly PartialKey[])[];
  /** The currencies met among the rows whose amounts the plan reads (none with exchange rates). */
  readonly currencies: readonly PartialCurrency[];
  /** The cells with rows, by bucket then keys. */
  readonly cells: readonly PartialCell[];
}

const key = z.string().nullable();
const position = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
const value = z.union([z.number(), z.string(), z.null(), z.array(z.union([z.string(), z.number(), z.null()]))]);

/** The shape of a state read back from JSON (the plan itself is checked when it runs or merges). */
const PartialStateShape = z.object({
  format: z.literal(PARTIAL_FORMAT),
  plan: z.object({ table: z.string(), measures: z.record(z.string(), z.object({ kind: z.string() }).loose()) }).loose(),
  parts: z.array(z.number().int().nonnegative()),
  rowCount: z.number().int().nonnegative(),
  converted: z.string().nullable(),
  mixed: z.boolean(),
  keys: z.array(z.array(z.tuple([key, z.number().int().nonnegative(), z.number().int().nonnegative()]))),
  currencies: z.array(
    z.tuple([
      z.string(),
      key,
      z.number().int().nonnegative(),
      z.number().int().nonnegative(),
      z.number().int().nonnegative(),
    ]),
  ),
  cells: z.array(
    z.object({
      bucket: z.number().int().nonnegative(),
      keys: z.array(key),
      values: z.array(value),
      rows: z.array(position).optional(),
      times: z.array(z.number()).optional(),
    }),
  ),
});

/**
 * Checks a state (from JSON, a worker, a file) before it is merged or finished.
 *
 * @throws InvalidArgumentError when it is not a partial state of this format
 */
export function checkPartialState(state: unknown, what: string): PartialState {
  const parsed = PartialStateShape.safeParse(state);
  if (!parsed.success)
    throw new InvalidArgumentError(
      `${what} is not a partial state of format ${PARTIAL_FORMAT}: ${parsed.error.issues[0]?.message ?? "bad shape"} at ${(parsed.error.issues[0]?.path ?? []).join(".")}`,
    );
  const checked = state as PartialState;
  const measureCount = Object.keys(checked.plan.measures).length;
  const groupCount = (checked.plan.groupBy ?? []).length;
  if (
    checked.keys.length !== groupCount ||
    checked.cells.some((cell) => cell.keys.length !== groupCount || cell.values.length !== measureCount)
  )
    throw new InvalidArgumentError(`${what} does not match its own plan (group keys or measures)`);
  return checked;
}

/** The plan as canonical JSON (object keys sorted), so that two equal plans compare equal as text. */
export function planText(plan: AggregationPlan): string {
  return JSON.stringify(plan, (_name, value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : value,
  );
}

/** Compares two row positions (part, then row). */
export function comparePositions(a: RowPosition, b: RowPosition): number {
  return a[0] - b[0] || a[1] - b[1];
}
