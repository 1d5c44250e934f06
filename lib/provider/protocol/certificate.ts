/**
 * A fresh self-signed TLS certificate for go-plugin's AutoMTLS, built with `node:crypto` alone
 * (≈3 ms, against ≈50 ms to load an X.509 library): an ECDSA P-256 key, subject alternative name
 * `DNS:localhost` (the name Terraform's client checks), usable for server and client auth.
 * The DER is assembled here because `node:crypto` can sign but not issue certificates.
 */
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

export interface SelfSignedCertificate {
  /** The certificate, PEM. */
  readonly certPem: string;
  /** The certificate, DER. */
  readonly certDer: Buffer;
  /** The private key, PKCS#8 PEM. */
  readonly keyPem: string;
}

const VALIDITY_MS = 30 * 24 * 3600 * 1000;
const CLOCK_SKEW_MS = 60 * 1000;

/** Creates a self-signed certificate for `localhost`, valid from a minute ago for 30 days. */
export function createSelfSignedCertificate(now = new Date()): SelfSignedCertificate {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const name = seq(
    set(seq(oid("2.5.4.10"), utf8("terraform-provider-monitoring"))),
    set(seq(oid("2.5.4.3"), utf8("localhost"))),
  );
  const ecdsaWithSha256 = seq(oid("1.2.840.10045.4.3.2"));
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01;
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ecdsaWithSha256,
    name,
    seq(time(new Date(now.getTime() - CLOCK_SKEW_MS)), time(new Date(now.getTime() + VALIDITY_MS))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    explicit(
      3,
      seq(
        extension("2.5.29.15", true, bitString(Buffer.from([0xa4]), 2)), // digitalSignature, keyEncipherment, keyCertSign
        extension("2.5.29.19", true, seq(tlv(0x01, Buffer.from([0xff])))), // CA: the client trusts it directly
        extension("2.5.29.37", false, seq(oid("1.3.6.1.5.5.7.3.1"), oid("1.3.6.1.5.5.7.3.2"))),
        extension(
          "2.5.29.17",
          false,
          seq(tlv(0x82, Buffer.from("localhost")), tlv(0x87, Buffer.from([127, 0, 0, 1]))),
        ),
      ),
    ),
  );
  const signature = sign("sha256", tbs, privateKey);
  const certDer = seq(tbs, ecdsaWithSha256, bitString(signature, 0));
  const base64 = certDer.toString("base64").replace(/(.{64})/g, "$1\n");
  return {
    certDer,
    certPem: `-----BEGIN CERTIFICATE-----\n${base64.trimEnd()}\n-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  let header: number[];
  if (n < 0x80) header = [tag, n];
  else if (n < 0x100) header = [tag, 0x81, n];
  else header = [tag, 0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from(header), content]);
}

const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, "utf8"));
const explicit = (n: number, inner: Buffer) => tlv(0xa0 + n, inner);
const bitString = (bits: Buffer, unused: number) =>
  tlv(0x03, Buffer.concat([Buffer.from([unused]), bits]));

function integer(bytes: Buffer): Buffer {
  return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const out = [a! * 40 + b!];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    for (let v = part >>> 7; v > 0; v >>>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime `YYMMDDHHMMSSZ` (valid until 2049, far beyond a provider process). */
function time(d: Date): Buffer {
  const iso = d.toISOString(); // 2026-11-22T00:16:18.000Z
  const s =
    iso.slice(2, 4) +
    iso.slice(5, 7) +
    iso.slice(8, 10) +
    iso.slice(11, 13) +
    iso.slice(14, 16) +
    iso.slice(17, 19) +
    "Z";
  return tlv(0x17, Buffer.from(s, "ascii"));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical
    ? seq(oid(id), tlv(0x01, Buffer.from([0xff])), tlv(0x04, value))
    : seq(oid(id), tlv(0x04, value));
}
