/**
 * The DuckDB side of the extended benchmark's second half: the records the request, expense and
 * deal-history indicators read (issue 10's indicators 4, 8, 9, 15, 16 and 21; issue 11's sales
 * velocity, pipeline coverage, stage conversion, slipped deals, forecast accuracy and attainment
 * distribution), loaded into tables prefixed `y_` outside any timing, one hand-written query per
 * indicator, and the conversion of its rows into figures keyed as `crmkpiExtendedMore.ts` keys
 * crm-kpi's. Not part of the test suite; see `extended.ts`.
 *
 * The conventions are `duckdbExtended.ts`'s: money `DECIMAL(18,2)`, probabilities `DECIMAL(18,4)`,
 * instants as epoch milliseconds, a figure the library gets by one division returned as its exact
 * numerator and denominator, durations as milliseconds turned into an exact fraction of a day (or
 * of an hour) and compared at 50 significant digits. A figure the library gets by a chain of
 * divisions, each rounded to 60 digits (a velocity, a change between two ratios, an accuracy), is
 * compared at 50 digits too.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import type { DuckDBValue } from "@duckdb/node-api";
import type { ExpectedFigures } from "./compare.js";
import {
  D60,
  DAY_MS,
  DIGITS,
  durationStats,
  FINE,
  fraction,
  HOUR_MS,
  MONEY,
  MONTH_LABEL,
  put,
  v,
  z,
} from "./_duckFigures.js";
import type { ExtendedRecords } from "./crmkpiExtended.js";
import { append, appendMs, appendText, checkCurrency, scaled, type Duck, type Rows } from "./duckdb.js";
import type { ExtendedWorkload, MoreId } from "./workloadExtended.js";

/**
 * Loads the records the second half's queries read (outside any timing), in tables prefixed `y_`.
 *
 * @throws Error when an amount has more than 2 decimals or a probability more than 4
 */
