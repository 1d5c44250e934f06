/**
 * The provider block's `zabbix` settings: configured values first, then the environment, and the
 * diagnostics the README's troubleshooting section quotes when something is missing.
 */
import { describe, expect, it } from "vitest";
import { resolveProviderConfig } from "../../../lib/provider/provider-config";
import { UNKNOWN } from "../../../lib/provider/protocol/dynamic-value";

const URL = "https://zabbix.example.com/api_jsonrpc.php";

describe("resolveProviderConfig", () => {
  it("takes the block's values before the environment's", () => {
    const resolved = resolveProviderConfig(
      { zabbix: { url: URL, api_token: "from-block" } },
      { ZABBIX_URL: "https://other.example.com/api_jsonrpc.php", ZABBIX_API_TOKEN: "from-env" },
    );
    expect(resolved.diagnostics).toEqual([]);
    expect(resolved.connection).toMatchObject({ url: URL, apiToken: "from-block" });
  });

  it("falls back to ZABBIX_URL, ZABBIX_USERNAME, ZABBIX_PASSWORD and the TLS switch", () => {
    const resolved = resolveProviderConfig(
      {},
      {
        ZABBIX_URL: URL,
        ZABBIX_USERNAME: "Admin",
        ZABBIX_PASSWORD: "secret",
        ZABBIX_INSECURE_SKIP_TLS_VERIFY: "true",
      },
    );
    expect(resolved.connection).toEqual({
      url: URL,
      apiToken: undefined,
      username: "Admin",
      password: "secret",
      insecureSkipTlsVerify: true,
    });
  });

  it("says which settings are missing, naming their variables", () => {
    const resolved = resolveProviderConfig({ zabbix: { username: "Admin" } }, {});
    expect(resolved.connection).toBeUndefined();
    const texts = resolved.diagnostics.map((d) => `${d.summary}: ${d.detail}`);
    expect(texts).toEqual([
      "Missing Zabbix URL: Set `url` in the provider's `zabbix` block or the environment variable ZABBIX_URL (e.g. https://zabbix.example.com/api_jsonrpc.php).",
      "Missing Zabbix credentials: Set `api_token` (or ZABBIX_API_TOKEN), or both `username` and `password` (or ZABBIX_USERNAME and ZABBIX_PASSWORD), in the provider's `zabbix` block.",
    ]);
  });

  it("waits for values known only after apply instead of reporting them missing", () => {
    const resolved = resolveProviderConfig({ zabbix: { url: UNKNOWN } }, {});
    expect(resolved).toEqual({ unknown: true, diagnostics: [] });
  });
});
