import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, createServer, type Server } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackendError } from "../../../lib/provider/backend-driver";
import { createSelfSignedCertificate } from "../../../lib/provider/protocol/certificate";
import {
  EXTRA_CA_CERTS_ENV,
  backendTlsOptions,
  type BackendTlsOptions,
} from "../../../lib/provider/zabbix/tls-trust";

const HTTPS = new URL("https://127.0.0.1/api_jsonrpc.php");
let dir: string;
let server: Server;
let caFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tls-trust-test-"));
  const certificate = createSelfSignedCertificate();
  caFile = join(dir, "ca.pem");
  writeFileSync(caFile, `some comment\n${certificate.certPem}`);
  server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (s) => s.end());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Whether a TLS client with `options` accepts the test server's self-signed certificate. */
function accepts(options: BackendTlsOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(
      {
        ...options,
        host: "127.0.0.1",
        port: (server.address() as AddressInfo).port,
        servername: "localhost",
      },
      () => {
        socket.destroy();
        resolve(true);
      },
    );
    socket.once("error", () => resolve(false));
  });
}

describe("backendTlsOptions", () => {
  it("leaves trust to node when the wrapper did not take it over, for http, and when verification is off", () => {
    expect(backendTlsOptions(HTTPS, false, {})).toEqual({ rejectUnauthorized: true });
    expect(
      backendTlsOptions(new URL("http://127.0.0.1/"), false, { [EXTRA_CA_CERTS_ENV]: caFile }),
    ).toEqual({ rejectUnauthorized: true });
    expect(backendTlsOptions(HTTPS, true, { [EXTRA_CA_CERTS_ENV]: "/no/such/file" })).toEqual({
      rejectUnauthorized: false,
    });
  });

  it("trusts the certificates of the file NODE_EXTRA_CA_CERTS named, on top of node's bundled CAs", async () => {
    const withExtra = backendTlsOptions(HTTPS, false, { [EXTRA_CA_CERTS_ENV]: caFile });
    expect(withExtra.secureContext).toBeDefined();
    expect(await accepts(withExtra)).toBe(true);
    const bundledOnly = backendTlsOptions(HTTPS, false, { [EXTRA_CA_CERTS_ENV]: "" });
    expect(bundledOnly.secureContext).toBeDefined();
    expect(await accepts(bundledOnly)).toBe(false);
  });

  it("names NODE_EXTRA_CA_CERTS and the file when it cannot be read or holds no certificate", () => {
    const missing = join(dir, "missing.pem");
    const empty = join(dir, "empty.pem");
    writeFileSync(empty, "nothing here\n");
    for (const [file, problem] of [
      [missing, "which cannot be read"],
      [empty, "which holds no PEM certificate"],
    ] as const) {
      let thrown: unknown;
      try {
        backendTlsOptions(HTTPS, false, { [EXTRA_CA_CERTS_ENV]: file });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(BackendError);
      expect((thrown as BackendError).message).toContain(
        `NODE_EXTRA_CA_CERTS names ${file}, ${problem}`,
      );
    }
  });
});

const LIB = join(__dirname, "..", "..", "..", "lib", "provider");

/**
 * In a fresh node started as the wrapper starts it (`--use-openssl-ca`, no OpenSSL CA file),
 * posing as a build whose default store is OpenSSL's: does the client accept the test server
 * once the launcher restored the user's SSL_CERT_FILE?
 */
function acceptsOnOpenSslStoreBuild(env: Record<string, string>): Promise<string> {
  const script = `
    const { connect } = require("node:tls");
    const { restoreOpenSslCaEnv } = require(${JSON.stringify(join(LIB, "node-ca-store.ts"))});
    const { trustedContext } = require(${JSON.stringify(join(LIB, "zabbix", "tls-trust.ts"))});
    const config = { target_defaults: { defines: ["NODE_OPENSSL_CERT_STORE"] } };
    restoreOpenSslCaEnv(process.env, config);
    const secureContext = trustedContext(process.env.CDKTF_MONITORING_EXTRA_CA_CERTS, config);
    const socket = connect({ secureContext, host: "127.0.0.1", port: ${(server.address() as AddressInfo).port}, servername: "localhost" },
      () => { console.log("accepted"); socket.destroy(); });
    socket.once("error", () => console.log("refused"));`;
  // As the wrapper leaves it: no NODE_EXTRA_CA_CERTS (node would build its store at start-up).
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SSL_CERT_FILE: "/dev/null",
    SSL_CERT_DIR: "/dev/null",
    ...env,
  };
  delete childEnv.NODE_EXTRA_CA_CERTS;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--use-openssl-ca", "--import", "tsx", "-e", script], {
      env: childEnv,
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", () => resolve(out.trim()));
  });
}

describe("trust on node builds whose default CA store is OpenSSL's", () => {
  it("is OpenSSL's store from the user's SSL_CERT_FILE plus NODE_EXTRA_CA_CERTS, as node's own", async () => {
    const viaSslCertFile = {
      CDKTF_MONITORING_EXTRA_CA_CERTS: "",
      CDKTF_MONITORING_SSL_CERT_FILE: caFile,
    };
    expect(await acceptsOnOpenSslStoreBuild(viaSslCertFile)).toBe("accepted");
    const viaExtra = { CDKTF_MONITORING_EXTRA_CA_CERTS: caFile };
    expect(await acceptsOnOpenSslStoreBuild(viaExtra)).toBe("accepted");
    const neither = { CDKTF_MONITORING_EXTRA_CA_CERTS: "" };
    expect(await acceptsOnOpenSslStoreBuild(neither)).toBe("refused");
  });
});
