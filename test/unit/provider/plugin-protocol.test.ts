import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Client, credentials, type ServiceError } from "@grpc/grpc-js";
import { Root } from "protobufjs/light";
import { afterEach, describe, expect, it } from "vitest";
import { createSelfSignedCertificate } from "../../../lib/provider/protocol/certificate";
import { PROTOCOL_JSON } from "../../../lib/provider/protocol/definitions";
import {
  decodeDynamicValue,
  encodeDynamicValue,
  UNKNOWN,
} from "../../../lib/provider/protocol/dynamic-value";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../../../lib/provider/protocol/plugin-server";

const MAIN = join(__dirname, "..", "..", "..", "lib", "provider", "main.ts");
const root = Root.fromJSON(PROTOCOL_JSON);
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill("SIGKILL")));

function startProvider(clientCertPem: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: {
      ...process.env,
      [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
      PLUGIN_PROTOCOL_VERSIONS: "5,6",
      PLUGIN_CLIENT_CERT: clientCertPem,
      ...env,
    },
  });
  children.push(child);
  const line = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out);
    });
    child.once("exit", (code) => reject(new Error(`provider exited ${code}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, line, exited };
}

function call(
  client: Client,
  path: string,
  requestType: string,
  responseType: string,
  request: object,
) {
  const req = root.lookupType(requestType);
  const res = root.lookupType(responseType);
  return new Promise<Record<string, unknown>>((resolve, reject) =>
    client.makeUnaryRequest(
      path,
      (m: object) => Buffer.from(req.encode(m).finish()),
      (b: Buffer) => res.toObject(res.decode(b), { defaults: true }),
      request,
      (error: ServiceError | null, value?: Record<string, unknown>) =>
        error ? reject(error) : resolve(value!),
    ),
  );
}

describe("plugin handshake and transport", () => {
  it("refuses to run without Terraform's magic cookie, with a human message", () => {
    const env = { ...process.env };
    delete env[MAGIC_COOKIE_KEY];
    const result = spawnSync(process.execPath, ["--import", "tsx", MAIN], {
      env,
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("This is a Terraform plugin");
  });

  it("prints one handshake line with an unpadded base64 DER certificate for localhost, serves mTLS and ends on Shutdown", async () => {
    // GIVEN Terraform's client certificate
    const client = createSelfSignedCertificate();
    const { line, exited } = startProvider(client.certPem);
    // WHEN
    const handshake = await line;
    // THEN
    const fields = handshake.trimEnd().split("|");
    // A Unix socket, as go-plugin's own servers use, removed when the provider exits.
    expect(fields.slice(0, 3)).toEqual(["1", "6", "unix"]);
    const socket = fields[3]!;
    expect(socket).toMatch(/^\/.*\.sock$/);
    expect(existsSync(socket)).toBe(true);
    expect(fields[4]).toBe("grpc");
    expect(fields[5]).toMatch(/^[A-Za-z0-9+/]+$/);
    const server = new X509Certificate(Buffer.from(fields[5]!, "base64"));
    expect(server.subjectAltName).toContain("DNS:localhost");
    expect(server.verify(server.publicKey)).toBe(true);

    const creds = credentials.createSsl(
      Buffer.from(server.toString()),
      Buffer.from(client.keyPem),
      Buffer.from(client.certPem),
    );
    const grpc = new Client(`unix:${socket}`, creds, {
      "grpc.ssl_target_name_override": "localhost",
    });
    const schema = await call(
      grpc,
      "/tfplugin6.Provider/GetProviderSchema",
      "tfplugin6.GetProviderSchema.Request",
      "tfplugin6.GetProviderSchema.Response",
      {},
    );
    expect(Object.keys(schema.resource_schemas as object).sort()).toEqual([
      "monitoring_check",
      "monitoring_dashboard",
      "monitoring_group",
      "monitoring_maintenance",
      "monitoring_map",
      "monitoring_proxy",
      "monitoring_target",
      "monitoring_target_set",
    ]);

    // A client whose certificate Terraform did not announce is refused.
    const stranger = createSelfSignedCertificate();
    const rogue = new Client(
      `unix:${socket}`,
      credentials.createSsl(
        Buffer.from(server.toString()),
        Buffer.from(stranger.keyPem),
        Buffer.from(stranger.certPem),
      ),
      { "grpc.ssl_target_name_override": "localhost" },
    );
    await expect(
      call(
        rogue,
        "/tfplugin6.Provider/GetProviderSchema",
        "tfplugin6.GetProviderSchema.Request",
        "tfplugin6.GetProviderSchema.Response",
        {},
      ),
    ).rejects.toThrow();
    rogue.close();

    await call(grpc, "/plugin.GRPCController/Shutdown", "plugin.Empty", "plugin.Empty", {});
    grpc.close();
    expect(await exited).toBe(0);
    expect(existsSync(socket)).toBe(false);
  });
});

describe("plugin listener", () => {
  it("listens on TCP 127.0.0.1 when no Unix socket can be made in PLUGIN_UNIX_SOCKET_DIR", async () => {
    const client = createSelfSignedCertificate();
    const { line } = startProvider(client.certPem, {
      PLUGIN_UNIX_SOCKET_DIR: join(__dirname, "no-such-directory"),
    });
    const fields = (await line).trimEnd().split("|");
    expect(fields.slice(0, 3)).toEqual(["1", "6", "tcp"]);
    expect(fields[3]).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});

describe("cty msgpack values", () => {
  it("decodes every extension type as unknown and encodes unknown as extension 0", () => {
    // fixmap(1) "a" -> fixext1 type 12 (refined unknown)
    const refined = Buffer.from([0x81, 0xa1, 0x61, 0xd4, 0x0c, 0x00]);
    expect(decodeDynamicValue({ msgpack: refined })).toEqual({ a: UNKNOWN });
    expect(Buffer.from(encodeDynamicValue({ a: UNKNOWN }).msgpack)).toEqual(
      Buffer.from([0x81, 0xa1, 0x61, 0xd4, 0x00, 0x00]),
    );
  });

  it("reads JSON DynamicValues and treats an absent one as null", () => {
    expect(decodeDynamicValue({ json: Buffer.from('{"name":"x","port":1}') })).toEqual({
      name: "x",
      port: 1,
    });
    expect(decodeDynamicValue(null)).toBeNull();
  });
});
