/**
 * The one time zone of a computation, from the options' `timeZone` and the zones its periods carry.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";
import { assertTimeZone } from "./zone.js";

/** The zone a period-like value carries (`undefined` when it carries none or is not an object). */
function carriedZone(value: unknown, name: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const zone = (value as { readonly timeZone?: unknown }).timeZone;
  if (zone === undefined) return undefined;
  try {
    return assertTimeZone(zone);
  } catch (error) {
    if (error instanceof InvalidArgumentError)
      throw new InvalidArgumentError(`${name}.timeZone: ${error.message.replace(/^\[crm-kpi\] /, "")}`);
    throw error;
  }
}

/**
 * The zone a computation reads its calendar in. The options' `timeZone` when given; otherwise the
 * zone the periods carry (a period from `splitRange`, `periodContaining` or `parsePeriod` says the
 * zone it was read in, so the zone is said once); otherwise UTC.
 *
 * @param optionsZone - the options' `timeZone` (unchecked)
 * @param periods - the periods of the computation, each with the name of its option
 * @returns the checked zone
 * @throws InvalidArgumentError for an unknown zone, or when a period carries another zone than the
 *   options (or than another period), naming both zones
 */
export function reconcileTimeZone(
  optionsZone: unknown,
  periods: readonly (readonly [name: string, value: unknown])[],
): string {
  let zone: string | undefined = optionsZone === undefined ? undefined : assertTimeZone(optionsZone);
  let zoneSource = "the options' timeZone";
  for (const [name, value] of periods) {
    const carried = carriedZone(value, name);
    if (carried === undefined) continue;
    if (zone === undefined) {
      zone = carried;
      zoneSource = `${name}.timeZone`;
    } else if (carried !== zone) {
      throw new InvalidArgumentError(
        `${name} was built in time zone ${JSON.stringify(carried)} but ${zoneSource} is ${JSON.stringify(zone)}: build the period in ${JSON.stringify(zone)}, or leave timeZone out of the options to use the period's zone`,
      );
    }
  }
  return zone ?? "UTC";
}

/**
 * The periods an indicator's options carry, by option name: `period`, `range` and
 * `forecast.period` (read without checking them: their own checks come later).
 */
export function periodsOfOptions(options: object): [name: string, value: unknown][] {
  const record = options as { readonly period?: unknown; readonly range?: unknown; readonly forecast?: unknown };
  const periods: [string, unknown][] = [];
  if (record.period !== undefined) periods.push(["period", record.period]);
  if (record.range !== undefined) periods.push(["range", record.range]);
  const forecast = record.forecast;
  if (typeof forecast === "object" && forecast !== null) {
    const forecastPeriod = (forecast as { readonly period?: unknown }).period;
    if (forecastPeriod !== undefined) periods.push(["forecast.period", forecastPeriod]);
  }
  return periods;
}
