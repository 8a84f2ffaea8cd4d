import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ProgressBar } from "./progress.js";

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

describe("ProgressBar", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("draws nothing for a short read, and clears nothing it did not draw", () => {
    const { stream, text } = sink();
    const bar = new ProgressBar(stream, "orders.csv");
    bar.update({ bytes: 10, rows: 1, totalBytes: 100 });
    bar.done();
    expect(text()).toBe("");
  });

  it("after 300 ms: the share of the file, bytes and rows, redrawn in place, at most every 100 ms, then cleared", () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const { stream, text } = sink();
    const bar = new ProgressBar(stream, "orders.csv");
    vi.setSystemTime(400);
    bar.update({ bytes: 1_048_576, rows: 12_345, totalBytes: 4_194_304 });
    vi.setSystemTime(450);
    bar.update({ bytes: 2_097_152, rows: 20_000, totalBytes: 4_194_304 }); // within 100 ms: skipped
    vi.setSystemTime(600);
    bar.update({ bytes: 2_097_152, rows: 24_000, totalBytes: null });
    bar.done();
    expect(text()).toBe(
      "\r\x1b[Korders.csv [######..................] 25% 1.0 MB, 12,345 rows" +
        "\r\x1b[Korders.csv 2.0 MB, 24,000 rows" +
        "\r\x1b[K",
    );
  });
});
