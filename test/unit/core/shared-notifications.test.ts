import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { App, TerraformStack, Testing } from "cdktf";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  Monitoring,
  MonitoringConfigError,
  Notify,
  SharedNotifications,
  type Ec2InstanceMonitoringOptions,
  type ServiceDefinition,
} from "../../../lib";
import { cloudWatch } from "../../../lib/aws/cloudwatch";
import { EC2_INSTANCE_ALARMS } from "../../../lib/catalog/aws/ec2";
import { linuxVm } from "../azure/azure-helpers";
import { alarmsByName, ami, synth } from "./synth-helpers";

const ONCALL = Notify.email("oncall@example.com");
const TEAM = Notify.email("team@example.com");
const PAGER = Notify.webhook("https://hooks.example.com/pager");

/** A service whose metrics live in us-east-1, as CloudFront's and billing's do. */
const globalService: ServiceDefinition<Instance, Ec2InstanceMonitoringOptions> = {
  id: "globalThing",
  title: "Global thing",
  terraformResourceType: "aws_instance",
  cloud: cloudWatch,
  region: "us-east-1",
  alarms: EC2_INSTANCE_ALARMS,
  dimensions: (i) => ({ InstanceId: i.id }),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Synthesizes every stack of an app; returns each stack's Terraform JSON by stack name. */
function synthApp(build: (app: App) => void): Record<string, Json> {
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-shared-"));
  const app = new App({ outdir });
  build(app);
  app.synth();
  const stacksDir = join(outdir, "stacks");
  return Object.fromEntries(
    readdirSync(stacksDir).map((name) => [
      name,
      JSON.parse(readFileSync(join(stacksDir, name, "cdk.tf.json"), "utf8")),
    ]),
  );
}

function awsStack(app: App, name: string, region = "eu-west-1"): TerraformStack {
  const stack = new TerraformStack(app, name);
  new AwsProvider(stack, "aws", { region });
  return stack;
}

const topicsOf = (json: Json) =>
  Object.entries((json.resource?.aws_sns_topic ?? {}) as Record<string, { name: string }>);

const REMOTE_OUTPUT = /^\$\{data\.terraform_remote_state\.[^.]+\.outputs\.([^}]+)\}$/;

