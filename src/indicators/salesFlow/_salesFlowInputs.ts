/**
 * The inputs of the sales-flow indicators as the kernel's tables: each an array of records or its
 * table, checked and turned into columns once per call.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../../errors/index.js";
import type { AnyColumns } from "../../table/kernel/planColumns.js";
import { dealColumnsOf, orderColumnsOf } from "../../table/_columns.js";
import { recordColumnsOf } from "../../table/recordTable.js";
import type { PlanTables } from "../../table/kernel/executePlan.js";

/** The record kinds an input object may hold, by field name. */
type InputKind = "offers" | "prospects" | "requests" | "deals" | "orders";

/**
 * The tables of the named fields of `input` (an object of arrays or tables); an optional field
 * that is absent is left out.
 *
 * @throws InvalidArgumentError when `input` is not an object, or a required field is missing or
 *   neither an array of records nor a table of its kind
 */
export function tablesOf(
  input: unknown,
  required: readonly InputKind[],
  optional: readonly InputKind[] = [],
): PlanTables {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new InvalidArgumentError(`the records must be an object with ${required.join(", ")}`);
  const fields = input as Readonly<Record<string, unknown>>;
  const tables: Partial<Record<InputKind, AnyColumns>> = {};
  for (const kind of [...required, ...optional]) {
    const value = fields[kind];
    if (value === undefined) {
      if (required.includes(kind)) throw new InvalidArgumentError(`the records need ${kind} (an array or a table)`);
      continue;
    }
    tables[kind] = columnsOfKind(value, kind);
  }
  return tables;
}

function columnsOfKind(value: unknown, kind: InputKind): AnyColumns {
  switch (kind) {
    case "orders":
      return orderColumnsOf(value as Parameters<typeof orderColumnsOf>[0], kind);
    case "deals":
      return dealColumnsOf(value as Parameters<typeof dealColumnsOf>[0], kind);
    default:
      return recordColumnsOf(value, kind, kind);
  }
}
