/**
 * The bad rows of the files read, one line per problem: file, line, id, field, problem.
 *
 * @internal
 * @module
 */
import type { RowError } from "../errors/index.js";
import type { Reads } from "./inputs.js";

/** Each problem of a row as `file:line: id "x", field: problem`. */
export function rowLines(path: string, error: RowError): string[] {
  const where = `${path}:${error.line ?? `row ${error.index}`}`;
  const id = error.id === null ? "" : ` id ${JSON.stringify(error.id)},`;
  return error.issues.map((issue) => {
    const field = issue.path.length === 0 ? "(row)" : issue.path.join(".");
    return `${where}:${id} ${field}: ${issue.message}`;
  });
}

/** The bad rows of all files: how many, and at most `max` lines per file (then how many more). */
export function badRows(reads: Reads, max: number): { readonly count: number; readonly lines: readonly string[] } {
  let count = 0;
  const lines: string[] = [];
  for (const read of Object.values(reads)) {
    const { errors } = read.result;
    count += errors.length;
    const listed = errors.slice(0, max).flatMap((error) => rowLines(read.path, error));
    lines.push(...listed);
    if (errors.length > max) lines.push(`${read.path}: and ${errors.length - max} more bad rows`);
  }
  return { count, lines };
}
