/**
 * The public part of the schema building blocks: options, field schema types and limits.
 *
 * @module
 */
export {
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  REQUIRED_MESSAGE,
  type FieldSchema,
  type OptionalFieldSchema,
  type SchemaOptions,
} from "./_fields.js";
export { TARGET_LEVELS, type TargetScopeShape } from "./_targetFields.js";
