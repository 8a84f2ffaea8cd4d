/**
 * The command line's text: the format layer's text report helpers (`textFormat`, `textTable`,
 * `textTitle`) under the names the command line's modules use.
 *
 * @internal
 * @module
 */
export {
  textFormat as formatFor,
  textTable as table,
  textTitle as title,
  type TextFormat as Format,
} from "../format/textReport.js";
