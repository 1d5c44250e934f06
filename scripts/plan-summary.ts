/**
 * A short, human summary of a monitoring plan (`terraform show -json` output): what is created,
 * alarms per service and severity, dashboards, notification topics and their subscriptions.
 */
import type { TerraformPlanJson } from "../test/support/terraform";

/** What `npm run example` prints, as data. */
export interface PlanSummary {
  /** Number of resources the plan creates. */
  readonly toAdd: number;
  /** Creates per resource type, sorted by type. */
  readonly byType: ReadonlyMap<string, number>;
  /** Metric alarms per service (CloudWatch namespace without `AWS/`) and severity. */
  readonly alarms: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Names of composite alarms. */
  readonly compositeAlarms: readonly string[];
  /** Dashboards with their widget count (`undefined` when the body is only known after apply). */
  readonly dashboards: readonly { readonly name: string; readonly widgets: number | undefined }[];
  /** SNS topics with the `protocol endpoint` of each subscription. */
  readonly topics: readonly { readonly name: string; readonly subscriptions: readonly string[] }[];
}

interface ConfigResource {
  readonly address: string;
  readonly provider_config_key?: string;
  readonly expressions?: Record<string, { readonly references?: readonly string[] } | undefined>;
}

/** The synthesized configuration (`cdk.tf.json`) the plan was made from. */
export interface SynthesizedConfig {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
}

/**
 * Summarizes the creates of a plan. Dashboard bodies that reference other resources are unknown
 * in the plan; their widgets are counted in `synthesized` when it is given.
 */
