import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { describe, expect, it } from "vitest";
import { LinuxServer, Monitoring, Notify } from "../../../lib";
import { alarmsByName, ami, synth } from "../core/synth-helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const values = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});

describe("service groups across cloud and on-premises declarations", () => {
  it("creates one monitoring_group and one backend dashboard per group, whoever names it", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", backend: {} });
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      m.monitorEc2Instance(web, { group: "payments" });
      new LinuxServer(stack, "db1", { address: "192.0.2.10", group: "payments" });
      new LinuxServer(stack, "db2", { address: "192.0.2.11", group: "storage" });
    });
    const groups = values(json, "monitoring_group").map((g) => g.name);
    expect(groups.sort()).toEqual(["payments", "storage"]);
    const dashboards = values(json, "monitoring_dashboard");
    expect(dashboards.map((d) => d.name).sort()).toEqual(["payments", "storage"]);
    for (const d of dashboards) {
      expect(d.groups).toEqual([expect.stringMatching(/^\$\{monitoring_group\.[^.]+\.id\}$/)]);
    }
  });

  it("tags every alarm with its group and severity, and topics with their severity", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: { critical: [Notify.email("oncall@example.com")] },
      });
      m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }), {
        group: "payments",
      });
      m.addCompositeAlarm("payments-critical", { group: "payments", severity: "critical" });
    });
    const alarms = Object.values(alarmsByName(json));
    expect(alarms.length).toBeGreaterThan(1);
    for (const alarm of alarms) {
      expect(alarm.tags["monitoring:group"]).toBe("payments");
      expect(alarm.alarm_name).toContain(`-${alarm.tags["monitoring:severity"]}`);
    }
    expect(values(json, "aws_sns_topic").map((t) => t.tags)).toEqual([
      { "monitoring:severity": "critical" },
    ]);
    expect(values(json, "aws_cloudwatch_composite_alarm").map((c) => c.tags)).toEqual([
      { "monitoring:group": "payments", "monitoring:severity": "critical" },
    ]);
  });
});

describe("cloud resources as backend targets", () => {
  it("registers EC2 and RDS with the template identifiers and the alarm's threshold", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", backend: {} });
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      m.monitorEc2Instance(web, { group: "web", cpuUtilization: { warning: 70, critical: 90 } });
      const db = new DbInstance(stack, "db", {
        identifier: "orders",
        engine: "postgres",
        instanceClass: "db.t3.micro",
        allocatedStorage: 20,
      });
      m.monitorRdsInstance(db, { group: "web" });
    });
    const targets = values(json, "monitoring_target");
    const ec2 = targets.find((t) => t.kind === "aws_ec2");
    expect(ec2.name).toBe("shop-web");
    expect(ec2.address).toMatch(/^\$\{aws_instance\.web\.private_ip\}$/);
    expect(ec2.thresholds["AWS.EC2.INSTANCE.ID"]).toBe("${aws_instance.web.id}");
    expect(ec2.thresholds["AWS.REGION"]).toBe("eu-west-1");
    expect(ec2.thresholds["AWS.EC2.CPU.UTIL.WARN.MAX"]).toBe("70");
    const rds = targets.find((t) => t.kind === "aws_rds");
    expect(rds.address).toBe("${aws_db_instance.db.address}");
    expect(rds.thresholds["AWS.RDS.INSTANCE.ID"]).toBe("${aws_db_instance.db.identifier}");
    expect(values(json, "monitoring_group").map((g) => g.name)).toEqual(["web"]);
    expect(targets.every((t) => /monitoring_group\.[^.]+\.id/.test(t.groups[0]))).toBe(true);
  });

  it("registers nothing without backend, and nothing with registerTargets: false", () => {
    for (const backend of [undefined, { registerTargets: false }]) {
      const { json } = synth((stack) => {
        const m = new Monitoring(stack, "monitoring", { prefix: "shop", backend });
        m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }));
      });
      expect(values(json, "monitoring_target")).toEqual([]);
    }
  });
});

describe("S3 buckets as backend targets", () => {
  it("registers an aws_s3 target with the bucket name, region and request-metrics filter", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", backend: {} });
      const assets = new S3Bucket(stack, "assets", { bucket: "shop-assets" });
      m.registerS3Bucket(assets, { group: "web", requestMetricsFilterId: "all" });
    });
    const [target] = values(json, "monitoring_target");
    expect(target).toMatchObject({
      kind: "aws_s3",
      name: "shop-assets",
      address: "${aws_s3_bucket.assets.bucket_domain_name}",
      thresholds: {
        "AWS.S3.BUCKET.NAME": "${aws_s3_bucket.assets.bucket}",
        "AWS.S3.FILTER.ID": "all",
        "AWS.REGION": "eu-west-1",
      },
    });
    expect(values(json, "monitoring_group").map((g) => g.name)).toEqual(["web"]);
  });

  it("rejects registerS3Bucket() on a facade without backend, naming the bucket", () => {
    expect(() =>
      synth((stack) => {
        const m = new Monitoring(stack, "monitoring", { prefix: "shop" });
        m.registerS3Bucket(new S3Bucket(stack, "assets", {}));
      }),
    ).toThrow(
      /stack\/assets.*registerS3Bucket\(\)[\s\S]*backend: the facade stack\/monitoring has no backend/,
    );
  });
});

describe("bad backend options", () => {
  it("name the facade, the option and what is allowed", () => {
    const bad = [
      [{ registerTargets: "yes" }, /backend\.registerTargets: must be a boolean/],
      [{ scope: "backend" }, /backend\.scope: must be a construct/],
      [{ stack: 1 }, /backend\.stack: unknown option; allowed: scope, provider, registerTargets/],
    ] as const;
    for (const [backend, message] of bad) {
      expect(() =>
        synth((stack) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          new Monitoring(stack, "monitoring", { prefix: "p", backend: backend as any });
        }),
      ).toThrow(message);
      expect(() =>
        synth((stack) => {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          new Monitoring(stack, "monitoring", { prefix: "p", backend: backend as any });
        }),
      ).toThrow(/stack\/monitoring/);
    }
  });
});
