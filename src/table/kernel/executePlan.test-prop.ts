import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { referenceExecute } from "../../../test/kernel/referenceExecutor.js";
import {
  deal,
  columnsOfKind,
  guardOptions,
  inPredicateArb,
  NAMES,
  outcome,
  planArb,
  tableArb,
  tableOf,
  withIds,
} from "../../../test/kernel/planArbitraries.js";
import { executePlan, tableRunner } from "./executePlan.js";
import type { AggregationPlan } from "./plan.js";
import { PLAN_COLUMNS } from "./plan.js";

// The fast executor against the record-by-record reference (test/kernel/referenceExecutor.ts), on
// random tables and plans (test/kernel/planArbitraries.ts).

describe("executePlan", () => {
  test.prop([tableArb.chain((table) => fc.tuple(fc.constant(table), planArb(table.kind))), guardOptions], {
    numRuns: 400,
  })("gives the reference executor's cells, errors included", ([{ kind, records }, plan], newGuard) => {
    const fast = outcome(() => executePlan(plan, tableOf(kind, records), newGuard()));
    // Through a runner whose earlier plan shared the window: the cached rows give the same cells.
    const run = tableRunner({ [kind]: tableOf(kind, records) });
    outcome(() => run({ ...plan, where: [], groupBy: [], measures: { rows: { kind: "count" } } }));
    expect(outcome(() => run(plan, newGuard()))).toEqual(fast);
    const reference = outcome(() => referenceExecute(plan, records, newGuard()));
    // The reference names a missing weight with a plain Error; both must fail on it.
    if ((reference as { message?: string }).message?.endsWith("has no weight") === true) {
      expect(fast).toMatchObject({ error: "InvalidArgumentError" });
      return;
    }
    expect(fast).toEqual(reference);
  });

  test.prop(
    [
      tableArb.chain((table) =>
        fc.tuple(
          fc.constant(table),
          fc
            .tuple(planArb(table.kind), fc.array(inPredicateArb(table.kind), { maxLength: 2 }))
            .map(([plan, where]): AggregationPlan => ({
              // The one-pass path's plans: "in" predicates, keys without relabel, counts and sums.
              ...plan,
              where,
              groupBy: (plan.groupBy ?? []).map(({ relabel: _relabel, ...key }) => key),
              measures:
                columnsOfKind(table.kind).amount.length === 0
                  ? { n: { kind: "count" } }
                  : { n: { kind: "count" }, s: { kind: "sum", column: "amount" } },
              visit: "table",
            })),
        ),
      ),
      guardOptions,
    ],
    { numRuns: 300 },
  )("gives the reference executor's cells on the one-pass path's plans", ([{ kind, records }, plan], newGuard) => {
    expect(outcome(() => executePlan(plan, tableOf(kind, records), newGuard()))).toEqual(
      outcome(() => referenceExecute(plan, records, newGuard())),
    );
  });

  test.prop(
    [
      fc
        .array(deal, { maxLength: 30 })
        .map((records) => withIds(records, "d"))
        .chain((records) =>
          fc.tuple(
            fc.constant(records),
            fc
              .tuple(
                planArb("deals"),
                fc.constantFrom<"min" | "max">("min", "max"),
                fc.constantFrom(...PLAN_COLUMNS.deals.time),
              )
              .map(([plan, extreme, column]): AggregationPlan => ({
                // The one-pass path's plans with instant and presence predicates, a weighted sum
                // after the sum (the pipeline's), and an earliest or latest instant.
                ...plan,
                groupBy: (plan.groupBy ?? []).map(({ relabel: _relabel, ...key }) => key),
                measures: {
                  n: { kind: "count" },
                  s: { kind: "sum", column: "amount" },
                  w: {
                    kind: "weightedSum",
                    column: "amount",
                    weight: "probability",
                    fallback: {
                      column: "stage",
                      values: NAMES.map((n, i) => [n, ["0.1", "0.35", "0.123456", "0"][i] as string]),
                    },
                  },
                  e: { kind: extreme, column },
                },
                visit: "table",
              })),
          ),
        ),
      guardOptions,
    ],
    { numRuns: 300 },
  )("gives the reference executor's cells on the one-pass path's weighted plans", ([records, plan], newGuard) => {
    const fast = outcome(() => executePlan(plan, tableOf("deals", records), newGuard()));
    const reference = outcome(() => referenceExecute(plan, records, newGuard()));
    // The reference names a missing weight with a plain Error; both must fail on it.
    if ((reference as { message?: string }).message?.endsWith("has no weight") === true) {
      expect(fast).toMatchObject({ error: "InvalidArgumentError" });
      return;
    }
    expect(fast).toEqual(reference);
  });
});
