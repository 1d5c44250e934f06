/**
 * The provider configuration's `zabbix` block, resolved: configured values first, then the
 * environment variables named in the schema. Secret values are handed to the log's redaction.
 */
import { errorDiagnostic, type Diagnostic } from "./diagnostics";
import { UNKNOWN, isObject, type Value } from "./protocol/dynamic-value";
import { PROVIDER_CONFIG_SCHEMA } from "./schema";

export interface BackendConnection {
  readonly url: string;
  /** @default - none; `username` and `password` then */
  readonly apiToken?: string;
  /** @default - none; `apiToken` then */
  readonly username?: string;
  /** @default - none; `apiToken` then */
  readonly password?: string;
  readonly insecureSkipTlsVerify: boolean;
}

export interface ResolvedConfig {
  /**
   * The connection, when every value is known and valid.
   *
   * @default - undefined when a value is unknown (configured from another resource) or invalid
   */
  readonly connection?: BackendConnection;
  /** Some configured value is known only after apply. */
  readonly unknown: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

const ZABBIX_BLOCK = PROVIDER_CONFIG_SCHEMA.blocks!.find((b) => b.name === "zabbix")!.block;

export function resolveProviderConfig(config: Value, env: NodeJS.ProcessEnv): ResolvedConfig {
  const block = isObject(config) && isObject(config.zabbix) ? config.zabbix : {};
  const values: Record<string, string | boolean | undefined> = {};
  let unknown = false;
  for (const a of ZABBIX_BLOCK.attributes) {
    const v = block[a.name] ?? null;
    if (v === UNKNOWN) unknown = true;
    else if (v !== null) values[a.name] = v as string | boolean;
    else if (a.env && env[a.env] !== undefined && env[a.env] !== "") {
      const raw = env[a.env]!;
      values[a.name] = a.type === "bool" ? /^(1|true|yes)$/i.test(raw) : raw;
    }
  }
  if (unknown) return { unknown, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const url = values.url as string | undefined;
  if (!url) {
    diagnostics.push(
      errorDiagnostic(
        "Missing Zabbix URL",
        "Set `url` in the provider's `zabbix` block or the environment variable ZABBIX_URL (e.g. https://zabbix.example.com/api_jsonrpc.php).",
        ["zabbix", "url"],
      ),
    );
  }
  const apiToken = values.api_token as string | undefined;
  const username = values.username as string | undefined;
  const password = values.password as string | undefined;
  if (!apiToken && !(username && password)) {
    diagnostics.push(
      errorDiagnostic(
        "Missing Zabbix credentials",
        "Set `api_token` (or ZABBIX_API_TOKEN), or both `username` and `password` (or ZABBIX_USERNAME and ZABBIX_PASSWORD), in the provider's `zabbix` block.",
        ["zabbix"],
      ),
    );
  }
  if (diagnostics.length > 0) return { unknown, diagnostics };
  return {
    unknown,
    diagnostics,
    connection: {
      url: url!,
      apiToken,
      username,
      password,
      insecureSkipTlsVerify: values.insecure_skip_tls_verify === true,
    },
  };
}