export function summarizePlan(
  plan: TerraformPlanJson,
  synthesized?: SynthesizedConfig,
): PlanSummary {
  const creates = (plan.resource_changes ?? []).filter(
    (rc) => rc.mode === "managed" && rc.change.actions.includes("create"),
  );
  const byType = new Map<string, number>();
  for (const rc of creates) byType.set(rc.type, (byType.get(rc.type) ?? 0) + 1);

  const alarms = new Map<string, Map<string, number>>();
  for (const rc of creates.filter((c) => c.type === "aws_cloudwatch_metric_alarm")) {
    const after = rc.change.after ?? {};
    const service = alarmService(after);
    const severity = alarmSeverity(after);
    const perSeverity = alarms.get(service) ?? new Map<string, number>();
    perSeverity.set(severity, (perSeverity.get(severity) ?? 0) + 1);
    alarms.set(service, perSeverity);
  }

  const dashboards = creates
    .filter((c) => c.type === "aws_cloudwatch_dashboard")
    .map((c) => ({
      name: String(c.change.after?.dashboard_name ?? c.address),
      widgets: widgetCount(
        c.change.after?.dashboard_body ?? synthesized?.resource?.[c.type]?.[c.name]?.dashboard_body,
      ),
    }));

  const config = configResources(plan);
  const topicNames = new Map<string, string>();
  for (const rc of creates.filter((c) => c.type === "aws_sns_topic")) {
    const alias = /^aws\.(.+)$/.exec(config.get(rc.address)?.provider_config_key ?? "")?.[1];
    topicNames.set(
      rc.address,
      `${String(rc.change.after?.name ?? rc.address)}${alias ? ` (${alias})` : ""}`,
    );
  }
  const subscriptions = new Map<string, string[]>();
  for (const rc of creates.filter((c) => c.type === "aws_sns_topic_subscription")) {
    const refs = config.get(rc.address)?.expressions?.topic_arn?.references ?? [];
    const topic =
      refs.find((r) => topicNames.has(r)) ??
      String(rc.change.after?.topic_arn ?? "(existing topic)");
    const list = subscriptions.get(topic) ?? [];
    list.push(`${String(rc.change.after?.protocol)} ${String(rc.change.after?.endpoint)}`);
    subscriptions.set(topic, list);
  }
  const topics = [...topicNames].map(([address, name]) => ({
    name,
    subscriptions: (subscriptions.get(address) ?? []).sort(),
  }));
  for (const [topic, subs] of subscriptions) {
    if (!topicNames.has(topic)) topics.push({ name: topic, subscriptions: subs.sort() });
  }

  return {
    toAdd: creates.length,
    byType: new Map([...byType].sort(([a], [b]) => a.localeCompare(b))),
    alarms: new Map([...alarms].sort(([a], [b]) => a.localeCompare(b))),
    compositeAlarms: creates
      .filter((c) => c.type === "aws_cloudwatch_composite_alarm")
      .map((c) => String(c.change.after?.alarm_name ?? c.address))
      .sort(),
    dashboards: dashboards.sort((a, b) => a.name.localeCompare(b.name)),
    topics: topics.sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Renders a summary as the few lines `npm run example` prints. */
export function formatSummary(summary: PlanSummary): string {
  const lines: string[] = [];
  const alarmTotal = [...summary.alarms.values()]
    .flatMap((m) => [...m.values()])
    .reduce((a, b) => a + b, 0);
  lines.push(
    `Plan: ${summary.toAdd} to add (${alarmTotal} metric alarms, ${summary.compositeAlarms.length} composite).`,
  );
  lines.push("", "Alarms per service and severity:");
  const severities = [...new Set([...summary.alarms.values()].flatMap((m) => [...m.keys()]))].sort(
    severityOrder,
  );
  const width = Math.max(8, ...[...summary.alarms.keys()].map((s) => s.length));
  lines.push(`  ${"service".padEnd(width)}  ${severities.map((s) => s.padStart(8)).join("  ")}`);
  for (const [service, perSeverity] of summary.alarms) {
    const cells = severities.map((s) => String(perSeverity.get(s) ?? 0).padStart(8));
    lines.push(`  ${service.padEnd(width)}  ${cells.join("  ")}`);
  }
  const totals = severities.map((sev) =>
    String([...summary.alarms.values()].reduce((sum, m) => sum + (m.get(sev) ?? 0), 0)).padStart(8),
  );
  lines.push(`  ${"total".padEnd(width)}  ${totals.join("  ")}`);
  if (summary.compositeAlarms.length > 0) {
    lines.push("", `Composite alarms: ${summary.compositeAlarms.join(", ")}`);
  }
  lines.push("", `Dashboards: ${summary.dashboards.length}`);
  for (const d of summary.dashboards) {
    lines.push(
      `  ${d.name} (${d.widgets === undefined ? "widgets known after apply" : `${d.widgets} widgets`})`,
    );
  }
  lines.push("", `SNS topics: ${summary.topics.length}`);
  for (const t of summary.topics) {
    lines.push(
      `  ${t.name}: ${t.subscriptions.length ? t.subscriptions.join(", ") : "no subscriptions"}`,
    );
  }
  return lines.join("\n");
}

function alarmService(after: Record<string, unknown>): string {
  let namespace = typeof after.namespace === "string" ? after.namespace : undefined;
  if (!namespace && Array.isArray(after.metric_query)) {
    for (const query of after.metric_query as { metric?: { namespace?: string }[] }[]) {
      namespace = query.metric?.[0]?.namespace ?? namespace;
    }
  }
  return namespace ? namespace.replace(/^AWS\//, "") : "(unknown)";
}

function alarmSeverity(after: Record<string, unknown>): string {
  const tags = (after.tags ?? {}) as Record<string, unknown>;
  const tagged = Object.entries(tags).find(([k]) => k.toLowerCase() === "severity")?.[1];
  if (typeof tagged === "string") return tagged.toLowerCase();
  const name = typeof after.alarm_name === "string" ? after.alarm_name : "";
  return /-(critical|warning)$/.exec(name)?.[1] ?? "other";
}

function severityOrder(a: string, b: string): number {
  const rank = (s: string): number => ["critical", "warning"].indexOf(s) >>> 0;
  return rank(a) - rank(b) || a.localeCompare(b);
}

function widgetCount(body: unknown): number | undefined {
  if (typeof body !== "string") return undefined;
  try {
    const parsed = JSON.parse(body) as { widgets?: unknown[] };
    return parsed.widgets?.length;
  } catch {
    return undefined;
  }
}

function configResources(plan: TerraformPlanJson): Map<string, ConfigResource> {
  const root = (
    plan.configuration as { root_module?: { resources?: ConfigResource[] } } | undefined
  )?.root_module;
  return new Map((root?.resources ?? []).map((r) => [r.address, r]));
}
