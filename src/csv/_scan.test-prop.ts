import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvScanner } from "./_scan.js";

/** Every record of `text`, its fields copied out of the scanner's reused array. */
function records(text: string, pieceLength: number): string[][] {
  const scanner = new CsvScanner(44, 1 << 20);
  const out: string[][] = [];
  const onRecord = (fields: string[], count: number): void => {
    out.push(fields.slice(0, count));
  };
  let carry = "";
  for (let at = 0; at < text.length; at += pieceLength) {
    const piece = carry + text.slice(at, at + pieceLength);
    carry = piece.slice(scanner.scan(piece, false, onRecord));
  }
  scanner.scan(carry, true, onRecord);
  return out;
}

describe("the scanner gives each field's text, whether its column is interned or not", () => {
  it("columns that repeat, that never repeat, and that change after the trial", () => {
    const rows: string[][] = [];
    for (let i = 0; i < 70_000; i++)
      rows.push([
        `id-${i}`,
        `s-${i % 7}`,
        i % 3 === 0 ? "" : `c-${(i * 7919) % 5000}`,
        // Repeats during the interning trial, then never again.
        i < 66_000 ? "same" : `late-${i}`,
        // Never repeats during the trial, then always.
        i < 66_000 ? `early-${i}` : "same",
        "x".repeat(41 + (i % 3)),
      ]);
    const text = rows.map((row) => row.join(",")).join("\n") + "\n";
    const read = records(text, 1 << 16);
    expect(read.length).toBe(rows.length);
    // Compared as joined lines: toEqual over 70,000 small arrays takes seconds.
    expect(read.map((row) => `${row.length}:${row.join("\u0000")}`)).toEqual(
      rows.map((row) => `${row.length}:${row.join("\u0000")}`),
    );
  });

  it("two values with the same hash and length stay apart", () => {
    // "Aa" and "BB" have the same hash (65 x 31 + 97 = 66 x 31 + 66).
    expect(records("Aa,BBAa\nBB,AaBB\nAa,BBAa\n", 64)).toEqual([
      ["Aa", "BBAa"],
      ["BB", "AaBB"],
      ["Aa", "BBAa"],
    ]);
  });

  it("any unquoted fields from a small alphabet (many repeats, hash collisions such as Aa and BB, any cut)", () => {
    const field = fc.string({ unit: fc.constantFrom("A", "a", "B", "é", "1", " "), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        (rows, pieceLength) => {
          // A record of one empty field is a blank line, which the scanner skips.
          const kept = rows.filter((row) => row.length > 1 || row[0] !== "");
          const text = kept.map((row) => row.join(",")).join("\n");
          expect(records(text, pieceLength)).toEqual(kept);
        },
      ),
    );
  });
});
