/**
 * Checks on the data argument of the catalogue's functions.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import type { RecordKind } from "./catalogue.js";
import { RECORD_DATA_KEYS, type IndicatorData } from "./indicatorData.js";

/**
 * The data argument, checked: an object (an untyped caller may pass anything).
 *
 * @param data - the caller's data
 * @param what - the function's name, for the message
 * @returns the data
 * @throws {@link InvalidArgumentError} when `data` is not an object
 */
export function dataObject(data: IndicatorData, what: string): IndicatorData {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- runtime check: untyped callers can pass anything
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new InvalidArgumentError(
      `${what} needs its data as an object of records by kind ({ orders, deals, activities, ... })`,
    );
  return data;
}

/**
 * The kinds among `kinds` that `data` does not give.
 *
 * @param data - the caller's data
 * @param kinds - the record kinds an indicator requires
 * @returns those whose field is absent or `undefined`, in the order given
 */
export function missingRecords(data: IndicatorData, kinds: readonly RecordKind[]): readonly RecordKind[] {
  return kinds.filter((kind) => data[RECORD_DATA_KEYS[kind]] === undefined);
}
