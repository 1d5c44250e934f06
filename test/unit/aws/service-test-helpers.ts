import type { TerraformStack } from "cdktf";
import { Monitoring, Notify, type MonitoringProps } from "../../../lib";
import { alarmsByName, synth, type Synthesized } from "../core/synth-helpers";

/** A synthesized stack with a facade that notifies both severities, and its alarms by name. */
export interface MonitoredStack extends Synthesized {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly alarms: Record<string, any>;
  /** `${aws_sns_topic.<id>.arn}` of the facade's topic for a severity. */
  topicArn(severity: "warning" | "critical"): string;
}

/**
 * Builds a stack (default provider eu-west-1), a `Monitoring` named `shop` whose critical and
 * warning alarms e-mail two addresses, lets `build` declare and monitor resources, and synthesizes.
 */
export function synthMonitored(
  build: (stack: TerraformStack, monitoring: Monitoring) => void,
  props: Partial<MonitoringProps> = {},
): MonitoredStack {
  const synthesized = synth((stack) => {
    const monitoring = new Monitoring(stack, "monitoring", {
      prefix: "shop",
      notify: {
        critical: [Notify.email("oncall@example.com")],
        warning: [Notify.email("team@example.com")],
      },
      dashboard: false,
      ...props,
    });
    build(stack, monitoring);
  });
  const topics = synthesized.json.resource.aws_sns_topic ?? {};
  return {
    ...synthesized,
    alarms: alarmsByName(synthesized.json),
    topicArn: (severity) => {
      const id = Object.keys(topics).find((k) => topics[k].name === `shop-${severity}`);
      if (!id) throw new Error(`no topic shop-${severity} in the stack`);
      return `\${aws_sns_topic.${id}.arn}`;
    },
  };
}
