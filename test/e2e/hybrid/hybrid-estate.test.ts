/**
 * examples/hybrid end to end: synthesized by cdktf; the cloud stack planned with the real AWS
 * provider (offline); the backend stack applied with our provider to a real Zabbix 6.0, reading
 * the cloud resources' addresses from the cloud stack's state as an apply would leave it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKEND_STACK, buildHybridApp, CLOUD_STACK } from "../../../examples/hybrid/main";
import {
  dummyAwsProvider,
  findAwsMirror,
  TerraformWorkdir,
  type TerraformPlanJson,
} from "../../support/terraform";
import { ProviderFixture, planExitCode, type HostRow } from "../provider/provider-fixture";

let fixture: ProviderFixture;
let backend: TerraformWorkdir;
let stateDir: string;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Synthesizes the example and returns both stacks' JSON. */
function synthesize(webCpuWarning: number): { cloud: Json; backend: Json } {
  const outdir = mkdtempSync(join(tmpdir(), "hybrid-synth-"));
  try {
    buildHybridApp({ zabbixUrl: fixture.zabbix.url, webCpuWarning, stateDir }, outdir).synth();
    const read = (stack: string) =>
      JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")) as Json;
    return { cloud: read(CLOUD_STACK), backend: read(BACKEND_STACK) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The cloud stack's state after an apply: the outputs the backend stack reads, made up. */
function writeCloudState(cloud: Json): void {
  const outputs: Record<string, { value: string; type: string }> = {};
  for (const [name, output] of Object.entries(cloud.output as Record<string, { value: string }>)) {
    const value = output.value.endsWith(".private_ip}")
      ? `192.0.2.${100 + Object.keys(outputs).length}`
      : output.value.endsWith(".address}")
        ? "127.0.0.1"
        : `made-up-${Object.keys(outputs).length}`;
    outputs[name] = { value, type: "string" };
  }
  const state = { version: 4, terraform_version: "1.11.4", serial: 1, lineage: "hybrid-e2e" };
  writeFileSync(
    join(stateDir, `${CLOUD_STACK}.tfstate`),
    JSON.stringify({ ...state, outputs, resources: [] }),
  );
}

function macros(row: HostRow): Record<string, string> {
  return Object.fromEntries(row.macros.map((m) => [m.macro, m.value]));
}

beforeAll(async () => {
  fixture = await ProviderFixture.start();
  stateDir = mkdtempSync(join(tmpdir(), "hybrid-state-"));
  backend = fixture.workdir({ TF_VAR_snmp_community: "public-e2e", TF_VAR_pg_password: "pg-e2e" });
  const { cloud, backend: json } = synthesize(75);
  writeCloudState(cloud);
  backend.writeJson(json);
  await backend.init();
}, 300_000);

afterAll(async () => {
  backend?.remove();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  await fixture?.stop();
});

describe("examples/hybrid", () => {
  it("plans the cloud stack with the real AWS provider: instances, database, tagged alarms", async () => {
    const { cloud } = synthesize(75);
    const wd = new TerraformWorkdir({ awsMirror: findAwsMirror(), prefix: "hybrid-cloud-" });
    try {
      wd.writeJson({ ...cloud, provider: { aws: [dummyAwsProvider("eu-west-1")] } });
      await wd.init();
      await wd.plan({ out: "plan.bin", refresh: false });
      const plan: TerraformPlanJson = await wd.showJson("plan.bin");
      const changes = plan.resource_changes ?? [];
      const alarms = changes.filter((c) => c.type === "aws_cloudwatch_metric_alarm");
      expect(changes.filter((c) => c.type === "aws_instance")).toHaveLength(2);
      expect(alarms.length).toBe(22);
      for (const alarm of alarms) {
        const after = alarm.change.after as Json;
        expect(after.tags["monitoring:group"]).toBe("storefront");
        expect(["warning", "critical"]).toContain(after.tags["monitoring:severity"]);
      }
      expect(changes.some((c) => c.type.startsWith("monitoring_"))).toBe(false);
    } finally {
      wd.remove();
    }
  }, 300_000);

  it("applies the backend stack: hosts, groups, macros, templates and dashboards as declared", async () => {
    await backend.apply();

    const names = ["shop-web-1", "shop-web-2", "shop-orders", "wh-app-01", "wh-app-02"];
    names.push("wh-app-03", "wh-core-sw", "wh-stock-db", "shop-home");
    const hosts = await fixture.hosts(names);
    expect(hosts.map((h) => h.host).sort()).toEqual([...names].sort());
    const byName = (n: string) => hosts.find((h) => h.host === n)!;

    const web = byName("shop-web-1");
    expect(web.parentTemplates.map((t) => t.name)).toEqual(["AWS EC2 by HTTP"]);
    expect(macros(web)).toMatchObject({
      "{$AWS.EC2.CPU.UTIL.WARN.MAX}": "75",
      "{$AWS.REGION}": "eu-west-1",
      "{$AWS.EC2.INSTANCE.ID}": expect.stringMatching(/^made-up-/),
    });
    expect(web.interfaces[0]!.ip).toMatch(/^192\.0\.2\.1\d\d$/);
    const db = byName("shop-orders");
    expect(db.parentTemplates.map((t) => t.name)).toEqual(["AWS RDS instance by HTTP"]);
    expect(macros(db)["{$AWS.RDS.INSTANCE.ID}"]).toMatch(/^made-up-/);
    expect(byName("wh-app-01").parentTemplates.map((t) => t.name)).toEqual([
      "Linux by Zabbix agent",
    ]);
    expect(macros(byName("wh-app-02"))).toEqual({ "{$CPU.UTIL.CRIT}": "90" });
    // the community is a secret macro: Zabbix's API does not return its value
    expect(Object.keys(macros(byName("wh-core-sw")))).toEqual(["{$SNMP_COMMUNITY}"]);

    const groups = await fixture.api.call<{ groupid: string; name: string }[]>("hostgroup.get", {
      filter: { name: ["storefront", "warehouse"] },
      output: ["groupid", "name"],
    });
    expect(groups.map((g) => g.name).sort()).toEqual(["storefront", "warehouse"]);
    const groupOf = (h: HostRow) =>
      h.groups.map((g) => groups.find((x) => x.groupid === g.groupid)?.name);
    expect(groupOf(web)).toEqual(["storefront"]);
    expect(groupOf(byName("shop-home"))).toEqual(["storefront"]);
    expect(groupOf(byName("wh-stock-db"))).toEqual(["warehouse"]);
    const dashboards = await fixture.dashboards(["storefront", "warehouse"]);
    expect(dashboards.map((d) => d.name).sort()).toEqual(["storefront", "warehouse"]);
  }, 600_000);

  it("plans a changed shared threshold as exactly one in-place update per web instance", async () => {
    expect((await planExitCode(backend)).code).toBe(0);
    const { cloud, backend: json } = synthesize(65);
    backend.writeJson(json);
    const plan = await planExitCode(backend);
    expect(plan.code).toBe(2);
    expect(plan.output).toMatch(/Plan: 0 to add, 2 to change, 0 to destroy\./);
    expect(plan.output).toMatch(/"AWS\.EC2\.CPU\.UTIL\.WARN\.MAX"\s+= "75" -> "65"/);
    const changedAlarms = Object.values(cloud.resource.aws_cloudwatch_metric_alarm as Json).filter(
      (a: Json) => a.tags["monitoring:severity"] === "warning" && a.threshold === 65,
    );
    expect(changedAlarms).toHaveLength(2);
  }, 300_000);

  it("destroy removes every host, group and dashboard", async () => {
    await backend.destroy();
    const names = ["shop-web-1", "shop-web-2", "shop-orders", "wh-app-01", "wh-core-sw"];
    expect(await fixture.hosts(names)).toEqual([]);
    expect(await fixture.groupIds(["storefront", "warehouse"])).toEqual([]);
    expect(await fixture.dashboards(["storefront", "warehouse"])).toEqual([]);
  }, 300_000);
});
