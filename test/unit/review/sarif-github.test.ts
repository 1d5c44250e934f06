import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack } from "cdktf";
import { Monitoring } from "../../../lib";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { readSynthesizedStacks } from "../../../lib/review/coverage";
import { escapeData, escapeProperty, formatGithub } from "../../../lib/review/format-github";
import { formatSarif } from "../../../lib/review/format-sarif";
import type { MonitoringReview, RiskFlag } from "../../../lib/review/review-model";
import { REVIEW_SCHEMA_VERSION, RISK_CODES } from "../../../lib/review/review-model";
import { SourceLocations, userFrame } from "../../../lib/review/source-locations";

const REPOSITORY = join(__dirname, "..", "..", "..");
const LIBRARY = [join(REPOSITORY, "lib"), join(REPOSITORY, "dist")];

function review(flags: RiskFlag[]): MonitoringReview {
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    verdict: "",
    stacks: [],
    counts: { add: 0, remove: 0, replace: 0, change: 0 },
    groups: [],
    flags,
  };
}

const loosened: RiskFlag = {
  code: "THRESHOLD_LOOSENED",
  stack: "shop",
  group: "orders",
  address: "aws_cloudwatch_metric_alarm.orders_age",
  message: "threshold 300 → 900 with GreaterThanThreshold alerts only higher; 100% sure,\nreally",
};
const lost: RiskFlag = {
  code: "COVERAGE_LOSS",
  stack: "shop",
  group: "payments",
  address: "aws_sqs_queue.payments",
  message: "aws_sqs_queue.payments stays but loses its last watcher(s): payments-age",
};

/** The subset of SARIF 2.1.0 that code scanning reads. */
const Sarif = z.object({
  $schema: z.string(),
  version: z.literal("2.1.0"),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.literal("cdktf-monitoring"),
            rules: z.array(
              z.object({
                id: z.string(),
                shortDescription: z.object({ text: z.string().min(1) }),
                help: z.object({ text: z.string().min(1) }),
                defaultConfiguration: z.object({ level: z.enum(["error", "warning", "note"]) }),
              }),
            ),
          }),
        }),
        results: z.array(
          z.object({
            ruleId: z.string(),
            ruleIndex: z.number().int(),
            level: z.enum(["error", "warning", "note"]),
            message: z.object({ text: z.string().min(1) }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string().regex(/^[^/]/) }),
                    region: z.object({ startLine: z.number().int().positive() }),
                  }),
                }),
              )
              .optional(),
          }),
        ),
      }),
    )
    .length(1),
});

const at = { file: "main.ts", line: 42 };
const locate = (stack: string, address: string) =>
  stack === "shop" && address === loosened.address ? at : undefined;

describe("sarif format", () => {
  const doc = Sarif.parse(JSON.parse(formatSarif(review([lost, loosened]), locate, "0.1.0")));
  const run = doc.runs[0]!;

  it("has one rule per risk flag code, with a help text and the flag's level", () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([...RISK_CODES]);
    const byId = Object.fromEntries(run.tool.driver.rules.map((r) => [r.id, r]));
    expect(byId.COVERAGE_LOSS!.defaultConfiguration.level).toBe("error");
    expect(byId.THRESHOLD_LOOSENED!.defaultConfiguration.level).toBe("warning");
  });

  it("locates a result at the declaring line and leaves it file-less when unknown", () => {
    const [first, second] = run.results;
    expect(first).toMatchObject({ ruleId: "COVERAGE_LOSS", level: "error" });
    expect(run.tool.driver.rules[first!.ruleIndex]!.id).toBe("COVERAGE_LOSS");
    expect(first!.locations).toBeUndefined();
    expect(second!.level).toBe("warning");
    expect(second!.message.text).toBe(`${loosened.address}: ${loosened.message}`);
    expect(second!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: "main.ts" }, region: { startLine: 42 } } },
    ]);
  });
});

