/**
 * The sales-flow records (offers, prospects, customer requests) read in reporting zones across
 * daylight-saving changes.
 *
 * Worked by hand from the 2026 changes (as in reportingZones.test.ts, whose first `describe` reads
 * the offsets back from the runtime's Intl data):
 * - Europe/Paris: +01:00 -> +02:00 on Sunday 29 March at 01:00Z (02:00 local becomes 03:00);
 * - America/New_York: -05:00 -> -04:00 on Sunday 8 March at 07:00Z, back on Sunday 1 November at 06:00Z;
 * - Australia/Lord_Howe: +11:00 -> +10:30 on Sunday 5 April (02:00 local becomes 01:30).
 *
 * Instants in the expectations are UTC, so the tests mean the same whatever the process zone.
 */
import { describe, expect, it } from "vitest";
import { parseOffers } from "../../src/model/parseOffers.js";
import { parseProspects } from "../../src/model/parseProspects.js";
import { parseRequests } from "../../src/model/parseRequests.js";

const iso = (date: Date | undefined): string | undefined => date?.toISOString();

describe("offers in reporting zones", () => {
  it("reads date-only and naive dates as local days and wall times of the zone", () => {
    const row = {
      id: "q-1",
      ownerId: "s-1",
      customerId: "c-1",
      issuedAt: "2026-03-29",
      amount: "100",
      currency: "EUR",
      status: "accepted",
      decidedAt: "2026-03-29T03:30",
    };
    // Paris: 29 March starts at 00:00+01:00 = 28 March 23:00Z; 03:30 local is after the jump, +02:00 = 01:30Z.
    const paris = parseOffers([row], { timeZone: "Europe/Paris" }).records[0];
    expect(iso(paris?.issuedAt)).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(paris?.decidedAt)).toBe("2026-03-29T01:30:00.000Z");
    // New York (already on EDT since 8 March, -04:00): midnight = 04:00Z, 03:30 = 07:30Z.
    const newYork = parseOffers([row], { timeZone: "America/New_York" }).records[0];
    expect(iso(newYork?.issuedAt)).toBe("2026-03-29T04:00:00.000Z");
    expect(iso(newYork?.decidedAt)).toBe("2026-03-29T07:30:00.000Z");
  });

  it("compares decidedAt with issuedAt as instants, whatever the wall clocks say", () => {
    // On 1 November in New York, 01:30 occurs twice; the earlier (EDT, 05:30Z) is taken. An offer issued
    // at 05:45Z (01:45 EDT) and decided at "01:30" is decided before it was issued.
    const rows = [
      {
        id: "q-1",
        ownerId: "s-1",
        customerId: "c-1",
        issuedAt: "2026-11-01T05:45:00Z",
        amount: "100",
        currency: "USD",
        status: "rejected",
        decidedAt: "2026-11-01T01:30",
      },
    ];
    expect(parseOffers(rows, { timeZone: "America/New_York" }).errors[0]?.message).toBe(
      "decidedAt (2026-11-01T05:30:00.000Z) is before issuedAt (2026-11-01T05:45:00.000Z)",
    );
  });
});

describe("prospects and requests in reporting zones", () => {
  it("reads Lord Howe's half-hour fall-back day", () => {
    // Lord Howe, 5 April 2026: 02:00 (+11:00) becomes 01:30 (+10:30); 01:45 occurs twice, the earlier
    // (+11:00) is taken: 4 April 14:45Z. The day starts at 00:00+11:00 = 4 April 13:00Z.
    const prospect = parseProspects(
      [{ id: "p-1", ownerId: "s-1", createdAt: "2026-04-05", lostAt: "2026-04-05T01:45" }],
      {
        timeZone: "Australia/Lord_Howe",
      },
    ).records[0];
    expect(iso(prospect?.createdAt)).toBe("2026-04-04T13:00:00.000Z");
    expect(iso(prospect?.lostAt)).toBe("2026-04-04T14:45:00.000Z");
  });

  it("rejects a response in the Paris spring gap and reads the deadline as a local day", () => {
    const row = {
      id: "r-1",
      kind: "request",
      customerId: "c-1",
      ownerId: "s-1",
      receivedAt: "2026-03-28T18:00",
      respondedAt: "2026-03-29T02:15",
      dueAt: "2026-03-30",
      status: "open",
    };
    const result = parseRequests([row, { ...row, id: "r-2", respondedAt: "2026-03-29T03:15" }], {
      timeZone: "Europe/Paris",
    });
    expect(result.errors.map((error) => [error.index, error.path, error.message])).toEqual([
      [0, ["respondedAt"], "2026-03-29T02:15 does not exist in Europe/Paris (it falls in a daylight-saving gap)"],
    ]);
    // 28 March 18:00+01:00 = 17:00Z; 29 March 03:15+02:00 = 01:15Z; 30 March 00:00+02:00 = 29 March 22:00Z.
    const request = result.records[0];
    expect(iso(request?.receivedAt)).toBe("2026-03-28T17:00:00.000Z");
    expect(iso(request?.respondedAt)).toBe("2026-03-29T01:15:00.000Z");
    expect(iso(request?.dueAt)).toBe("2026-03-29T22:00:00.000Z");
  });
});
