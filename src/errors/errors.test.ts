import { describe, expect, it } from "vitest";
import {
  CrmKpiError,
  ERROR_PREFIX,
  InvalidArgumentError,
  InvalidDateError,
  InvalidMoneyError,
  MissingExchangeRateError,
  MixedCurrencyError,
  ProrationForbiddenError,
  MissingFieldsError,
  RowValidationError,
  UnknownCurrencyError,
  UnknownStageError,
  UNKNOWN_STAGES_IN_MESSAGE,
  formatRowError,
  isCrmKpiError,
  type CrmKpiErrorCode,
  type RowError,
} from "./index.js";

const rowError: RowError = {
  index: 3,
  id: "o-4",
  path: ["amount"],
  message: "exponents are not accepted",
  issues: [{ path: ["amount"], message: "exponents are not accepted" }],
};

const cases: readonly [string, () => CrmKpiError, CrmKpiErrorCode, string][] = [
  ["CrmKpiError", () => new CrmKpiError("INVALID_ARGUMENT", "base"), "INVALID_ARGUMENT", "CrmKpiError"],
  ["InvalidArgumentError", () => new InvalidArgumentError("bad option"), "INVALID_ARGUMENT", "InvalidArgumentError"],
  ["InvalidMoneyError", () => new InvalidMoneyError("bad amount"), "INVALID_MONEY", "InvalidMoneyError"],
  ["InvalidDateError", () => new InvalidDateError("bad date"), "INVALID_DATE", "InvalidDateError"],
  ["UnknownCurrencyError", () => new UnknownCurrencyError("XYZ"), "UNKNOWN_CURRENCY", "UnknownCurrencyError"],
  ["MixedCurrencyError", () => new MixedCurrencyError(["USD", "EUR"]), "MIXED_CURRENCY", "MixedCurrencyError"],
  [
    "MissingExchangeRateError",
    () => new MissingExchangeRateError("USD", "EUR", new Date("2026-01-01T00:00:00Z")),
    "MISSING_EXCHANGE_RATE",
    "MissingExchangeRateError",
  ],
  [
    "UnknownStageError",
    () => new UnknownStageError([{ stage: "demo", dealCount: 1 }]),
    "UNKNOWN_STAGE",
    "UnknownStageError",
  ],
  [
    "ProrationForbiddenError",
    () => new ProrationForbiddenError("t-1"),
    "PRORATION_FORBIDDEN",
    "ProrationForbiddenError",
  ],
  ["RowValidationError", () => new RowValidationError(rowError), "ROW_VALIDATION", "RowValidationError"],
  [
    "MissingFieldsError",
    () => new MissingFieldsError(["id", "amount"], ["Deal ID"]),
    "MISSING_FIELDS",
    "MissingFieldsError",
  ],
];

