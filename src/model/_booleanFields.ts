/**
 * The reader of yes/no cells (a delivery's `conforming`).
 *
 * @internal
 * @module
 */
import { describeValue } from "../errors/describe.js";
import { bad, ok, type FieldReader } from "./_fields.js";
import { booleanForm, withJsonForm } from "./_jsonForms.js";

/**
 * Reads a boolean: `true` or `false`, or the texts `"true"` and `"false"` (a CSV cell), exactly.
 * Interpretation: no other spelling (`"yes"`, `"1"`, `"TRUE"`) is guessed at; a cell in another
 * language or case is rejected with a message saying what is accepted.
 *
 * @returns the reader
 * @example
 * ```ts
 * readBoolean()("false"); //=> { ok: true, value: false }
 * readBoolean()("yes");   //=> { ok: false, message: 'expected true or false (or the texts "true", "false"), got "yes"' }
 * ```
 */
export function readBoolean(): FieldReader<boolean> {
  const reader: FieldReader<boolean> = (value) => {
    if (value === true || value === "true") return ok(true);
    if (value === false || value === "false") return ok(false);
    return bad(`expected true or false (or the texts "true", "false"), got ${describeValue(value)}`);
  };
  return withJsonForm(reader, booleanForm());
}
