/**
 * The DuckDB side of the extended benchmark: the extended records loaded into an in-memory
 * DuckDB (outside any timing), and one hand-written query per extended indicator over them, with
 * the conversion of its rows into figures keyed as `crmkpiExtended.ts` keys crm-kpi's. Not part of
 * the test suite; see `extended.ts`.
 *
 * The same choices as the headline queries (`duckdb.ts`): money `DECIMAL(18,2)` (scores, hours and
 * minutes `DECIMAL(18,4)`), instants as epoch milliseconds, months by `date_trunc` of `epoch_ms`,
 * session zone UTC, `min`/`max` of the currency of every summed group checked after the query.
 * A figure the library gets by one division (a rate, a share, an average) comes back as its exact
 * numerator and denominator. Durations in days are milliseconds / 86,400,000: means come back as
 * the exact fraction `sum / (count x 86,400,000)` and medians as the mean of the two middle values
 * in milliseconds (`median` of a `BIGINT`: an exact half in a double at these magnitudes), both
 * compared at 50 significant digits (`compare.ts`).
 *
 * @module
 */
import { Decimal } from "decimal.js";
import type { ExpectedFigures } from "./compare.js";
import { D60, DAY_MS, DIGITS, durationStats, FINE, fraction, MONEY, MONTH_LABEL, put, v, z } from "./_duckFigures.js";
import type { ExtendedRecords } from "./crmkpiExtended.js";
import { append, appendMs, appendText, checkCurrency, scaled, type Duck, type Rows } from "./duckdb.js";
import { expectedExtendedMoreFigures, extendedMoreSql, loadExtendedMore } from "./duckdbExtendedMore.js";
import { isMore, type ExtendedId, type ExtendedWorkload } from "./workloadExtended.js";

/**
 * Loads the records the extended queries read (outside any timing), in tables prefixed `x_`.
 *
 * @throws Error when an amount has more than 2 decimals or a score, hours or minutes more than 4
 */
