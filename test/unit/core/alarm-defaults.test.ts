import { Instance } from "@cdktf/provider-aws/lib/instance";
import { describe, expect, it } from "vitest";
import { Monitoring, type AlarmDefault, type CreatedAlarm } from "../../../lib";
import { linuxVm, synthAzure } from "../azure/azure-helpers";
import {
  configError,
  EVERY_SERVICE,
  ISO,
  monitorCase,
  onEveryAlarm,
  type ServiceCase,
} from "./every-service";
import { ami, synth } from "./synth-helpers";

const THRESHOLDS = { warning: 37, critical: 41 };

/** `[key, severity]` of each alarm with its synthesized JSON. */
function bySeverity(alarms: readonly CreatedAlarm[], resourceOf: (a: CreatedAlarm) => unknown) {
  return alarms.map((a) => ({
    key: a.spec.key,
    severity: a.spec.severity,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    r: resourceOf(a) as any,
  }));
}

/** Windows at least as long as every entry's time grain. */
function windowsFor(alarms: readonly AlarmDefault[], candidates: readonly number[]): number[] {
  const grain = Math.max(0, ...alarms.map((a) => a.minimumPeriod ?? 0));
  return candidates.filter((w) => w >= grain);
}

/**
 * Precedence, most specific first: the alarm's option, the call's severity settings, the call's,
 * the facade's severity settings, the facade's, the catalog entry.
 */
describe.each(EVERY_SERVICE.filter((c) => c.cloud === "aws"))(
  "$id alarm defaults",
  (c: ServiceCase) => {
    const first = c.service.alarms[0]!.key;
    const options = (alarm: Record<string, unknown>) => ({
      ...onEveryAlarm(c, () => THRESHOLDS),
      [first]: { ...THRESHOLDS, ...alarm },
    });

    it("apply alarm > call (per severity, overall) > facade (per severity, overall)", () => {
      const { alarms, resourceOf } = monitorCase(
        c,
        {
          ...options({ period: 3600, treatMissingData: "ignore", datapointsToAlarm: 2 }),
          alarmDefaults: { period: 1200, warning: { evaluationPeriods: 5 } },
        },
        {
          alarmDefaults: {
            period: 600,
            evaluationPeriods: 4,
            datapointsToAlarm: 3,
            treatMissingData: "breaching",
            critical: { datapointsToAlarm: 1 },
          },
        },
      );
      expect(new Set(alarms.map((a) => `${a.spec.key} ${a.spec.severity}`)).size).toBe(
        c.service.alarms.length * 2,
      );
      for (const { key, severity, r } of bySeverity(alarms, resourceOf)) {
        const own = key === first;
        const at = `${key} ${severity}`;
        expect(r.period ?? r.metric_query?.[0]?.metric?.period, at).toBe(own ? 3600 : 1200);
        expect(r.treat_missing_data, at).toBe(own ? "ignore" : "breaching");
        expect(r.evaluation_periods, at).toBe(severity === "warning" ? 5 : 4);
        expect(r.datapoints_to_alarm, at).toBe(own ? 2 : severity === "warning" ? 3 : 1);
      }
    });

    it("leave what no level sets to the catalog entry", () => {
      const plain = monitorCase(c, options({}));
      const withDefaults = monitorCase(c, options({}), {
        alarmDefaults: { critical: { datapointsToAlarm: 1 } },
      });
      const before = bySeverity(plain.alarms, plain.resourceOf);
      const after = bySeverity(withDefaults.alarms, withDefaults.resourceOf);
      expect(after.length).toBe(before.length);
      after.forEach(({ severity, r }, i) => {
        const { alarm_description: was, ...catalog } = before[i]!.r;
        const { alarm_description: description, ...now } = r;
        expect(now).toEqual({
          ...catalog,
          datapoints_to_alarm: severity === "critical" ? 1 : catalog.datapoints_to_alarm,
        });
        if (severity === "warning") expect(description).toBe(was);
        else expect(description).toContain(`in 1 of ${catalog.evaluation_periods} periods`);
      });
    });
  },
);

describe.each(EVERY_SERVICE.filter((c) => c.cloud === "azure"))(
  "$id alert defaults",
  (c: ServiceCase) => {
    const first = c.service.alarms[0]!.key;
    const [p1, p2, p3] = windowsFor(c.service.alarms, [900, 1800, 3600, 21_600, 43_200, 86_400]);

    it("apply alarm > call (per severity, overall) > facade; CloudWatch-only settings are skipped", () => {
      const { alarms, resourceOf } = monitorCase(
        c,
        {
          ...onEveryAlarm(c, () => THRESHOLDS),
          [first]: { ...THRESHOLDS, period: p3, frequency: 3600 },
          alarmDefaults: { period: p2, critical: { frequency: 1800 } },
        },
        {
          alarmDefaults: {
            period: p1,
            frequency: 900,
            treatMissingData: "breaching",
            evaluationPeriods: 4,
          },
        },
      );
      expect(new Set(alarms.map((a) => `${a.spec.key} ${a.spec.severity}`)).size).toBe(
        c.service.alarms.length * 2,
      );
      for (const { key, severity, r } of bySeverity(alarms, resourceOf)) {
        const own = key === first;
        const at = `${key} ${severity}`;
        expect(r.window_size, at).toBe(ISO[own ? p3! : p2!]);
        expect(r.frequency, at).toBe(ISO[own ? 3600 : severity === "critical" ? 1800 : 900]);
        expect(r.criteria[0].threshold, at).toBe(THRESHOLDS[severity]);
      }
    });

    it("give dynamic thresholds the evaluation defaults", () => {
      const dynamic = (e: AlarmDefault) => (e.minimumPeriod ?? 0) <= 3600;
      const { alarms, resourceOf } = monitorCase(
        c,
        onEveryAlarm(c, (e) =>
          dynamic(e)
            ? { anomalyDetection: { warning: "Medium", critical: "Low" }, period: 3600 }
            : false,
        ),
        {
          alarmDefaults: {
            evaluationPeriods: 3,
            datapointsToAlarm: 2,
            critical: { datapointsToAlarm: 1 },
          },
        },
      );
      expect(alarms.length).toBe(c.service.alarms.filter(dynamic).length * 2);
      for (const { severity, r } of bySeverity(alarms, resourceOf)) {
        expect(r.dynamic_criteria).toMatchObject({
          evaluation_total_count: 3,
          evaluation_failure_count: severity === "critical" ? 1 : 2,
        });
      }
    });
  },
);

