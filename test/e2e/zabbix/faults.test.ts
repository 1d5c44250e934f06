import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TargetSpec } from "../../../lib/provider/backend-driver";
import { connectZabbix, type ZabbixDriver } from "../../../lib/provider/zabbix";
import { createSelfSignedCertificate } from "../../../lib/provider/protocol/certificate";
import { freePort } from "../../support/zabbix-postgres";
import { startZabbix, type ZabbixInstance } from "../../support/zabbix";
import { startFaultProxy, type FaultProxy } from "./fault-proxy";
import { rawApi, rejection, type RawApi } from "./fixture";

let zabbix: ZabbixInstance;
let proxy: FaultProxy;
let driver: ZabbixDriver;
let api: RawApi;
let group: string;
const log: string[] = [];
const RETRY = { attempts: 4, baseDelayMs: 20, maxDelayMs: 100 };
/** A user with a password distinctive enough to search for in messages. */
const USER = { username: "ci-operator", password: "Op3rator-Pa55-Unique" };

function target(name: string): TargetSpec {
  return {
    name,
    displayName: name,
    kind: "linux_server",
    templates: ["ICMP Ping"],
    address: "192.0.2.20",
    port: 10050,
    groups: [group],
    thresholds: {},
    tags: {},
    enabled: true,
  };
}

const count = (method: string) => proxy.methods.filter((m) => m === method).length;

beforeAll(async () => {
  zabbix = await startZabbix();
  proxy = await startFaultProxy(zabbix.url);
  api = await rawApi(zabbix);
  // Super admin role (3) in the "Zabbix administrators" user group (7) of the packaged data.
  await api.call("user.create", {
    username: USER.username,
    passwd: USER.password,
    roleid: "3",
    usrgrps: [{ usrgrpid: "7" }],
  });
  driver = await connectZabbix({
    url: proxy.url,
    username: USER.username,
    password: USER.password,
    retry: RETRY,
    log: (line) => log.push(line),
  });
  group = (await driver.groups.create({ name: "Faults" })).id;
});

afterEach(() => {
  proxy.failNext("503", 0);
  proxy.methods.length = 0;
  log.length = 0;
});

afterAll(async () => {
  await driver?.close();
  await proxy?.close();
  await zabbix?.stop();
});

