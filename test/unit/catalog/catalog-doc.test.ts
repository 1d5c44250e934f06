import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOC_PATH, renderAwsDefaultAlarms } from "../../../scripts/aws-default-alarms-doc";
import {
  AZURE_DOC_PATH,
  renderAzureDefaultAlarms,
} from "../../../scripts/azure-default-alarms-doc";

describe("docs/aws-default-alarms.md", () => {
  it("is current with the catalog (regenerate: npx tsx scripts/aws-default-alarms-doc.ts)", async () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "..", DOC_PATH), "utf8");
    expect(onDisk).toBe(await renderAwsDefaultAlarms());
  });

  it("shows each entry's thresholds, window and source", async () => {
    const doc = (await renderAwsDefaultAlarms()).replace(/ {2,}/g, " ");
    expect(doc).toContain(
      "| `cpuUtilization` | AWS/RDS CPUUtilization | Average | > 80 % | > 90 % | 5/5 × 60 s | missing | [RA](https://docs.aws.amazon.com/",
    );
    expect(doc).toContain("| `duration` | AWS/Lambda Duration | p90 | > 80% of `timeoutMs` |");
    expect(doc).toContain("| `runningTaskCount` (off) |");
    expect(doc).toContain(
      "| `statusCheckFailed` | AWS/EC2 StatusCheckFailed | Maximum | – | >= 1 count |",
    );
  });
});

describe("docs/azure-default-alarms.md", () => {
  it("is current with the catalog (regenerate: npx tsx scripts/azure-default-alarms-doc.ts)", async () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "..", AZURE_DOC_PATH), "utf8");
    expect(onDisk).toBe(await renderAzureDefaultAlarms());
  });

  it("shows each entry's thresholds, window, frequency and the decision on its AMBA row", async () => {
    const doc = (await renderAzureDefaultAlarms()).replace(/ {2,}/g, " ");
    expect(doc).toContain(
      "| `percentageCpu` | Percentage CPU | Average | > 80 % | – | PT5M / PT5M | [AMBA](https://azure.github.io/azure-monitor-baseline-alerts/services/Compute/virtualMachines/): AMBA verified",
    );
    expect(doc).toContain(
      "| `failedSnatConnections` | SnatConnectionCount [ConnectionState=Failed] |",
    );
    expect(doc).toContain("| `storageFree` (off) |");
  });
});
