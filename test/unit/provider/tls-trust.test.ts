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
