/**
 * The CSV scanner: text to records, field by field, with the file's line where each record starts.
 * RFC 4180 quoting (a quoted field may hold the delimiter, doubled quotes and line breaks), CRLF,
 * LF or CR line ends, blank lines skipped, a bounded record size. It reads text given in pieces: a
 * record cut at the end of a piece is read again, whole, with the next one.
 *
 * Written here rather than taken from a package because it is faster than the three measured
 * (`test/bench/csvParsers.ts`: udsv, papaparse, csv-parse) and hands each record's fields to the
 * caller in one reused array, so a large file becomes columns without a row object per line.
 *
 * @internal
 * @module
 */
import { CsvFormatError } from "../errors/index.js";
import { CSV_DELIMITERS, type CsvDelimiter } from "./csvTypes.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Receives a record: its first `count` fields are in `fields` (reused from record to record). */
export type OnRecord = (fields: string[], count: number, line: number) => void;

/** How many line breaks (CRLF, LF or CR) `text` holds. */
function lineBreaks(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) breaks++;
    else if (code === CR) {
      breaks++;
      if (text.charCodeAt(i + 1) === LF) i++;
    }
  }
  return breaks;
}

/** Most values a column's table holds (it is then no longer interned). */
const INTERN_MAX_VALUES = 1 << 17;
/** Lookups after which a column whose values rarely repeat stops being interned. */
const INTERN_TRIAL = 1 << 16;
/** Longest field interned, in characters. */
const INTERN_MAX_LENGTH = 40;

/**
 * One column's distinct values, found by a hash of the field's characters computed while the
 * scanner looks for the delimiter: a field met before is given the string already made, so a
 * column with few distinct values (a seller, a type, a status, a customer) makes no new string per
 * record, and the tables and dictionaries downstream hold and hash one string per value. Values
 * are equal either way; only how many strings exist changes. Open addressing, at most half full.
 */
class ColumnValues {
  private values: (string | undefined)[] = new Array<string | undefined>(64);
  private hashes = new Int32Array(64);
  private size = 0;
  private lookups = 0;
  private hits = 0;

  /**
   * Whether the column is still worth interning: after a trial, its values must repeat on at
   * least a quarter of the lookups (ids, amounts and instants do not), and its table must have room.
   */
  get worthIt(): boolean {
    return (this.lookups < INTERN_TRIAL || this.hits * 4 >= this.lookups) && this.size < INTERN_MAX_VALUES;
  }

  /** The string of `text` from `from` to `to`, whose hash is `hash`. */
  of(text: string, from: number, to: number, hash: number): string {
    this.lookups++;
    const length = to - from;
    const values = this.values;
    const mask = values.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = values[slot];
      if (value === undefined) {
        const made = text.slice(from, to);
        values[slot] = made;
        this.hashes[slot] = hash;
        if (++this.size * 2 > values.length) this.grow();
        return made;
      }
      if (this.hashes[slot] === hash && value.length === length && text.startsWith(value, from)) {
        this.hits++;
        return value;
      }
    }
  }

  private grow(): void {
    const { values, hashes } = this;
    const slots = values.length * 2;
    const mask = slots - 1;
    this.values = new Array<string | undefined>(slots);
    this.hashes = new Int32Array(slots);
    for (let old = 0; old < values.length; old++) {
      const value = values[old];
      if (value === undefined) continue;
      const hash = hashes[old] as number;
      let slot = hash & mask;
      while (this.values[slot] !== undefined) slot = (slot + 1) & mask;
      this.values[slot] = value;
      this.hashes[slot] = hash;
    }
  }
}

/** Reads records from pieces of text. */
export class CsvScanner {
  /** The line where the next record starts (line 1 is the first line of the text). */
  line = 1;
  /** Where, in the text being scanned, the record last given to `onRecord` ends (after its line break). */
  recordEnd = 0;
  private readonly fields: string[] = [];
  /** Each column's values while it is interned, `null` once it is not (see {@link ColumnValues}). */
  private readonly columns: (ColumnValues | null | undefined)[] = [];