export async function loadExtendedMore(duck: Duck, r: ExtendedRecords): Promise<void> {
  const c = duck.connection;
  await c.run(
    `CREATE OR REPLACE TABLE y_orders (date_ms BIGINT, amount ${MONEY}, currency VARCHAR, seller_id VARCHAR, margin ${MONEY})`,
  );
  await c.run(
    `CREATE OR REPLACE TABLE y_deals (id VARCHAR, owner_id VARCHAR, stage VARCHAR, status VARCHAR, amount ${MONEY}, currency VARCHAR, ` +
      `probability ${FINE}, created_ms BIGINT, closed_ms BIGINT, expected_ms BIGINT)`,
  );
  await c.run(
    "CREATE OR REPLACE TABLE y_requests (id VARCHAR, kind VARCHAR, status VARCHAR, received_ms BIGINT, first_ms BIGINT, " +
      "responded_ms BIGINT, processed_ms BIGINT, due_ms BIGINT)",
  );
  await c.run(
    `CREATE OR REPLACE TABLE y_expenses (id VARCHAR, date_ms BIGINT, amount ${MONEY}, currency VARCHAR, category VARCHAR)`,
  );
  await c.run(
    "CREATE OR REPLACE TABLE y_stage_changes (id VARCHAR, deal_id VARCHAR, stage VARCHAR, entered_ms BIGINT)",
  );
  await c.run(
    "CREATE OR REPLACE TABLE y_close_changes (id VARCHAR, deal_id VARCHAR, expected_ms BIGINT, changed_ms BIGINT)",
  );
  await c.run(
    `CREATE OR REPLACE TABLE y_targets (id VARCHAR, level VARCHAR, scope_id VARCHAR, start_ms BIGINT, end_ms BIGINT, amount ${MONEY}, currency VARCHAR)`,
  );
  const money = (a: Parameters<typeof appendText>[0], v: Decimal | undefined, scale: number, what: string): void => {
    if (v === undefined) a.appendNull();
    else a.appendDecimal(scaled(v, scale, what));
  };
  await append(c, "y_orders", r.orders, (a, o) => {
    a.appendBigInt(BigInt(o.date.getTime()));
    money(a, o.amount, 2, `order ${o.id} amount`);
    a.appendVarchar(o.currency);
    a.appendVarchar(o.sellerId);
    money(a, o.margin, 2, `order ${o.id} margin`);
  });
  await append(c, "y_deals", r.deals, (a, d) => {
    a.appendVarchar(d.id);
    a.appendVarchar(d.ownerId);
    a.appendVarchar(d.stage);
    a.appendVarchar(d.status);
    money(a, d.amount, 2, `deal ${d.id} amount`);
    a.appendVarchar(d.currency);
    money(a, d.probability, 4, `deal ${d.id} probability`);
    appendMs(a, d.createdAt);
    appendMs(a, d.closedAt);
    appendMs(a, d.expectedCloseDate);
  });
  await append(c, "y_requests", r.requests, (a, q) => {
    a.appendVarchar(q.id);
    a.appendVarchar(q.kind);
    a.appendVarchar(q.status);
    a.appendBigInt(BigInt(q.receivedAt.getTime()));
    appendMs(a, q.firstResponseAt);
    appendMs(a, q.respondedAt);
    appendMs(a, q.processedAt);
    appendMs(a, q.dueAt);
  });
  await append(c, "y_expenses", r.expenses, (a, e) => {
    a.appendVarchar(e.id);
    a.appendBigInt(BigInt(e.date.getTime()));
    money(a, e.amount, 2, `expense ${e.id} amount`);
    a.appendVarchar(e.currency);
    a.appendVarchar(e.category);
  });
  await append(c, "y_stage_changes", r.stageChanges, (a, s) => {
    a.appendVarchar(s.id);
    a.appendVarchar(s.dealId);
    a.appendVarchar(s.stage);
    a.appendBigInt(BigInt(s.enteredAt.getTime()));
  });
  await append(c, "y_close_changes", r.closeDateChanges, (a, s) => {
    a.appendVarchar(s.id);
    a.appendVarchar(s.dealId);
    a.appendBigInt(BigInt(s.expectedCloseDate.getTime()));
    a.appendBigInt(BigInt(s.changedAt.getTime()));
  });
  await append(c, "y_targets", r.revenueTargets, (a, t) => {
    a.appendVarchar(t.id);
    a.appendVarchar(t.level);
    appendText(a, t.scopeId);
    a.appendBigInt(BigInt(t.start.getTime()));
    a.appendBigInt(BigInt(t.end.getTime()));
    money(a, t.amount, 2, `target ${t.id} amount`);
    a.appendVarchar(t.currency);
  });
}

/** SQL text of a list of texts. */
function list(values: readonly string[]): string {
  return values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ");
}

/**
 * The pipeline's forecast figures (2.3 with a forecast): company scope, read at `asOf`, for the
 * period `[from, to)`: realized orders before `asOf`, the company targets overlapping the period
 * (each inside it in this workload: not prorated), the deals open at `asOf` expected to close in
 * `[asOf's day, to)`, unweighted and weighted by their own probability, else their stage's.
 */
function forecastSql(w: ExtendedWorkload, asOf: number, actualTo: number | null): string {
  const from = w.year.start.getTime();
  const to = w.year.end.getTime();
  const dayStart = Math.floor(asOf / DAY_MS) * DAY_MS;
  const stages = [...w.stageProbabilities].map(([stage, p]) => `('${stage}', ${p.toFixed()}::${FINE})`).join(", ");
  return `
WITH probabilities(stage, p) AS (VALUES ${stages}),
due AS (
  SELECT d.amount, d.currency, coalesce(d.probability, p.p, 0) AS weight
  FROM y_deals d LEFT JOIN probabilities p USING (stage)
  WHERE d.created_ms <= ${asOf} AND (d.closed_ms IS NULL OR d.closed_ms > ${asOf})
    AND d.expected_ms >= ${Math.max(dayStart, from)} AND d.expected_ms < ${Math.max(dayStart, to)}
)
SELECT (SELECT sum(amount) FROM y_orders WHERE date_ms >= ${from} AND date_ms < ${Math.max(from, Math.min(to, asOf))}) AS realized,
       (SELECT sum(amount) FROM y_targets WHERE level = 'company' AND start_ms < ${to} AND end_ms > ${from}) AS target,
       (SELECT count(*) FROM due) AS deals, (SELECT sum(amount) FROM due) AS unweighted,
       (SELECT sum(amount * weight) FROM due) AS weighted,
       ${actualTo === null ? "NULL" : `(SELECT sum(amount) FROM y_orders WHERE date_ms >= ${from} AND date_ms < ${actualTo})`} AS actual,
       (SELECT min(currency) FROM due) AS cmin, (SELECT max(currency) FROM due) AS cmax`;
}

