/**
 * Deal history records in reporting zones across daylight-saving changes (issue 11; the zones and
 * their 2026 changes are those of reportingZones.test.ts). Worked by hand in each comment.
 */
import { describe, expect, it } from "vitest";
import { parseDealCloseDateChanges, parseDealStageChanges } from "../../src/index.js";

const change = (expectedCloseDate: string): Record<string, string> => ({
  id: "c-1",
  dealId: "d-1",
  expectedCloseDate,
  changedAt: "2026-03-02T10:00:00Z",
});

describe("deal history in reporting zones", () => {
  it("an expected close on a 23-hour day starts at local midnight (Paris, 29 March)", () => {
    // 29 March 2026 00:00 in Paris is still CET (+01:00): 28 March 23:00Z.
    const record = parseDealCloseDateChanges([change("2026-03-29T23:30")], { timeZone: "Europe/Paris" }).records[0];
    expect(record?.expectedCloseDate.toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });

  it("an expected close on a day whose midnight is skipped starts at its first instant (Santiago, settled detail 19)", () => {
    // Santiago skips 6 September 2026 00:00 (clocks jump to 01:00 at 04:00Z).
    const record = parseDealCloseDateChanges([change("2026-09-06")], { timeZone: "America/Santiago" }).records[0];
    expect(record?.expectedCloseDate.toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });

  it("a naive enteredAt in a 30-minute fold takes the earlier instant (Lord Howe, 5 April)", () => {
    // Lord Howe turns 02:00 (+11:00) back to 01:30 (+10:30) on 5 April 2026: 01:45 happens twice,
    // first at +11:00 = 4 April 14:45Z.
    const record = parseDealStageChanges([{ id: "h", dealId: "d", stage: "s", enteredAt: "2026-04-05T01:45" }], {
      timeZone: "Australia/Lord_Howe",
    }).records[0];
    expect(record?.enteredAt.toISOString()).toBe("2026-04-04T14:45:00.000Z");
  });
});
