/**
 * Effort versus result of `revenuePerSeller`: each seller's attainment over the whole range beside
 * their done activities, and the quadrant they fall in, split at the team medians.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import { Dec, median } from "../../money/dec.js";
import { ratio } from "../figure.js";
import type {
  RevenuePerSellerEffort,
  RevenuePerSellerEffortExplain,
  RevenuePerSellerMedians,
  RevenuePerSellerQuadrant,
} from "./revenuePerSellerTypes.js";

/** One seller's result and effort over the whole range (to `asOf`). */
export interface SellerEffort {
  readonly sellerId: string;
  readonly realized: Decimal;
  /** The seller's targets prorated to the whole range. */
  readonly target: Decimal;
  /** Done activities; `null` when no activities are given. */
  readonly activityCount: number | null;
  /** The records behind the line; `null` when not explaining. */
  readonly explain: RevenuePerSellerEffortExplain | null;
}

function quadrantOf(effortHigh: boolean, resultHigh: boolean): RevenuePerSellerQuadrant {
  if (effortHigh) return resultHigh ? "high-effort-high-result" : "high-effort-low-result";
  return resultHigh ? "low-effort-high-result" : "low-effort-low-result";
}

/**
 * The effort-versus-result lines and the medians they are split at: attainment = realized /
 * target over the whole range, under target when below 1; the result is the attainment when every
 * seller has one, else realized revenue; "high" is at or above the median of the listed sellers
 * (ties go high). Without activities there is no effort median and no quadrant.
 */
export function effortVsResult(
  sellers: readonly SellerEffort[],
  withActivities: boolean,
): {
  readonly lines: RevenuePerSellerEffort[];
  readonly medians: RevenuePerSellerMedians;
  readonly sellersWithoutTarget: readonly string[];
} {
  const attainments = sellers.map((seller) => ratio(seller.realized, seller.target, "no-target"));
  const byAttainment = sellers.length > 0 && attainments.every((attainment) => attainment.value !== null);
  const resultOf = (index: number): Decimal =>
    byAttainment ? (attainments[index]?.value as Decimal) : (sellers[index] as SellerEffort).realized;
  const medianResult = median(sellers.map((_, index) => resultOf(index)));
  const medianEffort = withActivities ? median(sellers.map((seller) => new Dec(seller.activityCount ?? 0))) : null;
  const lines = sellers.map((seller, index): RevenuePerSellerEffort => {
    const attainment = attainments[index] as RevenuePerSellerEffort["attainment"];
    let quadrant: RevenuePerSellerQuadrant | null = null;
    if (medianEffort !== null && medianResult !== null && seller.activityCount !== null) {
      quadrant = quadrantOf(
        new Dec(seller.activityCount).greaterThanOrEqualTo(medianEffort),
        resultOf(index).greaterThanOrEqualTo(medianResult),
      );
    }
    const line: RevenuePerSellerEffort = {
      sellerId: seller.sellerId,
      realized: seller.realized,
      target: seller.target,
      attainment,
      underTarget: attainment.value === null ? null : attainment.value.lessThan(1),
      activityCount: seller.activityCount,
      quadrant,
      quadrantReason: quadrant === null ? "no-activities" : null,
    };
    return seller.explain === null ? line : { ...line, explain: seller.explain };
  });
  return {
    lines,
    medians: { effort: medianEffort, result: medianResult, resultBasis: byAttainment ? "attainment" : "realized" },
    sellersWithoutTarget: sellers
      .filter((_, index) => attainments[index]?.value === null)
      .map((seller) => seller.sellerId),
  };
}
