import type { MonitoringProps } from "../monitoring";
import { MonitoringConfigError, type ConfigProblem } from "./config-error";
import { validateDashboardOptions } from "./dashboards";
import { validateNotify } from "./notify";
import { NAME_PATTERN } from "./option-schema";
import { SEVERITIES } from "./severity";
import { validateBackendOptions } from "./backend-options";

const PROPS_KEYS = [
  "prefix",
  "notify",
  "defaultGroup",
  "dashboard",
  "usEast1Provider",
  "region",
  "notifyOnOk",
  "backend",
];

/** Checks the facade's props; throws one error listing every problem, naming the facade's path. */
export function validateMonitoringProps(path: string, props: MonitoringProps): void {
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(props ?? {})) {
    if (!PROPS_KEYS.includes(key))
      problems.push({ option: key, message: `unknown option; allowed: ${PROPS_KEYS.join(", ")}` });
  }
  if (
    typeof props?.prefix !== "string" ||
    !NAME_PATTERN.test(props.prefix) ||
    props.prefix.length > 64
  ) {
    problems.push({
      option: "prefix",
      message: `${JSON.stringify(props?.prefix)} is not allowed; allowed: 1-64 characters A-Z a-z 0-9 _ . - starting with a letter or digit`,
    });
  }
  if (
    props?.defaultGroup !== undefined &&
    (!NAME_PATTERN.test(props.defaultGroup) || props.defaultGroup.length > 64)
  ) {
    problems.push({
      option: "defaultGroup",
      message: `${JSON.stringify(props.defaultGroup)} is not allowed; allowed: 1-64 characters A-Z a-z 0-9 _ . -`,
    });
  }
  problems.push(...validateDashboardOptions(props?.dashboard));
  problems.push(...validateBackendOptions(props?.backend));
  const notify = props?.notify ?? {};
  for (const key of Object.keys(notify)) {
    if (!(SEVERITIES as readonly string[]).includes(key)) {
      problems.push({
        option: `notify.${key}`,
        message: `unknown severity; allowed: ${SEVERITIES.join(", ")}`,
      });
    }
  }
  for (const severity of SEVERITIES) {
    const channels: unknown = notify[severity] ?? [];
    if (!Array.isArray(channels)) {
      problems.push({
        option: `notify.${severity}`,
        message: "must be a list of channels; allowed: [Notify.email(...), ...]",
      });
      continue;
    }
    channels.forEach((c, i) => problems.push(...validateNotify(c, `notify.${severity}[${i}]`)));
  }
  if (problems.length > 0) throw new MonitoringConfigError(path, "new Monitoring()", problems);
}
