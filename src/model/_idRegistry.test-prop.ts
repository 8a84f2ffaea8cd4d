import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { IdRegistry } from "./_idRegistry.js";

/**
 * Sequences of ids as exports give them: runs in increasing order (sequential ids), with repeats
 * and ids out of order mixed in, from a small alphabet so that repeats are common.
 */
const idSequence = fc.oneof(
  fc.array(fc.string({ unit: fc.constantFrom("a", "b", "c", "0", "1"), maxLength: 4 }), { maxLength: 80 }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 200 }),
      fc.array(fc.tuple(fc.nat({ max: 199 }), fc.nat({ max: 250 })), { maxLength: 10 }),
    )
    .map(([length, moves]) => {
      const ids = Array.from({ length }, (_, i) => `id-${String(i).padStart(4, "0")}`);
      for (const [from, to] of moves)
        if (from < ids.length) ids.splice(Math.min(to, ids.length), 0, ids[from] as string);
      return ids;
    }),
);

test.prop([idSequence], { numRuns: 500 })(
  "every row's first row is the one a plain Map of first claims gives",
  (ids) => {
    const registry = new IdRegistry();
    const reference = new Map<string, number>();
    ids.forEach((id, row) => {
      const expected = reference.get(id) ?? -1;
      expect(registry.firstRowOf(id)).toBe(expected);
      if (expected < 0) {
        registry.claim(id, row);
        reference.set(id, row);
      }
    });
  },
);
