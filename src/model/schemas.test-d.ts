import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { Decimal } from "decimal.js";
import type { RowError } from "../errors/index.js";
import type { Activity, ActivityTarget, Deal, Order, RevenueTarget, Seller } from "./types.js";
import { ActivitySchema, createActivitySchema, type ActivitySchemaOutput, type RawActivity } from "./activitySchema.js";
import {
  ActivityTargetSchema,
  createActivityTargetSchema,
  type ActivityTargetSchemaOutput,
  type RawActivityTarget,
} from "./activityTargetSchema.js";
import { createDealSchema, DealSchema, type DealSchemaOutput, type RawDeal } from "./dealSchema.js";
import { createOrderSchema, OrderSchema, type OrderSchemaOutput, type RawOrder } from "./orderSchema.js";
import {
  createRevenueTargetSchema,
  RevenueTargetSchema,
  type RawRevenueTarget,
  type RevenueTargetSchemaOutput,
} from "./revenueTargetSchema.js";
import { createSellerSchema, SellerSchema, type RawSeller, type SellerSchemaOutput } from "./sellerSchema.js";
import { parseActivities } from "./parseActivities.js";
import { parseActivityTargets } from "./parseActivityTargets.js";
import { parseDeals } from "./parseDeals.js";
import { parseOrders } from "./parseOrders.js";
import { parseRevenueTargets } from "./parseRevenueTargets.js";
import { parseSellers } from "./parseSellers.js";
import { parseRows, type ParseOptions, type ParseResult } from "./parseRows.js";

describe("schema outputs are the domain records", () => {
  it("each output type is assignable to its record type", () => {
    expectTypeOf<SellerSchemaOutput>().toExtend<Seller>();
    expectTypeOf<OrderSchemaOutput>().toExtend<Order>();
    expectTypeOf<RevenueTargetSchemaOutput>().toExtend<RevenueTarget>();
    expectTypeOf<DealSchemaOutput>().toExtend<Deal>();
    expectTypeOf<ActivitySchemaOutput>().toExtend<Activity>();
    expectTypeOf<ActivityTargetSchemaOutput>().toExtend<ActivityTarget>();
    expectTypeOf<z.output<typeof SellerSchema>>().toEqualTypeOf<SellerSchemaOutput>();
    expectTypeOf<z.output<typeof ActivityTargetSchema>>().toEqualTypeOf<ActivityTargetSchemaOutput>();
  });

  it("the factories return the same schema types as the ready instances", () => {
    expectTypeOf(createSellerSchema()).toEqualTypeOf(SellerSchema);
    expectTypeOf(createOrderSchema({ timeZone: "Europe/Paris" })).toEqualTypeOf(OrderSchema);
    expectTypeOf(createRevenueTargetSchema()).toEqualTypeOf(RevenueTargetSchema);
    expectTypeOf(createDealSchema({ decimalComma: true })).toEqualTypeOf(DealSchema);
    expectTypeOf(createActivitySchema()).toEqualTypeOf(ActivitySchema);
    expectTypeOf(createActivityTargetSchema()).toEqualTypeOf(ActivityTargetSchema);
  });

  it("fields have their domain types", () => {
    expectTypeOf<OrderSchemaOutput["amount"]>().toEqualTypeOf<Decimal>();
    expectTypeOf<OrderSchemaOutput["date"]>().toEqualTypeOf<Date>();
    expectTypeOf<OrderSchemaOutput["margin"]>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<DealSchemaOutput["status"]>().toEqualTypeOf<"open" | "won" | "lost">();
    expectTypeOf<DealSchemaOutput["probability"]>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<DealSchemaOutput["expectedCloseDate"]>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<RevenueTargetSchemaOutput["level"]>().toEqualTypeOf<"seller" | "team" | "company">();
    expectTypeOf<ActivitySchemaOutput["durationMinutes"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ActivityTargetSchemaOutput["count"]>().toEqualTypeOf<Decimal>();
  });

  it("raw forms are accepted by the schemas' input types", () => {
    expectTypeOf<RawSeller>().toExtend<z.input<typeof SellerSchema>>();
    expectTypeOf<RawOrder>().toExtend<z.input<typeof OrderSchema>>();
    expectTypeOf<RawRevenueTarget>().toExtend<z.input<typeof RevenueTargetSchema>>();
    expectTypeOf<RawDeal>().toExtend<z.input<typeof DealSchema>>();
    expectTypeOf<RawActivity>().toExtend<z.input<typeof ActivitySchema>>();
    expectTypeOf<RawActivityTarget>().toExtend<z.input<typeof ActivityTargetSchema>>();
  });
});

describe("parse functions", () => {
  it("return typed results", () => {
    expectTypeOf(parseSellers).returns.toEqualTypeOf<ParseResult<Seller>>();
    expectTypeOf(parseOrders).returns.toEqualTypeOf<ParseResult<Order>>();
    expectTypeOf(parseRevenueTargets).returns.toEqualTypeOf<ParseResult<RevenueTarget>>();
    expectTypeOf(parseDeals).returns.toEqualTypeOf<ParseResult<Deal>>();
    expectTypeOf(parseActivities).returns.toEqualTypeOf<ParseResult<Activity>>();
    expectTypeOf(parseActivityTargets).returns.toEqualTypeOf<ParseResult<ActivityTarget>>();
    expectTypeOf<ParseResult<Order>["errors"]>().toEqualTypeOf<RowError[]>();
    expectTypeOf<ParseResult<Order>["inputCount"]>().toEqualTypeOf<number>();
  });

  it("take readonly unknown rows and the parse options", () => {
    expectTypeOf(parseOrders).parameter(0).toEqualTypeOf<readonly unknown[]>();
    expectTypeOf(parseOrders).parameter(1).toEqualTypeOf<ParseOptions | undefined>();
    expectTypeOf<ParseOptions["mode"]>().toEqualTypeOf<"collect" | "fail-fast" | undefined>();
    expectTypeOf<ParseOptions["unknownKeys"]>().toEqualTypeOf<"ignore" | "reject" | undefined>();
  });

  it("the generic engine infers the record type from the schema", () => {
    expectTypeOf(parseRows(DealSchema, [])).toEqualTypeOf<ParseResult<DealSchemaOutput>>();
    // @ts-expect-error -- a non-object schema is not a row schema
    parseRows({} as z.ZodString, []);
  });
});

describe("parse options of real exports (issue 9, item 4)", () => {
  it("takes the thousands separators, a date format and a first line; row errors may carry a line", () => {
    expectTypeOf<ParseOptions["thousandsSeparator"]>().toEqualTypeOf<
      " " | "\u00A0" | "\u202F" | "." | "," | "'" | undefined
    >();
    expectTypeOf<ParseOptions["dateFormat"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ParseOptions["firstLine"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RowError["line"]>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error: "_" is not a thousands separator
    parseOrders([], { thousandsSeparator: "_" });
  });
});
