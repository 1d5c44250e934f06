import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack, type TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Monitoring, MonitoringProvider } from "../../../lib";
import { AWS_SERVICES, ec2InstanceService, rdsInstanceService } from "../../../lib/aws";
import { AZURE_SERVICES } from "../../../lib/azure";
import type { AnyServiceDefinition } from "../../../lib/core/service-definition";
import { AZURE_RESOURCES, synthAzure } from "../azure/azure-helpers";
import { ami, synth } from "../core/synth-helpers";

const resources: Record<string, (scope: Construct) => TerraformResource> = {
  ec2Instance: (s) => new Instance(s, "res", { ami, instanceType: "t3.micro" }),
  rdsInstance: (s) =>
    new DbInstance(s, "res", {
      identifier: "orders",
      engine: "postgres",
      instanceClass: "db.t3.micro",
      allocatedStorage: 20,
    }),
};

const services: Record<string, AnyServiceDefinition> = {
  ec2Instance: ec2InstanceService,
  rdsInstance: rdsInstanceService,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const values = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});

describe("one threshold, two places", () => {
  const shared = Object.values(AWS_SERVICES as Record<string, AnyServiceDefinition>).flatMap(
    (service) =>
      (service.backendTarget?.sharedThresholds ?? []).map(
        (m) => [service.id, m.key, m.macro] as const,
      ),
  );

  it("covers every service that shares a threshold with the backend", () => {
    expect(shared.map(([id]) => id).sort()).toEqual(Object.keys(resources).sort());
  });

  it.each(shared)(
    "%s %s: the CloudWatch alarm and the backend macro {$%s} agree",
    (serviceId, key, macro) => {
      for (const [options, severity] of [
        [{ warning: 61, critical: 93 }, "warning"],
        [{ warning: false, critical: 77 }, "critical"],
      ] as const) {
        const { json } = synth((stack) => {
          const m = new Monitoring(stack, "monitoring", { prefix: "p", backend: {} });
          m.monitor(services[serviceId]!, resources[serviceId]!(stack), { [key]: options });
        });
        const alarm = values(json, "aws_cloudwatch_metric_alarm").find(
          (a) => a.tags["monitoring:severity"] === severity && a.alarm_name.includes("cpu"),
        );
        const [target] = values(json, "monitoring_target");
        expect(alarm.threshold).toBe(options[severity]);
        expect(target.thresholds[macro]).toBe(String(alarm.threshold));
      }
    },
  );

  it("crosses stacks: backend in its own stack, addresses as remote-state outputs", () => {
    const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-hybrid-"));
    const app = new App({ outdir });
    const cloud = new TerraformStack(app, "cloud");
    new AwsProvider(cloud, "aws", { region: "eu-west-1" });
    const backendStack = new TerraformStack(app, "backend");
    new MonitoringProvider(backendStack, "monitoring", {
      zabbix: { url: "http://127.0.0.1:1/api" },
    });
    const m = new Monitoring(cloud, "monitoring", {
      prefix: "p",
      backend: { scope: backendStack },
    });
    m.monitorEc2Instance(resources.ec2Instance!(cloud) as Instance, { group: "web" });
    app.synth();
    const read = (stack: string) =>
      JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    const backend = read("backend");
    const [target] = values(backend, "monitoring_target");
    const remote = /^\$\{data\.terraform_remote_state\.[^.]+\.outputs\.[^}]+\}$/;
    expect(target.address).toMatch(remote);
    expect(target.thresholds["AWS.EC2.INSTANCE.ID"]).toMatch(remote);
    expect(values(backend, "monitoring_group").map((g) => g.name)).toEqual(["web"]);
    const cloudJson = read("cloud");
    expect(cloudJson.resource.monitoring_target).toBeUndefined();
    expect(cloudJson.resource.monitoring_group).toBeUndefined();
    expect(Object.values(cloudJson.output).map((o) => (o as { value: string }).value)).toEqual(
      expect.arrayContaining(["${aws_instance.res.private_ip}", "${aws_instance.res.id}"]),
    );
  });
});

describe("one threshold, two places on Azure", () => {
  const shared = Object.values(AZURE_SERVICES as Record<string, AnyServiceDefinition>).flatMap(
    (service) =>
      (service.backendTarget?.sharedThresholds ?? []).map(
        (m) => [service.id, m.key, m.macro, m.severity ?? "warning"] as const,
      ),
  );

  it("covers the VMs and databases the backend has templates for", () => {
    expect([...new Set(shared.map(([id]) => id))].sort()).toEqual([
      "linuxVirtualMachine",
      "mssqlDatabase",
      "postgresqlFlexibleServer",
      "windowsVirtualMachine",
    ]);
  });

  it.each(shared)(
    "%s %s: the metric alert and the backend macro {$%s} agree (%s first)",
    (serviceId, key, macro, first) => {
      const other = first === "warning" ? "critical" : "warning";
      for (const [options, severity] of [
        [{ warning: 61, critical: 93 }, first],
        [{ [first]: false, [other]: 77 }, other],
      ] as const) {
        const service = (AZURE_SERVICES as Record<string, AnyServiceDefinition>)[serviceId]!;
        const { alerts, json } = synthAzure((stack) => {
          const m = new Monitoring(stack, "monitoring", { prefix: "p", backend: {} });
          const resource = AZURE_RESOURCES[serviceId as keyof typeof AZURE_RESOURCES](stack, "res");
          m.monitor(service, resource, { [key]: options });
        });
        const alert = Object.values(alerts).find(
          (a) =>
            a.tags["monitoring:severity"] === severity && a.name.startsWith(`p-res-${kebab(key)}-`),
        );
        const [target] = values(json, "monitoring_target");
        expect(alert.criteria[0].threshold).toBe((options as Record<string, number>)[severity]);
        expect(target.thresholds[macro]).toBe(String(alert.criteria[0].threshold));
      }
    },
  );
});

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
