import { describe, expect, it } from "vitest";
import type { AlarmDefault } from "../../../lib/catalog/alarm-default";
import { AWS_ALARM_CATALOG } from "../../../lib/catalog/aws/all-services";
import { catalogProblems } from "./catalog-invariants";

const sound: AlarmDefault = {
  key: "cpuUtilization",
  namespace: "AWS/EC2",
  metricName: "CPUUtilization",
  statistic: "Average",
  comparisonOperator: "GreaterThanThreshold",
  thresholds: { warning: 70, critical: 80 },
  period: 300,
  evaluationPeriods: 3,
  datapointsToAlarm: 3,
  treatMissingData: "missing",
  unit: "%",
  description: "CPU is busy.",
  enabledByDefault: true,
  source: { ref: "RA", url: "https://docs.aws.amazon.com/x" },
};

describe("AWS alarm catalog", () => {
  it.each(Object.entries(AWS_ALARM_CATALOG))(
    "%s entries are structurally sound",
    (service, entries) => {
      expect(entries.length).toBeGreaterThan(0);
      expect(catalogProblems(service, entries)).toEqual([]);
    },
  );

  it("covers every service of issue 2", () => {
    expect(Object.keys(AWS_ALARM_CATALOG).sort()).toEqual(
      [
        "account",
        "alb",
        "albTargetGroup",
        "apiGatewayHttpStage",
        "apiGatewayRestStage",
        "auroraCluster",
        "billing",
        "cloudfrontDistribution",
        "cloudfrontFunction",
        "dynamodbTable",
        "ebsVolume",
        "ec2Instance",
        "ecsService",
        "elasticache",
        "kinesisStream",
        "kinesisStreamConsumer",
        "lambdaFunction",
        "natGateway",
        "rdsInstance",
        "snsTopic",
        "sqsDeadLetterQueue",
        "sqsQueue",
        "stepFunctionsStateMachine",
      ].sort(),
    );
  });

  it("does not copy the rows the catalog flags as documentation errors", () => {
    const all = Object.values(AWS_ALARM_CATALOG).flat();
    const flagged = all.filter(
      (e) =>
        (/^(Task|Container)MemoryUtilization$/.test(e.metricName) &&
          e.comparisonOperator.startsWith("Less")) ||
        (e.metricName === "SMSSuccessRate" && e.comparisonOperator.startsWith("Greater")),
    );
    expect(flagged).toEqual([]);
  });

  it("every service enables at least one alarm by default", () => {
    for (const [service, entries] of Object.entries(AWS_ALARM_CATALOG)) {
      expect(
        entries.some((e) => e.enabledByDefault),
        service,
      ).toBe(true);
    }
  });
});

describe("catalog invariants checker", () => {
  // GIVEN one sound entry, WHEN one property is broken, THEN the checker names that problem
  it("accepts a sound entry", () => {
    expect(catalogProblems("svc", [sound])).toEqual([]);
  });

  it.each<[string, Partial<AlarmDefault>, string]>([
    ["period 7", { period: 7 }, "period 7 is not 10, 30 or k*60"],
    ["period 90", { period: 90 }, "period 90 is not 10, 30 or k*60"],
    ["datapoints > evaluation periods", { datapointsToAlarm: 4 }, "datapointsToAlarm must be"],
    ["a plain-http source", { source: { ref: "RA", url: "http://x" } }, "https URL"],
    ["an unknown statistic", { statistic: "Median" }, "unknown statistic"],
    ["warning above critical", { thresholds: { warning: 90, critical: 80 } }, "less severe"],
    [
      "warning below critical on a less-than alarm",
      { comparisonOperator: "LessThanThreshold", thresholds: { warning: 10, critical: 20 } },
      "less severe",
    ],
    [
      "a percentage over 100",
      { thresholds: { critical: { percentOf: "timeoutMs", percent: 120 } } },
      "outside (0, 100]",
    ],
    [
      "percentages of different inputs",
      {
        thresholds: {
          warning: { percentOf: "a", percent: 10 },
          critical: { percentOf: "b", percent: 20 },
        },
      },
      "not comparable",
    ],
    ["an enabled alarm without threshold", { thresholds: {} }, "no threshold"],
    [
      "a day-long window of short periods",
      { period: 300, evaluationPeriods: 289 },
      "evaluation range",
    ],
    ["a week-long window of hours", { period: 3600, evaluationPeriods: 169 }, "evaluation range"],
  ])("rejects %s", (_name, change, expected) => {
    const problems = catalogProblems("svc", [{ ...sound, ...change }]);
    expect(problems.join("\n")).toContain(expected);
  });

  it("rejects duplicate keys within a service", () => {
    expect(catalogProblems("svc", [sound, sound])).toEqual(["svc.cpuUtilization: duplicate key"]);
  });
});

describe("API Gateway HTTP stage defaults", () => {
  it("use the HTTP API metric names for the entries shared with REST", () => {
    const http = AWS_ALARM_CATALOG.apiGatewayHttpStage;
    const byKey = Object.fromEntries(http.map((e) => [e.key, e.metricName]));
    expect(byKey).toEqual({
      serverErrorRate: "5xx",
      clientErrorRate: "4xx",
      latency: "Latency",
      integrationLatency: "IntegrationLatency",
    });
  });
});
