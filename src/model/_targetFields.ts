import * as z from "zod";
import { registerFastPlan } from "./_fastRows.js";
import type { TargetLevel } from "./types.js";
import { requiredField, whenFieldsValid as whenValid } from "./_fields.js";
import { TARGET_LEVELS, type FieldSchema, type TargetScopeShape } from "./schemaOptions.js";
import { idField, optionalIdField, readEnum } from "./_textFields.js";

/**
 * Required target level field: `"seller"`, `"team"` or `"company"`.
 *
 * @returns the field schema
 * @example
 * ```ts
 * targetLevelField().parse("team"); //=> "team"
 * ```
 */
export function targetLevelField(): FieldSchema<TargetLevel> {
  return requiredField(readEnum(TARGET_LEVELS));
}

/** The part of a parsed target that {@link checkTargetScope} reads. */
interface ParsedTargetScope {
  readonly level: TargetLevel;
  readonly scopeId?: string | undefined;
  readonly start: Date;
  readonly end: Date;
}

/**
 * Adds the cross-field rules of targets to a target schema: `scopeId` is required for a seller or
 * team target and forbidden for the company's (issue on `scopeId`); `end` is after `start` (issue
 * on `end`). Each rule runs when the fields it reads are valid, so a row lists all its problems.
 *
 * @param schema - a target object schema
 * @returns the same schema with the checks added
 * @example
 * ```ts
 * withTargetScopeChecks(z.object({ ...shape })); // then parse({ level: "company", scopeId: "x", ... }) fails on scopeId
 * ```
 */
export function withTargetScopeChecks<S extends z.ZodObject<TargetScopeShape & z.core.$ZodLooseShape>>(schema: S): S {
  const checked = schema
    .superRefine(
      (value, ctx) => {
        const target = value as ParsedTargetScope;
        if (target.level === "company" && target.scopeId !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["scopeId"],
            message: "a company target has no scopeId (leave it empty)",
          });
        } else if (target.level !== "company" && target.scopeId === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["scopeId"],
            message: `required: a ${target.level} target needs the ${target.level} id in scopeId`,
          });
        }
      },
      { when: whenValid(["level", "scopeId"]) },
    )
    .superRefine(
      (value, ctx) => {
        const target = value as ParsedTargetScope;
        if (target.end.getTime() <= target.start.getTime()) {
          ctx.addIssue({
            code: "custom",
            path: ["end"],
            message: `end (${target.end.toISOString()}) must be after start (${target.start.toISOString()})`,
          });
        }
      },
      { when: whenValid(["start", "end"]) },
    );
  // The same two rules for the row fast path: scopeId exactly when the level is not "company", end after start.
  return registerFastPlan(checked, (record) => {
    const target = record as unknown as ParsedTargetScope;
    return (
      (target.level === "company") === (target.scopeId === undefined) && target.end.getTime() > target.start.getTime()
    );
  });
}

/**
 * Builds the fields shared by target shapes: `id`, `level`, `scopeId` (optional), `start`, `end`.
 *
 * @param instant - builds a required instant field (in the schema's zone)
 * @returns the fields
 * @example
 * ```ts
 * z.object({ ...targetScopeFields(() => instantField(resolved)), amount: moneyField(resolved) });
 * ```
 */
export function targetScopeFields(instant: () => FieldSchema<Date>): TargetScopeShape {
  return { id: idField(), level: targetLevelField(), scopeId: optionalIdField(), start: instant(), end: instant() };
}