describe("alarm defaults", () => {
  it("are applied by each cloud where it has them, from one hybrid facade", () => {
    const { json } = synth((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        dashboard: false,
        alarmDefaults: { treatMissingData: "breaching", frequency: 300, period: 900 },
      });
      monitoring.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }));
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "vm"));
    });
    const cloudWatch = Object.values(json.resource.aws_cloudwatch_metric_alarm) as {
      treat_missing_data: string;
      period: number;
    }[];
    expect(cloudWatch.every((a) => a.treat_missing_data === "breaching" && a.period === 900)).toBe(
      true,
    );
    const azure = Object.values(json.resource.azurerm_monitor_metric_alert) as {
      window_size: string;
      frequency: string;
    }[];
    expect(azure.every((a) => a.window_size === "PT15M" && a.frequency === "PT5M")).toBe(true);
  });

  it("rejects a facade default a cloud does not take, at the call that applies it", () => {
    const error = configError(() =>
      synthAzure((stack) => {
        new Monitoring(stack, "monitoring", {
          prefix: "shop",
          alarmDefaults: { period: 120 },
        }).monitorLinuxVirtualMachine(linuxVm(stack, "web"));
      }),
    );
    expect(error.constructPath).toBe("stack/web");
    expect(error.context).toBe("monitorLinuxVirtualMachine()");
    expect(error.problems[0]).toEqual({
      option: "alarmDefaults.period",
      message: expect.stringMatching(
        /^120 is not allowed; allowed: 60, 300, 900, .* — the facade's \(new Monitoring\(\)\) default, applied to \w+ \((critical|warning)\); set \w+\.period to override it$/,
      ),
    });
  });

  it("rejects a facade default a metric does not take, naming the alarm", () => {
    const error = configError(() =>
      synthAzure((stack) => {
        new Monitoring(stack, "monitoring", {
          prefix: "shop",
          alarmDefaults: { evaluationPeriods: 100 },
        }).monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
          percentageCpu: { anomalyDetection: { warning: "Medium" }, period: 3600 },
        });
      }),
    );
    expect(error.problems).toEqual([
      {
        option: "alarmDefaults.evaluationPeriods",
        message:
          "period x evaluationPeriods = 360000 s; allowed: at most 86400 s (one day, Azure Monitor's limit) — the facade's (new Monitoring()) default, applied to percentageCpu (warning); set percentageCpu.evaluationPeriods to override it",
      },
    ]);
  });

  it("rejects call defaults the cloud has no equivalent for", () => {
    const error = configError(() =>
      synthAzure((stack) => {
        new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
          linuxVm(stack, "web"),
          { alarmDefaults: { treatMissingData: "breaching", critical: { period: 7 } } },
        );
      }),
    );
    expect(error.problems).toEqual([
      {
        option: "alarmDefaults.critical.period",
        message:
          "7 is not allowed; allowed: 60, 300, 900, 1800, 3600, 21600, 43200 or 86400 (seconds: PT1M to P1D)",
      },
      {
        option: "alarmDefaults.treatMissingData",
        message:
          "is not allowed on Azure Monitor; allowed: omit it: Azure Monitor does not evaluate windows without data",
      },
    ]);
  });

  it("rejects malformed facade defaults in the constructor", () => {
    const error = configError(() =>
      synth((stack) => {
        new Monitoring(stack, "monitoring", {
          prefix: "shop",
          alarmDefaults: {
            // @ts-expect-error an unknown setting
            perod: 60,
            warning: { treatMissingData: "never" as "missing" },
          },
        });
      }),
    );
    expect(error.context).toBe("new Monitoring()");
    expect(error.problems).toEqual(
      expect.arrayContaining([
        {
          option: "alarmDefaults.perod",
          message:
            "unknown option; allowed: period, frequency, evaluationPeriods, datapointsToAlarm, treatMissingData, critical, warning",
        },
        {
          option: "alarmDefaults.warning.treatMissingData",
          message: '"never" is not allowed; allowed: missing, notBreaching, breaching, ignore',
        },
      ]),
    );
    const conflicting = configError(() =>
      synth((stack) => {
        new Monitoring(stack, "monitoring", {
          prefix: "shop",
          alarmDefaults: { evaluationPeriods: 2, datapointsToAlarm: 3 },
        });
      }),
    );
    expect(conflicting.problems).toEqual([
      {
        option: "alarmDefaults.datapointsToAlarm",
        message: "3 exceeds evaluationPeriods (2); allowed: 1..2",
      },
    ]);
  });
});
