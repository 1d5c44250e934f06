/**
 * The certificate authorities the Zabbix client trusts: node's own, that is its bundled Mozilla
 * list plus the file named by `NODE_EXTRA_CA_CERTS`.
 *
 * Node 20 parses both at start-up or at the first TLS context (≈100 ms on a system CA bundle), yet
 * only an HTTPS connection to the backend needs them. So the provider's wrapper
 * (scripts/build-provider.ts) moves `NODE_EXTRA_CA_CERTS` to {@link EXTRA_CA_CERTS_ENV} and starts
 * node with an empty default store; the client then trusts, explicitly, what node would have:
 * `tls.rootCertificates` and the certificates of that file, read here once, at the first HTTPS
 * client. Without {@link EXTRA_CA_CERTS_ENV} (the provider started otherwise) node's defaults apply.
 */
import { readFileSync } from "node:fs";
import { createSecureContext, rootCertificates, type SecureContext } from "node:tls";
import { BackendError } from "../backend-driver";

/**
 * Set by the wrapper, possibly empty: the file that `NODE_EXTRA_CA_CERTS` named. Its presence means
 * node's default trust was left empty and the client must bring its own.
 */
export const EXTRA_CA_CERTS_ENV = "CDKTF_MONITORING_EXTRA_CA_CERTS";

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

/** The trust store node would have had: bundled CAs plus `extraFile`'s, built once per file. */
function trustedContext(extraFile: string): SecureContext {
  let context = contexts.get(extraFile);
  if (!context) {
    const ca = [...rootCertificates, ...(extraFile ? extraCertificates(extraFile) : [])];
    try {
      context = createSecureContext({ ca });
    } catch (error) {
      throw new BackendError(
        "invalid",
        `NODE_EXTRA_CA_CERTS names ${extraFile}, whose certificates cannot be used (${(error as Error).message})`,
        { field: "url" },
      );
    }
    contexts.set(extraFile, context);
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
