import { Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import { declareEstate } from "./main";

interface Target {
  name: string;
  kind: string;
  address: string;
  thresholds?: Record<string, string>;
}

function synthesized() {
  const { cloud, backend } = declareEstate(
    Testing.app(),
    "https://zabbix.example.com/api_jsonrpc.php",
  );
  const backendJson = JSON.parse(Testing.synth(backend));
  const cloudJson = JSON.parse(Testing.synth(cloud));
  const targets = Object.values(backendJson.resource.monitoring_target) as Target[];
  return { backendJson, cloudJson, targets };
}

describe("estate monitoring", () => {
  it("registers the warehouse and the storefront in the backend", () => {
    const { targets } = synthesized();
    expect(targets.map((t) => t.kind).sort()).toEqual([
      "aws_ec2",
      "aws_ec2",
      "aws_rds",
      "linux_server",
      "linux_server",
      "network_device",
      "postgres",
      "web_endpoint",
    ]);
  });

  it("gives the web servers' CPU the same warning threshold in CloudWatch and in Zabbix", () => {
    const { cloudJson, targets } = synthesized();
    const alarm = Object.values(cloudJson.resource.aws_cloudwatch_metric_alarm).find(
      (a) => (a as { alarm_name: string }).alarm_name === "shop-web-1-cpu-utilization-warning",
    ) as { threshold: number };
    const web = targets.find((t) => t.name === "shop-web-1");
    expect(alarm.threshold).toBe(75);
    expect(web?.thresholds?.["AWS.EC2.CPU.UTIL.WARN.MAX"]).toBe("75");
  });
});
