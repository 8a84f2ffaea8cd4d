/** 2.2 Revenue per seller over time (CA par vendeur): monthly series with drop and exceptional flags. */
import { periodContaining, revenuePerSeller } from "crm-kpi";
import { generateSampleDataset } from "crm-kpi/sample";
import { money, table } from "./_format.js";

const data = generateSampleDataset();
const range = { start: data.range.start, end: periodContaining(data.asOf, "month").start };
const result = revenuePerSeller(data.orders, { range, grain: "quarter", sellers: data.sellers, trailingBuckets: 2 });

table(
  ["seller", ...result.buckets.map((bucket) => bucket.label)],
  result.sellers.map((seller) => [
    seller.sellerId,
    ...seller.points.map((point) => {
      const flag = point.flags.includes("drop") ? " v" : point.flags.includes("exceptional") ? " ^" : "";
      return money(point.realized) + flag;
    }),
  ]),
);
console.log("v: drop (below the trailing mean of the 2 previous quarters x 0.7), ^: exceptional (above it x 1.5)");
