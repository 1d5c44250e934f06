import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for a Service Bus namespace (`Microsoft.ServiceBus/namespaces`, scoped to the
 * namespace: all its queues and topics). AMBA has only unverified rows here; taken: dead-lettered
 * messages, server errors, throttling and send latency; off unless set: active messages (a backlog
 * only you can size) and the Premium-only CPU and memory metrics. Left out: user errors (missing
 * entities and other client mistakes count), `Size` (a share of each entity's maximum size) and the
 * message-count rows (their normal level is the traffic's).
 */
export const SERVICEBUS_NAMESPACE_ALARMS: readonly AlarmDefault[] = ambaAlerts(
  "ServiceBus/namespaces",
  [
    {
      key: "deadletteredMessages",
      metricName: "DeadletteredMessages",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 0 },
      period: 300,
      frequency: 60,
      unit: "messages",
      description: "Messages were moved to a dead-letter queue.",
      enabledByDefault: true,
      note: "AMBA unverified (29,194 rules): Average > 0 over PT5M every PT1M, severity 3 (warning).",
    },
    {
      key: "serverErrors",
      metricName: "ServerErrors",
      statistic: "Total",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 0 },
      period: 300,
      frequency: 60,
      unit: "errors",
      description: "Service Bus failed requests with server errors.",
      enabledByDefault: true,
      note: "AMBA unverified (3,184 rules): Total > 0 over PT5M every PT1M, severity 3 (warning).",
    },
    {
      key: "throttledRequests",
      metricName: "ThrottledRequests",
      statistic: "Total",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { critical: 10 },
      period: 300,
      frequency: 60,
      unit: "requests",
      description: "Requests were throttled.",
      enabledByDefault: true,
      note: "AMBA unverified (3,342 rules): Total > 10 over PT5M every PT1M, severity 0 (critical).",
    },
    {
      key: "serverSendLatency",
      metricName: "ServerSendLatency",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 500 },
      period: 300,
      frequency: 60,
      unit: "ms",
      description: "Sending a message is slow.",
      enabledByDefault: true,
      note: "AMBA unverified (420 rules): Average > 500 ms over PT5M every PT1M, severity 2 (warning).",
    },
    {
      key: "activeMessages",
      metricName: "ActiveMessages",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 100 },
      period: 300,
      frequency: 60,
      unit: "messages",
      description: "Messages pile up unprocessed.",
      enabledByDefault: false,
      note: "AMBA unverified (24,605 rules): Average > 100 over PT5M every PT1M, severity 3. Off by default: how big a backlog is normal depends on the consumers.",
    },
    {
      key: "namespaceCpuUsage",
      metricName: "NamespaceCpuUsage",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 85 },
      period: 900,
      frequency: 300,
      unit: "%",
      description: "The namespace's CPU is busy.",
      enabledByDefault: false,
      note: "AMBA unverified (2,328 rules): Average > 85 over PT15M every PT5M, severity 2. Off by default: Premium namespaces only.",
    },
    {
      key: "namespaceMemoryUsage",
      metricName: "NamespaceMemoryUsage",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 80 },
      period: 300,
      frequency: 60,
      unit: "%",
      description: "The namespace uses most of its memory.",
      enabledByDefault: false,
      note: "AMBA unverified (1,092 rules): Average > 80 over PT5M every PT1M, severity 2. Off by default: Premium namespaces only.",
    },
  ],
);