describe("SharedNotifications", () => {
  it("gives two facades of one stack one topic per severity and one subscription per channel", () => {
    // GIVEN
    const { json } = synth((stack) => {
      const shared = new SharedNotifications(stack, "notifications", {
        prefix: "ops",
        notify: { critical: [ONCALL, PAGER], warning: [TEAM] },
      });
      for (const team of ["shop", "search"]) {
        const web = new Instance(stack, `${team}-web`, { ami, instanceType: "t3.micro" });
        new Monitoring(stack, `${team}-monitoring`, {
          prefix: team,
          notify: shared,
        }).monitorEc2Instance(web);
      }
    });
    // THEN
    const topics = topicsOf(json);
    expect(topics.map(([, t]) => t.name).sort()).toEqual(["ops-critical", "ops-warning"]);
    const idOf = (name: string) => topics.find(([, t]) => t.name === name)?.[0];
    const alarms = alarmsByName(json);
    for (const team of ["shop", "search"]) {
      const critical = alarms[`${team}-${team}-web-cpu-utilization-critical`];
      expect(critical.alarm_actions).toEqual([`\${aws_sns_topic.${idOf("ops-critical")}.arn}`]);
      expect(critical.ok_actions).toEqual(critical.alarm_actions);
      expect(alarms[`${team}-${team}-web-cpu-utilization-warning`].alarm_actions).toEqual([
        `\${aws_sns_topic.${idOf("ops-warning")}.arn}`,
      ]);
    }
    const subscriptions = Object.values(json.resource.aws_sns_topic_subscription) as {
      endpoint: string;
    }[];
    expect(subscriptions.map((s) => s.endpoint).sort()).toEqual([
      "https://hooks.example.com/pager",
      "oncall@example.com",
      "team@example.com",
    ]);
  });

  it("is referenced from other stacks through cdktf's cross-stack outputs: its topics exist once in the app", () => {
    // GIVEN notifications in one stack, facades in two others
    const stacks = synthApp((app) => {
      const shared = new SharedNotifications(awsStack(app, "notifications"), "notifications", {
        prefix: "ops",
        notify: { critical: [ONCALL], warning: [TEAM] },
      });
      for (const team of ["shop", "search"]) {
        const stack = awsStack(app, team);
        const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
        new Monitoring(stack, "monitoring", { prefix: team, notify: shared }).monitorEc2Instance(
          web,
        );
      }
    });
    // THEN only the notifications stack has topics
    const everyTopic = Object.entries(stacks).flatMap(([stack, json]) =>
      topicsOf(json).map(([, t]) => `${stack}: ${t.name}`),
    );
    expect(everyTopic.sort()).toEqual([
      "notifications: ops-critical",
      "notifications: ops-warning",
    ]);
    const topicIds = Object.fromEntries(
      topicsOf(stacks.notifications).map(([id, t]) => [t.name, id]),
    );
    const outputs = stacks.notifications.output as Record<string, { value: string }>;
    // AND each facade's alarms notify them through a remote-state output of that stack
    for (const team of ["shop", "search"]) {
      const alarms = alarmsByName(stacks[team]);
      for (const severity of ["critical", "warning"]) {
        const actions = alarms[`${team}-web-cpu-utilization-${severity}`].alarm_actions as string[];
        expect(actions).toHaveLength(1);
        const output = REMOTE_OUTPUT.exec(actions[0])?.[1];
        expect(output, actions[0]).toBeDefined();
        expect(outputs[output as string].value).toBe(
          `\${aws_sns_topic.${topicIds[`ops-${severity}`]}.arn}`,
        );
      }
      expect(Object.keys(stacks[team].data.terraform_remote_state)).toHaveLength(1);
    }
  });

  it("makes a topic only for the severities and regions some alarm uses", () => {
    // GIVEN critical alarms only, one of them in us-east-1
    const stacks = synthApp((app) => {
      const shared = new SharedNotifications(awsStack(app, "notifications"), "notifications", {
        prefix: "ops",
        notify: { critical: [ONCALL], warning: [TEAM] },
      });
      const stack = awsStack(app, "shop");
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", notify: shared });
      const edge = new Instance(stack, "edge", { ami, instanceType: "t3.micro" });
      m.monitor(globalService, edge, { cpuUtilization: { warning: false } });
      m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }), {
        cpuUtilization: { warning: false },
      });
    });
    // THEN critical topics in both regions, through one us-east-1 provider of the notifications stack
    const topics = stacks.notifications.resource.aws_sns_topic as Record<
      string,
      { name: string; provider?: string }
    >;
    expect(
      Object.values(topics)
        .map((t) => `${t.name} ${t.provider ?? "default"}`)
        .sort(),
    ).toEqual(["ops-critical aws.us-east-1", "ops-critical default"]);
    expect(stacks.notifications.provider.aws).toContainEqual({
      alias: "us-east-1",
      region: "us-east-1",
    });
    const alarms = alarmsByName(stacks.shop);
    const edge = alarms["shop-edge-cpu-utilization-critical"];
    expect(edge.provider).toBe("aws.us-east-1");
    const output = REMOTE_OUTPUT.exec(edge.alarm_actions[0])?.[1] as string;
    const usEast1Topic = Object.entries(topics).find(([, t]) => t.provider === "aws.us-east-1");
    expect(stacks.notifications.output[output].value).toBe(
      `\${aws_sns_topic.${usEast1Topic?.[0]}.arn}`,
    );
  });

  it("shares its stack's us-east-1 provider with a facade there: Terraform allows one per alias", () => {
    const { json } = synth((stack) => {
      const shared = new SharedNotifications(stack, "notifications", {
        prefix: "ops",
        notify: { critical: [ONCALL] },
      });
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", notify: shared });
      m.monitor(globalService, new Instance(stack, "edge", { ami, instanceType: "t3.micro" }));
    });
    const providers = json.provider.aws as { alias?: string }[];
    expect(providers.filter((p) => p.alias === "us-east-1")).toHaveLength(1);
    const topic = Object.values(json.resource.aws_sns_topic) as { provider?: string }[];
    expect(topic.map((t) => t.provider)).toEqual(["aws.us-east-1"]);
  });

  it("creates nothing when no alarm uses it", () => {
    const { json } = synth((stack) => {
      new SharedNotifications(stack, "notifications", {
        prefix: "ops",
        notify: { critical: [ONCALL] },
      });
    });
    expect(json.resource?.aws_sns_topic).toBeUndefined();
  });

  it("passes existing topics and action groups through as is", () => {
    const arn = "arn:aws:sns:eu-west-1:123456789012:pager";
    const { json } = synth((stack) => {
      const shared = new SharedNotifications(stack, "notifications", {
        prefix: "ops",
        notify: { critical: [Notify.topicArn(arn)] },
      });
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", { prefix: "shop", notify: shared }).monitorEc2Instance(
        web,
      );
    });
    expect(json.resource.aws_sns_topic).toBeUndefined();
    expect(alarmsByName(json)["shop-web-cpu-utilization-critical"].alarm_actions).toEqual([arn]);
  });

  it("gives the Azure alerts of every facade one action group per severity, in its stack", () => {
    // GIVEN
    const stacks = synthApp((app) => {
      const ops = new TerraformStack(app, "notifications");
      new AzurermProvider(ops, "azurerm", { features: [{}] });
      const shared = new SharedNotifications(ops, "notifications", {
        prefix: "ops",
        notify: { critical: [ONCALL, PAGER] },
        azure: { resourceGroupName: "rg-ops" },
      });
      for (const team of ["shop", "search"]) {
        const stack = new TerraformStack(app, team);
        new AzurermProvider(stack, "azurerm", { features: [{}] });
        new Monitoring(stack, "monitoring", {
          prefix: team,
          notify: shared,
        }).monitorLinuxVirtualMachine(linuxVm(stack, "web"), { percentageCpu: { critical: 95 } });
      }
    });
    // THEN
    const groups = stacks.notifications.resource.azurerm_monitor_action_group as Record<
      string,
      { name: string; resource_group_name: string; email_receiver: unknown[] }
    >;
    expect(Object.values(groups).map((g) => [g.name, g.resource_group_name])).toEqual([
      ["ops-critical", "rg-ops"],
    ]);
    const [groupId] = Object.keys(groups);
    for (const team of ["shop", "search"]) {
      expect(stacks[team].resource.azurerm_monitor_action_group).toBeUndefined();
      const alerts = Object.values(stacks[team].resource.azurerm_monitor_metric_alert) as {
        name: string;
        action?: { action_group_id: string }[];
      }[];
      const critical = alerts.find((a) => a.name === `${team}-web-percentage-cpu-critical`);
      const output = REMOTE_OUTPUT.exec(critical?.action?.[0]?.action_group_id ?? "")?.[1];
      expect(stacks.notifications.output[output as string].value).toBe(
        `\${azurerm_monitor_action_group.${groupId}.id}`,
      );
      // the warning severity has no shared channel: its alerts have no action
      expect(
        alerts.find((a) => a.name === `${team}-web-percentage-cpu-warning`)?.action,
      ).toBeUndefined();
    }
  });

  it("warns when none of its channels reaches a facade's alarms of a severity", () => {
    const { warnings } = synth((stack) => {
      new AzurermProvider(stack, "azurerm", { features: [{}] });
      const shared = new SharedNotifications(stack, "notifications", {
        prefix: "ops",
        notify: {
          critical: [Notify.topicArn("arn:aws:sns:eu-west-1:123456789012:pager")],
        },
      });
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: shared,
      }).monitorLinuxVirtualMachine(linuxVm(stack, "web"), { percentageCpu: { critical: 95 } });
    }, false);
    expect(warnings).toContainEqual({
      path: "stack/monitoring",
      message: expect.stringContaining(
        "No channel of SharedNotifications stack/notifications reaches the critical alarms (Azure Monitor): they notify nobody. Add one of Notify.email(), Notify.webhook(), Notify.actionGroupId()",
      ),
    });
  });
});

