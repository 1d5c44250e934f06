/**
 * Shared set-up of the provider e2e tests: a real Zabbix (test/support/zabbix.ts), the bundled
 * provider installed into a temporary filesystem mirror with `installProvider`, Terraform working
 * directories whose CLI configuration lists that mirror, and a Zabbix API client to check the
 * backend after each step.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installProvider } from "../../../lib/cli/provider-command";
import { ZabbixClient } from "../../../lib/provider/zabbix";
import { PROVIDER_HOST, PROVIDER_SOURCE, PROVIDER_VERSION } from "../../../lib/provider/schema";
import { TerraformError, TerraformWorkdir } from "../../support/terraform";
import { startZabbix, type ZabbixInstance } from "../../support/zabbix";

export interface HostRow {
  readonly hostid: string;
  readonly host: string;
  readonly name: string;
  readonly status: string;
  readonly interfaces: { ip: string; dns: string; port: string; useip: string }[];
  readonly macros: { macro: string; value: string }[];
  readonly groups: { groupid: string }[];
  readonly tags: { tag: string; value: string }[];
  readonly parentTemplates: { name: string }[];
}

export class ProviderFixture {
  private constructor(
    readonly zabbix: ZabbixInstance,
    readonly api: ZabbixClient,
    readonly mirror: string,
  ) {}

  static async start(): Promise<ProviderFixture> {
    const zabbix = await startZabbix();
    const mirror = mkdtempSync(join(tmpdir(), "monitoring-provider-mirror-"));
    await installProvider({ dir: mirror });
    const api = new ZabbixClient({
      url: zabbix.url,
      username: zabbix.username,
      password: zabbix.password,
    });
    await api.connect();
    return new ProviderFixture(zabbix, api, mirror);
  }

  async stop(): Promise<void> {
    await this.api.close();
    await this.zabbix.stop();
    rmSync(this.mirror, { recursive: true, force: true });
  }

  /** A working directory with our provider in its filesystem mirror and credentials in the env. */
  workdir(env: Readonly<Record<string, string>> = {}): TerraformWorkdir {
    return new TerraformWorkdir({
      prefix: "monitoring-provider-e2e-",
      extraMirrors: [{ path: this.mirror, include: [`${PROVIDER_HOST}/${PROVIDER_SOURCE}`] }],
      env: { ZABBIX_USERNAME: this.zabbix.username, ZABBIX_PASSWORD: this.zabbix.password, ...env },
    });
  }

  /** A JSON configuration using the provider, with `resources` and optional extra top-level blocks. */
  config(
    resources: Record<string, Record<string, unknown>>,
    extra: Record<string, unknown> = {},
  ): unknown {
    return {
      terraform: {
        required_providers: { monitoring: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } },
      },
      provider: { monitoring: { zabbix: { url: this.zabbix.url } } },
      resource: resources,
      ...extra,
    };
  }

  async hosts(names: readonly string[]): Promise<HostRow[]> {
    return this.api.call<HostRow[]>("host.get", {
      filter: { host: names },
      output: ["hostid", "host", "name", "status"],
      selectInterfaces: ["ip", "dns", "port", "useip"],
      selectMacros: ["macro", "value"],
      selectGroups: ["groupid"],
      selectTags: ["tag", "value"],
      selectParentTemplates: ["name"],
    });
  }

  async host(name: string): Promise<HostRow | undefined> {
    return (await this.hosts([name]))[0];
  }

  async groupIds(names: readonly string[]): Promise<string[]> {
    const rows = await this.api.call<{ groupid: string }[]>("hostgroup.get", {
      filter: { name: names },
      output: ["groupid"],
    });
    return rows.map((r) => r.groupid);
  }

  async dashboards(names: readonly string[]): Promise<{ dashboardid: string; name: string }[]> {
    return this.api.call("dashboard.get", {
      filter: { name: names },
      output: ["dashboardid", "name"],
    });
  }
}

/** Starts a {@link ProviderFixture} before the file's tests and stops it after; call at top level. */
export function useProviderFixture(): () => ProviderFixture {
  let fx: ProviderFixture | undefined;
  beforeAll(async () => {
    fx = await ProviderFixture.start();
  });
  afterAll(async () => {
    await fx?.stop();
  });
  return () => fx!;
}

/** Terraform's output with line wrapping undone (it wraps diagnostics at the terminal width). */
export function unwrap(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Runs a terraform command expected to fail and returns its output, unwrapped. */
export async function expectFailure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof TerraformError) return unwrap(error.stderr + error.stdout);
    throw error;
  }
  throw new Error("terraform succeeded but was expected to fail");
}

/** `terraform plan -detailed-exitcode`: 0 when there are no changes, 2 when there are. */
export async function planExitCode(
  wd: TerraformWorkdir,
): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await wd.run([
      "plan",
      "-input=false",
      "-no-color",
      "-lock=false",
      "-detailed-exitcode",
    ]);
    return { code: 0, output: stdout };
  } catch (error) {
    if (error instanceof TerraformError && error.exitCode === 2)
      return { code: 2, output: error.stdout };
    throw error;
  }
}
