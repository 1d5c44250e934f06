import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack } from "cdktf";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoverageReport } from "../../../lib/review/coverage";
import {
  computeCoverage,
  formatCoverageText,
  readSynthesizedStacks,
} from "../../../lib/review/coverage";
import { PlanInputError } from "../../../lib/review/plan-parser";
import { Monitoring, Notify, SharedNotifications } from "../../../lib";
import { synthesizeCoverageApp } from "../../fixtures/review/coverage-app";

let outdir: string;
let report: CoverageReport;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-coverage-"));
  synthesizeCoverageApp(outdir);
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

  it("does not count the topics alarms notify (monitoring's own channels)", () => {
    const shop = readSynthesizedStacks(outdir).get("shop")!;
    const topics = Object.keys(shop.resource?.aws_sns_topic ?? {});
    expect(topics.length).toBeGreaterThan(0);
    expect(report.byType.map((t) => t.name)).not.toContain("aws_sns_topic");
  });

  it("tallies by type", () => {
    expect(report.byType).toEqual([
      { name: "aws_dynamodb_table", total: 1, covered: 0 },
      { name: "aws_instance", total: 2, covered: 1 },
      { name: "aws_sqs_queue", total: 3, covered: 2 },
    ]);
  });

  it("tallies by service group: the resource's tag, else the group of the target covering it", () => {
    expect(report.byGroup).toEqual([
      // orders: untagged, covered by the facade's alarms tagged monitoring:group=checkout
      { name: "checkout", total: 2, covered: 1 },
      { name: "refunds", total: 1, covered: 0 },
      { name: "web", total: 1, covered: 1 },
      { name: "(ungrouped)", total: 2, covered: 1 },
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

  it("watches CloudFront functions and Kinesis fan-out consumers like the other services", () => {
    const stack = {
      resource: {
        aws_cloudfront_function: { edge: { name: "edge-rewrite" } },
        aws_kinesis_stream_consumer: { reader: { name: "reader" } },
        aws_cloudwatch_metric_alarm: {
          edge_errors: {
            dimensions: { FunctionName: "${aws_cloudfront_function.edge.name}", Region: "Global" },
          },
        },
      },
    };
    const coverage = computeCoverage(new Map([["edge", stack]]));
    expect([coverage.total, coverage.covered]).toEqual([2, 1]);
    expect(coverage.uncovered.map((r) => r.address)).toEqual([
      "aws_kinesis_stream_consumer.reader",
    ]);
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

describe("coverage of shared notifications", () => {
  it("does not count the topics of a SharedNotifications, notified from another stack", () => {
    // GIVEN the topics in one stack, the alarms notifying them in another
    const dir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-coverage-shared-"));
    try {
      const app = new App({ outdir: dir });
      const ops = new TerraformStack(app, "ops");
      new AwsProvider(ops, "aws", { region: "eu-west-1" });
      const shared = new SharedNotifications(ops, "notifications", {
        prefix: "ops",
        notify: { critical: [Notify.email("oncall@example.com")] },
      });
      const shop = new TerraformStack(app, "shop");
      new AwsProvider(shop, "aws", { region: "eu-west-1" });
      const web = new Instance(shop, "web", {
        ami: "ami-0123456789abcdef0",
        instanceType: "t3.micro",
      });
      new Monitoring(shop, "monitoring", { prefix: "shop", notify: shared }).monitorEc2Instance(
        web,
      );
      app.synth();
      const stacks = readSynthesizedStacks(dir);
      expect(Object.keys(stacks.get("ops")?.resource?.aws_sns_topic ?? {})).toHaveLength(1);
      // WHEN
      const sharedReport = computeCoverage(stacks);
      // THEN
      expect(sharedReport.byType.map((t) => t.name)).toEqual(["aws_instance"]);
      expect(sharedReport.covered).toBe(1);
      expect(sharedReport.total).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
