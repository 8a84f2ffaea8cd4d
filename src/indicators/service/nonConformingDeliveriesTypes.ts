/**
 * The options and result of `nonConformingDeliveries` (livraisons non conformes à la demande).
 *
 * @module
 */
import type { Period } from "../../period/types.js";
import type { Ratio } from "../types.js";
import type { ServiceOptions } from "./serviceTypes.js";

/** Options of {@link nonConformingDeliveries}. @category Service */
export type NonConformingDeliveriesOptions = ServiceOptions;

/** Non-conforming deliveries of one reason. @category Service */
export interface NonConformityByReason {
  /** The deliveries' `nonConformityReason`, or `null` when none was given. */
  readonly reason: string | null;
  /** Non-conforming deliveries with that reason. */
  readonly count: number;
}

/** The ids behind {@link NonConformingDeliveriesResult} (with `explain: true`). @category Service */
export interface NonConformingDeliveriesExplain {
  /** The deliveries marked non-conforming, in input order. */
  readonly nonConformingIds: readonly string[];
  /** The deliveries delivered without a verdict, in input order. */
  readonly notAssessedIds: readonly string[];
}

/** The result of {@link nonConformingDeliveries}. @category Service */
export interface NonConformingDeliveriesResult {
  /** Stable indicator id. */
  readonly indicator: "non-conforming-deliveries";
  /** The headline figure is a share. */
  readonly unit: "ratio";
  /** The `[start, end)` period measured. */
  readonly period: Period;
  /** The `asOf` used, or `null` (closed period). */
  readonly asOf: Date | null;
  /** Deliveries delivered in the period (the denominator). */
  readonly delivered: number;
  /** Of them, marked `conforming: false`. */
  readonly nonConforming: number;
  /** Of them, marked `conforming: true`. */
  readonly conforming: number;
  /** Of them, without a verdict. */
  readonly notAssessed: number;
  /** `nonConforming / delivered`; `null` with `no-deliveries` when nothing was delivered. */
  readonly share: Ratio<"no-deliveries">;
  /** The non-conforming deliveries by reason, most frequent first (then by reason, `null` last). */
  readonly byReason: readonly NonConformityByReason[];
  /** With `explain: true`: the deliveries behind the figures. */
  readonly explain?: NonConformingDeliveriesExplain;
}
