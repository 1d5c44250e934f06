import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { describe, expect, it } from "vitest";
import { Monitoring, Notify, type NotifyOptions } from "../../../lib";
import { ami, synth } from "../core/synth-helpers";
import { azureError, linuxVm, synthAzure } from "./azure-helpers";

const PAGER =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.Insights/actionGroups/pager";
const TOPIC = "arn:aws:sns:eu-west-1:123456789012:pager";

const azureApp = (notify: NotifyOptions) =>
  synthAzure((stack) => {
    new Monitoring(stack, "monitoring", {
      prefix: "shop",
      notify,
      azure: { resourceGroupName: "rg-monitoring" },
    }).monitorLinuxVirtualMachine(linuxVm(stack, "web"), { percentageCpu: { critical: 95 } });
  });

describe("Notify.actionGroupId()", () => {
  it("notifies an existing action group as is, without creating one", () => {
    const { alerts, actionGroups } = azureApp({ critical: [Notify.actionGroupId(PAGER)] });
    expect(actionGroups).toEqual({});
    expect(alerts["shop-web-percentage-cpu-critical"].action).toEqual([{ action_group_id: PAGER }]);
    expect(alerts["shop-web-percentage-cpu-warning"].action).toBeUndefined();
  });

  it("notifies the facade's own action group first, then the existing one", () => {
    const { alerts, actionGroups } = azureApp({
      critical: [
        Notify.actionGroupId(PAGER),
        Notify.email("oncall@example.com"),
        Notify.actionGroupId(PAGER),
      ],
    });
    expect(Object.keys(actionGroups)).toEqual(["shop-critical"]);
    expect(actionGroups["shop-critical"].email_receiver).toHaveLength(1);
    expect(alerts["shop-web-percentage-cpu-critical"].action).toEqual([
      {
        action_group_id: `\${azurerm_monitor_action_group.${actionGroups["shop-critical"].id}.id}`,
      },
      { action_group_id: PAGER },
    ]);
  });

  it("is checked at synth: a malformed id names the option and the allowed shape", () => {
    const error = azureError((stack) => {
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: { critical: [Notify.actionGroupId("pager")] },
      });
    });
    expect(error.problems.map((p) => p.option)).toEqual(["notify.critical[0]"]);
    expect(error.message).toContain(
      "allowed: /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.Insights/actionGroups/<name>",
    );
  });

  it("is an error when only CloudWatch alarms have its severity", () => {
    let error: unknown;
    try {
      synth((stack) => {
        new Monitoring(stack, "monitoring", {
          prefix: "shop",
          notify: { critical: [Notify.actionGroupId(PAGER)] },
        }).monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }));
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("stack/monitoring");
    expect((error as Error).message).toContain(
      "notify.critical: Notify.actionGroupId() reaches none of the critical alarms (CloudWatch); allowed: Notify.email(), Notify.webhook(), Notify.topicArn()",
    );
  });

  it("lets one facade give each cloud its existing channel: the topic to CloudWatch, the action group to Azure", () => {
    const { alerts, actionGroups, json } = synthAzure((stack) => {
      new AwsProvider(stack, "aws", { region: "eu-west-1" });
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: { critical: [Notify.topicArn(TOPIC), Notify.actionGroupId(PAGER)] },
        dashboard: false,
      });
      monitoring.monitorEc2Instance(
        new Instance(stack, "legacy", { ami, instanceType: "t3.micro" }),
      );
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
        percentageCpu: { critical: 95 },
      });
    });
    expect(actionGroups).toEqual({});
    expect(json.resource.aws_sns_topic).toBeUndefined();
    expect(alerts["shop-web-percentage-cpu-critical"].action).toEqual([{ action_group_id: PAGER }]);
    const cloudWatch = Object.values(json.resource.aws_cloudwatch_metric_alarm) as {
      alarm_name: string;
      alarm_actions?: string[];
    }[];
    const critical = cloudWatch.find(
      (a) => a.alarm_name === "shop-legacy-cpu-utilization-critical",
    );
    expect(critical?.alarm_actions).toEqual([TOPIC]);
  });
});