describe("error classes", () => {
  it.each(cases)("%s has its code, name, prefix and is recognised", (_label, make, code, name) => {
    const error = make();
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CrmKpiError);
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
    expect(error.message.startsWith(`${ERROR_PREFIX} `)).toBe(true);
    expect(isCrmKpiError(error)).toBe(true);
    expect(String(error)).toBe(`${name}: ${error.message}`);
  });

  it("uses the prefix [crm-kpi]", () => {
    expect(ERROR_PREFIX).toBe("[crm-kpi]");
  });

  it("gives each subclass a distinct code", () => {
    const codes = cases.slice(1).map(([, make]) => make().code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("UnknownCurrencyError carries the code", () => {
    const error = new UnknownCurrencyError("XYZ");
    expect(error.currency).toBe("XYZ");
    expect(error.message).toBe('[crm-kpi] unknown ISO 4217 currency code "XYZ"');
  });

  it("MixedCurrencyError names the currencies found, sorted and deduplicated", () => {
    const error = new MixedCurrencyError(["USD", "EUR", "USD", "GBP"]);
    expect(error.currencies).toEqual(["EUR", "GBP", "USD"]);
    expect(error.message).toBe(
      "[crm-kpi] cannot sum amounts in several currencies (EUR, GBP, USD) without exchange rates to a reporting currency",
    );
  });

  it("MissingExchangeRateError names the currency, the reporting currency and the date", () => {
    const date = new Date("2026-03-01T12:00:00Z");
    const error = new MissingExchangeRateError("USD", "EUR", date);
    expect(error.currency).toBe("USD");
    expect(error.date).toBe(date);
    expect(error.message).toBe("[crm-kpi] no exchange rate from USD to EUR in force on 2026-03-01T12:00:00.000Z");
  });

  it("UnknownStageError names the stage and its deal count", () => {
    const error = new UnknownStageError([{ stage: "demo", dealCount: 1 }]);
    expect(error.stage).toBe("demo");
    expect(error.stages).toEqual([{ stage: "demo", dealCount: 1 }]);
    expect(error.message).toBe(
      '[crm-kpi] stage "demo" (1 deal) has no probability: give its open deals a probability or add the stage to the stage map',
    );
  });

  it("UnknownStageError lists every stage by code point, __proto__ included, and caps its message", () => {
    // "\u{1F600}" (one code point above U+FFFF) sorts after "\uFFFD" by code point, before it by UTF-16 unit
    const stages = [
      { stage: "\u{1F600}", dealCount: 1 },
      { stage: "\uFFFD", dealCount: 2 },
      { stage: "__proto__", dealCount: 3 },
      { stage: "Zeta", dealCount: 4 },
    ];
    const error = new UnknownStageError(stages);
    expect(error.stages.map((s) => s.stage)).toEqual(["Zeta", "__proto__", "\uFFFD", "\u{1F600}"]);
    expect(error.stage).toBe("Zeta");
    expect(error.message).toBe(
      '[crm-kpi] 4 stages have no probability: "Zeta" (4 deals), "__proto__" (3 deals), "\uFFFD" (2 deals), "\u{1F600}" (1 deal); give those deals a probability or add the stages to the stage map',
    );
    // the caller's array is copied, not sorted in place
    expect(stages[0]?.stage).toBe("\u{1F600}");
    const many = Array.from({ length: UNKNOWN_STAGES_IN_MESSAGE + 3 }, (_, i) => ({
      stage: `s${String(i).padStart(2, "0")}`,
      dealCount: 1,
    }));
    const capped = new UnknownStageError(many);
    expect(capped.stages).toHaveLength(UNKNOWN_STAGES_IN_MESSAGE + 3);
    expect(capped.message).toContain('"s09" (1 deal) and 3 more;');
    expect(capped.message).not.toContain('"s10"');
  });

  it("ProrationForbiddenError names the target", () => {
    const error = new ProrationForbiddenError("t-1");
    expect(error.targetId).toBe("t-1");
    expect(error.message).toBe('[crm-kpi] target "t-1" only partly overlaps the period and proration is forbidden');
  });

  it("RowValidationError carries the row error and formats it", () => {
    const error = new RowValidationError(rowError);
    expect(error.rowError).toBe(rowError);
    expect(error.message).toBe('[crm-kpi] row 3 (id "o-4"), field amount: exponents are not accepted');
  });
});

describe("isCrmKpiError", () => {
  it.each([
    ["a plain Error", new Error("x")],
    ["a TypeError", new TypeError("x")],
    ["an Error with the prefix but no code", new Error("[crm-kpi] x")],
    ["an Error with an unknown code", Object.assign(new Error("[crm-kpi] x"), { code: "NOPE" })],
    ["an Error with a known code but no prefix", Object.assign(new Error("x"), { code: "INVALID_ARGUMENT" })],
    [
      "a plain object shaped like an error",
      { name: "InvalidArgumentError", code: "INVALID_ARGUMENT", message: "[crm-kpi] x" },
    ],
    ["a string", "[crm-kpi] x"],
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
  ])("is false for %s", (_label, value) => {
    expect(isCrmKpiError(value)).toBe(false);
  });

  it("is true for an error from another copy of the library (same code and prefix, other class)", () => {
    class OtherCopyError extends Error {
      readonly code = "MIXED_CURRENCY";
    }
    expect(isCrmKpiError(new OtherCopyError("[crm-kpi] cannot sum amounts"))).toBe(true);
  });

  it("narrows the type", () => {
    const caught: unknown = new InvalidDateError("x");
    if (isCrmKpiError(caught)) expect(caught.code).toBe("INVALID_DATE");
    else throw new Error("expected a crm-kpi error");
  });
});

describe("formatRowError", () => {
  it("formats index, id, field path and problem", () => {
    expect(formatRowError(rowError)).toBe('row 3 (id "o-4"), field amount: exponents are not accepted');
  });

  it("leaves out a missing id and an empty path", () => {
    expect(formatRowError({ index: 0, id: null, path: [], message: "expected an object", issues: [] })).toBe(
      "row 0: expected an object",
    );
  });

  it("joins nested paths with dots and quotes ids safely", () => {
    expect(
      formatRowError({ index: 12, id: 'a "quoted" id', path: ["lines", 2, "amount"], message: "bad", issues: [] }),
    ).toBe('row 12 (id "a \\"quoted\\" id"), field lines.2.amount: bad');
  });
});

describe("formatRowError: source line and further issues (issue 9, item 4)", () => {
  const issues = [
    { path: ["amount"], message: "exponents are not accepted" },
    { path: ["date"], message: "required" },
    { path: ["currency"], message: "unknown" },
  ];

  it("names the source line after the row index when the error has one", () => {
    expect(formatRowError({ ...rowError, line: 5 })).toBe(
      'row 3, line 5 (id "o-4"), field amount: exponents are not accepted',
    );
    expect(formatRowError({ index: 0, line: 2, id: null, path: [], message: "expected an object", issues: [] })).toBe(
      "row 0, line 2: expected an object",
    );
  });

  it("says how many more issues the row has than the one it shows", () => {
    expect(formatRowError({ ...rowError, issues: issues.slice(0, 1) })).toBe(
      'row 3 (id "o-4"), field amount: exponents are not accepted',
    );
    expect(formatRowError({ ...rowError, issues: issues.slice(0, 2) })).toBe(
      'row 3 (id "o-4"), field amount: exponents are not accepted (+1 more issue)',
    );
    expect(formatRowError({ ...rowError, line: 9, issues })).toBe(
      'row 3, line 9 (id "o-4"), field amount: exponents are not accepted (+2 more issues)',
    );
    expect(new RowValidationError({ ...rowError, issues }).message).toBe(
      '[crm-kpi] row 3 (id "o-4"), field amount: exponents are not accepted (+2 more issues)',
    );
  });
});

describe("MissingFieldsError", () => {
  it("keeps the expected fields and the keys found, and names both", () => {
    const error = new MissingFieldsError(["id", "amount"], ["Deal ID", "Montant"]);
    expect(error.expected).toEqual(["id", "amount"]);
    expect(error.found).toEqual(["Deal ID", "Montant"]);
    expect(error.message).toBe(
      '[crm-kpi] no row has any of the expected fields (id, amount); the rows have the fields "Deal ID", "Montant": rename the columns to the expected names',
    );
  });

  it("lists at most 20 keys in its message, each cut at 64 characters", () => {
    const found = Array.from({ length: 25 }, (_, i) => `k${i}`);
    const error = new MissingFieldsError(["id"], [...found, "x".repeat(100)]);
    expect(error.found).toHaveLength(26);
    expect(error.message).toContain('"k19" and 6 more: rename');
    expect(new MissingFieldsError(["id"], ["x".repeat(100)]).message).toContain(`"${"x".repeat(64)}..."`);
  });
});
