import { Client, credentials, status, type ServiceError } from "@grpc/grpc-js";
import { connect } from "node:http2";
import { afterEach, describe, expect, it } from "vitest";
import { GrpcServer } from "../../../lib/provider/protocol/grpc-server";

const servers: GrpcServer[] = [];
const clients: Client[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(
  setup: (server: GrpcServer) => void,
  onError = (_: string, e: unknown) => String(e),
) {
  const server = new GrpcServer(undefined, onError);
  setup(server);
  servers.push(server);
  const port = await server.listen({ port: 0 });
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  clients.push(client);
  return client;
}

/** A unary call with raw bytes, as grpc-js (an independent implementation) makes it. */
function call(client: Client, path: string, request: Buffer) {
  return new Promise<Buffer>((resolve, reject) =>
    client.makeUnaryRequest(
      path,
      (b: Buffer) => b,
      (b: Buffer) => b,
      request,
      (error: ServiceError | null, value?: Buffer) => (error ? reject(error) : resolve(value!)),
    ),
  );
}

describe("gRPC server on node:http2", () => {
  it("answers unary calls by path with the method's bytes, many at once", async () => {
    const client = await start((s) =>
      s.add("/test.Echo/Reverse", async (req) => Buffer.from(req).reverse()),
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(client, "/test.Echo/Reverse", Buffer.from(`m${i}`)),
      ),
    );
    expect(answers.map((a) => a.toString())).toEqual(
      Array.from({ length: 50 }, (_, i) => [...`m${i}`].reverse().join("")),
    );
  });

  it("carries a large message across HTTP/2 flow control", async () => {
    const big = Buffer.alloc(3 << 20, 7);
    const client = await start((s) =>
      s.add("/test.Echo/Length", async (req) => Buffer.from(String(req.length))),
    );
    expect((await call(client, "/test.Echo/Length", big)).toString()).toBe(String(big.length));
  });

  it("answers UNIMPLEMENTED for a path nobody registered", async () => {
    const client = await start(() => undefined);
    await expect(call(client, "/tfplugin6.Provider/Nope", Buffer.from("x"))).rejects.toMatchObject({
      code: status.UNIMPLEMENTED,
      details: "unknown method /tfplugin6.Provider/Nope",
    });
  });

  it("answers INTERNAL with the message onError makes, percent-encoded on the wire", async () => {
    const seen: string[] = [];
    const client = await start(
      (s) =>
        s.add("/test.Echo/Fail", async () => {
          throw new Error("Zabbix refused: 100% «busy»");
        }),
      (path, error) => {
        seen.push(path);
        return (error as Error).message;
      },
    );
    await expect(call(client, "/test.Echo/Fail", Buffer.from("x"))).rejects.toMatchObject({
      code: status.INTERNAL,
      details: "Zabbix refused: 100% «busy»",
    });
    expect(seen).toEqual(["/test.Echo/Fail"]);
  });

  it("refuses a compressed or truncated request with INTERNAL and the reason", async () => {
    const server = new GrpcServer(undefined, String);
    server.add("/test.Echo/Reverse", async (req) => req);
    servers.push(server);
    const port = await server.listen({ port: 0 });
    const session = connect(`http://127.0.0.1:${port}`);
    const send = (body: Buffer) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const stream = session.request({
          ":method": "POST",
          ":path": "/test.Echo/Reverse",
          "content-type": "application/grpc",
        });
        stream.on("response", (headers) => resolve(headers));
        stream.on("data", () => undefined);
        stream.end(body);
      });
    const compressed = Buffer.from([1, 0, 0, 0, 1, 42]);
    const truncated = Buffer.from([0, 0, 0, 0, 9, 42]);
    expect(await send(compressed)).toMatchObject({
      "grpc-status": String(status.INTERNAL),
      "grpc-message": "compressed messages are not supported",
    });
    expect(await send(truncated)).toMatchObject({
      "grpc-status": String(status.INTERNAL),
      "grpc-message": "the request is not exactly one message",
    });
    session.close();
  });

  it("ends only the call whose answer cannot be sent, and goes on serving", async () => {
    const unsendable = {
      get length(): number {
        throw new Error("not bytes");
      },
    } as unknown as Uint8Array;
    const client = await start((s) => {
      s.add("/test.Echo/Broken", async () => unsendable);
      s.add("/test.Echo/Ok", async () => Buffer.from("ok"));
    });
    await expect(call(client, "/test.Echo/Broken", Buffer.from("x"))).rejects.toMatchObject({
      code: status.INTERNAL,
    });
    expect((await call(client, "/test.Echo/Ok", Buffer.from("x"))).toString()).toBe("ok");
  });

  it("ends a call whose method answers nothing with OK and no message", async () => {
    const client = await start((s) =>
      s.add("/plugin.GRPCStdio/StreamStdio", async () => undefined),
    );
    const stream = client.makeServerStreamRequest(
      "/plugin.GRPCStdio/StreamStdio",
      (b: Buffer) => b,
      (b: Buffer) => b,
      Buffer.alloc(0),
    );
    const received: Buffer[] = [];
    stream.on("data", (d: Buffer) => received.push(d));
    const code = await new Promise<number>((resolve) =>
      stream.on("status", (s: { code: number }) => resolve(s.code)),
    );
    expect(code).toBe(status.OK);
    expect(received).toEqual([]);
  });
});
