import type { MonitoringReview } from "./review-model";

/** The review as the stable JSON document described by {@link MonitoringReview} (`schemaVersion` 1). */
export function formatJson(review: MonitoringReview): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}
