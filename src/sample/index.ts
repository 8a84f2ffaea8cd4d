/**
 * The sample dataset generator, published as the `crm-kpi/sample` subpath: a seeded, realistic
 * B2B sales dataset in euros ({@link generateSampleDataset}) and its raw-row form
 * ({@link toRawRows}).
 *
 * @module
 */
export {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_DEFAULT_SEED,
  type SampleDataset,
  type SampleDatasetOptions,
  type SampleHighlights,
  type SampleLossReasonCategory,
  type SampleRecords,
} from "./generateSampleDataset.js";
export {
  toRawRows,
  type SampleActivityRow,
  type SampleActivityTargetRow,
  type SampleDealRow,
  type SampleOrderRow,
  type SampleRawRows,
  type SampleRevenueTargetRow,
  type SampleSellerRow,
} from "./toRawRows.js";