/**
 * The SQL of each indicator of the second half over the `y_` (and `x_offers`) tables.
 *
 * @param id - the indicator
 * @param w - the periods
 * @returns one query
 */
export function extendedMoreSql(id: MoreId, w: ExtendedWorkload): string {
  const from = w.period.start.getTime();
  const to = w.period.end.getTime();
  const inPeriod = (column: string): string => `${column} >= ${from} AND ${column} < ${to}`;
  switch (id) {
    case "negotiations":
      return `
SELECT (SELECT count(*) FROM x_offers WHERE ${inPeriod("issued_ms")}) AS offers,
       (SELECT count(*) FROM y_deals WHERE ${inPeriod("created_ms")}) AS deals,
       (SELECT count(*) FROM y_requests WHERE ${inPeriod("received_ms")}) AS received,
       (SELECT count(*) FROM y_requests WHERE status = 'processed' AND ${inPeriod("received_ms")}) AS processed`;
    case "representation-expense-ratio":
    case "margin-to-commercial-expenses": {
      const categories =
        id === "representation-expense-ratio"
          ? ["representation"]
          : ["representation", "travel", "commercial", "other"];
      // One row per month and the total: revenue (or margin) and the expenses of the categories.
      return `
WITH o AS (
  SELECT date_trunc('month', epoch_ms(date_ms)) AS m, amount, margin, currency FROM y_orders WHERE ${inPeriod("date_ms")}
), e AS (
  SELECT date_trunc('month', epoch_ms(date_ms)) AS m, amount, currency FROM y_expenses
  WHERE category IN (${list(categories)}) AND ${inPeriod("date_ms")}
), orders AS (
  SELECT ${MONTH_LABEL}, sum(amount) AS revenue, sum(margin) AS margin, count(*) AS orders, count(margin) AS with_margin,
         min(currency) AS cmin, max(currency) AS cmax
  FROM o GROUP BY GROUPING SETS ((m), ())
), expenses AS (
  SELECT ${MONTH_LABEL}, sum(amount) AS expenses, min(currency) AS cmin, max(currency) AS cmax
  FROM e GROUP BY GROUPING SETS ((m), ())
)
SELECT label, o.revenue, o.margin, o.orders, o.with_margin, x.expenses, o.cmin, o.cmax, x.cmin, x.cmax
FROM orders o FULL JOIN expenses x USING (label) ORDER BY label`;
    }
    case "tender-response-time":
    case "first-response-time": {
      const tender = id === "tender-response-time";
      const response = tender ? "responded_ms" : "coalesce(first_ms, responded_ms)";
      const kinds = tender ? ["tender", "specification"] : ["request"];
      // Answered (by the response instant), else closed without one (declined, or processed), else open at the period's end.
      return `
WITH r AS (
  SELECT ${response} AS response_ms, received_ms, status = 'declined' OR processed_ms IS NOT NULL AS closed
  FROM y_requests WHERE kind IN (${list(kinds)}) AND ${inPeriod("received_ms")}
)
SELECT count(*) AS received,
       count(response_ms) AS responded, sum(response_ms - received_ms) AS response_total, median(response_ms - received_ms) AS response_median,
       count(*) FILTER (response_ms IS NULL AND NOT closed) AS open,
       sum(${to} - received_ms) FILTER (response_ms IS NULL AND NOT closed) AS age_total,
       median(${to} - received_ms) FILTER (response_ms IS NULL AND NOT closed) AS age_median,
       count(*) FILTER (response_ms IS NULL AND closed) AS closed
FROM r`;
    }
    case "requests-on-time":
      // Judged at the period's end: answered (responded, else processed) by the deadline or not, still open past it.
      return `
WITH r AS (
  SELECT due_ms, coalesce(responded_ms, processed_ms) AS answer_ms, status
  FROM y_requests WHERE ${inPeriod("received_ms")}
)
SELECT count(*) AS received, count(*) FILTER (due_ms IS NULL) AS without_deadline,
       count(*) FILTER (answer_ms <= due_ms) AS on_time, count(*) FILTER (answer_ms > due_ms) AS late,
       count(*) FILTER (due_ms IS NOT NULL AND answer_ms IS NULL AND status = 'declined') AS closed_without_answer,
       count(*) FILTER (due_ms IS NOT NULL AND answer_ms IS NULL AND status <> 'declined' AND due_ms < ${to}) AS open_overdue,
       count(*) FILTER (due_ms IS NOT NULL AND answer_ms IS NULL AND status <> 'declined' AND due_ms >= ${to}) AS open_not_due
FROM r`;
    case "sales-velocity":
      // Its four factors over the period, open deals read at its end.
      return `
SELECT (SELECT count(*) FROM y_deals WHERE created_ms <= ${to} AND (closed_ms IS NULL OR closed_ms > ${to})) AS open,
       count(*) FILTER (status = 'won') AS won, count(*) FILTER (status = 'lost') AS lost,
       sum(amount) FILTER (status = 'won') AS won_amount,
       sum(closed_ms - created_ms) FILTER (status = 'won') AS cycle_total_ms,
       min(currency) AS cmin, max(currency) AS cmax
FROM y_deals WHERE status IN ('won', 'lost') AND ${inPeriod("closed_ms")}`;
    case "stage-conversion": {
      // A deal of the cohort reached stage k when it entered stage k or a later one.
      const ranks = w.stages.map((stage, k) => `('${stage}', ${k})`).join(", ");
      return `
WITH ranks(stage, k) AS (VALUES ${ranks}),
furthest AS (
  SELECT s.deal_id, max(r.k) AS k
  FROM y_stage_changes s JOIN ranks r USING (stage) JOIN y_deals d ON d.id = s.deal_id
  WHERE ${inPeriod("d.created_ms")}
  GROUP BY s.deal_id
)
SELECT (SELECT count(*) FROM y_deals WHERE ${inPeriod("created_ms")}) AS cohort,
       ${w.stages.map((_, k) => `count(*) FILTER (k >= ${k})`).join(", ")}
FROM furthest`;
    }
    case "slipped-deals":
      // Each change after the first that moved the expected close later (in UTC days), changed in the period.
      return `
WITH changes AS (
  SELECT deal_id, changed_ms,
         expected_ms // ${DAY_MS} - lag(expected_ms // ${DAY_MS}) OVER (PARTITION BY deal_id ORDER BY changed_ms, id) AS moved
  FROM y_close_changes WHERE changed_ms < ${to}
), slipped AS (
  SELECT deal_id, sum(moved) AS days FROM changes WHERE changed_ms >= ${from} AND moved > 0 GROUP BY deal_id
)
SELECT count(*) AS deals, sum(d.amount) AS amount, sum(s.days) AS days, min(d.currency) AS cmin, max(d.currency) AS cmax
FROM slipped s JOIN y_deals d ON d.id = s.deal_id`;
    case "attainment-distribution": {
      // Each seller's revenue in the year over its seller target for the year (each inside it: not prorated).
      const yearFrom = w.year.start.getTime();
      const yearTo = w.year.end.getTime();
      return `
WITH revenue AS (
  SELECT seller_id, sum(amount) AS revenue FROM y_orders WHERE date_ms >= ${yearFrom} AND date_ms < ${yearTo} GROUP BY seller_id
), target AS (
  SELECT scope_id AS seller_id, sum(amount) AS target FROM y_targets
  WHERE level = 'seller' AND start_ms < ${yearTo} AND end_ms > ${yearFrom} GROUP BY scope_id
)
SELECT seller_id, coalesce(r.revenue, 0) AS revenue, t.target FROM revenue r FULL JOIN target t USING (seller_id)
ORDER BY seller_id`;
    }
    case "pipeline-coverage":
      return forecastSql(w, w.asOf.getTime(), null);
    case "forecast-accuracy":
      return forecastSql(w, w.asOf.getTime(), w.year.end.getTime());
  }
}