describe("SharedNotifications errors", () => {
  const errorOf = (build: () => void): MonitoringConfigError => {
    try {
      build();
    } catch (error) {
      if (error instanceof MonitoringConfigError) return error;
      throw error;
    }
    throw new Error("expected a MonitoringConfigError");
  };

  it("a shared construct of another App names both paths", () => {
    const other = new SharedNotifications(awsStack(Testing.app(), "ops"), "notifications", {
      prefix: "ops",
      notify: { critical: [ONCALL] },
    });
    const error = errorOf(() => {
      new Monitoring(awsStack(Testing.app(), "shop"), "monitoring", {
        prefix: "shop",
        notify: other,
      });
    });
    expect(error.constructPath).toBe("shop/monitoring");
    expect(error.message).toContain(
      "notify: SharedNotifications ops/notifications belongs to another App; allowed: a SharedNotifications created in this facade's App",
    );
  });

  it("topics in another region than the alarms name the region allowed", () => {
    const app = Testing.app();
    const shared = new SharedNotifications(awsStack(app, "ops", "eu-west-1"), "notifications", {
      prefix: "ops",
      notify: { critical: [ONCALL] },
    });
    const stack = awsStack(app, "shop", "us-west-2");
    const m = new Monitoring(stack, "monitoring", { prefix: "shop", notify: shared });
    const error = errorOf(() =>
      m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" })),
    );
    expect(error.constructPath).toBe("shop/monitoring");
    expect(error.message).toContain(
      'SharedNotifications ops/notifications makes its SNS topics in "eu-west-1"',
    );
    expect(error.message).toContain(
      'allowed: a SharedNotifications in a stack whose default AWS provider has region "us-west-2"',
    );
  });

  it("topics in a stack without an AWS provider name the stack", () => {
    const app = Testing.app();
    const ops = new TerraformStack(app, "ops");
    new AzurermProvider(ops, "azurerm", { features: [{}] });
    const shared = new SharedNotifications(ops, "notifications", {
      prefix: "ops",
      notify: { critical: [ONCALL] },
    });
    const stack = awsStack(app, "shop");
    const m = new Monitoring(stack, "monitoring", { prefix: "shop", notify: shared });
    const error = errorOf(() =>
      m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" })),
    );
    expect(error.message).toContain(
      "SharedNotifications ops/notifications makes its SNS topics in stack ops, which has no default AWS provider; allowed: a SharedNotifications in a stack with an AwsProvider (no alias)",
    );
  });

  it("wrong props name the shared construct's path and the allowed values", () => {
    const error = errorOf(() => {
      new SharedNotifications(awsStack(Testing.app(), "ops"), "notifications", {
        prefix: "bad prefix",
        notify: { critical: [Notify.email("not-an-address")], info: [] } as never,
        extra: 1,
      } as never);
    });
    expect(error.constructPath).toBe("ops/notifications");
    expect(error.context).toBe("new SharedNotifications()");
    expect(error.problems.map((p) => p.option).sort()).toEqual([
      "extra",
      "notify.critical[0]",
      "notify.info",
      "prefix",
    ]);
    expect(error.message).toContain("notify.info: unknown severity; allowed: critical, warning");
    expect(error.message).toContain(
      "extra: unknown option; allowed: prefix, notify, azure, usEast1Provider",
    );
  });

  it("an Azure alert of a severity with email channels needs its resource group", () => {
    const app = Testing.app();
    const ops = new TerraformStack(app, "ops");
    const shared = new SharedNotifications(ops, "notifications", {
      prefix: "ops",
      notify: { critical: [ONCALL] },
    });
    const stack = new TerraformStack(app, "shop");
    new AzurermProvider(stack, "azurerm", { features: [{}] });
    const m = new Monitoring(stack, "monitoring", { prefix: "shop", notify: shared });
    const error = errorOf(() =>
      m.monitorLinuxVirtualMachine(linuxVm(stack, "web"), { percentageCpu: { critical: 95 } }),
    );
    expect(error.constructPath).toBe("ops/notifications");
    expect(error.message).toContain(
      "azure.resourceGroupName: is needed for the critical action group of the Azure alerts (first: monitorLinuxVirtualMachine() at shop/web); allowed: the name of a resource group",
    );
  });
});
