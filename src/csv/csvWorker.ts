/**
 * The worker thread of a parallel `readCsv`: reads the part of the file it is given
 * (`workerData`, a {@link PartRequest}) and posts back its tables, errors and counts, with progress
 * messages on the way. Built as its own entry (`dist/csvWorker.js` and `.cjs`), beside the module
 * that starts it.
 *
 * @internal
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { readPart, type PartRequest } from "./_part.js";

/** Bytes between two progress messages. */
const PROGRESS_BYTES = 4 * 2 ** 20;

/** The typed arrays' buffers of a result, moved rather than copied to the calling thread. */
function buffersOf(value: unknown, found: Set<ArrayBuffer>): Set<ArrayBuffer> {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    // Only arrays of tables are walked: a column of strings holds no buffer.
    if (value.length > 0 && typeof value[0] === "object") for (const item of value) buffersOf(item, found);
  } else if (typeof value === "object" && value !== null && !(value instanceof Map))
    for (const item of Object.values(value)) buffersOf(item, found);
  return found;
}

const port = parentPort;
if (port !== null) {
  try {
    let reported = 0;
    const result = readPart(workerData as PartRequest, (bytes, rows) => {
      if (bytes - reported < PROGRESS_BYTES) return;
      reported = bytes;
      port.postMessage({ type: "progress", bytes, rows });
    });
    port.postMessage({ type: "done", result }, [...buffersOf(result.parts, new Set())]);
  } catch (error) {
    port.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}
