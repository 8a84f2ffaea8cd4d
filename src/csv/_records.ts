/**
 * CSV text to records with csv-parse (RFC 4180 quoting, CRLF / LF / CR line ends, blank lines
 * skipped, a bounded record size), each with the file's line where it starts; the delimiter is
 * given or sniffed from the header line.
 *
 * @internal
 * @module
 */
import { parse as parseStream, CsvError } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { CsvFormatError } from "../errors/index.js";
import { CSV_DELIMITERS, type CsvDelimiter } from "./csvTypes.js";

/** The header line's fields with `delimiter`, or `null` when the header cannot be read with it. */
function headerWith(text: string, delimiter: CsvDelimiter): string[] | null {
  try {
    const records = parseSync(text, {
      delimiter,
      to_line: 1,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    });
    return records[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The delimiter that splits the header line (the first line of `start`) into the most fields; on
 * a tie, the first of {@link CSV_DELIMITERS}. A one-column file is read with a comma.
 */
export function sniffDelimiter(start: string): CsvDelimiter {
  let best: CsvDelimiter = ",";
  let most = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const fields = headerWith(start, delimiter)?.length ?? 0;
    if (fields > most) {
      best = delimiter;
      most = fields;
    }
  }
  return best;
}

/** How many line breaks (CRLF, LF or CR) a record's fields hold. */
function lineBreaksIn(record: readonly string[]): number {
  let breaks = 0;
  for (const field of record) {
    if (!field.includes("\n") && !field.includes("\r")) continue;
    breaks += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return breaks;
}

/** What a CSV-level error of csv-parse means, said for a user. */
function explain(error: CsvError, maxRecordSize: number): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed (a quote is missing)";
    case "CSV_MAX_RECORD_SIZE":
      return `a record is longer than ${maxRecordSize} characters (a quote never closed, or raise maxRecordSize)`;
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
      return `a quote inside a field that is not quoted as a whole (${error.message.replace(/^[^:]*: /, "")}); quote the field and double its quotes`;
    default:
      return error.message;
  }
}

/** Reads records from text chunks. */
export interface RecordReader {
  /** Calls `onRecord` for each record (the header included) with the file's line where it starts. */
  read(
    text: AsyncIterable<string>,
    onRecord: (record: string[], line: number) => void,
  ): Promise<{ readonly delimiter: CsvDelimiter }>;
}

/**
 * A record reader with `delimiter` (or sniffed), bounding records at `maxRecordSize` characters.
 *
 * @throws CsvFormatError (from `read`) when the text is not CSV (see {@link explain})
 */
export function recordReader(delimiter: CsvDelimiter | undefined, maxRecordSize: number): RecordReader {
  return {
    async read(text, onRecord) {
      let chosen = delimiter;
      let nextLine = 1;
      let emptyLines = 0;
      let endLine = 0;
      let parser: ReturnType<typeof parseStream> | null = null;
      let pending = "";
      const open = (delimiterToUse: CsvDelimiter): ReturnType<typeof parseStream> =>
        parseStream({
          delimiter: delimiterToUse,
          record_delimiter: ["\r\n", "\n", "\r"],
          skip_empty_lines: true,
          relax_column_count: true,
          max_record_size: maxRecordSize,
          on_record: (record: string[], context) => {
            // Blank lines skipped before this record, then the lines its quoted fields span.
            const skipped = context.empty_lines - emptyLines;
            const start = nextLine + skipped;
            emptyLines = context.empty_lines;
            // csv-parse's line count moves by one per line when no field holds a line break (it
            // counts a CRLF inside quotes twice, so the breaks are counted here, and only then).
            const breaks = context.lines - endLine === 1 + skipped ? 0 : lineBreaksIn(record);
            endLine = context.lines;
            nextLine = start + breaks + 1;
            onRecord(record, start);
            return null;
          },
        });
      const finished = (stream: ReturnType<typeof parseStream>): Promise<void> =>
        new Promise<void>((resolve, reject) => {
          stream.on("error", reject);
          stream.on("end", resolve);
          stream.resume();
        });
      let done: Promise<void> = Promise.resolve();
      let used: CsvDelimiter = ",";
      const start = (delimiterToUse: CsvDelimiter): ReturnType<typeof parseStream> => {
        const stream = open(delimiterToUse);
        used = delimiterToUse;
        done = finished(stream);
        // Observed at once, so a failure is not an unhandled rejection while a write waits.
        done.catch(() => undefined);
        return stream;
      };
      // A full buffer waits for "drain"; a failed parse never drains, so the wait also ends with it (and throws).
      const write = async (stream: ReturnType<typeof parseStream>, chunk: string): Promise<void> => {
        if (!stream.write(chunk)) await Promise.race([new Promise((resolve) => stream.once("drain", resolve)), done]);
      };
      try {
        for await (const chunk of text) {
          if (parser === null) {
            pending += chunk;
            // The header line must be whole to sniff it; a quoted header field may hold a line break.
            if (chosen === undefined && !/[\r\n]/.test(pending) && pending.length < maxRecordSize) continue;
            chosen ??= sniffDelimiter(pending);
            parser = start(chosen);
            await write(parser, pending);
            pending = "";
          } else await write(parser, chunk);
        }
        if (parser === null) {
          chosen ??= sniffDelimiter(pending);
          parser = start(chosen);
          if (pending !== "") await write(parser, pending);
        }
        parser.end();
        await done;
      } catch (error) {
        if (error instanceof CsvError) {
          const line = (error as CsvError & { lines?: number }).lines;
          throw new CsvFormatError(explain(error, maxRecordSize), typeof line === "number" ? line : null);
        }
        throw error;
      }
      return { delimiter: used };
    },
  };
}
