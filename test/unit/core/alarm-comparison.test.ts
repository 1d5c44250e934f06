import { Instance } from "@cdktf/provider-aws/lib/instance";
import { describe, expect, it } from "vitest";
import { Monitoring, type AlarmDefault, type MonitoringConfigError } from "../../../lib";
import { linuxVm, synthAzure } from "../azure/azure-helpers";
import {
  configError,
  EVERY_SERVICE,
  entryOf,
  monitorCase,
  onEveryAlarm,
  type ServiceCase,
} from "./every-service";
import { ami, synth } from "./synth-helpers";

/** Each cloud's spelling of a comparison the other way round from the catalog's. */
const FLIPPED = {
  aws: { Greater: "LessThanOrEqualToThreshold", Less: "GreaterThanOrEqualToThreshold" },
  azure: { Greater: "LessThanOrEqual", Less: "GreaterThanOrEqual" },
} as const;
const SYMBOL = { LessThanOrEqualToThreshold: "<=", GreaterThanOrEqualToThreshold: ">=" } as const;
const OUTSIDE = { aws: "LessThanLowerOrGreaterThanUpperThreshold", azure: "GreaterOrLessThan" };

const direction = (e: AlarmDefault) =>
  e.comparisonOperator.startsWith("Greater") ? "Greater" : "Less";

/** Every default alarm of every service, compared the other way round, and outside a band. */
describe.each(EVERY_SERVICE)("$id comparisonOperator", (c: ServiceCase) => {
  it("turns every alarm the other way round, with the thresholds given", () => {
    const { alarms, resourceOf } = monitorCase(
      c,
      onEveryAlarm(c, (e) => ({
        warning: 37,
        critical: 41,
        comparisonOperator: FLIPPED[c.cloud][direction(e)],
      })),
    );
    expect(alarms.length).toBeGreaterThanOrEqual(c.service.alarms.length * 2);
    for (const alarm of alarms) {
      const entry = entryOf(c, alarm);
      const r = resourceOf(alarm);
      const operator = FLIPPED[c.cloud][direction(entry)];
      const symbol = SYMBOL[FLIPPED.aws[direction(entry)]];
      if (c.cloud === "aws") expect(r.comparison_operator).toBe(operator);
      else expect(r.criteria[0].operator).toBe(operator);
      const description = c.cloud === "aws" ? r.alarm_description : r.description;
      expect(description).toContain(` ${symbol} ${alarm.spec.severity === "warning" ? 37 : 41}`);
    }
  });

  it("alarms outside the learned band or threshold", () => {
    const dynamic = (e: AlarmDefault) => c.cloud === "aws" || (e.minimumPeriod ?? 0) <= 3600;
    const level = c.cloud === "aws" ? 2 : "Medium";
    const { alarms, resourceOf } = monitorCase(
      c,
      onEveryAlarm(c, (e) =>
        dynamic(e)
          ? {
              anomalyDetection: { critical: level },
              comparisonOperator: OUTSIDE[c.cloud],
              ...(c.cloud === "azure" ? { period: 3600 } : {}),
            }
          : false,
      ),
    );
    expect(alarms.length).toBeGreaterThanOrEqual(c.service.alarms.filter(dynamic).length);
    for (const alarm of alarms) {
      const r = resourceOf(alarm);
      if (c.cloud === "aws") {
        expect(r.comparison_operator).toBe(OUTSIDE.aws);
        expect(r.alarm_description).toContain("outside a band of 2 standard deviations");
      } else {
        expect(r.dynamic_criteria.operator).toBe(OUTSIDE.azure);
        expect(r.description).toContain("above or below its learned threshold");
      }
    }
  });
});

function ec2Error(options: Record<string, unknown>): MonitoringConfigError {
  return configError(() =>
    synth((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorEc2Instance(
        new Instance(stack, "web", { ami, instanceType: "t3.micro" }),
        options,
      );
    }),
  );
}

