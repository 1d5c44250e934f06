/**
 * `terraform apply -parallelism=20` of 100 targets registers each exactly once; `provider
 * install` makes `terraform init` find the provider offline with no CLI configuration; and
 * credentials never reach the logs, even at TF_LOG=trace.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVIDER_SOURCE, PROVIDER_VERSION } from "../../../lib/provider/schema";
import { findTerraform } from "../../support/terraform";
import { ProviderFixture, planExitCode } from "./provider-fixture";

const run = promisify(execFile);
let fx: ProviderFixture;
beforeAll(async () => {
  fx = await ProviderFixture.start();
});
afterAll(async () => {
  await fx?.stop();
});

describe("monitoring provider at scale", () => {
  it("registers 100 targets exactly once with -parallelism=20, and destroys them", async () => {
    const wd = fx.workdir();
    try {
      const names = Array.from({ length: 100 }, (_, i) => `scale-${String(i).padStart(3, "0")}`);
      const targets = Object.fromEntries(
        names.map((name, i) => [
          name.replace("-", "_"),
          {
            name,
            kind: "linux_server",
            // Linking "Linux by Zabbix agent" costs Zabbix 0.5-1 s per host; a light template keeps this quick.
            templates: ["ICMP Ping"],
            address: `192.0.2.${(i % 250) + 1}`,
            groups: ["${monitoring_group.scale.id}"],
          },
        ]),
      );
      wd.writeJson(
        fx.config({
          monitoring_group: { scale: { name: "e2e-scale" } },
          monitoring_target: targets,
        }),
      );
      await wd.init();
      const apply = await wd.run([
        "apply",
        "-input=false",
        "-no-color",
        "-auto-approve",
        "-parallelism=20",
      ]);
      expect(apply.stdout).toContain("Apply complete! Resources: 101 added");

      const hosts = await fx.hosts(names);
      expect(hosts.map((h) => h.host).sort()).toEqual(names);
      const [groupId] = await fx.groupIds(["e2e-scale"]);
      const inGroup = await fx.api.call<unknown[]>("host.get", {
        groupids: [groupId],
        output: ["hostid"],
      });
      expect(inGroup).toHaveLength(100);
      expect((await planExitCode(wd)).code).toBe(0);

      await wd.run(["destroy", "-input=false", "-no-color", "-auto-approve", "-parallelism=20"]);
      expect(await fx.hosts(names)).toEqual([]);
    } finally {
      wd.remove();
    }
  });
});

describe("provider install", () => {
  it("installs into $HOME/.terraform.d/plugins, where terraform init finds it offline with no CLI configuration", async () => {
    const home = mkdtempSync(join(tmpdir(), "monitoring-provider-home-"));
    try {
      const env = {
        ...process.env,
        HOME: home,
        TF_CLI_CONFIG_FILE: join(home, "absent.tfrc"),
        TF_IN_AUTOMATION: "1",
        CHECKPOINT_DISABLE: "1",
      };
      const cli = await run(
        process.execPath,
        [
          "--import",
          "tsx",
          join(__dirname, "..", "..", "..", "lib", "cli", "main.ts"),
          "provider",
          "install",
        ],
        { env },
      );
      expect(cli.stdout).toContain(`source  = "${PROVIDER_SOURCE}"`);
      expect(cli.stdout).toContain(`version = "${PROVIDER_VERSION}"`);
      expect(cli.stdout).toContain(
        join(
          home,
          ".terraform.d",
          "plugins",
          "registry.terraform.io",
          "cdktf-monitoring",
          "monitoring",
          PROVIDER_VERSION,
        ),
      );

      const dir = join(home, "work");
      mkdirSync(dir);
      writeFileSync(
        join(dir, "main.tf.json"),
        JSON.stringify(fx.config({ monitoring_group: { g: { name: "implied-mirror" } } })),
      );
      const tfEnv = {
        ...env,
        ZABBIX_USERNAME: fx.zabbix.username,
        ZABBIX_PASSWORD: fx.zabbix.password,
      };
      const init = await run(findTerraform(), ["init", "-input=false", "-no-color"], {
        cwd: dir,
        env: tfEnv,
      });
      expect(init.stdout).toContain(
        `Installed ${PROVIDER_SOURCE} v${PROVIDER_VERSION} (unauthenticated)`,
      );
      const plan = await run(findTerraform(), ["plan", "-input=false", "-no-color"], {
        cwd: dir,
        env: tfEnv,
      });
      expect(plan.stdout).toContain("Plan: 1 to add, 0 to change, 0 to destroy.");
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe("secrets", () => {
  it("never logs the API token, even with TF_LOG=trace", async () => {
    const [user] = await fx.api.call<{ userid: string }[]>("user.get", {
      filter: { username: fx.zabbix.username },
      output: ["userid"],
    });
    const { tokenids } = await fx.api.call<{ tokenids: string[] }>("token.create", {
      name: "e2e-secret",
      userid: user!.userid,
    });
    const [{ token }] = await fx.api.call<{ token: string }[]>("token.generate", tokenids);
    const wd = fx.workdir({ TF_LOG: "trace", ZABBIX_USERNAME: "", ZABBIX_PASSWORD: "" });
    try {
      const config = fx.config({ monitoring_group: { g: { name: "e2e-secret-group" } } }) as Record<
        string,
        unknown
      >;
      wd.writeJson({
        ...config,
        provider: { monitoring: { zabbix: { url: fx.zabbix.url, api_token: token } } },
      });
      await wd.init();
      const apply = await wd.apply();
      expect(apply.stdout).toContain("Apply complete! Resources: 1 added");
      expect(apply.stderr).toContain("provider.terraform-provider-monitoring");
      expect(apply.stdout + apply.stderr).not.toContain(token);
      expect(await fx.groupIds(["e2e-secret-group"])).toHaveLength(1);
      await wd.destroy();
    } finally {
      wd.remove();
    }
  });
});
