/**
 * Faults against a real Zabbix: a create whose answer was lost is adopted, not duplicated; a
 * backend outage half-way through an apply (a loopback proxy answering 503) leaves state
 * consistent, and the next apply converges with every target registered exactly once.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderFixture, expectFailure, planExitCode } from "./provider-fixture";

let fx: ProviderFixture;
beforeAll(async () => {
  fx = await ProviderFixture.start();
});
afterAll(async () => {
  await fx?.stop();
});

/** Forwards JSON-RPC to Zabbix; while `failCreates` is on, answers `host.create` with 503. */
class FlakyProxy {
  failCreatesAfter = Infinity;
  creates = 0;
  private constructor(private readonly server: Server) {}

  static async start(upstream: string): Promise<FlakyProxy> {
    const server = createServer();
    const proxy = new FlakyProxy(server);
    server.on("request", (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        if (body.includes('"host.create"') && ++proxy.creates > proxy.failCreatesAfter) {
          res.writeHead(503).end("backend down");
          return;
        }
        fetch(upstream, {
          method: "POST",
          headers: { "content-type": "application/json-rpc" },
          body,
        })
          .then(async (answer) =>
            res
              .writeHead(answer.status, { "content-type": "application/json" })
              .end(await answer.text()),
          )
          .catch(() => res.writeHead(502).end());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api_jsonrpc.php`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const target = (name: string, i: number) => ({
  name,
  kind: "linux_server",
  templates: ["ICMP Ping"],
  address: `192.0.2.${i + 100}`,
  groups: ["${monitoring_group.faults.id}"],
});

describe("monitoring provider faults", () => {
  it("adopts a target whose create answer was lost instead of duplicating it", async () => {
    const wd = fx.workdir();
    try {
      wd.writeJson(
        fx.config({
          monitoring_group: { faults: { name: "e2e-lost" } },
          monitoring_target: { lost: target("lost-01", 1) },
        }),
      );
      await wd.init();
      await wd.apply();
      const created = (await fx.host("lost-01"))!;
      // The answer never reached Terraform: the object exists, the state does not know it.
      await wd.run(["state", "rm", "-no-color", "monitoring_target.lost"]);

      const again = await wd.apply();
      expect(again.stdout + again.stderr).toContain("Adopted existing target");
      expect((await fx.hosts(["lost-01"])).map((h) => h.hostid)).toEqual([created.hostid]);
      expect((await planExitCode(wd)).code).toBe(0);
      await wd.destroy();
    } finally {
      wd.remove();
    }
  });

  it("leaves consistent state after an outage half-way through an apply, and the next apply converges", async () => {
    const proxy = await FlakyProxy.start(fx.zabbix.url);
    const wd = fx.workdir();
    try {
      const names = Array.from({ length: 10 }, (_, i) => `outage-${i}`);
      const config = fx.config({
        monitoring_group: { faults: { name: "e2e-outage" } },
        monitoring_target: Object.fromEntries(
          names.map((n, i) => [n.replace("-", "_"), target(n, i)]),
        ),
      }) as { provider: unknown };
      wd.writeJson({ ...config, provider: { monitoring: { zabbix: { url: proxy.url } } } });
      await wd.init();

      proxy.failCreatesAfter = 4;
      const failed = await expectFailure(
        wd.run(["apply", "-input=false", "-no-color", "-auto-approve", "-parallelism=1"]),
      );
      expect(failed).toContain("Monitoring backend unavailable");
      const registered = (await fx.hosts(names)).map((h) => h.host);
      expect(registered.length).toBe(4);
      const state = JSON.stringify(await wd.showJson());
      for (const name of registered) expect(state).toContain(`"name":"${name}"`);

      proxy.failCreatesAfter = Infinity;
      await wd.run(["apply", "-input=false", "-no-color", "-auto-approve"]);
      expect((await fx.hosts(names)).map((h) => h.host).sort()).toEqual([...names].sort());
      expect((await planExitCode(wd)).code).toBe(0);
      await wd.destroy();
    } finally {
      wd.remove();
      await proxy.close();
    }
  });
});
