import { describe, expect, it } from "vitest";
import { ChunkDecoder } from "./_decode.js";

const bytes = (...parts: (string | number[])[]): Uint8Array[] =>
  parts.map((part) => (typeof part === "string" ? new TextEncoder().encode(part) : Uint8Array.from(part)));

function decodeAll(decoder: ChunkDecoder, chunks: readonly Uint8Array[]): string {
  return chunks.map((chunk) => decoder.decode(chunk, true)).join("") + decoder.decode(undefined, false);
}

describe("ChunkDecoder", () => {
  it("gives ASCII chunks as they are, and ends with nothing", () => {
    expect(decodeAll(new ChunkDecoder("utf-8", true), bytes("id,date\n", "A-1,2026-01-02\n"))).toBe(
      "id,date\nA-1,2026-01-02\n",
    );
  });

  it("drops a BOM at the start of the text only", () => {
    expect(decodeAll(new ChunkDecoder("utf-8", true), bytes([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
    // After ASCII text, U+FEFF is a character of the text.
    expect(decodeAll(new ChunkDecoder("utf-8", true), bytes("a", [0xef, 0xbb, 0xbf, 0x62]))).toBe("a\uFEFFb");
    expect(decodeAll(new ChunkDecoder("utf-8", false), bytes([0xef, 0xbb, 0xbf, 0x61]))).toBe("\uFEFFa");
  });

  it("decodes a UTF-8 sequence cut between chunks after ASCII ones, and every chunk after", () => {
    expect(decodeAll(new ChunkDecoder("utf-8", true), bytes("caf", [0xc3], [0xa9, 0x2c], "ok\n"))).toBe("café,ok\n");
  });

  it("throws on bytes that are not UTF-8 after ASCII chunks", () => {
    const decoder = new ChunkDecoder("utf-8", true);
    expect(decoder.decode(bytes("abc")[0], true)).toBe("abc");
    expect(() => decoder.decode(Uint8Array.from([0xff, 0x61]), true)).toThrow(TypeError);
  });

  it("reads Latin-1 / Windows-1252 bytes with the WHATWG decoder after ASCII ones", () => {
    // 0x80 is the euro sign in Windows-1252, which WHATWG's "latin1" label names.
    expect(decodeAll(new ChunkDecoder("latin1", false), bytes("a;", [0xe9, 0x80]))).toBe("a;é€");
  });
});
