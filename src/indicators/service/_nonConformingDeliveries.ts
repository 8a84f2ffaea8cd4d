/**
 * The computation of `nonConformingDeliveries` on a plan runner.
 *
 * @internal
 * @module
 */
import { Dec } from "../../money/dec.js";
import { compareCodePoints } from "../../errors/describe.js";
import type { CellValues, PlanRunner } from "../../table/kernel/executePlan.js";
import type { AggregationPlan, GroupKey, Predicate } from "../../table/kernel/plan.js";
import { ratio } from "../figure.js";
import type { ServiceSettings } from "./_serviceSettings.js";
import type { NonConformingDeliveriesResult, NonConformityByReason } from "./nonConformingDeliveriesTypes.js";

const COUNT = { count: { kind: "count" } } as const;
const COUNT_AND_IDS = { count: { kind: "count" }, ids: { kind: "ids" } } as const;
type Measures = typeof COUNT | typeof COUNT_AND_IDS;
const VERDICT: GroupKey = { column: "conforming", keys: ["false", "true", null] };
const NON_CONFORMING: Predicate = { kind: "in", column: "conforming", values: ["false"] };

function deliveredPlan(
  settings: ServiceSettings,
  key: GroupKey,
  where: readonly Predicate[],
  withIds: boolean,
): AggregationPlan<Measures> {
  return {
    table: "deliveries",
    time: "deliveredAt",
    window: { from: settings.start, to: settings.cut },
    where,
    groupBy: [key],
    // The ids only when asked for: collecting every delivery's id costs more than counting them.
    measures: withIds ? COUNT_AND_IDS : COUNT,
  };
}

/** Most frequent first, then by reason (code point order), `null` last. */
function idsOf(cell: CellValues<Measures>): string[] {
  return "ids" in cell ? [...cell.ids] : [];
}

function byFrequency(a: NonConformityByReason, b: NonConformityByReason): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.reason === null || b.reason === null) return a.reason === null ? (b.reason === null ? 0 : 1) : -1;
  return compareCodePoints(a.reason, b.reason);
}

/**
 * Non-conforming deliveries over the period on a plan runner: the deliveries delivered in
 * `[start, cut)` by verdict, then the non-conforming ones by reason.
 *
 * @param run - the plan runner over the deliveries
 * @param settings - the checked options
 * @returns the result
 */
export function nonConformingDeliveriesOf(run: PlanRunner, settings: ServiceSettings): NonConformingDeliveriesResult {
  const verdicts = run(deliveredPlan(settings, VERDICT, [], settings.explain));
  const reasons = run(deliveredPlan(settings, { column: "nonConformityReason" }, [NON_CONFORMING], false));
  const nonConforming = verdicts.total("false");
  const conforming = verdicts.total("true");
  const notAssessed = verdicts.total(null);
  const delivered = nonConforming.count + conforming.count + notAssessed.count;
  const byReason = (reasons.keys[0] ?? [])
    .map((reason): NonConformityByReason => ({ reason, count: reasons.total(reason).count }))
    .sort(byFrequency);
  return {
    indicator: "non-conforming-deliveries",
    unit: "ratio",
    period: settings.period,
    asOf: settings.asOf,
    delivered,
    nonConforming: nonConforming.count,
    conforming: conforming.count,
    notAssessed: notAssessed.count,
    share: ratio(new Dec(nonConforming.count), new Dec(delivered), "no-deliveries"),
    byReason,
    ...(settings.explain
      ? { explain: { nonConformingIds: idsOf(nonConforming), notAssessedIds: idsOf(notAssessed) } }
      : {}),
  };
}
