/**
 * The ids a parse call has met, for its duplicate-id check: which row first claimed an id.
 *
 * While the ids arrive in increasing order (as in exports sorted by id, or by creation with
 * sequential ids), they are kept in a plain array: a new id is one greater than the last, found
 * with one string comparison, and an id already met is found by binary search. The first id out of
 * order moves them all into a `Map`, which serves the rest of the call. A `Map` of millions of ids
 * costs about 0.3 us per id (random memory access once it outgrows the processor's caches; an
 * open-addressing table of typed arrays measured no faster): on the benchmark's 4.3 million rows
 * with sequential ids, the table parsers took 3.1 s with this registry against 5.1 s with a `Map`.
 * Rows whose ids are out of order pay the `Map` as before (the same rows shuffled: 10.1 s against
 * 9.7 s).
 *
 * @internal
 * @module
 */

/** Which row first claimed each id. */
export class IdRegistry {
  /** The claimed ids in increasing order, while they arrive in that order. */
  private readonly sortedIds: string[] = [];
  /** The row of each of `sortedIds`. */
  private readonly sortedRows: number[] = [];
  /** Every claimed id and its row, once an id arrived out of order. */
  private byId: Map<string, number> | null = null;

  /** The row that claimed `id`, or -1 when none did. */
  firstRowOf(id: string): number {
    const byId = this.byId;
    if (byId !== null) return byId.get(id) ?? -1;
    const ids = this.sortedIds;
    let high = ids.length - 1;
    if (high < 0 || id > (ids[high] as string)) return -1;
    let low = 0;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = ids[middle] as string;
      if (value < id) low = middle + 1;
      else if (value > id) high = middle - 1;
      else return this.sortedRows[middle] as number;
    }
    return -1;
  }

  /**
   * The first and last ids claimed, when every id was claimed in increasing order (so every claimed
   * id lies between them); `null` when none was, or one arrived out of order.
   */
  orderedSpan(): { readonly first: string; readonly last: string } | null {
    const ids = this.sortedIds;
    if (this.byId !== null || ids.length === 0) return null;
    return { first: ids[0] as string, last: ids[ids.length - 1] as string };
  }

  /** Records that row `row` claimed `id`, an id no row has claimed ({@link firstRowOf} is -1). */
  claim(id: string, row: number): void {
    const byId = this.byId;
    if (byId !== null) {
      byId.set(id, row);
      return;
    }
    const ids = this.sortedIds;
    const count = ids.length;
    if (count === 0 || id > (ids[count - 1] as string)) {
      ids.push(id);
      this.sortedRows.push(row);
      return;
    }
    const map = new Map<string, number>();
    for (let i = 0; i < count; i++) map.set(ids[i] as string, this.sortedRows[i] as number);
    map.set(id, row);
    this.byId = map;
    ids.length = 0;
    this.sortedRows.length = 0;
  }
}
