/**
 * The service records read in reporting zones across daylight-saving changes (like
 * `reportingZones.test.ts` for the headline records). Worked by hand from the 2026 changes:
 * - Europe/Paris: CET +01:00 -> CEST +02:00 on 29 March at 01:00Z (02:00 local becomes 03:00),
 *   back on 25 October at 01:00Z (03:00 local becomes 02:00, so 02:30 occurs twice: first at
 *   00:30Z, then at 01:30Z);
 * - America/New_York: EDT -04:00 until 1 November at 06:00Z;
 * - Australia/Lord_Howe: +11:00 until 5 April (15:00Z on 4 April), then +10:30.
 * The rules between instants (`deliveredAt` not before `requestedAt`) compare instants, not wall times.
 */
import { describe, expect, it } from "vitest";
import { parseComplaints, parseDeliveries, parsePenalties, parseSurveyResponses } from "../../src/index.js";

const delivery = { id: "l-1", orderId: "o-1", customerId: "c-1" };

describe("service records in reporting zones", () => {
  it("a date-only promise is the start of the local day (Paris, New York, Lord Howe)", () => {
    const read = (timeZone: string): string | undefined =>
      parseDeliveries([{ ...delivery, promisedAt: "2026-04-05" }], { timeZone }).records[0]?.promisedAt.toISOString();
    expect(read("Europe/Paris")).toBe("2026-04-04T22:00:00.000Z"); // CEST, +02:00
    expect(read("America/New_York")).toBe("2026-04-05T04:00:00.000Z"); // EDT, -04:00
    expect(read("Australia/Lord_Howe")).toBe("2026-04-04T13:00:00.000Z"); // still +11:00 at local midnight
  });

  it("a wall time in the Paris fold takes the earlier instant; the delivery rule compares instants", () => {
    // requestedAt 02:30 local on 25 October is 00:30Z (the first 02:30, CEST). deliveredAt written
    // 02:10+01:00 is 01:10Z: earlier on the wall clock, but 40 minutes later as an instant: accepted.
    const result = parseDeliveries(
      [
        {
          ...delivery,
          promisedAt: "2026-10-26",
          requestedAt: "2026-10-25T02:30",
          deliveredAt: "2026-10-25T02:10+01:00",
        },
      ],
      { timeZone: "Europe/Paris" },
    );
    expect(result.errors).toEqual([]);
    expect(result.records[0]?.requestedAt?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(result.records[0]?.deliveredAt?.toISOString()).toBe("2026-10-25T01:10:00.000Z");
    // Written 02:10 without offset, it is the first 02:10 (00:10Z): before the request, rejected.
    const early = parseDeliveries(
      [{ ...delivery, promisedAt: "2026-10-26", requestedAt: "2026-10-25T02:30", deliveredAt: "2026-10-25T02:10" }],
      { timeZone: "Europe/Paris" },
    );
    expect(early.errors[0]?.path).toEqual(["deliveredAt"]);
  });

  it("a wall time in the Paris spring gap is rejected, in every service record", () => {
    const gap = "2026-03-29T02:30";
    const options = { timeZone: "Europe/Paris" };
    expect(parseDeliveries([{ ...delivery, promisedAt: gap }], options).errors[0]?.path).toEqual(["promisedAt"]);
    expect(
      parseComplaints([{ id: "r-1", customerId: "c-1", receivedAt: gap, category: "other" }], options).errors[0]?.path,
    ).toEqual(["receivedAt"]);
    expect(
      parsePenalties([{ id: "p-1", customerId: "c-1", date: gap, amount: "1", currency: "EUR" }], options).errors[0]
        ?.path,
    ).toEqual(["date"]);
    expect(
      parseSurveyResponses([{ id: "q-1", customerId: "c-1", date: gap, score: 1, scaleMin: 0, scaleMax: 10 }], options)
        .errors[0]?.path,
    ).toEqual(["date"]);
  });

  it("a date-time with an offset is that instant whatever the zone", () => {
    for (const timeZone of ["UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe"]) {
      const [complaint] = parseComplaints(
        [{ id: "r-1", customerId: "c-1", receivedAt: "2026-03-08T01:30:00-05:00", category: "billing" }],
        { timeZone },
      ).records;
      expect(complaint?.receivedAt.toISOString()).toBe("2026-03-08T06:30:00.000Z");
    }
  });
});