export async function loadExtended(duck: Duck, r: ExtendedRecords): Promise<void> {
  await loadExtendedMore(duck, r);
  const c = duck.connection;
  await c.run(
    `CREATE OR REPLACE TABLE x_orders (id VARCHAR, date_ms BIGINT, amount ${MONEY}, currency VARCHAR, seller_id VARCHAR, ` +
      `customer_id VARCHAR, gross_amount ${MONEY}, discount ${MONEY}, hours_sold ${FINE})`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE x_deals (id VARCHAR, amount ${MONEY}, currency VARCHAR, status VARCHAR, created_ms BIGINT, closed_ms BIGINT)`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE x_activities (id VARCHAR, type VARCHAR, date_ms BIGINT, status VARCHAR, customer_id VARCHAR, duration_minutes ${FINE}, cancellation_cause VARCHAR)`,
  );
  await c.run(
    "CREATE OR REPLACE TABLE x_deliveries (id VARCHAR, order_id VARCHAR, promised_ms BIGINT, delivered_ms BIGINT, conforming BOOLEAN, reason VARCHAR)",
  );
  await c.run(`CREATE OR REPLACE TABLE x_penalties (id VARCHAR, date_ms BIGINT, amount ${MONEY}, currency VARCHAR)`);
  await c.run(
    `CREATE OR REPLACE TABLE x_surveys (id VARCHAR, date_ms BIGINT, score ${FINE}, scale_min ${FINE}, scale_max ${FINE})`,
  );
  await c.run("CREATE OR REPLACE TABLE x_complaints (id VARCHAR, received_ms BIGINT, category VARCHAR)");
  await c.run(
    `CREATE OR REPLACE TABLE x_offers (id VARCHAR, issued_ms BIGINT, amount ${MONEY}, currency VARCHAR, status VARCHAR, decided_ms BIGINT)`,
  );
  const money = (a: Parameters<typeof appendText>[0], v: Decimal | undefined, scale: number, what: string): void => {
    if (v === undefined) a.appendNull();
    else a.appendDecimal(scaled(v, scale, what));
  };
  await append(c, "x_orders", r.orders, (a, o) => {
    a.appendVarchar(o.id);
    a.appendBigInt(BigInt(o.date.getTime()));
    money(a, o.amount, 2, `order ${o.id} amount`);
    a.appendVarchar(o.currency);
    a.appendVarchar(o.sellerId);
    a.appendVarchar(o.customerId);
    money(a, o.grossAmount, 2, `order ${o.id} gross amount`);
    money(a, o.discount, 2, `order ${o.id} discount`);
    money(a, o.hoursSold, 4, `order ${o.id} hours sold`);
  });
  await append(c, "x_deals", r.deals, (a, d) => {
    a.appendVarchar(d.id);
    money(a, d.amount, 2, `deal ${d.id} amount`);
    a.appendVarchar(d.currency);
    a.appendVarchar(d.status);
    appendMs(a, d.createdAt);
    appendMs(a, d.closedAt);
  });
  await append(c, "x_activities", r.activities, (a, x) => {
    a.appendVarchar(x.id);
    a.appendVarchar(x.type);
    a.appendBigInt(BigInt(x.date.getTime()));
    a.appendVarchar(x.status);
    appendText(a, x.customerId);
    money(a, x.durationMinutes === undefined ? undefined : new D60(x.durationMinutes), 4, `activity ${x.id} minutes`);
    appendText(a, x.cancellationCause);
  });
  await append(c, "x_deliveries", r.deliveries, (a, d) => {
    a.appendVarchar(d.id);
    a.appendVarchar(d.orderId);
    a.appendBigInt(BigInt(d.promisedAt.getTime()));
    appendMs(a, d.deliveredAt);
    if (d.conforming === undefined) a.appendNull();
    else a.appendBoolean(d.conforming);
    appendText(a, d.nonConformityReason);
  });
  await append(c, "x_penalties", r.penalties, (a, p) => {
    a.appendVarchar(p.id);
    a.appendBigInt(BigInt(p.date.getTime()));
    money(a, p.amount, 2, `penalty ${p.id} amount`);
    a.appendVarchar(p.currency);
  });
  await append(c, "x_complaints", r.complaints, (a, x) => {
    a.appendVarchar(x.id);
    a.appendBigInt(BigInt(x.receivedAt.getTime()));
    a.appendVarchar(x.category);
  });
  await append(c, "x_offers", r.offers, (a, o) => {
    a.appendVarchar(o.id);
    a.appendBigInt(BigInt(o.issuedAt.getTime()));
    money(a, o.amount, 2, `offer ${o.id} amount`);
    a.appendVarchar(o.currency);
    a.appendVarchar(o.status);
    appendMs(a, o.decidedAt);
  });
  await append(c, "x_surveys", r.surveyResponses, (a, s) => {
    a.appendVarchar(s.id);
    a.appendBigInt(BigInt(s.date.getTime()));
    money(a, s.score, 4, `survey ${s.id} score`);
    money(a, s.scaleMin, 4, `survey ${s.id} scale min`);
    money(a, s.scaleMax, 4, `survey ${s.id} scale max`);
  });
}

/**
 * The SQL of each extended indicator over the `x_` tables, for the 24 months of the workload.
 *
 * @param id - the indicator
 * @param w - the period
 * @returns one query
 */
