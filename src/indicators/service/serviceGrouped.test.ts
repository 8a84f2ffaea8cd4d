/**
 * The grouped forms of the service indicators: per customer (13, 19) and per seller (14). Worked by
 * hand in the comments; each group equals the ungrouped indicator on that group's records alone.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../money/decimal.js";
import { Dec } from "../../money/dec.js";
import { CurrencyGuard } from "../../money/currencyGuard.js";
import { MixedCurrencyError } from "../../errors/index.js";
import type { Activity } from "../../model/types.js";
import type { Complaint, Penalty, SurveyResponse } from "../../model/serviceTypes.js";
import { recordColumns } from "../../table/recordTable.js";
import { tableRunner } from "../../table/kernel/executePlan.js";
import { referenceRunner } from "../../../test/kernel/referenceExecutor.js";
import { checkServiceOptions } from "./_serviceSettings.js";
import { customerSatisfactionByCustomerOf } from "./_customerSatisfaction.js";
import { penaltyAmountByCustomerOf } from "./_penaltyAmount.js";
import { customerSatisfaction } from "./customerSatisfaction.js";
import { customerSatisfactionGrouped } from "./customerSatisfactionGrouped.js";
import { complaintsPerIntervention } from "./complaintsPerIntervention.js";
import { complaintsPerInterventionGrouped } from "./complaintsPerInterventionGrouped.js";
import { penaltyAmount } from "./penaltyAmount.js";
import { penaltyAmountGrouped } from "./penaltyAmountGrouped.js";

const at = (iso: string): Date => new Date(iso);
const MARCH = { start: at("2026-03-01T00:00:00Z"), end: at("2026-04-01T00:00:00Z") };
const CUSTOMERS = ["acme", "globex", "__proto__", "constructor"];

const survey = (id: string, customerId: string, score: number): SurveyResponse => ({
  id,
  customerId,
  date: at("2026-03-10T00:00:00Z"),
  score: new Dec(score),
  scaleMin: new Dec(0),
  scaleMax: new Dec(10),
});
const penalty = (id: string, customerId: string, amount: string, currency = "EUR"): Penalty => ({
  id,
  customerId,
  date: at("2026-03-10T00:00:00Z"),
  amount: toDecimal(amount),
  currency,
});

describe("grouped service indicators", () => {
  it("customerSatisfactionGrouped: one group per customer who answered, customers named __proto__ included", () => {
    const responses = [survey("q1", "__proto__", 10), survey("q2", "acme", 2), survey("q3", "__proto__", 8)];
    const grouped = customerSatisfactionGrouped(responses, { period: MARCH });
    // __proto__: (100 + 80) / 2 = 90, 1 promoter and 1 passive: NPS 50. acme: 20, 1 detractor: NPS -100.
    expect(
      grouped.groups.map((g) => [g.key, g.result.index.value?.toString(), g.result.nps.value?.toString()]),
    ).toEqual([
      ["__proto__", "90", "50"],
      ["acme", "20", "-100"],
    ]);
    expect(grouped.groups[0]?.result).toEqual(customerSatisfaction([responses[0]!, responses[2]!], { period: MARCH }));
  });

  it("penaltyAmountGrouped: exact sums per customer in one currency, two currencies refused", () => {
    const grouped = penaltyAmountGrouped(
      [penalty("p1", "acme", "0.1"), penalty("p2", "globex", "5"), penalty("p3", "acme", "0.2")],
      { period: MARCH },
    );
    expect(grouped.currency).toBe("EUR");
    expect(grouped.groups.map((g) => [g.key, g.result.amount.toString(), g.result.count])).toEqual([
      ["acme", "0.3", 2],
      ["globex", "5", 1],
    ]);
    expect(() =>
      penaltyAmountGrouped([penalty("p1", "acme", "1"), penalty("p2", "globex", "1", "USD")], { period: MARCH }),
    ).toThrow(MixedCurrencyError);
  });

  it("complaintsPerInterventionGrouped: the roster with zeros, each seller as its own seller scope", () => {
    const when = at("2026-03-05T00:00:00Z");
    const complaints: Complaint[] = [
      { id: "r1", customerId: "c1", receivedAt: when, category: "commercial", ownerId: "bob" },
      { id: "r2", customerId: "c1", receivedAt: when, category: "commercial", ownerId: "bob" },
      { id: "r3", customerId: "c1", receivedAt: when, category: "commercial" },
      { id: "r4", customerId: "c1", receivedAt: when, category: "commercial", ownerId: "cid" },
    ];
    const activities: Activity[] = [
      { id: "a1", ownerId: "bob", type: "call", date: when, status: "done" },
      { id: "a2", ownerId: "bob", type: "meeting", date: when, status: "done" },
      { id: "a3", ownerId: "bob", type: "visit", date: when, status: "done" },
      { id: "a4", ownerId: "dan", type: "visit", date: when, status: "done" },
    ];
    const sellers = [{ id: "ann" }, { id: "bob" }];
    const grouped = complaintsPerInterventionGrouped(complaints, activities, { period: MARCH, sellers });
    // ann: 0 / 0; bob: 2 / 3; cid: 1 / 0; dan: 0 / 1 = 0. r3 names nobody.
    expect(
      grouped.groups.map((g) => [
        g.key,
        g.result.complaints,
        g.result.interventions,
        g.result.rate.value?.toString() ?? g.result.rate.reason,
      ]),
    ).toEqual([
      ["ann", 0, 0, "no-interventions"],
      ["bob", 2, 3, new Dec(2).div(3).toString()],
      ["cid", 1, 0, "no-interventions"],
      ["dan", 0, 1, "0"],
    ]);
    expect(grouped.complaintsWithoutOwner).toBe(1);
    const bob = complaintsPerIntervention(complaints, activities, {
      period: MARCH,
      scope: { level: "seller", sellerId: "bob" },
    });
    expect(grouped.groups[1]?.result).toEqual({ ...bob, warnings: [] });
  });

  test.prop([
    fc.array(
      fc.record({
        customer: fc.constantFrom(...CUSTOMERS),
        score: fc.integer({ min: 0, max: 10 }),
        day: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 30 },
    ),
    fc.array(
      fc.record({
        customer: fc.constantFrom(...CUSTOMERS),
        cents: fc.integer({ min: -5000, max: 500_000 }),
        day: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 30 },
    ),
    fc.boolean(),
  ])(
    "per customer, the tables and the reference executor agree, and each group is its customer's figure",
    (rawSurveys, rawPenalties, explain) => {
      const surveys = rawSurveys.map((r, i) => ({
        ...survey(`q${i}`, r.customer, r.score),
        date: new Date(Date.UTC(2026, 1, 15 + r.day)),
      }));
      const penalties = rawPenalties.map((r, i) => ({
        ...penalty(`p${i}`, r.customer, new Dec(r.cents).div(100).toString()),
        date: new Date(Date.UTC(2026, 1, 15 + r.day)),
      }));
      const settings = checkServiceOptions({ period: MARCH, explain });
      const table = tableRunner({
        surveys: recordColumns("surveys", surveys),
        penalties: recordColumns("penalties", penalties),
      });
      const reference = referenceRunner({ surveys, penalties });
      const satisfaction = customerSatisfactionByCustomerOf(table, settings);
      expect(satisfaction).toEqual(customerSatisfactionByCustomerOf(reference, settings));
      for (const { key, result } of satisfaction) {
        expect(result).toEqual(
          customerSatisfaction(
            surveys.filter((s) => s.customerId === key),
            { period: MARCH, explain },
          ),
        );
      }
      const sums = penaltyAmountByCustomerOf(table, settings, new CurrencyGuard({}));
      expect(sums).toEqual(penaltyAmountByCustomerOf(reference, settings, new CurrencyGuard({})));
      for (const { key, result } of sums.groups) {
        expect(result).toEqual(
          penaltyAmount(
            penalties.filter((p) => p.customerId === key),
            { period: MARCH, explain },
          ),
        );
      }
    },
  );
});
