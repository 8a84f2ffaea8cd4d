/**
 * Catalogue indicators by id in SQL: every id whose plans compile, called with the options a report
 * gives it (`reportOptions`) over the parity suite's datasets, equal to `computeIndicator` on the
 * same records; every other id refused with `SqlNotSupportedError` naming it.
 */
import { expect } from "vitest";
import { Dec } from "../../src/money/dec.js";
import type { Period } from "../../src/period/types.js";
import type { Seller } from "../../src/model/types.js";
import { computeIndicator } from "../../src/catalogue/computeIndicator.js";
import { INDICATOR_DEFINITIONS } from "../../src/catalogue/registry.js";
import { SqlNotSupportedError } from "../../src/errors/index.js";
import { computeWithSql, type SqlCatalogueCall } from "../../src/sql/computeWithSql.js";
import { recordingQueries, type TestEngine } from "./engines.js";
import { load, outcome, periodsOf, type Dataset } from "./parity.js";

/** The catalogue ids computed in SQL (`docs/sql.md` lists them): their plans read orders, deals and activities only. */
export const SQL_CATALOGUE_IDS = [
  "revenue-vs-target",
  "revenue-per-seller",
  "pipeline",
  "activity-rate",
  "lost-deals",
  "new-customer-revenue",
  "customer-renewal-rate",
  "new-vs-existing-revenue",
  "attainment-distribution",
  "win-rate",
  "average-deal-size",
  "sales-cycle-length",
  "sales-velocity",
  "pipeline-coverage",
  "slipped-deals",
  "pipeline-ageing",
  "forecast-accuracy",
  "visited-customers",
  "visit-duration",
  "service-cancellations",
  "revenue-per-month-per-seller",
  "hours-sold",
  "discounts",
] as const;

const SELLERS: Seller[] = [
  { id: "ann", teamId: "north" },
  { id: "__proto__", teamId: "south" },
  { id: "bob", teamId: "north" },
];

/** The reference data of a dataset's calls: roster, targets, stage map, loss-reason categories. */
function referenceOf(data: Dataset): NonNullable<SqlCatalogueCall["data"]> {
  return {
    sellers: SELLERS,
    revenueTargets: data.revenueTargets,
    activityTargets: data.activityTargets,
    stageProbabilities: new Map([
      ["lead", new Dec("0.1")],
      ["proposal", new Dec("0.4")],
      ["negotiation", new Dec("0.7")],
    ]),
    lossReasonCategories: new Map([
      ["price", "offer"],
      ["timing", "market"],
    ]),
  };
}

/** Expects every SQL catalogue id on `data` to give in `engine` exactly `computeIndicator`'s result (or error). */
export async function expectCatalogueParity(engine: TestEngine, data: Dataset): Promise<void> {
  await load(engine, data);
  const { quarter, months } = periodsOf(data.zone);
  const reference = referenceOf(data);
  const records = { ...reference, orders: data.orders, deals: data.deals, activities: data.activities };
  const request = {
    period: quarter,
    asOf: new Date((months[5] as Period).start.getTime() + 3 * 86_400_000),
    timeZone: data.zone,
  };
  for (const id of SQL_CATALOGUE_IDS) {
    const definition = INDICATOR_DEFINITIONS.find((d) => d.id === id);
    if (definition === undefined) throw new Error(`no catalogue indicator ${id}`);
    const options = definition.reportOptions(request, records);
    const expected = await outcome(() => computeIndicator(id, records, options as never));
    const actual = await outcome(() =>
      computeWithSql(engine, { id, options, data: reference } as unknown as SqlCatalogueCall),
    );
    expect(actual, id).toEqual(expected);
    expect(JSON.stringify(actual), id).toBe(JSON.stringify(expected));
  }
}

/** Expects every other catalogue id refused before any query, naming the id and what it needs. */
export async function expectOthersRefused(engine: TestEngine): Promise<void> {
  const { engine: counting, queries } = recordingQueries(engine);
  const others = INDICATOR_DEFINITIONS.filter((d) => !(SQL_CATALOGUE_IDS as readonly string[]).includes(d.id));
  expect(others.length).toBeGreaterThan(0);
  for (const definition of others) {
    const call = { id: definition.id, options: {} } as unknown as SqlCatalogueCall;
    const error: unknown = await computeWithSql(counting, call).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, definition.id).toBeInstanceOf(SqlNotSupportedError);
    expect((error as SqlNotSupportedError).indicator).toBe(definition.id);
    expect((error as SqlNotSupportedError).missing).toMatch(/records, which have no SQL table/);
  }
  expect(queries).toEqual([]);
}
