/**
 * `DealSchema`'s cross-field rule on dates, for the paths that accept a row without zod (the
 * record fast path and the deal table parser): `closedAt` is present exactly when the deal is won
 * or lost, and never before `createdAt`. The schema's refinements state the same rule with their
 * messages; property tests hold both fast paths equal to the schema.
 *
 * @param status - the deal's status
 * @param createdTime - `createdAt` in epoch milliseconds
 * @param closedTime - `closedAt` in epoch milliseconds, `undefined` when absent
 * @returns whether the dates agree with the status and with each other
 * @internal
 */
export function dealDatesConsistent(status: string, createdTime: number, closedTime: number | undefined): boolean {
  if ((status === "open") !== (closedTime === undefined)) return false;
  return closedTime === undefined || closedTime >= createdTime;
}
