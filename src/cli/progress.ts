/**
 * A one-line progress bar for long reads, redrawn in place on a terminal (the caller shows it only
 * when `stderr` is one, so piped output gets nothing extra).
 *
 * @internal
 * @module
 */
import type { CsvProgress } from "../csv/csvTypes.js";

/** Least time between two redraws. */
const REDRAW_MS = 100;
/** Reads shorter than this never show a bar. */
const SHOW_AFTER_MS = 300;
const WIDTH = 24;

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** The bar of one file. */
export class ProgressBar {
  private readonly started = Date.now();
  private drawn = 0;
  private shown = false;

  /**
   * @param stream - where to draw (a terminal)
   * @param name - the file's name
   */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly name: string,
  ) {}

  /** Redraws the bar (at most every 100 ms, and only once the read has taken 300 ms). */
  update(progress: CsvProgress): void {
    const now = Date.now();
    if (now - this.started < SHOW_AFTER_MS || now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    this.shown = true;
    const { bytes, rows, totalBytes } = progress;
    let bar = "";
    if (totalBytes !== null && totalBytes > 0) {
      const share = Math.min(1, bytes / totalBytes);
      const filled = Math.round(share * WIDTH);
      bar = ` [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%`;
    }
    this.stream.write(`\r\x1b[K${this.name}${bar} ${megabytes(bytes)}, ${rows.toLocaleString("en-US")} rows`);
  }

  /** Clears the bar, if it was shown. */
  done(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
  }
}
