/**
 * A declared threshold fires for real. One cdktf app declares the service group "orders" twice:
 * in the cloud, an SQS queue whose backlog alarms (CloudWatch) have a warning and a critical
 * threshold; on premises, a `LinuxServer` whose Zabbix agent reports the local backlog, with an
 * agent check carrying the same two thresholds. The backend stack is applied with Terraform and
 * our provider to a real Zabbix; the test starts `zabbix_agentd` (the server target, reading the
 * value from a file the test writes) and `zabbix_server` on 127.0.0.1, crosses the thresholds
 * and sees the problems appear through the API with the declared severities, then clear.
 */
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack } from "cdktf";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { LinuxServer } from "../../../lib/backend/server";
import type { TerraformWorkdir } from "../../support/terraform";
import {
  assertZabbixAgentInstalled,
  disablePackagedServerHost,
  startZabbixAgent,
  startZabbixServer,
  type ZabbixDaemon,
} from "../../support/zabbix-daemons";
import { ProviderFixture, planExitCode } from "../provider/provider-fixture";

const GROUP = "orders";
const TARGET = "orders-worker-01";
const WARNING = 400;
const CRITICAL = 500;
/** Zabbix priorities of the declared severities: Warning and High. */
const PRIORITY = { warning: "2", critical: "4" };
const WITHIN_MS = 120_000;
const POLL_MS = 2_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface ProblemRow {
  readonly eventid: string;
  readonly objectid: string;
  readonly severity: string;
  readonly name: string;
  readonly r_eventid: string;
  readonly tags: ReadonlyArray<{ tag: string; value: string }>;
}

