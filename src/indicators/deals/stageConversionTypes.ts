/**
 * The options and the result of {@link stageConversion}.
 *
 * @module
 */
import type { DealStageChange } from "../../model/dealHistory.js";
import type { Period } from "../../period/types.js";
import type { DealStageChangeTable } from "../../table/dealHistoryTables.js";
import type { IndicatorOptions, Ratio, Scope } from "../types.js";

/** Options of {@link stageConversion}. @category Deals */
export interface StageConversionOptions extends Omit<IndicatorOptions, "currency" | "exchangeRates"> {
  /** The pipeline's stages in order, first to last (at least two, each once). */
  readonly stages: readonly string[];
  /** The stage history (a CRM's stage changes), or its table. Absent or empty: the result says there is none. */
  readonly stageChanges?: readonly DealStageChange[] | DealStageChangeTable;
  /** Only deals created in this period (a cohort). Absent: every deal of the scope. */
  readonly period?: Period;
  /** Only stage changes at or before this instant count. Absent: all of them. */
  readonly asOf?: Date;
}

/** How many deals reached a stage: entered it, or any later stage of the list. @category Deals */
export interface StageReached {
  /** The stage. */
  readonly stage: string;
  /** Deals of the scope that reached it. */
  readonly dealCount: number;
}

/** The conversion from one stage to the next. @category Deals */
export interface StageConversionStep {
  /** The first stage of the pair. */
  readonly from: string;
  /** The next stage. */
  readonly to: string;
  /** Deals that reached `to` / deals that reached `from`; `null` with `none-reached` when no deal reached `from`. */
  readonly conversion: Ratio<"none-reached">;
}

/** Result of {@link stageConversion}. @category Deals */
export interface StageConversionResult {
  /** Stable indicator id. */
  readonly indicator: "stage-conversion";
  /** The figures are ratios. */
  readonly unit: "ratio";
  /** Whether a stage history was given; without one, `reached` and `steps` are empty and `reason` says why. */
  readonly history: boolean;
  /** `no-stage-history` when no history was given (nothing is guessed from the deals' current stage); else `null`. */
  readonly reason: "no-stage-history" | null;
  /** The stages, in order. */
  readonly stages: readonly string[];
  /** The cohort period, or `null`. */
  readonly period: Period | null;
  /** The `asOf` cut of the history, or `null`. */
  readonly asOf: Date | null;
  /** Who the figures are for. */
  readonly scope: Scope;
  /** Deals of the scope (in the cohort) the figures are over. */
  readonly dealCount: number;
  /** Per stage, the deals that reached it. */
  readonly reached: readonly StageReached[];
  /** Per consecutive pair of stages, the conversion. */
  readonly steps: readonly StageConversionStep[];
  /** Deals that reached the last stage / deals that reached the first; `null` without history. */
  readonly overall: Ratio<"none-reached" | "no-stage-history">;
}