export function extendedSql(id: ExtendedId, w: ExtendedWorkload): string {
  if (isMore(id)) return extendedMoreSql(id, w);
  const from = w.period.start.getTime();
  const to = w.period.end.getTime();
  const inPeriod = (column: string): string => `${column} >= ${from} AND ${column} < ${to}`;
  const yearFrom = w.year.start.getTime();
  const yearTo = w.year.end.getTime();
  const previousFrom = Date.UTC(w.year.start.getUTCFullYear() - 1, w.year.start.getUTCMonth(), 1);
  const asOf = w.asOf.getTime();
  switch (id) {
    case "visit-duration":
      return `
WITH v AS (
  SELECT date_trunc('month', epoch_ms(date_ms)) AS m, duration_minutes AS minutes
  FROM x_activities WHERE type = 'visit' AND status = 'done' AND ${inPeriod("date_ms")}
)
SELECT ${MONTH_LABEL}, count(*) AS visits, count(minutes) AS with_minutes, sum(minutes) AS minutes, median(minutes) AS median_minutes
FROM v GROUP BY GROUPING SETS ((m), ())`;
    case "service-cancellations":
      return `
WITH a AS (
  SELECT date_trunc('month', epoch_ms(date_ms)) AS m, status = 'cancelled' AS cancelled, cancellation_cause AS cause
  FROM x_activities WHERE type IN ('meeting', 'visit') AND ${inPeriod("date_ms")}
)
SELECT ${MONTH_LABEL}, count(*) AS scheduled,
       count(*) FILTER (cancelled) AS cancelled,
       count(*) FILTER (cancelled AND cause = 'service') AS service,
       count(*) FILTER (cancelled AND cause = 'customer') AS customer,
       count(*) FILTER (cancelled AND cause NOT IN ('service', 'customer')) AS other,
       count(*) FILTER (cancelled AND cause IS NULL) AS no_cause
FROM a GROUP BY GROUPING SETS ((m), ())`;
    case "hours-sold":
      return `
WITH o AS (SELECT date_trunc('month', epoch_ms(date_ms)) AS m, hours_sold FROM x_orders WHERE ${inPeriod("date_ms")})
SELECT ${MONTH_LABEL}, sum(hours_sold) AS hours, count(*) AS orders, count(hours_sold) AS with_hours
FROM o GROUP BY GROUPING SETS ((m), ())`;
    case "customer-satisfaction":
      // One row per scale width: the index adds (score - min) x 100 / width over every response.
      return `
SELECT scale_max - scale_min AS width, sum((score - scale_min) * 100) AS points, count(*) AS responses,
       count(*) FILTER (zero_to_ten) AS nps_responses,
       count(*) FILTER (zero_to_ten AND score >= 9) AS promoters,
       count(*) FILTER (zero_to_ten AND score <= 6) AS detractors
FROM (SELECT *, scale_min = 0 AND scale_max = 10 AS zero_to_ten FROM x_surveys WHERE ${inPeriod("date_ms")})
GROUP BY 1`;
    case "delivery-lateness":
      return `
WITH delivered AS (
  SELECT greatest(0, delivered_ms - promised_ms) AS late_ms FROM x_deliveries WHERE ${inPeriod("delivered_ms")}
), overdue AS (
  SELECT ${to} - promised_ms AS age_ms FROM x_deliveries
  WHERE promised_ms < ${to} AND (delivered_ms IS NULL OR delivered_ms >= ${to})
)
SELECT 'lateness' AS what, count(*) AS n, sum(late_ms) AS total_ms, median(late_ms) AS median_ms, count(*) FILTER (late_ms > 0) AS late
FROM delivered
UNION ALL
SELECT 'overdueAge', count(*), sum(age_ms), median(age_ms), NULL FROM overdue`;
    case "discounts":
      return `
WITH o AS (
  SELECT date_trunc('month', epoch_ms(date_ms)) AS m, discount, gross_amount, amount, currency FROM x_orders WHERE ${inPeriod("date_ms")}
)
SELECT ${MONTH_LABEL}, sum(discount) AS discounts, sum(coalesce(gross_amount, amount + coalesce(discount, 0))) AS gross,
       count(*) AS orders, count(discount) AS discounted, count(*) FILTER (gross_amount IS NULL AND discount IS NOT NULL) AS without_gross,
       min(currency) AS cmin, max(currency) AS cmax
FROM o GROUP BY GROUPING SETS ((m), ())`;
    case "penalty-amount":
      return `
SELECT sum(amount) AS amount, count(*) AS n, min(currency) AS cmin, max(currency) AS cmax
FROM x_penalties WHERE ${inPeriod("date_ms")}`;
    case "non-conforming-deliveries":
      return `
SELECT GROUPING(reason) AS whole, reason, count(*) AS delivered,
       count(*) FILTER (NOT conforming) AS non_conforming, count(*) FILTER (conforming) AS conforming,
       count(*) FILTER (conforming IS NULL) AS not_assessed
FROM x_deliveries WHERE ${inPeriod("delivered_ms")}
GROUP BY GROUPING SETS ((), (reason))`;
    case "win-rate":
    case "average-deal-size":
      return `
SELECT status, count(*) AS n, sum(amount) AS amount, min(currency) AS cmin, max(currency) AS cmax
FROM x_deals WHERE status IN ('won', 'lost') AND ${inPeriod("closed_ms")}
GROUP BY status`;
    case "visited-customers":
      return `
WITH v AS (
  SELECT date_trunc('week', epoch_ms(date_ms)) AS wk, customer_id
  FROM x_activities WHERE type = 'visit' AND status = 'done' AND ${inPeriod("date_ms")}
)
SELECT CASE WHEN GROUPING(wk) = 1 THEN 'total' ELSE strftime(wk, '%G-W%V') END AS label,
       count(DISTINCT customer_id) AS customers, count(*) AS visits, count(*) - count(customer_id) AS without_customer
FROM v GROUP BY GROUPING SETS ((wk), ())`;
    case "complaints-per-intervention":
      return `
SELECT (SELECT count(*) FROM x_complaints WHERE category = 'commercial' AND ${inPeriod("received_ms")}) AS complaints,
       (SELECT count(*) FROM x_activities
        WHERE status = 'done' AND type IN ('call', 'email', 'meeting', 'demo', 'quote', 'visit') AND ${inPeriod("date_ms")}) AS interventions`;
    case "delivery-lead-time":
      // Delivered in the period, or still waiting at its end; each joined to its order's date.
      return `
WITH delivered AS (
  SELECT d.delivered_ms, o.date_ms AS ordered_ms
  FROM x_deliveries d LEFT JOIN x_orders o ON o.id = d.order_id WHERE ${inPeriod("d.delivered_ms")}
), waiting AS (
  SELECT o.date_ms AS ordered_ms
  FROM x_deliveries d LEFT JOIN x_orders o ON o.id = d.order_id WHERE d.delivered_ms IS NULL OR d.delivered_ms >= ${to}
)
SELECT 'leadTime' AS what, count(*) AS n,
       count(*) FILTER (delivered_ms >= ordered_ms) AS measured,
       sum(delivered_ms - ordered_ms) FILTER (delivered_ms >= ordered_ms) AS total_ms,
       median(delivered_ms - ordered_ms) FILTER (delivered_ms >= ordered_ms) AS median_ms,
       count(*) FILTER (ordered_ms IS NULL) AS order_missing, count(*) FILTER (delivered_ms < ordered_ms) AS before_order
FROM delivered
UNION ALL
SELECT 'openAge', count(*), count(*) FILTER (ordered_ms < ${to}), sum(${to} - ordered_ms) FILTER (ordered_ms < ${to}),
       median(${to} - ordered_ms) FILTER (ordered_ms < ${to}), count(*) FILTER (ordered_ms IS NULL), 0
FROM waiting`;
    case "orders-per-offer":
      return `
SELECT 'orders' AS what, count(*) AS n, sum(amount) AS amount, min(currency) AS cmin, max(currency) AS cmax
FROM x_orders WHERE ${inPeriod("date_ms")}
UNION ALL
SELECT 'offers', count(*), sum(amount), min(currency), max(currency) FROM x_offers WHERE ${inPeriod("issued_ms")}`;
    case "offer-success":
      return `
SELECT count(*) AS issued, sum(amount) AS issued_amount,
       count(*) FILTER (status = 'accepted') AS accepted, sum(amount) FILTER (status = 'accepted') AS accepted_amount,
       count(*) FILTER (status IN ('rejected', 'expired', 'withdrawn')) AS not_accepted,
       min(currency) AS cmin, max(currency) AS cmax
FROM x_offers WHERE ${inPeriod("issued_ms")}`;
    case "new-customer-revenue":
    case "new-vs-existing-revenue":
      // A customer is new in 2026 when its first order over all the orders is dated in 2026.
      return `
WITH first AS (SELECT customer_id, min(date_ms) AS first_ms FROM x_orders GROUP BY customer_id)
SELECT f.first_ms >= ${yearFrom} AS is_new, count(DISTINCT o.customer_id) AS customers, count(*) AS orders,
       sum(o.amount) AS revenue, min(o.currency) AS cmin, max(o.currency) AS cmax
FROM x_orders o JOIN first f USING (customer_id)
WHERE o.date_ms >= ${yearFrom} AND o.date_ms < ${yearTo}
GROUP BY 1`;
    case "customer-renewal-rate":
      return `
WITH previous AS (SELECT DISTINCT customer_id FROM x_orders WHERE date_ms >= ${previousFrom} AND date_ms < ${yearFrom}),
current AS (SELECT DISTINCT customer_id FROM x_orders WHERE date_ms >= ${yearFrom} AND date_ms < ${yearTo})
SELECT (SELECT count(*) FROM previous) AS previous, (SELECT count(*) FROM previous JOIN current USING (customer_id)) AS renewed,
       (SELECT count(*) FROM current) AS current`;
    case "sales-cycle-length":
      return `
SELECT count(*) AS n, sum(closed_ms - created_ms) AS total_ms, median(closed_ms - created_ms) AS median_ms
FROM x_deals WHERE status = 'won' AND ${inPeriod("closed_ms")}`;
    case "pipeline-ageing":
      // Age: calendar days (UTC) from the day of createdAt to asOf's day; bands keyed by their first day.
      return `
WITH open AS (
  SELECT ${Math.floor(asOf / DAY_MS)} - created_ms // ${DAY_MS} AS age, amount, currency
  FROM x_deals WHERE created_ms <= ${asOf} AND (closed_ms IS NULL OR closed_ms > ${asOf})
)
SELECT CASE WHEN GROUPING(band) = 1 THEN 'total' ELSE CAST(band AS VARCHAR) END AS label, count(*) AS n, sum(amount) AS amount,
       min(currency) AS cmin, max(currency) AS cmax
FROM (SELECT *, CASE WHEN age <= 30 THEN 0 WHEN age <= 60 THEN 31 WHEN age <= 90 THEN 61 ELSE 91 END AS band FROM open)
GROUP BY GROUPING SETS ((band), ())`;
  }
}