/** Synthesizes the app; returns both stacks' JSON. */
function synthesize(zabbixUrl: string, valueFile: string, agentPort: number): Json {
  const outdir = mkdtempSync(join(tmpdir(), "threshold-synth-"));
  try {
    const app = new App({ outdir, stackTraces: false });
    const cloud = new TerraformStack(app, "cloud");
    const backend = new TerraformStack(app, "backend");
    new AwsProvider(cloud, "aws", { region: "eu-west-1" });
    new MonitoringProvider(backend, "monitoring", { zabbix: { url: zabbixUrl } });
    const monitoring = new Monitoring(cloud, "monitoring", {
      prefix: "shop",
      backend: { scope: backend },
    });
    const queue = new SqsQueue(cloud, "orders-queue", { name: "shop-orders" });
    monitoring.monitorSqsQueue(queue, {
      group: GROUP,
      messagesVisible: { warning: WARNING, critical: CRITICAL },
    });
    new LinuxServer(backend, TARGET, {
      address: "127.0.0.1",
      agentPort,
      group: GROUP,
      // Light: the agent's own availability items instead of the full Linux template.
      templates: ["Zabbix agent"],
      checks: [
        {
          name: "orders backlog",
          key: `vfs.file.contents[${valueFile}]`,
          intervalSeconds: 2,
          warning: WARNING,
          critical: CRITICAL,
        },
      ],
    });
    app.synth();
    const read = (stack: string) =>
      JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")) as Json;
    return { cloud: read("cloud"), backend: read("backend") };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe("a declared threshold raises a problem in a real Zabbix", () => {
  let fx: ProviderFixture | undefined;
  let wd: TerraformWorkdir | undefined;
  let agent: ZabbixDaemon | undefined;
  let server: ZabbixDaemon | undefined;

  beforeAll(async () => {
    fx = await ProviderFixture.start();
    wd = fx.workdir();
  });
  afterAll(async () => {
    await server?.stop();
    await agent?.stop();
    wd?.remove();
    await fx?.stop();
  });

  it("fires with the declared severities, clears when the value returns, and the cloud alarm has the same thresholds", async () => {
    assertZabbixAgentInstalled();
    const api = fx!.api;
    agent = await startZabbixAgent(TARGET);
    const valueFile = join(agent.dir, "orders-backlog");
    const setValue = (n: number) => writeFileSync(valueFile, String(n));
    setValue(10);
    const logs = () =>
      `--- zabbix_server ---\n${server?.log().slice(-3000) ?? ""}\n--- zabbix_agentd ---\n${agent?.log().slice(-2000) ?? ""}`;

    const { cloud, backend } = synthesize(fx!.zabbix.url, valueFile, agent.port);

    // One threshold, two places: the cloud alarms of the group carry the same numbers.
    const alarms = Object.values(cloud.resource.aws_cloudwatch_metric_alarm as Json).filter(
      (a: Json) => a.tags["monitoring:group"] === GROUP,
    ) as Json[];
    const cloudThresholds = Object.fromEntries(
      alarms
        .filter((a) => a.metric_name === "ApproximateNumberOfMessagesVisible")
        .map((a) => [a.tags["monitoring:severity"], a.threshold]),
    );
    expect(cloudThresholds).toEqual({ warning: WARNING, critical: CRITICAL });
    const [check] = Object.values(backend.resource.monitoring_check as Json) as Json[];
    expect(check).toMatchObject({ warning: WARNING, critical: CRITICAL, interval: 2 });

    wd!.writeJson(backend);
    await wd!.init();
    await wd!.apply();

    const [host] = await api.call<Array<{ hostid: string }>>("host.get", {
      output: ["hostid"],
      filter: { host: [TARGET] },
    });
    expect(host).toBeDefined();
    const triggers = await api.call<Array<{ triggerid: string; priority: string; tags: Json[] }>>(
      "trigger.get",
      {
        output: ["triggerid", "priority"],
        hostids: [host!.hostid],
        selectTags: ["tag", "value"],
        tags: [{ tag: "monitoring.severity", operator: 4 }],
      },
    );
    const triggerOf = (severity: "warning" | "critical") =>
      triggers.find((t) => t.tags.some((tag) => tag.value === severity))!.triggerid;
    expect(triggers.map((t) => t.priority).sort()).toEqual([PRIORITY.warning, PRIORITY.critical]);

    // Nothing but this host may be polled.
    await disablePackagedServerHost(api);
    server = await startZabbixServer(fx!.zabbix);

    const problems = () =>
      api.call<ProblemRow[]>("problem.get", {
        output: ["eventid", "objectid", "severity", "name", "r_eventid"],
        hostids: [host!.hostid],
        selectTags: ["tag", "value"],
        recent: true,
      });
    const open = async () => (await problems()).filter((p) => p.r_eventid === "0");
    async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<number> {
      const start = Date.now();
      for (;;) {
        if ((await probe()) !== undefined) return Date.now() - start;
        if (Date.now() - start > WITHIN_MS)
          throw new Error(`${what} did not happen within ${WITHIN_MS / 1000} s. Logs:\n${logs()}`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    }

    // The agent answers, and below both thresholds there is no problem.
    const firstValue = await waitFor("the check's first value", async () => {
      const [item] = await api.call<Array<{ lastclock: string; lastvalue: string }>>("item.get", {
        output: ["lastclock", "lastvalue"],
        hostids: [host!.hostid],
        filter: { key_: [`vfs.file.contents[${valueFile}]`] },
      });
      return Number(item?.lastclock) > 0 ? item : undefined;
    });
    expect(await open()).toEqual([]);

    setValue(450);
    const toWarning = await waitFor("the warning problem", async () =>
      (await open()).find((p) => p.objectid === triggerOf("warning")),
    );
    const afterWarning = await open();
    expect(afterWarning).toHaveLength(1);
    expect(afterWarning[0]).toMatchObject({
      severity: PRIORITY.warning,
      tags: expect.arrayContaining([{ tag: "monitoring.severity", value: "warning" }]),
    });

    setValue(600);
    const toCritical = await waitFor("the critical problem", async () =>
      (await open()).find((p) => p.objectid === triggerOf("critical")),
    );
    const critical = (await open()).find((p) => p.objectid === triggerOf("critical"))!;
    expect(critical.severity).toBe(PRIORITY.critical);
    expect(critical.name).toBe(`${TARGET}: orders backlog above ${CRITICAL}`);

    setValue(100);
    const toRecovery = await waitFor("the recovery of both problems", async () => {
      const all = await problems();
      const resolved = all.filter((p) => p.r_eventid !== "0").map((p) => p.objectid);
      return all.every((p) => p.r_eventid !== "0") &&
        resolved.includes(triggerOf("warning")) &&
        resolved.includes(triggerOf("critical"))
        ? all
        : undefined;
    });

    console.log(
      `threshold e2e: first value ${firstValue} ms after server start, warning problem ${toWarning} ms, ` +
        `critical problem ${toCritical} ms after crossing, recovery ${toRecovery} ms after the value returned`,
    );

    await server.stop();
    server = undefined;

    // The provider reads the thresholds back from the triggers: no change, and a severity
    // changed in Zabbix is drift that the next apply restores.
    expect((await planExitCode(wd!)).code).toBe(0);
    await api.call("trigger.update", { triggerid: triggerOf("critical"), priority: 3 });
    const drift = await planExitCode(wd!);
    expect(drift.code).toBe(2);
    expect(drift.output).toMatch(/\+ critical\s+=\s+500/);
    await wd!.apply();
    const [restored] = await api.call<Array<{ priority: string }>>("trigger.get", {
      output: ["priority"],
      triggerids: [triggerOf("critical")],
    });
    expect(restored?.priority).toBe(PRIORITY.critical);

    await wd!.destroy();
    expect(await api.call("host.get", { output: ["hostid"], filter: { host: [TARGET] } })).toEqual(
      [],
    );
  });
});
