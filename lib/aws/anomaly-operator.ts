/**
 * The comparison of an anomaly-detection alarm for the side a static comparison watches: above
 * the band for "greater than" alarms, below it for "less than" alarms.
 */
export const ANOMALY_OPERATOR = {
  GreaterThanThreshold: "GreaterThanUpperThreshold",
  GreaterThanOrEqualToThreshold: "GreaterThanUpperThreshold",
  LessThanThreshold: "LessThanLowerThreshold",
  LessThanOrEqualToThreshold: "LessThanLowerThreshold",
} as const;