/**
 * DuckDB's figures from an extended indicator's rows.
 *
 * @throws Error when a group summed two currencies
 */
export function expectedExtendedFigures(id: ExtendedId, rows: Rows, w: ExtendedWorkload): ExpectedFigures {
  if (isMore(id)) return expectedExtendedMoreFigures(id, rows, w);
  const f: ExpectedFigures = new Map();
  switch (id) {
    case "visit-duration":
      for (const [label, visits, withMinutes, minutes, medianMinutes] of rows) {
        const l = z(label);
        put(f, `visits|${l}`, z(visits));
        put(f, `withDuration|${l}`, z(withMinutes));
        put(f, `total|${l}`, fraction(z(minutes), "60"));
        put(f, `mean|${l}`, fraction(z(minutes), new D60(z(withMinutes)).times(60).toFixed(), DIGITS));
        const middle = v(medianMinutes);
        if (middle !== null) put(f, `median|${l}`, fraction(middle, "60", DIGITS));
      }
      return f;
    case "service-cancellations":
      for (const [label, scheduled, cancelled, service, customer, other, none] of rows) {
        const l = z(label);
        put(f, `scheduled|${l}`, z(scheduled));
        put(f, `cancelled|${l}`, z(cancelled));
        put(f, `service|${l}`, z(service));
        put(f, `customer|${l}`, z(customer));
        put(f, `other|${l}`, z(other));
        put(f, `none|${l}`, z(none));
        put(f, `share|${l}`, fraction(z(service), z(scheduled)));
      }
      return f;
    case "hours-sold":
      for (const [label, hours, orders, withHours] of rows) {
        const l = z(label);
        put(f, `hours|${l}`, z(hours));
        put(f, `orders|${l}`, z(orders));
        put(f, `withHours|${l}`, z(withHours));
        put(f, `withoutHours|${l}`, new D60(z(orders)).minus(z(withHours)).toFixed());
      }
      return f;
    case "customer-satisfaction": {
      // index = sum over widths of points / width, over all responses: one exact fraction.
      let num = new D60(0);
      let den = new D60(1);
      let responses = new D60(0);
      const nps = { responses: new D60(0), promoters: new D60(0), detractors: new D60(0) };
      for (const [width, points, n, npsResponses, promoters, detractors] of rows) {
        const w = new D60(z(width));
        num = num.times(w).plus(new D60(z(points)).times(den));
        den = den.times(w);
        responses = responses.plus(z(n));
        nps.responses = nps.responses.plus(z(npsResponses));
        nps.promoters = nps.promoters.plus(z(promoters));
        nps.detractors = nps.detractors.plus(z(detractors));
      }
      put(f, "responses", responses.toFixed());
      put(f, "index", fraction(num.toFixed(), den.times(responses).toFixed()));
      put(f, "nps", fraction(nps.promoters.minus(nps.detractors).times(100).toFixed(), nps.responses.toFixed()));
      put(f, "npsResponses", nps.responses.toFixed());
      put(f, "promoters", nps.promoters.toFixed());
      put(f, "detractors", nps.detractors.toFixed());
      put(f, "passives", nps.responses.minus(nps.promoters).minus(nps.detractors).toFixed());
      return f;
    }
    case "delivery-lateness":
      for (const [what, n, totalMs, medianMs, late] of rows) {
        const key = z(what);
        if (key === "lateness") {
          put(f, "delivered", z(n));
          put(f, "lateShare", fraction(z(late), z(n)));
        } else put(f, "overdue", z(n));
        durationStats(f, key, z(n), z(totalMs), v(medianMs), DAY_MS);
      }
      return f;
    case "discounts":
      for (const [label, discounts, gross, orders, discounted, withoutGross, cmin, cmax] of rows) {
        const l = z(label);
        checkCurrency(`discounts ${l}`, cmin ?? null, cmax ?? null);
        put(f, `discounts|${l}`, z(discounts));
        put(f, `gross|${l}`, z(gross));
        put(f, `rate|${l}`, fraction(z(discounts), z(gross)));
        put(f, `orders|${l}`, z(orders));
        put(f, `discounted|${l}`, z(discounted));
        put(f, `withoutGross|${l}`, z(withoutGross));
      }
      return f;
    case "penalty-amount":
      for (const [amount, n, cmin, cmax] of rows) {
        checkCurrency("penalty-amount", cmin ?? null, cmax ?? null);
        put(f, "amount", z(amount));
        put(f, "count", z(n));
      }
      return f;
    case "non-conforming-deliveries":
      for (const [whole, reason, delivered, nonConforming, conforming, notAssessed] of rows) {
        if (z(whole) === "1") {
          put(f, "delivered", z(delivered));
          put(f, "nonConforming", z(nonConforming));
          put(f, "conforming", z(conforming));
          put(f, "notAssessed", z(notAssessed));
          put(f, "share", fraction(z(nonConforming), z(delivered)));
        } else if (z(nonConforming) !== "0") put(f, `reason|${v(reason) ?? "(none)"}`, z(nonConforming));
      }
      return f;
    case "win-rate":
    case "average-deal-size": {
      const by = new Map<string, { n: string; amount: string }>();
      for (const [status, n, amount, cmin, cmax] of rows) {
        checkCurrency(`${id} ${z(status)}`, cmin ?? null, cmax ?? null);
        by.set(z(status), { n: z(n), amount: z(amount) });
      }
      const won = by.get("won") ?? { n: "0", amount: "0" };
      const lost = by.get("lost") ?? { n: "0", amount: "0" };
      put(f, "wonCount", won.n);
      put(f, "wonAmount", won.amount);
      if (id === "average-deal-size") {
        put(f, "average", fraction(won.amount, won.n));
        return f;
      }
      put(f, "lostCount", lost.n);
      put(f, "lostAmount", lost.amount);
      put(f, "byCount", fraction(won.n, new D60(won.n).plus(lost.n).toFixed()));
      put(f, "byValue", fraction(won.amount, new D60(won.amount).plus(lost.amount).toFixed()));
      return f;
    }
    case "visited-customers":
      for (const [label, customers, visits, withoutCustomer] of rows) {
        const l = z(label);
        put(f, `customers|${l}`, z(customers));
        put(f, `visits|${l}`, z(visits));
        put(f, `withoutCustomer|${l}`, z(withoutCustomer));
      }
      return f;
    case "complaints-per-intervention":
      for (const [complaints, interventions] of rows) {
        put(f, "complaints", z(complaints));
        put(f, "interventions", z(interventions));
        put(f, "rate", fraction(z(complaints), z(interventions)));
      }
      return f;
    case "delivery-lead-time": {
      let missing = new D60(0);
      for (const [what, n, measured, totalMs, medianMs, orderMissing, beforeOrder] of rows) {
        const key = z(what);
        if (key === "leadTime") {
          put(f, "delivered", z(n));
          put(f, "deliveredBeforeOrder", z(beforeOrder));
        } else put(f, "open", z(measured));
        missing = missing.plus(z(orderMissing));
        durationStats(f, key, z(measured), z(totalMs), v(medianMs), DAY_MS);
      }
      put(f, "orderMissing", missing.toFixed());
      return f;
    }
    case "orders-per-offer": {
      const by = new Map<string, { n: string; amount: string }>();
      for (const [what, n, amount, cmin, cmax] of rows) {
        checkCurrency(`orders-per-offer ${z(what)}`, cmin ?? null, cmax ?? null);
        by.set(z(what), { n: z(n), amount: z(amount) });
      }
      const orders = by.get("orders") ?? { n: "0", amount: "0" };
      const offers = by.get("offers") ?? { n: "0", amount: "0" };
      put(f, "orders", orders.n);
      put(f, "orderAmount", orders.amount);
      put(f, "offers", offers.n);
      put(f, "offerAmount", offers.amount);
      put(f, "byCount", fraction(orders.n, offers.n));
      put(f, "byValue", fraction(orders.amount, offers.amount));
      return f;
    }
    case "offer-success":
      for (const [issued, issuedAmount, accepted, acceptedAmount, notAccepted, cmin, cmax] of rows) {
        checkCurrency("offer-success", cmin ?? null, cmax ?? null);
        put(f, "issued", z(issued));
        put(f, "issuedAmount", z(issuedAmount));
        put(f, "accepted", z(accepted));
        put(f, "acceptedAmount", z(acceptedAmount));
        put(f, "notAccepted", z(notAccepted));
        put(f, "pending", new D60(z(issued)).minus(z(accepted)).minus(z(notAccepted)).toFixed());
        put(f, "byCount", fraction(z(accepted), z(issued)));
        put(f, "byValue", fraction(z(acceptedAmount), z(issuedAmount)));
      }
      return f;
    case "new-customer-revenue":
    case "new-vs-existing-revenue": {
      const by = new Map<string, { customers: string; orders: string; revenue: string }>();
      for (const [isNew, customers, orders, revenue, cmin, cmax] of rows) {
        checkCurrency(`${id} ${z(isNew)}`, cmin ?? null, cmax ?? null);
        by.set(z(isNew) === "true" ? "new" : "existing", {
          customers: z(customers),
          orders: z(orders),
          revenue: z(revenue),
        });
      }
      const zero = { customers: "0", orders: "0", revenue: "0" };
      const fresh = by.get("new") ?? zero;
      const old = by.get("existing") ?? zero;
      put(f, "newCustomers", fresh.customers);
      put(f, "newOrders", fresh.orders);
      put(f, "newRevenue", fresh.revenue);
      if (id === "new-customer-revenue") {
        put(f, "meanPerNew", fraction(fresh.revenue, fresh.customers));
        return f;
      }
      const both = new D60(fresh.revenue).plus(old.revenue).toFixed();
      put(f, "existingCustomers", old.customers);
      put(f, "existingOrders", old.orders);
      put(f, "existingRevenue", old.revenue);
      put(f, "realized", both);
      put(f, "newShare", fraction(fresh.revenue, both));
      put(f, "existingShare", fraction(old.revenue, both));
      return f;
    }
    case "customer-renewal-rate":
      for (const [previous, renewed, current] of rows) {
        put(f, "previous", z(previous));
        put(f, "renewed", z(renewed));
        put(f, "lost", new D60(z(previous)).minus(z(renewed)).toFixed());
        put(f, "current", z(current));
        put(f, "rate", fraction(z(renewed), z(previous)));
      }
      return f;
    case "sales-cycle-length":
      for (const [n, totalMs, medianMs] of rows) {
        put(f, "count", z(n));
        put(f, "mean", fraction(z(totalMs), new D60(z(n)).times(DAY_MS).toFixed(), DIGITS));
        const middle = v(medianMs);
        if (middle !== null) put(f, "median", fraction(middle, String(DAY_MS), DIGITS));
      }
      return f;
    case "pipeline-ageing":
      for (const [label, n, amount, cmin, cmax] of rows) {
        checkCurrency(`pipeline-ageing ${z(label)}`, cmin ?? null, cmax ?? null);
        put(f, `count|${z(label)}`, z(n));
        put(f, `amount|${z(label)}`, z(amount));
      }
      return f;
  }
}