describe("Zabbix client: transient failures", () => {
  it("retries HTTP 503 with backoff and then succeeds", async () => {
    proxy.failNext("503", 2, "host.create");

    const created = await driver.targets.create(target("retry-503"));

    expect(count("host.create")).toBe(3);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatch(/host\.create failed \(attempt 1\/4\).*HTTP 503; retrying in \d+ ms/);
    expect(await driver.targets.read(created.id)).toMatchObject({ name: "retry-503" });
  });

  it("retries dropped connections", async () => {
    proxy.failNext("reset", 1, "hostgroup.get");

    expect(await driver.groups.findByName("Faults")).toEqual({ id: group, name: "Faults" });
    expect(count("hostgroup.get")).toBe(2);
  });

  it("gives up after the bounded number of attempts with a transient error", async () => {
    proxy.failNext("503", 100);
    const started = Date.now();

    const error = await rejection(driver.groups.read(group));

    expect(error.kind).toBe("transient");
    expect(count("hostgroup.get")).toBe(RETRY.attempts);
    // Delays are at most 20 + 40 + 80 ms (jittered below that).
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("an unreachable server (closed port) is transient after the bounded attempts", async () => {
    const closed = `http://127.0.0.1:${await freePort()}/api_jsonrpc.php`;
    const lines: string[] = [];

    const error = await rejection(
      connectZabbix({
        url: closed,
        apiToken: "t0ken-never-shown",
        retry: RETRY,
        log: (l) => lines.push(l),
      }),
    );

    expect(error.kind).toBe("transient");
    expect(error.message).toContain("ECONNREFUSED");
    expect(lines).toHaveLength(RETRY.attempts - 1);
  });

  it("never retries validation errors", async () => {
    await driver.targets.create(target("once-only"));
    proxy.methods.length = 0;

    const error = await rejection(driver.targets.create(target("once-only")));

    expect(error.kind).toBe("conflict");
    expect(count("host.create")).toBe(1);
    expect(log).toEqual([]);
  });

  it("a create whose response was lost is retried without making a duplicate", async () => {
    proxy.failNext("lose-response", 1, "host.create");

    const created = await driver.targets.create(target("lost-answer"));

    const hosts = await api.call<Array<{ hostid: string }>>("host.get", {
      output: ["hostid"],
      filter: { host: ["lost-answer"] },
    });
    // The lookup before the re-send finds the host the first attempt made: no second create.
    expect(count("host.create")).toBe(1);
    expect(hosts.map((h) => h.hostid)).toEqual([created.id]);
  });

  it("a create abandoned while Zabbix still runs it is looked up before it is re-sent: one host", async () => {
    // GIVEN the client gives up on host.create while Zabbix is still creating the host
    proxy.failNext("abandon", 1, "host.create");
    const spec = { ...target("abandoned"), tags: { "terraform-provider-monitoring": "f00d" } };

    // WHEN
    const created = await driver.targets.create(spec);

    // THEN exactly one host exists, the one returned, and a lookup preceded any re-send
    const hosts = await api.call<Array<{ hostid: string }>>("host.get", {
      output: ["hostid"],
      filter: { host: ["abandoned"] },
    });
    expect(hosts.map((h) => h.hostid)).toEqual([created.id]);
    const firstRetry = proxy.methods.indexOf("host.create") + 1;
    expect(proxy.methods[firstRetry]).toBe("host.get");
    expect(log.some((l) => l.includes("host.create failed (attempt 1/"))).toBe(true);
  });

  it("a re-sent create does not take over a same-named host made for another spec", async () => {
    // GIVEN a host with the name but without the spec's fingerprint, and a lost first answer
    await api.call("host.create", {
      host: "not-ours",
      groups: [{ groupid: group }],
    });
    proxy.failNext("reset", 1, "host.create");
    const spec = { ...target("not-ours"), tags: { "terraform-provider-monitoring": "beef" } };

    // WHEN / THEN the lookup finds nothing of ours, the re-send collides: a conflict, no adoption
    const error = await rejection(driver.targets.create(spec));
    expect(error.kind).toBe("conflict");
    const hosts = await api.call<Array<{ tags: Array<{ tag: string }> }>>("host.get", {
      output: ["hostid"],
      selectTags: ["tag"],
      filter: { host: ["not-ours"] },
    });
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.tags).toEqual([]);
  });

  it("a group create whose response was lost returns the group it made", async () => {
    proxy.failNext("lose-response", 1, "hostgroup.create");

    const created = await driver.groups.create({ name: "Lost group" });

    const groups = await api.call<Array<{ groupid: string }>>("hostgroup.get", {
      output: ["groupid"],
      filter: { name: ["Lost group"] },
    });
    expect(groups.map((g) => g.groupid)).toEqual([created.id]);
  });
});

describe("Zabbix driver: batched creates", () => {
  it("concurrent creates share host.create calls; a batch Zabbix rejects falls back to one call each", async () => {
    // GIVEN ten concurrent creates, one of them in a group only Zabbix can tell is missing
    const names = Array.from({ length: 10 }, (_, i) => `batch-${i}`);
    const specs = names.map((name) => target(name));
    specs[3] = { ...specs[3]!, groups: ["999999"] };

    // WHEN
    const results = await Promise.allSettled(specs.map((s) => driver.targets.create(s)));

    // THEN the bad one alone fails, on its field; the others exist exactly once
    expect(results[3]).toMatchObject({
      status: "rejected",
      reason: { kind: "invalid", details: { field: "groups" } },
    });
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(9);
    expect(count("host.create")).toBeGreaterThan(1);
    const hosts = await api.call<Array<{ host: string }>>("host.get", {
      output: ["host"],
      filter: { host: names },
    });
    expect(hosts.map((h) => h.host).sort()).toEqual(names.filter((n) => n !== "batch-3").sort());

    // AND happy concurrent creates go in fewer calls than hosts
    proxy.methods.length = 0;
    const more = Array.from({ length: 10 }, (_, i) => target(`batch-ok-${i}`));
    await Promise.all(more.map((s) => driver.targets.create(s)));
    expect(count("host.create")).toBeLessThan(10);
  });
});

describe("Zabbix client: credentials stay secret", () => {
  it("a wrong password is an auth error that does not contain the password", async () => {
    const error = await rejection(
      connectZabbix({ url: zabbix.url, username: "Admin", password: "Sup3r-S3cret-Pw" }),
    );

    expect(error.kind).toBe("auth");
    expect(error.message).not.toContain("Sup3r-S3cret-Pw");
    expect(JSON.stringify(error)).not.toContain("Sup3r-S3cret-Pw");
  });

  it("a wrong API token is an auth error that does not contain the token", async () => {
    const token = "f".repeat(64);

    const error = await rejection(connectZabbix({ url: zabbix.url, apiToken: token }));

    expect(error.kind).toBe("auth");
    expect(error.message).not.toContain(token);
  });

  it("a real API token works, and neither it nor the session appears in retry logs or errors", async () => {
    const { tokenids } = await api.call<{ tokenids: string[] }>("token.create", {
      name: "ci",
      userid: "1",
    });
    const [{ token }] = await api.call<Array<{ token: string }>>("token.generate", tokenids);
    const lines: string[] = [];
    const withToken = await connectZabbix({
      url: proxy.url,
      apiToken: token,
      retry: RETRY,
      log: (l) => lines.push(l),
    });
    proxy.failNext("503", 100);

    const error = await rejection(withToken.groups.findByName("Faults"));
    proxy.failNext("503", 0);
    const found = await withToken.groups.findByName("Faults");
    await withToken.close();

    expect(found?.id).toBe(group);
    expect(lines.length).toBeGreaterThan(0);
    expect(proxy.auths.size).toBeGreaterThan(1);
    for (const text of [...lines, error.message, ...log]) {
      expect(text).not.toContain(USER.password);
      for (const secret of proxy.auths) expect(text).not.toContain(secret);
    }
  });

  it("close() ends the session it logged in with", async () => {
    const before = new Set(proxy.auths);
    const client = await connectZabbix({ url: proxy.url, ...USER, retry: RETRY });
    await client.groups.findByName("Faults");
    const [session] = [...proxy.auths].filter((a) => !before.has(a));
    const valid = async () => {
      const response = await fetch(zabbix.url, {
        method: "POST",
        headers: { "content-type": "application/json-rpc" },
        body: JSON.stringify({
          jsonrpc: "2.0",
          method: "hostgroup.get",
          params: { limit: 1 },
          auth: session,
          id: 1,
        }),
      });
      return "result" in ((await response.json()) as object);
    };
    expect(session).toBeDefined();
    expect(await valid()).toBe(true);

    await client.close();

    expect(await valid()).toBe(false);
  });

  it("credentials in the url are not echoed", async () => {
    const url = proxy.url.replace("http://", "http://user:Url-Secret@");
    proxy.failNext("503", 100);

    const error = await rejection(connectZabbix({ url, apiToken: "x", retry: RETRY }));

    expect(error.message).not.toContain("Url-Secret");
  });
});

describe("Zabbix client: TLS", () => {
  it("rejects an untrusted certificate unless insecureSkipTlsVerify is set", async () => {
    const { certPem, keyPem } = createSelfSignedCertificate();
    const tlsProxy = await startFaultProxy(zabbix.url, { cert: certPem, key: keyPem });
    try {
      const credentials = { url: tlsProxy.url, username: USER.username, password: USER.password };

      const refused = await rejection(connectZabbix({ ...credentials, retry: RETRY }));
      const reachedBeforeSkip = tlsProxy.methods.length;
      const skipping = await connectZabbix({ ...credentials, insecureSkipTlsVerify: true });
      const found = await skipping.groups.findByName("Faults");
      await skipping.close();

      expect(refused.kind).toBe("invalid");
      expect(refused.details.field).toBe("insecure_skip_tls_verify");
      // The handshake failed: no request got through, and none was retried.
      expect(reachedBeforeSkip).toBe(0);
      expect(found?.id).toBe(group);
    } finally {
      await tlsProxy.close();
    }
  });
});
