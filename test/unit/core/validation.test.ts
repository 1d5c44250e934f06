import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { describe, expect, it } from "vitest";
import {
  type Ec2InstanceMonitoringOptions,
  Monitoring,
  MonitoringConfigError,
  Notify,
  type MonitoringProps,
} from "../../../lib";
import { ami, synth } from "./synth-helpers";

function ec2Error(options: unknown): MonitoringConfigError {
  try {
    synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", { prefix: "p" }).monitorEc2Instance(
        web,
        options as Ec2InstanceMonitoringOptions,
      );
    });
  } catch (e) {
    if (e instanceof MonitoringConfigError) return e;
    throw e;
  }
  throw new Error("expected a MonitoringConfigError");
}

function propsError(props: unknown): MonitoringConfigError {
  try {
    synth((stack) => new Monitoring(stack, "monitoring", props as MonitoringProps));
  } catch (e) {
    if (e instanceof MonitoringConfigError) return e;
    throw e;
  }
  throw new Error("expected a MonitoringConfigError");
}

describe("option validation", () => {
  it.each([
    [
      "negative threshold",
      { cpuUtilization: { critical: -1 } },
      "cpuUtilization.critical",
      "allowed: a number >= 0",
    ],
    [
      "percentage where none is allowed",
      { cpuUtilization: { critical: "10%" } },
      "cpuUtilization.critical",
      "allowed: a number >= 0",
    ],
    [
      "period 7",
      { cpuUtilization: { period: 7 } },
      "cpuUtilization.period",
      "allowed: 10, 30 or a multiple of 60",
    ],
    [
      "datapoints > evaluation periods",
      { statusCheckFailed: { datapointsToAlarm: 5, evaluationPeriods: 3 } },
      "statusCheckFailed.datapointsToAlarm",
      "allowed: 1..3",
    ],
    [
      "unknown option",
      { cpuUtilisation: { critical: 90 } },
      "cpuUtilisation",
      "allowed: alarmDefaults, cpuUtilization, diskUsedPercent",
    ],
    [
      "unknown alarm option",
      { cpuUtilization: { threshold: 90 } },
      "cpuUtilization.threshold",
      "allowed: warning, critical, period",
    ],
    [
      "bad statistic",
      { cpuUtilization: { statistic: "Mean" } },
      "cpuUtilization.statistic",
      "allowed: Average, Sum",
    ],
    [
      "bad missing-data treatment",
      { cpuUtilization: { treatMissingData: "zero" } },
      "cpuUtilization.treatMissingData",
      "allowed: missing, notBreaching",
    ],
    [
      "malformed runbook URL",
      { cpuUtilization: { runbookUrl: "not a url" } },
      "cpuUtilization.runbookUrl",
      "http(s) URL",
    ],
    [
      "alarm option that is not an object",
      { cpuUtilization: 90 },
      "cpuUtilization",
      "must be an object; allowed: warning",
    ],
    [
      "too long in total",
      { cpuUtilization: { period: 3600, evaluationPeriods: 169 } },
      "cpuUtilization.evaluationPeriods",
      "at most 604800 s",
    ],
    [
      "anomaly band with a static threshold",
      { cpuUtilization: { critical: 90, anomalyDetection: { critical: 2 } } },
      "cpuUtilization.anomalyDetection",
      "allowed: one of the two",
    ],
    [
      "an Azure dynamic-threshold sensitivity instead of a band width",
      { cpuUtilization: { anomalyDetection: { warning: "Medium" } } },
      "cpuUtilization.anomalyDetection.warning",
      '"Medium" is not allowed; allowed: a band width in standard deviations, a number > 0',
    ],
    [
      "ignoreDataBefore, which CloudWatch anomaly detection does not have",
      {
        cpuUtilization: {
          anomalyDetection: { warning: 2, ignoreDataBefore: "2026-12-01T00:00:00Z" },
        },
      },
      "cpuUtilization.anomalyDetection.ignoreDataBefore",
      "unknown option; allowed:",
    ],
    [
      "evaluation frequency, which CloudWatch does not have",
      { cpuUtilization: { frequency: 60 } },
      "cpuUtilization.frequency",
      "is not allowed on CloudWatch; allowed: omit it",
    ],
  ])(
    "rejects %s with the construct path, the option and the allowed values",
    (_what, options, option, allowed) => {
      const error = ec2Error(options);
      expect(error.message).toContain("stack/web");
      expect(error.message).toContain("monitorEc2Instance()");
      expect(error.problems.map((p) => p.option)).toContain(option);
      expect(error.message).toContain(allowed);
    },
  );

  it("rejects a percentage above 100 where percentages are allowed", () => {
    expect(() =>
      synth((stack) => {
        const q = new SqsQueue(stack, "q", {});
        new Monitoring(stack, "monitoring", { prefix: "p" }).monitorSqsQueue(q, {
          ageOfOldestMessage: { critical: "150%" },
        });
      }),
    ).toThrow(
      /stack\/q[\s\S]*ageOfOldestMessage\.critical: "150%" is not allowed; allowed: a number >= 0, a percentage "0%".."100%"/,
    );
  });

  it("reports every problem at once", () => {
    const error = ec2Error({ cpuUtilization: { period: 7, critical: -5 }, bogus: 1 });
    expect(error.problems.map((p) => p.option).sort()).toEqual([
      "bogus",
      "cpuUtilization.critical",
      "cpuUtilization.period",
    ]);
  });

  it("rejects an alarm that needs a threshold when none is given", () => {
    expect(() =>
      synth((stack) => {
        const q = new SqsQueue(stack, "q", {});
        new Monitoring(stack, "monitoring", { prefix: "p" }).monitorSqsQueue(q, {
          messagesVisible: {},
        });
      }),
    ).toThrow(/messagesVisible: enables no alarm[\s\S]*allowed: set warning and\/or critical/);
  });

  it.each([
    [
      "malformed email",
      { prefix: "p", notify: { critical: [Notify.email("oncall-at-example")] } },
      "notify.critical[0]",
      "allowed: name@domain.tld",
    ],
    [
      "http webhook",
      { prefix: "p", notify: { warning: [Notify.webhook("http://hooks.example.com/x")] } },
      "notify.warning[0]",
      "https://",
    ],
    [
      "malformed topic ARN",
      { prefix: "p", notify: { critical: [Notify.topicArn("arn:aws:sqs:x")] } },
      "notify.critical[0]",
      "arn:aws:sns:",
    ],
    [
      "unknown severity",
      { prefix: "p", notify: { info: [] } },
      "notify.info",
      "allowed: critical, warning",
    ],
    ["bad prefix", { prefix: "shop prod" }, "prefix", "A-Z a-z 0-9"],
    [
      "unknown facade option",
      { prefix: "p", dashbord: false },
      "dashbord",
      "allowed: prefix, notify",
    ],
    [
      "dashboard over CloudWatch's widget limit",
      { prefix: "p", dashboard: { maxWidgets: 600 } },
      "dashboard.maxWidgets",
      "allowed: a whole number 3..500",
    ],
    [
      "malformed dashboard start",
      { prefix: "p", dashboard: { start: "6h" } },
      "dashboard.start",
      "-PT6H",
    ],
    [
      "unknown dashboard option",
      { prefix: "p", dashboard: { widgets: 3 } },
      "dashboard.widgets",
      "allowed: perGroup, maxWidgets, start",
    ],
    ["missing prefix", {}, "prefix", "1-64 characters"],
    ["region that is not a string", { prefix: "p", region: 1 }, "region", "e.g. eu-west-1"],
    [
      "notifyOnOk that is not a boolean",
      { prefix: "p", notifyOnOk: "no" },
      "notifyOnOk",
      "true or false",
    ],
    [
      "usEast1Provider that is not a provider",
      { prefix: "p", usEast1Provider: "us-east-1" },
      "usEast1Provider",
      "must be an AwsProvider",
    ],
    [
      "unknown facade option, listing every key of the props schema",
      { prefix: "p", regoin: "eu-west-1" },
      "regoin",
      "allowed: prefix, notify, defaultGroup, dashboard, usEast1Provider, region, notifyOnOk, backend",
    ],
  ])("rejects facade props: %s", (_what, props, option, allowed) => {
    const error = propsError(props);
    expect(error.message).toContain("stack/monitoring");
    expect(error.problems.map((p) => p.option)).toContain(option);
    expect(error.message).toContain(allowed);
  });

  it("lists every problem of the facade props in one error", () => {
    const error = propsError({ prefix: "shop prod", notifyOnOk: 1, dashbord: false });
    expect(error.problems.map((p) => p.option).sort()).toEqual([
      "dashbord",
      "notifyOnOk",
      "prefix",
    ]);
  });
});
