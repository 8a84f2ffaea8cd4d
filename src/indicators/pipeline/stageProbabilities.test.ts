import { describe, expect, it } from "vitest";
import { Dec } from "../../money/dec.js";
import { InvalidArgumentError } from "../../errors/index.js";
import { stageProbabilityMap } from "./stageProbabilities.js";

// Values worked out by hand: each probability is read as written.

describe("stageProbabilityMap", () => {
  it("reads a plain object through its own keys, in order", () => {
    const map = stageProbabilityMap({ lead: "0.1", proposal: 0.5, won: new Dec(1), lost: "0" });
    expect([...map].map(([k, v]) => [k, v.toString()])).toEqual([
      ["lead", "0.1"],
      ["proposal", "0.5"],
      ["won", "1"],
      ["lost", "0"],
    ]);
  });

  it("treats __proto__ and constructor as ordinary stage names", () => {
    const input = JSON.parse('{"__proto__": "0.25", "constructor": "0.75"}') as Record<string, string>;
    const map = stageProbabilityMap(input);
    expect(map.get("__proto__")?.toString()).toBe("0.25");
    expect(map.get("constructor")?.toString()).toBe("0.75");
    // inherited properties are never stages
    expect(stageProbabilityMap({}).has("constructor")).toBe(false);
    expect(stageProbabilityMap(Object.create({ inherited: "0.5" }) as Record<string, string>).size).toBe(0);
  });

  it("reads a Map", () => {
    const map = stageProbabilityMap(new Map([["a", "0.3"]]));
    expect(map.get("a")?.toString()).toBe("0.3");
  });

  it("returns a copy the caller's map cannot change", () => {
    const input = new Map([["a", "0.3"]]);
    const map = stageProbabilityMap(input);
    input.set("a", "0.9");
    expect(map.get("a")?.toString()).toBe("0.3");
  });

  it("rejects probabilities outside [0, 1], non-decimals and non-maps", () => {
    expect(() => stageProbabilityMap({ a: "1.0001" })).toThrow(InvalidArgumentError);
    expect(() => stageProbabilityMap({ a: "-0.5" })).toThrow(/\[0, 1\]/);
    expect(() => stageProbabilityMap({ a: Number.NaN })).toThrow(InvalidArgumentError);
    expect(() => stageProbabilityMap({ a: "" })).toThrow(InvalidArgumentError);
    expect(() => stageProbabilityMap({ a: "50%" })).toThrow(/stage "a"/);
    expect(() => stageProbabilityMap(null as unknown as Record<string, string>)).toThrow(InvalidArgumentError);
    expect(() => stageProbabilityMap(["0.5"] as unknown as Record<string, string>)).toThrow(InvalidArgumentError);
    expect(() => stageProbabilityMap(new Map([[1, "0.5"]]) as unknown as Map<string, string>)).toThrow(
      InvalidArgumentError,
    );
  });

  it("accepts -0 as 0", () => {
    expect(stageProbabilityMap({ a: "-0" }).get("a")?.isZero()).toBe(true);
  });
});
