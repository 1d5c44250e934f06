// The AWS entry point, `cdktf-monitoring/aws`: CloudWatch and SNS rendering options and the
// AWS service definitions. The package root re-exports its types (its values load every AWS
// service; the facade loads each on first use).
export type { MonitoringAlarm } from "./alarm-factory";
export type { NotifyOptions } from "./notification-topics";
export type { DashboardLayout, DashboardOptions } from "./dashboards";
export type { CompositeAlarmOptions } from "./composite-alarms";
export type { SloAlarms, SloBurnRateAlarm } from "./slo-alarms";
export { SloIndicators, type LatencyIndicatorOptions } from "./slo-indicators";
export type {
  DiscoverableServiceId,
  DiscoverableServices,
  DiscoveryDefaults,
  OptionsOf,
  WatchScopeOptions,
} from "../watch-scope-options";
export * from "./services";
export { CLOUDWATCH_ALARM_RULES } from "./cloudwatch-alarm-rules";
export { cloudWatch } from "./cloudwatch";
export type { AwsServiceDefinition } from "./aws-service-definition";
export * from "./ec2-instance";
export * from "./lambda-function";
export * from "./sqs-queue";
export * from "./rds-instance";
export * from "./ebs-volume";
export * from "./aurora-cluster";
export * from "./alb";
export * from "./alb-target-group";
export * from "./api-gateway-rest-stage";
export * from "./api-gateway-http-stage";
export * from "./dynamodb-table";
export * from "./ecs-service";
export * from "./elasticache-cluster";
export * from "./elasticache-replication-group";
export * from "./sns-topic";
export * from "./step-functions-state-machine";
export * from "./kinesis-stream";
export * from "./kinesis-stream-consumer";
export * from "./cloudfront-distribution";
export * from "./cloudfront-function";
export * from "./nat-gateway";
export * from "./billing";
export type { AccountMonitoringOptions } from "./account";
