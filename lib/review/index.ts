// The review entry point, `cdktf-monitoring/review`: what the `review` and `coverage` commands
// compute, for scripts that read plans or synthesized stacks themselves.
export { reviewPlans, type ReviewInput } from "./review-plans";
export { parsePlan, PlanInputError, SUPPORTED_PLAN_FORMAT } from "./plan-parser";
export type {
  JsonValue,
  PlanAction,
  PlanChange,
  PlanConfigResource,
  PlanResourceChange,
  TerraformPlan,
} from "./plan-types";
export { readPlanFiles } from "./read-plan-file";
export { formatText, type TextFormatOptions } from "./format-text";
export { formatMarkdown, type MarkdownFormatOptions } from "./format-markdown";
export { formatJson } from "./format-json";
export { formatSarif, type LocateFlag } from "./format-sarif";
export { formatGithub } from "./format-github";
export { SourceLocations, type SourceLocation } from "./source-locations";
export {
  REVIEW_SCHEMA_VERSION,
  RISK_CODES,
  UNGROUPED,
  type FieldChange,
  type MonitoringChange,
  type MonitoringKind,
  type MonitoringReview,
  type ReviewAction,
  type ReviewedStack,
  type ReviewGroup,
  type ReviewValue,
  type RiskCode,
  type RiskFlag,
} from "./review-model";
export {
  COVERAGE_SCHEMA_VERSION,
  computeCoverage,
  formatCoverageText,
  readSynthesizedStacks,
  type TerraformJson,
  type CoverageReport,
  type CoverageResource,
  type CoverageTally,
} from "./coverage";
