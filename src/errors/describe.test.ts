import { describe, expect, it } from "vitest";
import { describeValue } from "./describe.js";

describe("describeValue", () => {
  it("describes values without serialising objects", () => {
    const circular: Record<string, unknown> = {};
    circular["self"] = circular;
    expect(describeValue("Won")).toBe('"Won"');
    expect(describeValue("x".repeat(70))).toBe(`"${"x".repeat(64)}"... (70 characters)`);
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(1.5)).toBe("a number (1.5)");
    expect(describeValue(false)).toBe("a boolean (false)");
    expect(describeValue(1n)).toBe("a bigint");
    expect(describeValue(Symbol("s"))).toBe("a symbol");
    expect(describeValue([])).toBe("an array");
    expect(describeValue(circular)).toBe("an object");
  });
});