/** The one row of a query that returns one. */
function one(rows: Rows): DuckDBValue[] {
  const [row] = rows;
  if (row === undefined || rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
  return row;
}

/**
 * DuckDB's figures from a second-half indicator's rows.
 *
 * @throws Error when a group summed two currencies
 */
export function expectedExtendedMoreFigures(id: MoreId, rows: Rows, w: ExtendedWorkload): ExpectedFigures {
  const f: ExpectedFigures = new Map();
  switch (id) {
    case "negotiations": {
      const [offers, deals, received, processed] = one(rows);
      put(f, "offersIssued", z(offers));
      put(f, "dealsCreated", z(deals));
      put(f, "proposalRate", fraction(z(offers), z(deals)));
      put(f, "received", z(received));
      put(f, "processed", z(processed));
      put(f, "processingRate", fraction(z(processed), z(received)));
      return f;
    }
    case "representation-expense-ratio":
    case "margin-to-commercial-expenses": {
      let previous: { spent: string; base: string } | null = null;
      for (const [label, revenue, margin, orders, withMargin, expenses, cmin, cmax, emin, emax] of rows) {
        const l = z(label);
        checkCurrency(`${id} orders ${l}`, cmin ?? null, cmax ?? null);
        checkCurrency(`${id} expenses ${l}`, emin ?? null, emax ?? null);
        put(f, `expenses|${l}`, z(expenses));
        if (id === "margin-to-commercial-expenses") {
          put(f, `margin|${l}`, z(margin));
          put(f, `withMargin|${l}`, z(withMargin));
          put(f, `withoutMargin|${l}`, new D60(z(orders)).minus(z(withMargin)).toFixed());
          put(f, `ratio|${l}`, fraction(z(margin), z(expenses)));
          continue;
        }
        put(f, `revenue|${l}`, z(revenue));
        put(f, `ratio|${l}`, fraction(z(expenses), z(revenue)));
        if (l === "total") continue;
        // Rows come in label order: the change is against the month before (none for the first).
        const now = { spent: z(expenses), base: z(revenue) };
        if (previous !== null && !new D60(now.base).isZero() && !new D60(previous.base).isZero()) {
          const num = new D60(now.spent).times(previous.base).minus(new D60(previous.spent).times(now.base));
          put(f, `change|${l}`, fraction(num, new D60(now.base).times(previous.base), DIGITS));
        }
        previous = now;
      }
      return f;
    }
    case "tender-response-time":
    case "first-response-time": {
      const unitMs = id === "tender-response-time" ? DAY_MS : HOUR_MS;
      const [received, responded, responseTotal, responseMedian, open, ageTotal, ageMedian, closed] = one(rows);
      put(f, "received", z(received));
      durationStats(f, "responded", z(responded), z(responseTotal), v(responseMedian), unitMs);
      durationStats(f, "open", z(open), z(ageTotal), v(ageMedian), unitMs);
      put(f, "closedWithoutResponse", z(closed));
      return f;
    }
    case "requests-on-time": {
      const [received, withoutDeadline, onTime, late, closedWithout, openOverdue, openNotDue] = one(rows);
      put(f, "received", z(received));
      put(f, "withoutDeadline", z(withoutDeadline));
      put(f, "onTime", z(onTime));
      put(f, "late", z(late));
      put(f, "openOverdue", z(openOverdue));
      put(f, "openNotDue", z(openNotDue));
      put(f, "closedWithoutAnswer", z(closedWithout));
      put(f, "share", fraction(z(onTime), new D60(z(onTime)).plus(z(late)).plus(z(openOverdue))));
      return f;
    }
    case "sales-velocity": {
      const [open, won, lost, wonAmount, cycleTotalMs, cmin, cmax] = one(rows);
      checkCurrency("sales-velocity", cmin ?? null, cmax ?? null);
      const closed = new D60(z(won)).plus(z(lost));
      put(f, "openDeals", z(open));
      put(f, "winRate", fraction(z(won), closed));
      put(f, "averageDealSize", fraction(z(wonAmount), z(won)));
      put(f, "cycleCount", z(won));
      put(f, "cycleLengthDays", fraction(z(cycleTotalMs), new D60(z(won)).times(DAY_MS), DIGITS));
      // open x (won / closed) x (amount / won) / (total / (won x day)) = open x amount x won x day / (closed x total)
      put(
        f,
        "velocityPerDay",
        fraction(
          new D60(z(open)).times(z(wonAmount)).times(z(won)).times(DAY_MS),
          closed.times(z(cycleTotalMs)),
          DIGITS,
        ),
      );
      return f;
    }
    case "stage-conversion": {
      const [cohort, ...reached] = one(rows);
      put(f, "dealCount", z(cohort));
      w.stages.forEach((stage, k) => {
        put(f, `reached|${stage}`, z(reached[k]));
        if (k > 0) put(f, `step|${stage}`, fraction(z(reached[k]), z(reached[k - 1])));
      });
      put(f, "overall", fraction(z(reached[w.stages.length - 1]), z(reached[0])));
      return f;
    }
    case "slipped-deals": {
      const [deals, amount, days, cmin, cmax] = one(rows);
      checkCurrency("slipped-deals", cmin ?? null, cmax ?? null);
      put(f, "dealCount", z(deals));
      put(f, "amount", z(amount));
      put(f, "daysMoved", z(days));
      put(f, "meanDays", fraction(z(days), z(deals)));
      return f;
    }
    case "attainment-distribution": {
      const bands = new Map<string, number>();
      let withTarget = 0;
      let atOrAbove = 0;
      for (const [seller, revenue, target] of rows) {
        const goal = v(target);
        if (goal === null || new D60(goal).isZero()) continue;
        withTarget += 1;
        const attainment = new D60(z(revenue)).div(goal);
        put(f, `attainment|${z(seller)}`, fraction(z(revenue), goal));
        if (attainment.gte(1)) atOrAbove += 1;
        const band = attainment.lt("0.5")
          ? "below-0.5"
          : attainment.lt("0.8")
            ? "0.5-0.8"
            : attainment.lt(1)
              ? "0.8-1"
              : attainment.lte("1.2")
                ? "1-1.2"
                : "above-1.2";
        bands.set(band, (bands.get(band) ?? 0) + 1);
      }
      put(f, "sellers", String(rows.length));
      put(f, "sellersWithTarget", String(withTarget));
      put(f, "atOrAboveTarget", fraction(atOrAbove, withTarget));
      for (const [band, n] of bands) put(f, `band|${band}`, String(n));
      return f;
    }
    case "pipeline-coverage":
    case "forecast-accuracy": {
      const [realized, target, deals, unweighted, weighted, actual, cmin, cmax] = one(rows);
      checkCurrency(id, cmin ?? null, cmax ?? null);
      if (id === "forecast-accuracy") {
        const forecast = new D60(z(realized)).plus(z(weighted));
        const a = new D60(z(actual));
        put(f, "forecast", forecast.toFixed());
        put(f, "actual", a.toFixed());
        // max(0, 1 - |actual - forecast| / actual) = (actual - |actual - forecast|) / actual, when actual > 0
        if (a.gt(0)) {
          const num = a.minus(a.minus(forecast).abs());
          put(f, "accuracy", num.isNegative() ? "0" : fraction(num, a, DIGITS));
        }
        return f;
      }
      const remaining = Decimal.max(0, new D60(z(target)).minus(z(realized)));
      put(f, "realized", z(realized));
      put(f, "target", z(target));
      put(f, "remainingTarget", remaining.toFixed());
      put(f, "dealCountInWindow", z(deals));
      put(f, "unweightedInWindow", z(unweighted));
      if (!new D60(z(target)).isZero()) put(f, "coverage", fraction(z(unweighted), remaining));
      return f;
    }
  }
}