describe("github format", () => {
  it("writes one workflow command per flag, escaped as GitHub requires", () => {
    expect(formatGithub(review([lost, loosened]), locate).split("\n")).toEqual([
      "::error title=COVERAGE_LOSS%3A Resource loses its last watcher::aws_sqs_queue.payments: aws_sqs_queue.payments stays but loses its last watcher(s): payments-age",
      "::warning file=main.ts,line=42,title=THRESHOLD_LOOSENED%3A Alarm alerts less::aws_cloudwatch_metric_alarm.orders_age: threshold 300 → 900 with GreaterThanThreshold alerts only higher; 100%25 sure,%0Areally",
      "",
    ]);
  });

  it("escapes % CR LF in data, and also : and , in properties", () => {
    expect(escapeData("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac:d,e");
    expect(escapeProperty("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac%3Ad%2Ce");
  });
});

describe("source locations", () => {
  const out = mkdtempSync(join(tmpdir(), "cdktf-monitoring-locations-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("cdktf 0.21 writes path and uniqueId but no stackTrace, so a real stack has no location", () => {
    const app = new App({ outdir: out, stackTraces: true });
    const stack = new TerraformStack(app, "shop");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    new SqsQueue(stack, "orders", { name: "orders" });
    app.synth();
    const stacks = readSynthesizedStacks(out);
    const queue = stacks.get("shop")!.resource!.aws_sqs_queue!.orders!;
    expect(queue["//"]).toEqual({ metadata: { path: "shop/orders", uniqueId: "orders" } });
    expect(
      new SourceLocations(stacks, REPOSITORY, LIBRARY).of("shop", "aws_sqs_queue.orders"),
    ).toBe(undefined);
  });

  it("picks the first frame outside node_modules and the library, relative to the project", () => {
    const here = new Error().stack!.split("\n").slice(1);
    const line = Number(/sarif-github\.test\.ts:(\d+):/.exec(here[0]!)![1]);
    const trace = [
      `new CloudwatchMetricAlarm (${join(REPOSITORY, "node_modules", "x", "index.js")}:1:1)`,
      `alarmFactory (${join(REPOSITORY, "lib", "aws", "alarm-factory.ts")}:56:14)`,
      ...here,
    ];
    expect(userFrame(trace, REPOSITORY, LIBRARY)).toEqual({
      file: relative(REPOSITORY, __filename).split("\\").join("/"),
      line,
    });
    const stacks = new Map([
      [
        "shop",
        {
          resource: {
            aws_cloudwatch_metric_alarm: {
              orders_age: { "//": { metadata: { path: "shop/a", stackTrace: trace } } },
            },
          },
        },
      ],
    ]);
    const locations = new SourceLocations(stacks, REPOSITORY, LIBRARY);
    expect(locations.of("shop", "aws_cloudwatch_metric_alarm.orders_age")?.line).toBe(line);
    expect(locations.of("other-name", "aws_cloudwatch_metric_alarm.orders_age")?.line).toBe(line);
    expect(locations.of("shop", "aws_cloudwatch_metric_alarm.other")).toBeUndefined();
    expect(userFrame(trace.slice(0, 2), REPOSITORY, LIBRARY)).toBeUndefined();
  });

  it("records where monitorXxx() and watchScope() were called, and review locates flags there", () => {
    const outdir = join(out, "declared");
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "shop");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    const orders = new SqsQueue(stack, "orders", { name: "orders" });
    new SqsQueue(stack, "refunds", { name: "refunds" });
    const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop", dashboard: false });
    monitoring.monitorSqsQueue(orders);
    monitoring.watchScope(stack);
    app.synth();

    const source = readFileSync(__filename, "utf8").split("\n");
    const lineOf = (statement: string) => source.indexOf(`    ${statement}`) + 1;
    const monitorLine = lineOf("monitoring.monitorSqsQueue(orders);");
    const watchLine = lineOf("monitoring.watchScope(stack);");
    const stacks = readSynthesizedStacks(outdir);
    const here = relative(process.cwd(), __filename).split("\\").join("/");
    const resources = stacks.get("shop")!.resource!;
    const declared = (config: Record<string, unknown>) =>
      (config["//"] as { "cdktf-monitoring"?: { declaredAt?: string } })["cdktf-monitoring"]
        ?.declaredAt;
    expect(declared(resources.aws_sqs_queue!.orders!)).toBe(`${here}:${monitorLine}`);
    expect(declared(resources.aws_sqs_queue!.refunds!)).toBe(`${here}:${watchLine}`);
    const alarms = Object.entries(resources.aws_cloudwatch_metric_alarm!);
    expect(alarms.length).toBeGreaterThan(2);
    for (const [, alarm] of alarms) {
      const name = (alarm as { alarm_name: string }).alarm_name;
      expect(declared(alarm), name).toBe(
        `${here}:${name.startsWith("shop-orders-") ? monitorLine : watchLine}`,
      );
    }

    const locations = new SourceLocations(stacks, process.cwd(), LIBRARY);
    const [address] = alarms.find(([, a]) =>
      (a as { alarm_name: string }).alarm_name.startsWith("shop-refunds-"),
    )!;
    expect(locations.of("shop", `aws_cloudwatch_metric_alarm.${address}`)).toEqual({
      file: here,
      line: watchLine,
    });
    expect(locations.of("shop", "aws_sqs_queue.orders")).toEqual({ file: here, line: monitorLine });
  });
});
