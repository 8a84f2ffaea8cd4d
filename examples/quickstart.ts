import { formatRowError, parseOrders, parseRevenueTargets, periodContaining, revenueVsTarget } from "crm-kpi";

// Raw rows as a CSV or JSON export gives them: strings for money and dates.
const orders = parseOrders(
  [
    { id: "o-1", date: "2026-03-02", amount: "12000.00", currency: "EUR", sellerId: "ana", customerId: "acme" },
    {
      id: "o-2",
      date: "2026-03-09T10:30:00+01:00",
      amount: "8000.00",
      currency: "EUR",
      sellerId: "ben",
      customerId: "globex",
    },
    { id: "o-3", date: "2026-03-10", amount: "-500.00", currency: "EUR", sellerId: "ana", customerId: "acme" },
    { id: "o-4", date: "2026-03-11", amount: "1e3", currency: "EUR", sellerId: "ben", customerId: "initech" },
  ],
  { timeZone: "Europe/Paris" },
);
const targets = parseRevenueTargets(
  [{ id: "t-2026", level: "company", start: "2026-01-01", end: "2027-01-01", amount: "480000", currency: "EUR" }],
  { timeZone: "Europe/Paris" },
);
for (const error of orders.errors) console.log(formatRowError(error));

// March 2026 in Paris, as of the start of 17 March (16 of 31 days elapsed).
const march = periodContaining(new Date("2026-03-15T12:00:00Z"), "month", { timeZone: "Europe/Paris" });
const result = revenueVsTarget(orders.records, {
  targets: targets.records,
  period: march,
  asOf: new Date("2026-03-16T23:00:00Z"),
  timeZone: "Europe/Paris",
});

console.log(`realized ${result.realized.toFixed(2)} of target ${result.target.toFixed(2)}`);
console.log(
  `attainment ${result.attainment.value?.toFixed(4)}, pace ${result.pace.value?.toFixed(4)}, status ${result.status}`,
);
console.log(`projected ${result.projected.value?.toFixed(2)}`);
