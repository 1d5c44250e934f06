import type { CloudwatchCompositeAlarm } from "@cdktf/provider-aws/lib/cloudwatch-composite-alarm";
import type { TerraformProvider } from "cdktf";
import { Annotations } from "cdktf";
import type { Construct } from "constructs";
import { z } from "zod";
import type { MonitoringAlarm } from "./alarm-factory";
import { kebab } from "../core/alarm-naming";
import { constructId } from "../core/construct-id";
import type { RegionKey } from "./notification-topics";
import type { ConfigProblem } from "../core/config-error";
import { NAME_PATTERN, toProblems } from "../core/option-schema";
import { SEVERITIES, type Severity } from "../core/severity";
import { GROUP_TAG, SEVERITY_TAG } from "../core/tag-keys";
import { CLOUDWATCH_QUOTAS } from "./cloudwatch-quotas";
import { awsBindings } from "./provider-bindings";

/**
 * A composite alarm over the facade's alarms: "any <severity> alarm (in <group>) is firing".
 */
export interface CompositeAlarmOptions {
  /**
   * Only alarms of this service group.
   *
   * @default - alarms of every group
   */
  readonly group?: string;
  /**
   * Severity of the alarms it watches, and of its own notifications.
   *
   * @default "critical"
   */
  readonly severity?: Severity;
  /**
   * Description shown in notifications.
   *
   * @default - "Any <severity> alarm in <group> is firing."
   */
  readonly description?: string;
}

const MAX_RULE_LENGTH = CLOUDWATCH_QUOTAS.compositeRuleLength.limit;
const MAX_CHILDREN = CLOUDWATCH_QUOTAS.alarmsPerCompositeRule.limit;
/** `ALARM("")` and the ` OR ` before the next one: 13 characters besides the name. */
const RULE_OVERHEAD = 13;

/**
 * Creates the requested composite alarms from the (name-sorted) alarms, in the region of their
 * children; a rule over more alarms or characters than CloudWatch allows is split into parts
 * (`<name>-part-1`, ...) joined by the composite of the requested name.
 */
export function buildCompositeAlarms(
  scope: Construct,
  prefix: string,
  requests: readonly { readonly id: string; readonly options: CompositeAlarmOptions }[],
  alarms: readonly MonitoringAlarm[],
  actionsFor: (severity: Severity, region: RegionKey) => readonly string[],
  providerFor: (region: RegionKey) => TerraformProvider | undefined,
): void {
  for (const { id, options } of requests) {
    const severity = options.severity ?? "critical";
    const children = alarms.filter(
      (a) =>
        a.spec.severity === severity &&
        (options.group === undefined || a.spec.group === options.group),
    );
    if (children.length === 0) {
      Annotations.of(scope).addWarning(
        `Composite alarm "${id}" left out: no ${severity} alarm${options.group ? ` in group "${options.group}"` : ""}.`,
      );
      continue;
    }
    for (const region of ["default", "us-east-1"] as const) {
      const inRegion = children.filter((a) => (a.spec.region ?? "default") === region);
      if (inRegion.length === 0) continue;
      const suffix = region === "default" ? "" : `-${region}`;
      const name = `${prefix}-${kebab(id)}${suffix}`;
      const description =
        options.description ??
        `Any ${severity} alarm${options.group ? ` in ${options.group}` : ""} is firing.`;
      const actions = [...actionsFor(severity, region)];
      const provider = providerFor(region);
      const make = (
        cid: string,
        alarmName: string,
        rule: string,
        dependsOn: (CloudwatchCompositeAlarm | MonitoringAlarm)[],
      ) =>
        new awsBindings.CloudwatchCompositeAlarm(scope, constructId(cid), {
          alarmName,
          alarmRule: rule,
          alarmDescription: description,
          alarmActions: actions.length ? actions : undefined,
          okActions: actions.length ? actions : undefined,
          provider,
          tags: {
            [SEVERITY_TAG]: severity,
            ...(options.group ? { [GROUP_TAG]: options.group } : {}),
          },
          dependsOn: dependsOn.map((d) => ("alarm" in d ? d.alarm : d)),
        });
      const cid = `composite-${kebab(id)}${suffix}`;
      // A tree: leaves of at most 100 alarms (and 10,240 rule characters) each, parents over
      // at most 100 parts, up to one root with the requested name.
      let level: { name: string; dependsOn: CloudwatchCompositeAlarm | MonitoringAlarm }[] =
        inRegion.map((a) => ({ name: a.spec.name, dependsOn: a }));
      for (let depth = 1; ; depth++) {
        const parts = chunk(level);
        if (parts.length === 1) {
          make(
            cid,
            name,
            ruleOf(parts[0].map((p) => p.name)),
            parts[0].map((p) => p.dependsOn),
          );
          break;
        }
        const tag = depth === 1 ? "part" : `level-${depth}-part`;
        level = parts.map((p, i) => ({
          name: `${name}-${tag}-${i + 1}`,
          dependsOn: make(
            `${cid}-${tag}-${i + 1}`,
            `${name}-${tag}-${i + 1}`,
            ruleOf(p.map((c) => c.name)),
            p.map((c) => c.dependsOn),
          ),
        }));
      }
    }
  }
}

function ruleOf(names: readonly string[]): string {
  return names.map((n) => `ALARM(${JSON.stringify(n)})`).join(" OR ");
}

function chunk<T extends { readonly name: string }>(children: readonly T[]): T[][] {
  const parts: T[][] = [[]];
  let length = 0;
  for (const child of children) {
    const add = child.name.length + RULE_OVERHEAD;
    const current = parts[parts.length - 1];
    if (current.length > 0 && (current.length >= MAX_CHILDREN || length + add > MAX_RULE_LENGTH)) {
      parts.push([]);
      length = 0;
    }
    parts[parts.length - 1].push(child);
    length += add;
  }
  return parts;
}

const compositeSchema = z.strictObject({
  group: z.string({ error: "must be a service group name" }).optional(),
  severity: z
    .enum(["critical", "warning"], {
      error: (i) => `${JSON.stringify(i.input)} is not allowed; allowed: ${SEVERITIES.join(", ")}`,
    })
    .optional(),
  description: z.string().max(1024, { error: "must be at most 1024 characters" }).optional(),
});

/** Problems with an `addCompositeAlarm()` call. */
export function validateCompositeAlarm(id: string, options: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (typeof id !== "string" || !NAME_PATTERN.test(id) || id.length > 128) {
    problems.push({
      option: "id",
      message: `${JSON.stringify(id)} is not allowed; allowed: 1-128 characters A-Z a-z 0-9 _ . - starting with a letter or digit`,
    });
  }
  const result = compositeSchema.safeParse(options ?? {});
  if (!result.success)
    problems.push(...toProblems(result.error.issues, [], "group, severity, description"));
  return problems;
}