function vmError(options: Record<string, unknown>): MonitoringConfigError {
  return configError(() =>
    synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
        options,
      );
    }),
  );
}

const CLOUDWATCH_STATIC =
  "GreaterThanThreshold, GreaterThanOrEqualToThreshold, LessThanThreshold, LessThanOrEqualToThreshold";
const CLOUDWATCH_ANOMALY =
  "GreaterThanUpperThreshold, LessThanLowerThreshold, LessThanLowerOrGreaterThanUpperThreshold";

describe("comparisonOperator errors", () => {
  it("CloudWatch: an anomaly-band operator on a static alarm", () => {
    const error = ec2Error({
      cpuUtilization: { comparisonOperator: "GreaterThanUpperThreshold" },
    });
    expect(error.constructPath).toBe("stack/web");
    expect(error.problems).toEqual([
      {
        option: "cpuUtilization.comparisonOperator",
        message: `"GreaterThanUpperThreshold" is not an operator of static-threshold CloudWatch alarms (it needs anomalyDetection); allowed: ${CLOUDWATCH_STATIC}`,
      },
    ]);
  });

  it("CloudWatch: a static operator on an anomaly alarm, and Azure's spelling", () => {
    expect(
      ec2Error({
        cpuUtilization: {
          anomalyDetection: { critical: 2 },
          comparisonOperator: "LessThanThreshold",
        },
      }).problems,
    ).toEqual([
      {
        option: "cpuUtilization.comparisonOperator",
        message: `"LessThanThreshold" is not an operator of CloudWatch anomaly alarms; allowed: ${CLOUDWATCH_ANOMALY}`,
      },
    ]);
    expect(ec2Error({ cpuUtilization: { comparisonOperator: "GreaterThan" } }).problems).toEqual([
      {
        option: "cpuUtilization.comparisonOperator",
        message: `"GreaterThan" is not allowed; allowed: ${CLOUDWATCH_STATIC}`,
      },
    ]);
  });

  it("a comparison the other way round needs the thresholds of the metric's default alarms", () => {
    expect(
      ec2Error({ cpuUtilization: { comparisonOperator: "LessThanThreshold", warning: 10 } })
        .problems,
    ).toEqual([
      {
        option: "cpuUtilization.comparisonOperator",
        message:
          '"LessThanThreshold" watches the other side of CPUUtilization than the catalog\'s thresholds (critical > 80); allowed: also set critical (a number, or false)',
      },
    ]);
  });

  it("Azure: static operators on static alerts, GreaterThan/LessThan/GreaterOrLessThan on dynamic ones", () => {
    expect(
      vmError({ percentageCpu: { comparisonOperator: "GreaterOrLessThan" } }).problems,
    ).toEqual([
      {
        option: "percentageCpu.comparisonOperator",
        message:
          '"GreaterOrLessThan" is not an operator of static-threshold Azure Monitor alarms (it needs anomalyDetection); allowed: GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual, Equals',
      },
    ]);
    expect(
      vmError({
        percentageCpu: {
          anomalyDetection: { warning: "Medium" },
          comparisonOperator: "GreaterThanOrEqual",
        },
      }).problems,
    ).toEqual([
      {
        option: "percentageCpu.comparisonOperator",
        message:
          '"GreaterThanOrEqual" is not an operator of Azure Monitor anomaly alarms; allowed: GreaterThan, LessThan, GreaterOrLessThan',
      },
    ]);
  });

  it("Azure: Equals with its thresholds", () => {
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
        { percentageCpu: { comparisonOperator: "Equals", warning: 100, critical: false } },
      );
    });
    const alert = alerts["shop-web-percentage-cpu-warning"];
    expect(alert.criteria[0]).toMatchObject({ operator: "Equals", threshold: 100 });
    expect(alert.description).toContain("Percentage CPU Average = 100 %");
  });
});