  /**
   * @param delimiter - the field delimiter's character code
   * @param maxRecordSize - longest record accepted, in characters
   */
  constructor(
    private readonly delimiter: number,
    private readonly maxRecordSize: number,
  ) {}

  private tooLong(): CsvFormatError {
    return new CsvFormatError(
      `a record is longer than ${this.maxRecordSize} characters (a quote never closed, or raise maxRecordSize)`,
      this.line,
    );
  }

  /**
   * Calls `onRecord` for each whole record of `text`, from its start. Returns where the first
   * record not yet whole starts (`text.length` when none): the caller passes it again, with the
   * next piece after it. With `final`, the text's end ends the last record.
   *
   * @throws CsvFormatError when the text is not CSV (a quote never closed at the end, a quote inside
   *   a field not quoted as a whole, text after a closing quote, a record over the bound)
   */
  scan(text: string, final: boolean, onRecord: OnRecord): number {
    const delimiter = this.delimiter;
    const length = text.length;
    const fields = this.fields;
    let pos = 0;
    // The next LF, CR and quote at or after `pos` (-1: none left), found by the engine's own search.
    let nextLf = -2;
    let nextCr = -2;
    let nextQuote = -2;
    while (pos < length) {
      const recordStart = pos;
      if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf("\n", pos);
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf("\r", pos);
      if (nextLf !== -1 && (nextQuote === -1 || nextQuote > nextLf)) {
        // The common record: no quote before its LF, so its fields lie between delimiters.
        let end = nextLf;
        if (end > pos && text.charCodeAt(end - 1) === CR) end--;
        if (nextCr === -1 || nextCr >= end) {
          pos = nextLf + 1;
          if (end === recordStart) {
            this.line++;
            continue;
          }
          if (pos - recordStart > this.maxRecordSize) throw this.tooLong();
          let count = 0;
          let from = recordStart;
          const columns = this.columns;
          for (;;) {
            let to = from;
            let values = columns[count];
            if (values === undefined) values = columns[count] = new ColumnValues();
            if (values === null) {
              while (to < end && text.charCodeAt(to) !== delimiter) to++;
              fields[count] = text.slice(from, to);
            } else {
              let hash = 0;
              for (; to < end; to++) {
                const code = text.charCodeAt(to);
                if (code === delimiter) break;
                hash = (Math.imul(hash, 31) + code) | 0;
              }
              if (to === from) fields[count] = "";
              else if (to - from > INTERN_MAX_LENGTH) fields[count] = text.slice(from, to);
              else {
                fields[count] = values.of(text, from, to, hash);
                if (!values.worthIt) columns[count] = null;
              }
            }
            count++;
            if (to >= end) break;
            from = to + 1;
          }
          this.recordEnd = pos;
          onRecord(fields, count, this.line++);
          continue;
        }
      }
      let code = text.charCodeAt(pos);
      if (code === LF || code === CR) {
        // A blank line: skipped, counted.
        if (code === CR && pos + 1 === length && !final) return recordStart;
        pos += code === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        this.line++;
        continue;
      }
      let count = 0;
      let breaks = 0;
      for (;;) {
        if (code === QUOTE) {
          let value = "";
          let from = pos + 1;
          for (;;) {
            const quote = text.indexOf('"', from);
            if (quote < 0 || (quote + 1 === length && !final)) {
              if (final) throw new CsvFormatError("a quoted field is never closed (a quote is missing)", this.line);
              if (length - recordStart > this.maxRecordSize) throw this.tooLong();
              return recordStart;
            }
            if (text.charCodeAt(quote + 1) === QUOTE) {
              value += text.slice(from, quote + 1);
              from = quote + 2;
              continue;
            }
            value += text.slice(from, quote);
            pos = quote + 1;
            break;
          }
          breaks += lineBreaks(value);
          fields[count++] = value;
          code = pos < length ? text.charCodeAt(pos) : -1;
          if (code !== delimiter && code !== LF && code !== CR && code !== -1)
            throw new CsvFormatError(
              `a quote inside a field that is not quoted as a whole (text after a closing quote, line ${this.line + breaks}); quote the field and double its quotes`,
              this.line,
            );
        } else {
          let end = pos;
          for (; end < length; end++) {
            code = text.charCodeAt(end);
            if (code === delimiter || code === LF || code === CR) break;
            if (code === QUOTE)
              throw new CsvFormatError(
                `a quote inside a field that is not quoted as a whole (field ${count + 1}, line ${this.line + breaks}); quote the field and double its quotes`,
                this.line,
              );
          }
          if (end === length) code = -1;
          fields[count++] = text.slice(pos, end);
          pos = end;
        }
        if (code !== delimiter) break;
        pos++;
        code = pos < length ? text.charCodeAt(pos) : -1;
        if (code === -1 && !final) break;
      }
      if (code === -1) {
        if (!final) {
          if (length - recordStart > this.maxRecordSize) throw this.tooLong();
          return recordStart;
        }
      } else if (code === CR) {
        if (pos + 1 === length && !final) return recordStart;
        pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      } else pos++;
      if (pos - recordStart > this.maxRecordSize) throw this.tooLong();
      const line = this.line;
      this.line += 1 + breaks;
      this.recordEnd = pos;
      onRecord(fields, count, line);
    }
    return pos;
  }
}

