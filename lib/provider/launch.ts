/**
 * The script `terraform-provider-monitoring` runs with node (bundled as PROVIDER_LAUNCHER): loads
 * the provider bundle, and later the driver bundle, with V8's code cache (./code-cache.ts), and
 * writes the caches once the handshake is out or the backend connected, when they were missing.
 * With `CDKTF_MONITORING_WARM_UP=1` (`provider install`) it writes both caches right after the
 * handshake and exits.
 */
import { join } from "node:path";
import { DRIVER_BUNDLE, PROVIDER_BUNDLE } from "./bundle-layout";
import { WARM_UP_ENV, loadBundle, type LoadedBundle } from "./code-cache";
import { EXTRA_CA_CERTS_ENV, restoreOpenSslCaEnv } from "./node-ca-store";
import type * as ProviderMainModule from "./main";
import type * as ZabbixDriverModule from "./zabbix";

// The wrapper emptied node's default CA store for speed; where that store is OpenSSL's, it must
// hold what the user's SSL_CERT_FILE/SSL_CERT_DIR say before the first TLS context builds it.
if (process.env[EXTRA_CA_CERTS_ENV] !== undefined) restoreOpenSslCaEnv();
const provider = loadBundle(join(__dirname, PROVIDER_BUNDLE));
let driver: LoadedBundle | undefined;
const loadDriver = () => (driver ??= loadBundle(join(__dirname, DRIVER_BUNDLE)));

(provider.exports as typeof ProviderMainModule).runProvider({
  afterHandshake() {
    if (process.env[WARM_UP_ENV] === "1") {
      provider.saveCache();
      loadDriver().saveCache();
      process.exit(0);
    }
    setImmediate(() => provider.saveCache());
  },
  loadDriver: () => loadDriver().exports as typeof ZabbixDriverModule,
  afterConnect: () => setImmediate(() => driver?.saveCache()),
});
