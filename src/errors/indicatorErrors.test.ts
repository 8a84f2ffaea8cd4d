import { describe, expect, it } from "vitest";
import { ERROR_PREFIX, InvalidIndicatorOptionsError, isCrmKpiError, UnknownIndicatorError } from "./index.js";

describe("the catalogue's errors", () => {
  it("UnknownIndicatorError names the id and the known ids, and cuts a long id", () => {
    const error = new UnknownIndicatorError("x".repeat(100), ["pipeline"]);
    expect([error.code, error.name, isCrmKpiError(error)]).toEqual([
      "UNKNOWN_INDICATOR",
      "UnknownIndicatorError",
      true,
    ]);
    expect(error.message).toBe(
      `${ERROR_PREFIX} no indicator has the id "${"x".repeat(64)}..."; the known ids are pipeline`,
    );
    expect(error.id).toHaveLength(100);
  });

  it("InvalidIndicatorOptionsError names the indicator and the option", () => {
    const error = new InvalidIndicatorOptionsError("lost-deals", "spike.k", 'expected a decimal string such as "0.8"');
    expect([error.code, error.name, isCrmKpiError(error)]).toEqual([
      "INVALID_INDICATOR_OPTIONS",
      "InvalidIndicatorOptionsError",
      true,
    ]);
    expect([error.indicator, error.option]).toEqual(["lost-deals", "spike.k"]);
    expect(new InvalidIndicatorOptionsError("pipeline", "", "must be an object, not null").message).toBe(
      '[crm-kpi] indicator "pipeline", options: must be an object, not null',
    );
  });
});
