/**
 * Each preset on a small export in its CRM's format (test/fixtures/csv/<crm>/): the file read with
 * the preset gives the table of the rows written by hand in crm-kpi's field names. The column
 * names of each fixture are those the preset's TSDoc cites.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseActivityTable } from "../table/parseActivityTable.js";
import { parseDealTable } from "../table/parseDealTable.js";
import { parseOrderTable } from "../table/parseOrderTable.js";
import { CSV_PRESETS } from "./presets.js";
import { readCsv } from "./readCsv.js";

const fixture = (path: string): { path: string } => ({
  path: fileURLToPath(new URL(`../../test/fixtures/csv/${path}`, import.meta.url)),
});

/** The three deals every deal fixture holds: won, lost, open. */
function deals(
  ids: readonly [string, string, string],
  extra: readonly Record<string, string>[] = [{}, {}, {}],
): Record<string, string>[] {
  return [
    {
      id: ids[0],
      ownerId: "Ana Silva",
      customerId: "Acme",
      amount: "12000",
      currency: "EUR",
      stage: "won",
      status: "won",
      createdAt: "2026-01-10T09:30",
      closedAt: "2026-03-20T10:00",
      ...extra[0],
    },
    {
      id: ids[1],
      ownerId: "Ben Ito",
      customerId: "Bolt",
      amount: "8000",
      currency: "EUR",
      stage: "lost",
      status: "lost",
      createdAt: "2026-02-01T11:00",
      closedAt: "2026-04-02T16:00",
      lossReason: "Price",
      ...extra[1],
    },
    {
      id: ids[2],
      ownerId: "Ana Silva",
      customerId: "Cargo",
      amount: "5000",
      currency: "EUR",
      stage: "open",
      status: "open",
      createdAt: "2026-03-05T08:00",
      expectedCloseDate: "2026-07-15",
      ...extra[2],
    },
  ];
}

describe("CSV presets", () => {
  it("lists the four CRMs, each citing its source", () => {
    expect(Object.keys(CSV_PRESETS)).toEqual(["odoo", "hubspot", "salesforce", "pipedrive"]);
    for (const preset of Object.values(CSV_PRESETS)) expect(preset.source).toMatch(/^https:\/\//);
  });

  it("hubspot: stage labels give the status, the close date follows it, an empty amount is a row error on its line", async () => {
    const result = await readCsv("deals", fixture("hubspot/deals.csv"), { preset: "hubspot" });
    const expected = deals(
      ["9001", "9002", "9003"],
      [
        { stage: "Closed Won", probability: "1" },
        { stage: "Closed Lost", probability: "0" },
        { stage: "Contract Sent", probability: "0.9", expectedCloseDate: "2026-07-15 00:00" },
      ],
      // This export has no company column.
    ).map(({ customerId: _customerId, ...deal }) => deal);
    expect(result.data).toEqual(parseDealTable(expected).table);
    expect(result.errors.map((error) => [error.line, error.id, error.path])).toEqual([[5, "9004", ["amount"]]]);
  });

  it("salesforce: Closed and Won give the status, probabilities are percentages, US dates and thousands", async () => {
    const result = await readCsv("deals", fixture("salesforce/opportunities.csv"), {
      preset: "salesforce",
      dateFormat: "M/d/yyyy",
      thousandsSeparator: ",",
    });
    expect(result.errors).toEqual([]);
    const expected = deals(
      ["0065g00000AAAA1", "0065g00000AAAA2", "0065g00000AAAA3"],
      [
        { stage: "Closed Won", probability: "1", createdAt: "2026-01-10", closedAt: "2026-03-20" },
        { stage: "Closed Lost", probability: "0", createdAt: "2026-02-01", closedAt: "2026-04-02", lossReason: "" },
        { stage: "Negotiation/Review", probability: "0.9", createdAt: "2026-03-05" },
      ],
    ).map(({ lossReason: _lossReason, ...deal }) => deal);
    expect(result.data).toEqual(parseDealTable(expected).table);
  });

  it("pipedrive deals: the status column, won and lost times as closing dates; activities: Done / To do", async () => {
    const result = await readCsv("deals", fixture("pipedrive/deals.csv"), { preset: "pipedrive" });
    expect(result.errors).toEqual([]);
    const expected = deals(
      ["101", "102", "103"],
      [
        { stage: "Negotiations Started", expectedCloseDate: "2026-03-31" },
        { stage: "Proposal Made", expectedCloseDate: "2026-04-30" },
        { stage: "Proposal Made", probability: "0.6" },
      ],
    );
    expect(result.data).toEqual(parseDealTable(expected).table);
    const activities = await readCsv("activities", fixture("pipedrive/activities.csv"), { preset: "pipedrive" });
    expect(activities.data).toEqual(
      parseActivityTable([
        { id: "501", ownerId: "Ana Silva", type: "Call", date: "2026-03-02", status: "done", dealId: "101" },
        { id: "502", ownerId: "Ben Ito", type: "Meeting", date: "2026-03-03", status: "planned", dealId: "102" },
      ]).table,
    );
  });

  it("odoo: labels (with a BOM), the Won stage, a lost reason makes a deal lost; sales orders at their untaxed amount", async () => {
    const result = await readCsv("deals", fixture("odoo/crm.lead.csv"), { preset: "odoo" });
    expect(result.errors).toEqual([]);
    const expected = deals(
      ["__export__.crm_lead_1", "__export__.crm_lead_2", "__export__.crm_lead_3"],
      [
        { stage: "Won", probability: "1", expectedCloseDate: "2026-03-31" },
        { stage: "Proposition", probability: "0", expectedCloseDate: "2026-04-30", lossReason: "Too expensive" },
        { stage: "Proposition", probability: "0.6" },
      ],
    );
    expect(result.data).toEqual(parseDealTable(expected).table);
    const orders = await readCsv("orders", fixture("odoo/sale.order.csv"), { preset: "odoo" });
    expect(orders.data).toEqual(
      parseOrderTable([
        {
          id: "S00001",
          date: "2026-03-02T10:00:00",
          amount: "1000.00",
          currency: "EUR",
          sellerId: "Ana Silva",
          customerId: "Acme",
        },
        {
          id: "S00002",
          date: "2026-03-09T15:30:00",
          amount: "2500.50",
          currency: "EUR",
          sellerId: "Ben Ito",
          customerId: "Bolt",
        },
      ]).table,
    );
  });

  it("columns given override the preset's, and a preset without rules for a kind reads the fields' own names", async () => {
    const text =
      "Deal - ID,Owner,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Deal created\n7,Ana,10,EUR,s,Open,2026-01-01\n";
    const result = await readCsv("deals", text, { preset: "pipedrive", columns: { Owner: "ownerId" } });
    expect(result.errors).toEqual([]);
    const sellers = await readCsv("sellers", "id,name\ns-1,Ana\n", { preset: "hubspot" });
    expect(sellers.data).toEqual([{ id: "s-1", name: "Ana" }]);
  });
});
