import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors/index.js";
import { parseOffers } from "../model/parseOffers.js";
import { parseProspects } from "../model/parseProspects.js";
import { parseRequests } from "../model/parseRequests.js";
import { offerSuccess } from "../indicators/salesFlow/offerSuccess.js";
import { requestsOnTime } from "../indicators/salesFlow/requestsOnTime.js";
import { offerTable, parseOfferTable } from "./offerTable.js";
import { parseProspectTable, prospectTable } from "./prospectTable.js";
import { parseRequestTable, requestTable } from "./requestTable.js";

const offerRows = [
  {
    id: "q-1",
    ownerId: "ana",
    customerId: "acme",
    issuedAt: "2026-03-02",
    amount: "1200.50",
    currency: "EUR",
    status: "pending",
  },
  {
    id: "q-2",
    ownerId: "ben",
    customerId: "acme",
    issuedAt: "2026-03-03",
    amount: "800",
    currency: "EUR",
    status: "accepted",
    decidedAt: "2026-03-09",
  },
  {
    id: "q-2",
    ownerId: "ben",
    customerId: "acme",
    issuedAt: "2026-03-03",
    amount: "800",
    currency: "EUR",
    status: "pending",
  },
  {
    id: "q-3",
    ownerId: "ben",
    customerId: "acme",
    issuedAt: "2026-03-03",
    amount: "1e3",
    currency: "EUR",
    status: "pending",
  },
];
const prospectRows = [
  { id: "p-1", ownerId: "ana", createdAt: "2026-03-02", convertedAt: "2026-03-20" },
  { id: "p-2", ownerId: "ana", createdAt: "2026-03-02", convertedAt: "2026-03-01" },
];
const requestRows = [
  {
    id: "r-1",
    kind: "request",
    customerId: "acme",
    ownerId: "ana",
    receivedAt: "2026-03-02T09:00",
    respondedAt: "2026-03-03T09:00",
    dueAt: "2026-03-04",
    status: "open",
  },
  {
    id: "r-2",
    kind: "tender",
    customerId: "acme",
    ownerId: "ana",
    receivedAt: "2026-03-02T09:00",
    status: "processed",
  },
];
const MARCH = { period: { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-04-01T00:00:00Z") } };

describe("sales-flow tables", () => {
  it("parse to the same rows and errors as the record parsers, nothing lost", () => {
    const offers = parseOfferTable(offerRows);
    const records = parseOffers(offerRows);
    expect(offers.errors).toEqual(records.errors);
    expect([offers.table.size, offers.errors.length, offers.inputCount]).toEqual([2, 2, 4]);
    expect(offers.table.kind).toBe("offers");
    const prospects = parseProspectTable(prospectRows);
    expect([prospects.table.size, prospects.errors]).toEqual([1, parseProspects(prospectRows).errors]);
    const requests = parseRequestTable(requestRows);
    expect([requests.table.size, requests.errors]).toEqual([1, parseRequests(requestRows).errors]);
  });

  it("give the indicators the same figures as the arrays", () => {
    const offers = parseOffers(offerRows).records;
    const prospects = parseProspects(prospectRows).records;
    expect(offerSuccess({ offers: offerTable(offers), prospects: prospectTable(prospects) }, MARCH)).toEqual(
      offerSuccess({ offers, prospects }, MARCH),
    );
    const requests = parseRequests(requestRows).records;
    expect(requestsOnTime(requestTable(requests), MARCH)).toEqual(requestsOnTime(requests, MARCH));
  });

  it("read zones and refuse what is not a list of records", () => {
    // Worked by hand: 2 March 09:00 in Paris (UTC+1) is 08:00Z; the table keeps the parsed instant.
    const paris = parseRequestTable(requestRows, { timeZone: "Europe/Paris" });
    expect(requestsOnTime(paris.table, { ...MARCH, timeZone: "Europe/Paris" }).onTime).toBe(1);
    expect(() => offerTable("offers" as never)).toThrow(InvalidArgumentError);
    expect(() => requestsOnTime(offerTable([]) as never, MARCH)).toThrow(InvalidArgumentError);
  });
});
