/**
 * The certificate authorities the Zabbix client trusts: node's own, that is its default CAs (its
 * bundled Mozilla list, or OpenSSL's store on some distribution builds: ../node-ca-store.ts)
 * plus the file named by `NODE_EXTRA_CA_CERTS`.
 *
 * Node 20 parses those at start-up or at the first TLS context (≈100 ms on a system CA bundle), yet
 * only an HTTPS connection to the backend needs them. So the provider's wrapper
 * (scripts/build-provider.ts) moves `NODE_EXTRA_CA_CERTS` to {@link EXTRA_CA_CERTS_ENV} and starts
 * node with an empty default store; the client then builds, once, at the first HTTPS client, the
 * store node would have had. Without {@link EXTRA_CA_CERTS_ENV} (the provider started otherwise)
 * node's defaults apply. */
import { readFileSync } from "node:fs";
import { createSecureContext, rootCertificates, type SecureContext } from "node:tls";
import { BackendError } from "../backend-driver";
import {
  EXTRA_CA_CERTS_ENV,
  defaultsToOpenSslStore,
  systemCaFileText,
  type NodeBuildConfig,
} from "../node-ca-store";

export { EXTRA_CA_CERTS_ENV };

/** TLS settings of the connections to the backend (undici's `connect` options). */
export interface BackendTlsOptions {
  readonly rejectUnauthorized: boolean;
  /** Holds the trusted CAs when the wrapper took them out of node's hands. */
  readonly secureContext?: SecureContext;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;
const contexts = new Map<string, SecureContext>();

function extraCertificates(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new BackendError(
      "invalid",
      `NODE_EXTRA_CA_CERTS names ${file}, which cannot be read (${(error as Error).message}); fix or unset NODE_EXTRA_CA_CERTS`,
      { field: "url" },
    );
  }
  const certificates = text.match(PEM_CERTIFICATE) ?? [];
  if (certificates.length === 0) {
    throw new BackendError(
      "invalid",
      `NODE_EXTRA_CA_CERTS names ${file}, which holds no PEM certificate ("-----BEGIN CERTIFICATE-----"); fix or unset NODE_EXTRA_CA_CERTS`,
      { field: "url" },
    );
  }
  return certificates;
}

/**
 * The trust store node would have had: its default CAs plus `extraFile`'s, built once per file.
 * Where node's default is its bundled list (and a system CA file some builds add), those are
 * given explicitly; where it is OpenSSL's store (the launcher restored its environment), the
 * extra certificates are added to a copy of that store, as node does with NODE_EXTRA_CA_CERTS.
 */
export function trustedContext(
  extraFile: string,
  config: NodeBuildConfig = process.config as unknown as NodeBuildConfig,
): SecureContext {
  const key = `${defaultsToOpenSslStore(config)}:${extraFile}`;
  let context = contexts.get(key);
  if (!context) {
    const extra = extraFile ? extraCertificates(extraFile) : [];
    try {
      if (defaultsToOpenSslStore(config)) {
        context = createSecureContext();
        const native = (context as { context: { addCACert(pem: string): void } }).context;
        for (const pem of extra) native.addCACert(pem);
      } else {
        const system = systemCaFileText(config).match(PEM_CERTIFICATE) ?? [];
        context = createSecureContext({ ca: [...rootCertificates, ...system, ...extra] });
      }
    } catch (error) {
      throw new BackendError(
        "invalid",
        `NODE_EXTRA_CA_CERTS names ${extraFile}, whose certificates cannot be used (${(error as Error).message})`,
        { field: "url" },
      );
    }
    contexts.set(key, context);
  }
  return context;
}

/**
 * TLS options for the backend at `url`. Throws a {@link BackendError} naming `NODE_EXTRA_CA_CERTS`
 * and its file when that file cannot be used.
 */
export function backendTlsOptions(
  url: URL,
  insecureSkipTlsVerify = false,
  env: NodeJS.ProcessEnv = process.env,
): BackendTlsOptions {
  const extraFile = env[EXTRA_CA_CERTS_ENV];
  if (insecureSkipTlsVerify) return { rejectUnauthorized: false };
  if (url.protocol !== "https:" || extraFile === undefined) return { rejectUnauthorized: true };
  return { rejectUnauthorized: true, secureContext: trustedContext(extraFile) };
}
