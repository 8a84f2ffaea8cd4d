import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../errors/index.js";
import { activityRate } from "./activityRate.js";
import { rollingWindow } from "./rollingWindow.js";

// Worked by hand: each expected instant is asOf's local wall time moved back `days` calendar days.

describe("rollingWindow", () => {
  it("ends at asOf and starts the same UTC time `days` days earlier", () => {
    expect(rollingWindow(new Date("2026-03-31T00:00:00Z"), 28)).toEqual({
      start: new Date("2026-03-03T00:00:00Z"), // 31 - 28 = 3
      end: new Date("2026-03-31T00:00:00Z"),
    });
    expect(rollingWindow(new Date("2026-03-01T15:30:00Z"), 1)).toEqual({
      start: new Date("2026-02-28T15:30:00Z"),
      end: new Date("2026-03-01T15:30:00Z"),
    });
  });

  it("keeps the local time across a daylight-saving change", () => {
    // asOf 2026-04-10 12:00 CEST (UTC+2); 28 days earlier is 2026-03-13 12:00 CET (UTC+1) = 11:00Z.
    const window = rollingWindow(new Date("2026-04-10T10:00:00Z"), 28, { timeZone: "Europe/Paris" });
    expect(window.start.toISOString()).toBe("2026-03-13T11:00:00.000Z");
    expect(window.end.toISOString()).toBe("2026-04-10T10:00:00.000Z");
  });

  it("starts after the gap when the local time does not exist that day", () => {
    // asOf 2026-04-10 02:30 CEST = 00:30Z; 12 days earlier is 2026-03-29 02:30, inside the Paris gap
    // (02:00 -> 03:00): the window starts at 03:00 CEST = 01:00Z.
    expect(rollingWindow(new Date("2026-04-10T00:30:00Z"), 12, { timeZone: "Europe/Paris" }).start.toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
  });

  it("takes the earlier instant when the local time occurs twice", () => {
    // asOf 2026-11-01 02:30 CET = 01:30Z; 7 days earlier is 2026-10-25 02:30, which occurs at 00:30Z
    // (CEST) and 01:30Z (CET): the earlier one.
    expect(rollingWindow(new Date("2026-11-01T01:30:00Z"), 7, { timeZone: "Europe/Paris" }).start.toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });

  it("gives a window that is exactly `days` days long for activityRate's short-window check", () => {
    const asOf = new Date("2026-04-10T00:00:00+02:00");
    expect(
      activityRate([], {
        targets: [],
        period: rollingWindow(asOf, 28, { timeZone: "Europe/Paris" }),
        timeZone: "Europe/Paris",
      }).warnings,
    ).toEqual([]);
    expect(
      activityRate([], {
        targets: [],
        period: rollingWindow(asOf, 27, { timeZone: "Europe/Paris" }),
        timeZone: "Europe/Paris",
      }).warnings.map((w) => w.code),
    ).toEqual(["short-window"]);
  });

  it("validates its arguments", () => {
    const asOf = new Date("2026-03-31T00:00:00Z");
    for (const days of [0, -3, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "7" as unknown as number]) {
      expect(() => rollingWindow(asOf, days)).toThrow(InvalidArgumentError);
    }
    expect(() => rollingWindow(new Date("bad"), 7)).toThrow(InvalidArgumentError);
    expect(() => rollingWindow(asOf, 7, { timeZone: "Nowhere/Else" })).toThrow(InvalidArgumentError);
    expect(() => rollingWindow(asOf, 9_000_000_000)).toThrow(InvalidArgumentError);
  });
});
