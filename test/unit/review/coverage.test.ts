import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { App, TerraformStack } from "cdktf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MonitoringGroup } from "../../../lib/backend/generated/monitoring-group";
import { MonitoringTarget } from "../../../lib/backend/generated/monitoring-target";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { Monitoring } from "../../../lib/monitoring";
import type { CoverageReport } from "../../../lib/review/coverage";
import {
  computeCoverage,
  formatCoverageText,
  readSynthesizedStacks,
} from "../../../lib/review/coverage";
import { PlanInputError } from "../../../lib/review/plan-parser";

let outdir: string;
let report: CoverageReport;

/** Two stacks synthesized by cdktf: alarms from the library's facade, a hand-made alarm, a target, and gaps. */
function synthesize(dir: string): void {
  const app = new App({ outdir: dir, stackTraces: false });
  const shop = new TerraformStack(app, "shop");
  new AwsProvider(shop, "aws", { region: "eu-west-1" });
  const orders = new SqsQueue(shop, "orders", { name: "orders" });
  const refunds = new SqsQueue(shop, "refunds", {
    name: "refunds",
    tags: { "monitoring:group": "refunds" },
  });
  new DynamodbTable(shop, "sessions", {
    name: "sessions",
    hashKey: "id",
    attribute: [{ name: "id", type: "S" }],
    billingMode: "PAY_PER_REQUEST",
    tags: { "monitoring:group": "checkout" },
  });
  const monitoring = new Monitoring(shop, "monitoring", { prefix: "shop", dashboard: false });
  monitoring.monitorSqsQueue(orders, { group: "checkout" });
  void refunds;

  const ops = new TerraformStack(app, "ops");
  new AwsProvider(ops, "aws", { region: "eu-west-1" });
  const batch = new SqsQueue(ops, "batch", { name: "batch" });
  new CloudwatchMetricAlarm(ops, "batch-age", {
    alarmName: "batch-age",
    namespace: "AWS/SQS",
    metricName: "ApproximateAgeOfOldestMessage",
    dimensions: { QueueName: batch.name },
    statistic: "Maximum",
    period: 60,
    evaluationPeriods: 1,
    threshold: 600,
    comparisonOperator: "GreaterThanThreshold",
  });
  const web = new Instance(ops, "web", { ami: "ami-12345678", instanceType: "t3.micro" });
  new Instance(ops, "worker", { ami: "ami-12345678", instanceType: "t3.micro" });
  new MonitoringProvider(ops, "monitoring", {
    zabbix: { url: "http://127.0.0.1:1/api_jsonrpc.php" },
  });
  const group = new MonitoringGroup(ops, "group", { name: "web" });
  new MonitoringTarget(ops, "web-target", {
    name: "web-01",
    kind: "aws_ec2",
    address: web.privateIp,
    groups: [group.id],
  });
  app.synth();
}

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-coverage-"));
  synthesize(outdir);
  report = computeCoverage(readSynthesizedStacks(outdir));
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("coverage of synthesized stacks", () => {
  it("counts resources covered by an alarm (by reference) or a target, across stacks", () => {
    expect(report.stacks).toEqual(["ops", "shop"]);
    expect(report.total).toBe(6);
    expect(report.covered).toBe(3);
    expect(report.percent).toBe(50);
  });

  it("tallies by type", () => {
    expect(report.byType).toEqual([
      { name: "aws_dynamodb_table", total: 1, covered: 0 },
      { name: "aws_instance", total: 2, covered: 1 },
      { name: "aws_sqs_queue", total: 3, covered: 2 },
    ]);
  });

  it("lists what nothing covers, by type, with the service group of its tags", () => {
    expect(report.uncovered.map((r) => [r.type, r.group, r.stack])).toEqual([
      ["aws_dynamodb_table", "checkout", "shop"],
      ["aws_instance", "(ungrouped)", "ops"],
      ["aws_sqs_queue", "refunds", "shop"],
    ]);
    expect(report.uncovered.map((r) => r.address)).toEqual([
      expect.stringMatching(/^aws_dynamodb_table\.sessions/),
      expect.stringMatching(/^aws_instance\.worker/),
      expect.stringMatching(/^aws_sqs_queue\.refunds/),
    ]);
  });

  it("prints a text report with the share and the gaps", () => {
    const text = formatCoverageText(report);
    expect(text.split("\n")[0]).toBe(
      "Monitoring coverage: 3 of 6 resources covered (50%) in ops, shop",
    );
    expect(text).toMatch(/aws_instance {2,}1 \/ 2 {4}covered/);
    expect(text).toMatch(
      /Not covered by any alarm or target \(3\)\n {2}checkout {2}shop: aws_dynamodb_table\.sessions/,
    );
  });

  it("rejects a directory without synthesized stacks, saying what to run", () => {
    const empty = mkdtempSync(join(tmpdir(), "cdktf-monitoring-empty-"));
    try {
      expect(() => readSynthesizedStacks(empty)).toThrow(PlanInputError);
      expect(() => readSynthesizedStacks(empty)).toThrow(
        /no stacks\/\*\/cdk\.tf\.json found; run `cdktf synth`/,
      );
      expect(() => readSynthesizedStacks(join(empty, "missing"))).toThrow(/not a directory/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
