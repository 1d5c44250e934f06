/**
 * Which resources deserve monitoring, and how alarms and targets point at them.
 *
 * An alarm watches a resource when one of its dimension values equals one of the resource's
 * identity attributes (`QueueName` = the queue's `name`) or references the resource in the
 * configuration (`${aws_sqs_queue.orders.name}`). A target watches a resource when one of its
 * attributes (address, name, tags) does the same.
 */

/** Supported resource types and the attributes that identify them in dimensions and targets. */
export const WATCHED_RESOURCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  aws_instance: ["id", "private_ip", "public_ip", "private_dns", "public_dns"],
  aws_db_instance: ["identifier", "address", "endpoint"],
  aws_rds_cluster: ["cluster_identifier", "endpoint", "reader_endpoint"],
  aws_lambda_function: ["function_name"],
  aws_sqs_queue: ["name", "url"],
  aws_dynamodb_table: ["name"],
  aws_ecs_service: ["name"],
  aws_lb: ["arn_suffix", "dns_name", "name"],
  aws_lb_target_group: ["arn_suffix"],
  aws_api_gateway_stage: ["invoke_url"],
  aws_apigatewayv2_stage: ["invoke_url"],
  aws_elasticache_cluster: ["cluster_id"],
  aws_elasticache_replication_group: ["replication_group_id", "primary_endpoint_address"],
  aws_elasticache_serverless_cache: ["name"],
  aws_sns_topic: ["name"],
  aws_sfn_state_machine: ["arn", "name"],
  aws_kinesis_stream: ["name"],
  aws_cloudfront_distribution: ["id", "domain_name"],
  aws_nat_gateway: ["id"],
  aws_ebs_volume: ["id"],
  aws_cloudfront_function: ["name", "arn"],
  aws_kinesis_stream_consumer: ["name", "arn"],
  // Azure alerts point at resources by id, in `scopes`.
  azurerm_linux_virtual_machine: ["id"],
  azurerm_windows_virtual_machine: ["id"],
  azurerm_key_vault: ["id"],
  azurerm_storage_account: ["id"],
  azurerm_lb: ["id"],
  azurerm_cosmosdb_account: ["id"],
  azurerm_postgresql_flexible_server: ["id"],
  azurerm_mssql_database: ["id"],
  azurerm_linux_web_app: ["id"],
  azurerm_windows_web_app: ["id"],
  azurerm_linux_function_app: ["id"],
  azurerm_windows_function_app: ["id"],
  azurerm_linux_virtual_machine_scale_set: ["id"],
  azurerm_windows_virtual_machine_scale_set: ["id"],
  azurerm_kubernetes_cluster: ["id"],
  azurerm_application_gateway: ["id"],
  azurerm_service_plan: ["id"],
  azurerm_servicebus_namespace: ["id"],
  azurerm_redis_cache: ["id"],
};

/** True for the types listed in {@link WATCHED_RESOURCE_TYPES} (and any `aws_elasticache_*`). */
export function isWatchedType(type: string): boolean {
  return type in WATCHED_RESOURCE_TYPES || type.startsWith("aws_elasticache_");
}

/** Identity values of a resource, from its attribute values. */
export function identityValues(type: string, values: Readonly<Record<string, unknown>>): string[] {
  const keys = WATCHED_RESOURCE_TYPES[type] ?? [];
  return keys
    .map((key) => values[key])
    .filter((v): v is string => typeof v === "string" && v !== "" && !v.includes("${"));
}

const REFERENCE = /\$\{\s*((?:module\.[\w-]+\.)*(?:data\.)?[a-z][\w]*\.[\w-]+)/g;

/**
 * Every string in an attribute value (recursively), and the resource addresses its
 * interpolations refer to (`${aws_sqs_queue.orders.name}` → `aws_sqs_queue.orders`).
 */
export function collectStrings(
  value: unknown,
  into: { strings: Set<string>; references: Set<string> },
): void {
  if (typeof value === "string") {
    into.strings.add(value);
    if (value.includes("${"))
      for (const match of value.matchAll(REFERENCE)) into.references.add(match[1]!);
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, into);
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) collectStrings(item, into);
  }
}

/** The attributes of an alarm or target that point at what it watches. */
export const POINTING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  aws_cloudwatch_metric_alarm: ["dimensions", "metric_query"],
  azurerm_monitor_metric_alert: ["scopes"],
  monitoring_target: ["name", "address", "tags", "display_name"],
};
