import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ISO_DATE_ONLY, ISO_DATE_TIME, scanIso, type IsoFields } from "./isoScan.js";

const fresh = (): IsoFields => ({
  year: 0,
  month: 0,
  day: 0,
  hasTime: false,
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0,
  offsetMinutes: null,
  offsetHours: 0,
  offsetMinutePart: 0,
  offsetStart: 0,
});

/** Strings near the accepted forms: valid dates with random edits, and random text over the ISO alphabet. */
const nearIso = fc.oneof(
  fc
    .tuple(
      fc.date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2300-01-01T00:00:00Z"), noInvalidDate: true }),
      fc.constantFrom(10, 16, 19, 21, 22, 23, 24),
      fc.constantFrom("", "Z", "+02:00", "-0530", "+05", "+5", "+05:3", "Zz", "+24:60"),
      fc.constantFrom("T", " ", "t", "_"),
    )
    .map(
      ([date, cut, offset, separator]) =>
        date.toISOString().slice(0, cut).replace("T", separator) + (cut > 10 ? offset : ""),
    ),
  fc.string({ unit: fc.constantFrom(...Array.from("0123456789-:T .Z+")), maxLength: 32 }),
);

test.prop([nearIso], { numRuns: 3000 })(
  "the scanner accepts exactly the forms of the regular expressions, with the same fields",
  (text) => {
    const match = ISO_DATE_ONLY.exec(text) ?? ISO_DATE_TIME.exec(text);
    const fields = scanIso(text, fresh());
    expect(fields === null).toBe(match === null);
    if (match === null || fields === null) return;
    expect([fields.year, fields.month, fields.day]).toEqual([Number(match[1]), Number(match[2]), Number(match[3])]);
    expect(fields.hasTime).toBe(match[4] !== undefined);
    if (match[4] === undefined) return;
    expect([fields.hour, fields.minute, fields.second]).toEqual([
      Number(match[4]),
      Number(match[5]),
      Number(match[6] ?? "0"),
    ]);
    expect(fields.millisecond).toBe(Number((match[7] ?? "0").padEnd(3, "0")));
    const offset = match[8];
    if (offset === undefined) expect(fields.offsetMinutes).toBeNull();
    else if (offset === "Z") expect(fields.offsetMinutes).toBe(0);
    else {
      const digits = offset.slice(1).replace(":", "");
      const minutes = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
      expect(fields.offsetMinutes).toBe(offset.startsWith("-") ? -minutes : minutes);
      expect(text.slice(fields.offsetStart)).toBe(offset);
    }
  },
);
