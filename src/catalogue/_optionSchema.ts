/**
 * The one builder of the catalogue's option schemas and of what the definitions share around
 * them: an indicator's window (a period, or a range split into buckets, with an optional `asOf`),
 * the common options, and only what differs per indicator; the window read into the function's
 * options; the window a report gives. Each file of `definitions/` declares what differs.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import type { Period } from "../period/types.js";
import {
  asOfOption,
  commonShape,
  grainField,
  instantField,
  periodField,
  periodOption,
  reportOptionsOf,
  roster,
} from "./_optionFields.js";
import type { ReportRequest } from "./defineIndicator.js";
import type { IndicatorData } from "./indicatorData.js";
import type { InstantInput, PeriodInput } from "./optionInputs.js";

/** The window of an indicator read over one period: the period and an optional `asOf`. */
export const periodWindow = { period: periodField, asOf: instantField.exactOptional() };

/** The window of an indicator read over a range split into buckets: the range, its grain and `asOf`. */
export const rangeWindow = {
  range: periodField,
  grain: grainField.exactOptional(),
  asOf: instantField.exactOptional(),
};

/** The calendar and explain options without money or scope (indicators that read no amount per seller). */
export const calendarShape = {
  timeZone: commonShape.timeZone,
  fiscalYearStartMonth: commonShape.fiscalYearStartMonth,
  explain: commonShape.explain,
};

/**
 * An indicator's strict option schema: its window, the common options (calendar, money, scope,
 * explain; or `common` when it takes fewer) and its own options (`extra`). An unknown option is
 * an error naming the indicator (`checkOptions`).
 */
export function optionSchema<Window extends z.ZodRawShape>(
  window: Window,
): z.ZodObject<Window & typeof commonShape, z.core.$strict>;
/** With the indicator's own options (`extra`). */
export function optionSchema<Window extends z.ZodRawShape, Extra extends z.ZodRawShape>(
  window: Window,
  extra: Extra,
): z.ZodObject<Window & typeof commonShape & Extra, z.core.$strict>;
/** With fewer common options than the usual ones (`common`). */
export function optionSchema<Window extends z.ZodRawShape, Extra extends z.ZodRawShape, Common extends z.ZodRawShape>(
  window: Window,
  extra: Extra,
  common: Common,
): z.ZodObject<Window & Common & Extra, z.core.$strict>;
export function optionSchema(
  window: z.ZodRawShape,
  extra?: z.ZodRawShape,
  common?: z.ZodRawShape,
): z.ZodObject<z.ZodRawShape, z.core.$strict> {
  return z.strictObject({ ...window, ...extra, ...(common ?? commonShape) });
}

/** The calendar options a window is read in. */
interface WindowCalendar {
  readonly timeZone?: string;
  readonly fiscalYearStartMonth?: number;
}

/**
 * The function's options of a period indicator: the period read in the options' calendar,
 * `asOf` in the computation's zone (the options', else the period's), the roster from the data.
 *
 * @throws `InvalidIndicatorOptionsError` naming the indicator, for a period or `asOf` that does not read
 */
export function periodCall<T extends WindowCalendar & { readonly period: PeriodInput; readonly asOf?: InstantInput }>(
  id: string,
  data: IndicatorData,
  { period, asOf, ...options }: T,
): Omit<T, "period" | "asOf"> & ReturnType<typeof roster> & { readonly period: Period; readonly asOf?: Date } {
  const measured = periodOption(id, "period", period, options);
  return {
    ...options,
    ...roster(data),
    period: measured,
    ...asOfOption(id, asOf, options.timeZone ?? measured.timeZone),
  };
}

/**
 * The function's options of a range indicator: the range and `asOf` read as {@link periodCall}
 * reads a period, the roster from the data.
 *
 * @throws `InvalidIndicatorOptionsError` naming the indicator, for a range or `asOf` that does not read
 */
export function rangeCall<T extends WindowCalendar & { readonly range: PeriodInput; readonly asOf?: InstantInput }>(
  id: string,
  data: IndicatorData,
  { range, asOf, ...options }: T,
): Omit<T, "range" | "asOf"> & ReturnType<typeof roster> & { readonly range: Period; readonly asOf?: Date } {
  const measured = periodOption(id, "range", range, options);
  return {
    ...options,
    ...roster(data),
    range: measured,
    ...asOfOption(id, asOf, options.timeZone ?? measured.timeZone),
  };
}

/** The report's options a period indicator takes: the report's period and `asOf`, and the `parts` named. */
export function periodReport<const Part extends "calendar" | "money" | "dayCount">(
  request: ReportRequest,
  ...parts: readonly Part[]
): { readonly period: Period; readonly asOf: Date } & ReturnType<typeof reportOptionsOf<Part>> {
  return { period: request.period, asOf: request.asOf, ...reportOptionsOf(request, ...parts) };
}

/** The report's options a range indicator takes: the report's period as its range, `asOf`, and the `parts` named. */
export function rangeReport<const Part extends "calendar" | "money" | "dayCount">(
  request: ReportRequest,
  ...parts: readonly Part[]
): { readonly range: Period; readonly asOf: Date } & ReturnType<typeof reportOptionsOf<Part>> {
  return { range: request.period, asOf: request.asOf, ...reportOptionsOf(request, ...parts) };
}
