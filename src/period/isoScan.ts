/**
 * A hand-written scanner for the ISO 8601 forms crm-kpi accepts: `YYYY-MM-DD`, optionally followed
 * by `T` or a space, `HH:mm`, `:ss`, `.s` to `.sss`, and `Z`, `±HH`, `±HHmm` or `±HH:mm`. It accepts
 * exactly what the regular expressions in `period/parseInstant.ts` accept (a property test holds
 * them together) without allocating match arrays: dates are read once per record, millions of times.
 *
 * @internal
 * @module
 */

/** The fields of a scanned date; `offsetMinutes` is `null` when the text has no offset. */
export interface IsoFields {
  year: number;
  month: number;
  day: number;
  hasTime: boolean;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number | null;
  /** Hours and minutes of the offset as written, to reject `+24:00` or `+05:60`. */
  offsetHours: number;
  offsetMinutePart: number;
  /** Index where the offset starts in the text. */
  offsetStart: number;
}

/** The accepted forms as regular expressions: the specification the scanner is tested against. */
export const ISO_DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** See {@link ISO_DATE_ONLY}. */
export const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function digits(text: string, from: number, count: number): number {
  if (from + count > text.length) return -1;
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Scans `text`; returns `null` when it is not one of the accepted forms. Reuses `into`. */
export function scanIso(text: string, into: IsoFields): IsoFields | null {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  into.year = year;
  into.month = month;
  into.day = day;
  into.hasTime = false;
  into.hour = 0;
  into.minute = 0;
  into.second = 0;
  into.millisecond = 0;
  into.offsetMinutes = null;
  into.offsetHours = 0;
  into.offsetMinutePart = 0;
  into.offsetStart = length;
  if (length === 10) return into;
  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 32) || length < 16 || text.charCodeAt(13) !== 58) return null;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour < 0 || minute < 0) return null;
  into.hasTime = true;
  into.hour = hour;
  into.minute = minute;
  let at = 16;
  if (at < length && text.charCodeAt(at) === 58) {
    const second = digits(text, at + 1, 2);
    if (second < 0 || at + 3 > length) return null;
    into.second = second;
    at += 3;
    if (at < length && text.charCodeAt(at) === 46) {
      let count = 0;
      let fraction = 0;
      at++;
      while (at < length && count < 4) {
        const code = text.charCodeAt(at) - 48;
        if (code < 0 || code > 9) break;
        fraction = fraction * 10 + code;
        count++;
        at++;
      }
      if (count === 0 || count > 3) return null;
      into.millisecond = count === 1 ? fraction * 100 : count === 2 ? fraction * 10 : fraction;
    }
  }
  if (at === length) return into;
  const sign = text.charCodeAt(at);
  into.offsetStart = at;
  if (sign === 90) return at + 1 === length ? ((into.offsetMinutes = 0), into) : null;
  if (sign !== 43 && sign !== 45) return null;
  const rest = length - at - 1;
  const hours = digits(text, at + 1, 2);
  let minutes = 0;
  if (rest === 2) minutes = 0;
  else if (rest === 4) minutes = digits(text, at + 3, 2);
  else if (rest === 5 && text.charCodeAt(at + 3) === 58) minutes = digits(text, at + 4, 2);
  else return null;
  if (hours < 0 || minutes < 0 || rest < 2) return null;
  into.offsetHours = hours;
  into.offsetMinutePart = minutes;
  into.offsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
  return into;
}