/** Thrown to stop a scan after its first record. */
const FIRST_RECORD_READ = new Error("the first record is read");

/** How many fields the first record of `text` has with `delimiter` (0 when it is not CSV with it). */
function headerFieldCount(text: string, delimiter: CsvDelimiter, maxRecordSize: number): number {
  let fields = 0;
  try {
    new CsvScanner(delimiter.charCodeAt(0), maxRecordSize).scan(text, true, (_, count) => {
      fields = count;
      throw FIRST_RECORD_READ;
    });
  } catch (error) {
    if (error !== FIRST_RECORD_READ) return 0;
  }
  return fields;
}

/**
 * The delimiter that splits the header line (the first record of `start`) into the most fields; on
 * a tie, the first of {@link CSV_DELIMITERS}. A one-column file is read with a comma.
 */
export function sniffDelimiter(start: string, maxRecordSize: number): CsvDelimiter {
  let best: CsvDelimiter = ",";
  let most = 0;
  for (const delimiter of CSV_DELIMITERS) {
    const fields = headerFieldCount(start, delimiter, maxRecordSize);
    if (fields > most) {
      best = delimiter;
      most = fields;
    }
  }
  return best;
}

/**
 * Scans text pieces into records: the delimiter given, or sniffed once the header line is whole.
 *
 * @param pieces - the text
 * @param delimiter - the delimiter, or `undefined` to sniff it
 * @param maxRecordSize - longest record accepted, in characters
 * @param onRecord - receives each record (the header first)
 * @param afterPiece - called after each piece is scanned
 * @returns the delimiter used
 * @throws CsvFormatError when the text is not CSV
 */
export async function scanText(
  pieces: AsyncIterable<string>,
  delimiter: CsvDelimiter | undefined,
  maxRecordSize: number,
  onRecord: OnRecord,
  afterPiece: () => void,
): Promise<CsvDelimiter> {
  let scanner: CsvScanner | null = null;
  let used: CsvDelimiter = delimiter ?? ",";
  let carry = "";
  for await (const piece of pieces) {
    const text = carry + piece;
    if (scanner === null) {
      // The header line must be whole to sniff it; a quoted header field may hold a line break.
      if (delimiter === undefined && !/[\r\n]/.test(text) && text.length < maxRecordSize) {
        carry = text;
        afterPiece();
        continue;
      }
      used = delimiter ?? sniffDelimiter(text, maxRecordSize);
      scanner = new CsvScanner(used.charCodeAt(0), maxRecordSize);
    }
    carry = text.slice(scanner.scan(text, false, onRecord));
    afterPiece();
  }
  if (scanner === null) {
    used = delimiter ?? sniffDelimiter(carry, maxRecordSize);
    scanner = new CsvScanner(used.charCodeAt(0), maxRecordSize);
  }
  scanner.scan(carry, true, onRecord);
  return used;
}
