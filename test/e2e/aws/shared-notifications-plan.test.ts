import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Monitoring, Notify, SharedNotifications } from "../../../lib";
import { plannedCreates, TerraformWorkdir, type TerraformPlanJson } from "../../support/terraform";

const STACKS = ["notifications", "shop", "search"] as const;
/** Provider settings that let terraform plan without an AWS account or network. */
const OFFLINE = {
  accessKey: "AKIAIOSFODNN7EXAMPLE",
  secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  skipCredentialsValidation: true,
  skipRequestingAccountId: true,
  skipMetadataApiCheck: "true",
};
const FAKE_ARN = "arn:aws:sns:eu-west-1:123456789012:ops-critical";

interface StackJson {
  readonly output?: Record<string, { readonly value: string }>;
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
}

/**
 * One stack of shared notifications and two stacks of facades using them, each with a local
 * backend in `stateDir` (cdktf's remote-state data sources read the notifications' state there).
 */
function buildApp(outdir: string, stateDir: string): App {
  const app = new App({ outdir });
  const stack = (name: string) => {
    const s = new TerraformStack(app, name);
    new AwsProvider(s, "aws", { region: "eu-west-1", ...OFFLINE });
    new LocalBackend(s, { path: join(stateDir, `${name}.tfstate`) });
    return s;
  };
  const shared = new SharedNotifications(stack("notifications"), "notifications", {
    prefix: "ops",
    notify: {
      critical: [Notify.email("oncall@example.com"), Notify.webhook("https://hooks.example.com/p")],
      warning: [Notify.email("team@example.com")],
    },
  });
  for (const team of ["shop", "search"]) {
    const s = stack(team);
    const web = new Instance(s, "web", { ami: "ami-0123456789abcdef0", instanceType: "t3.micro" });
    new Monitoring(s, "monitoring", {
      prefix: team,
      notify: shared,
      dashboard: false,
    }).monitorEc2Instance(web, { cpuUtilization: { warning: false } });
  }
  return app;
}

/** A state of the notifications stack as an apply leaves it, reduced to its outputs. */
function notificationsState(outputs: Record<string, unknown>): string {
  return JSON.stringify({
    version: 4,
    terraform_version: "1.5.0",
    serial: 1,
    lineage: "7f0c3d4e-0000-4000-8000-000000000001",
    outputs: Object.fromEntries(
      Object.keys(outputs).map((name) => [
        name,
        { value: FAKE_ARN.replace("ops-critical", name), type: "string", sensitive: true },
      ]),
    ),
    resources: [],
  });
}

describe("SharedNotifications across stacks: real terraform init, validate and plan", () => {
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-shared-synth-"));
  const stateDir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-shared-state-"));
  const workdirs: Partial<Record<(typeof STACKS)[number], TerraformWorkdir>> = {};
  const synthesized: Partial<Record<(typeof STACKS)[number], StackJson>> = {};
  let notificationsPlan: TerraformPlanJson;

  beforeAll(async () => {
    buildApp(outdir, stateDir).synth();
    for (const name of STACKS) {
      const stackDir = join(outdir, "stacks", name);
      synthesized[name] = JSON.parse(
        readFileSync(join(stackDir, "cdk.tf.json"), "utf8"),
      ) as StackJson;
      const tf = new TerraformWorkdir({ prefix: `cdktf-monitoring-shared-${name}-` });
      workdirs[name] = tf;
      tf.copyFrom(stackDir);
      await tf.init();
      await tf.validate();
    }
    const tf = workdirs.notifications as TerraformWorkdir;
    await tf.plan({ out: "notifications.tfplan", refresh: false });
    notificationsPlan = await tf.showJson("notifications.tfplan");
  });

  afterAll(() => {
    for (const tf of Object.values(workdirs)) tf?.remove();
    rmSync(outdir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  });

  it("plans the topics once, in the notifications stack, for the severities alarms use", () => {
    expect(Object.fromEntries(plannedCreates(notificationsPlan))).toEqual({
      aws_sns_topic: 1,
      aws_sns_topic_subscription: 2,
    });
    const topic = notificationsPlan.resource_changes?.find((c) => c.type === "aws_sns_topic");
    expect(topic?.change.after).toMatchObject({ name: "ops-critical" });
    for (const team of ["shop", "search"] as const) {
      expect(synthesized[team]?.resource.aws_sns_topic).toBeUndefined();
    }
  });

  it("plans each facade's alarms with the topic ARN read from the notifications stack's state", async () => {
    // GIVEN the notifications stack applied: its state holds the outputs cdktf added
    const outputs = synthesized.notifications?.output ?? {};
    expect(Object.values(outputs).map((o) => o.value)).toEqual([
      expect.stringMatching(/^\$\{aws_sns_topic\.[^.]+\.arn\}$/),
    ]);
    writeFileSync(join(stateDir, "notifications.tfstate"), notificationsState(outputs));
    const [output] = Object.keys(outputs);
    for (const team of ["shop", "search"] as const) {
      // WHEN
      const tf = workdirs[team] as TerraformWorkdir;
      await tf.plan({ out: `${team}.tfplan`, refresh: false });
      const plan = await tf.showJson(`${team}.tfplan`);
      // THEN
      const alarm = plan.resource_changes?.find(
        (c) =>
          c.type === "aws_cloudwatch_metric_alarm" &&
          (c.change.after as { alarm_name?: string } | undefined)?.alarm_name ===
            `${team}-web-cpu-utilization-critical`,
      );
      expect(alarm?.change.after).toMatchObject({
        alarm_actions: [FAKE_ARN.replace("ops-critical", output as string)],
        ok_actions: [FAKE_ARN.replace("ops-critical", output as string)],
      });
    }
  });
});
