import { describe, expectTypeOf, it } from "vitest";
import { isCrmKpiError, MixedCurrencyError, type CrmKpiError, type CrmKpiErrorCode, type RowError } from "./index.js";

describe("error types", () => {
  it("isCrmKpiError narrows unknown to CrmKpiError", () => {
    const caught: unknown = null;
    if (isCrmKpiError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<CrmKpiError>();
      expectTypeOf(caught.code).toEqualTypeOf<CrmKpiErrorCode>();
    }
  });

  it("codes are a closed union and subclass fields are readonly", () => {
    expectTypeOf<"MIXED_CURRENCY">().toExtend<CrmKpiErrorCode>();
    expectTypeOf<"NOPE">().not.toExtend<CrmKpiErrorCode>();
    expectTypeOf(new MixedCurrencyError(["EUR"]).currencies).toEqualTypeOf<readonly string[]>();
    expectTypeOf<RowError["id"]>().toEqualTypeOf<string | null>();
  });
});
