/**
 * The installed provider, run by the real terraform, trusts an HTTPS backend exactly as node
 * would: its wrapper starts node without parsing CA files (for a fast handshake) and the Zabbix
 * client then trusts node's bundled CAs plus NODE_EXTRA_CA_CERTS itself. The backend here is a
 * JSON-RPC server on 127.0.0.1 answering the few calls a plan with a template lookup makes, over
 * TLS with a self-signed certificate that only NODE_EXTRA_CA_CERTS makes trusted.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installProvider } from "../../../lib/cli/provider-command";
import { createSelfSignedCertificate } from "../../../lib/provider/protocol/certificate";
import { PROVIDER_HOST, PROVIDER_SOURCE, PROVIDER_VERSION } from "../../../lib/provider/schema";
import { TerraformError, TerraformWorkdir } from "../../support/terraform";

const TEMPLATE = "Template From HTTPS";

let dir: string;
let server: Server;
let url: string;
let caFile: string;
let otherCaFile: string;
const methods: string[] = [];

/** Answers apiinfo.version, hostgroup.get and template.get like Zabbix 6.0. */
function answer(method: string): unknown {
  if (method === "apiinfo.version") return "6.0.14";
  if (method === "template.get") return [{ templateid: "10001", host: TEMPLATE, name: TEMPLATE }];
  return [];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "monitoring-extra-ca-"));
  await installProvider({ dir: join(dir, "mirror"), env: { ...process.env, HOME: dir } });
  const certificate = createSelfSignedCertificate();
  caFile = join(dir, "backend-ca.pem");
  writeFileSync(caFile, certificate.certPem);
  otherCaFile = join(dir, "other-ca.pem");
  writeFileSync(otherCaFile, createSelfSignedCertificate().certPem);
  server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const { method, id } = JSON.parse(body) as { method: string; id: number };
      methods.push(method);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ jsonrpc: "2.0", result: answer(method), id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api_jsonrpc.php`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Plans a template lookup against the HTTPS backend with `env` on top of this process's env. */
async function planTemplateLookup(env: Record<string, string | undefined>) {
  const wd = new TerraformWorkdir({
    prefix: "monitoring-extra-ca-",
    extraMirrors: [{ path: join(dir, "mirror"), include: [`${PROVIDER_HOST}/${PROVIDER_SOURCE}`] }],
    env: { HOME: dir, ZABBIX_API_TOKEN: "token-for-the-test" },
  });
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete wd.env[name];
    else wd.env[name] = value;
  }
  wd.writeJson({
    terraform: {
      required_providers: { monitoring: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } },
    },
    provider: { monitoring: { zabbix: { url } } },
    data: { monitoring_template: { t: { name: TEMPLATE } } },
    output: { template_id: { value: "${data.monitoring_template.t.id}" } },
  });
  try {
    await wd.init();
    methods.length = 0;
    return await wd.plan();
  } finally {
    wd.remove();
  }
}

describe("provider trust of an HTTPS backend", () => {
  it("trusts a certificate that NODE_EXTRA_CA_CERTS names", async () => {
    const plan = await planTemplateLookup({ NODE_EXTRA_CA_CERTS: caFile });
    expect(plan.stdout).toContain('template_id = "10001"');
    expect(methods).toContain("apiinfo.version");
    expect(methods).toContain("template.get");
  });

  it("refuses it without NODE_EXTRA_CA_CERTS, and with NODE_EXTRA_CA_CERTS naming another CA", async () => {
    for (const extra of [undefined, otherCaFile]) {
      const error = await planTemplateLookup({ NODE_EXTRA_CA_CERTS: extra }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TerraformError);
      expect((error as TerraformError).stderr).toMatch(
        /self[- ]signed certificate|DEPTH_ZERO_SELF_SIGNED_CERT/i,
      );
      expect(methods).toEqual([]);
    }
  });

  it("names NODE_EXTRA_CA_CERTS and its file when that file cannot be read", async () => {
    const missing = join(dir, "no-such-ca.pem");
    const error = await planTemplateLookup({ NODE_EXTRA_CA_CERTS: missing }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TerraformError);
    const stderr = (error as TerraformError).stderr.replace(/\s+/g, " ");
    expect(stderr).toContain(`NODE_EXTRA_CA_CERTS names ${missing}, which cannot be read`);
  });

  it("keeps node's own CA handling when NODE_OPTIONS chooses a CA store", async () => {
    const plan = await planTemplateLookup({
      NODE_EXTRA_CA_CERTS: caFile,
      NODE_OPTIONS: "--use-bundled-ca",
    });
    expect(plan.stdout).toContain('template_id = "10001"');
  });
});
