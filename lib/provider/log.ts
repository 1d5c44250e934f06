/**
 * The provider's log: JSON lines on stderr in hclog's shape, which go-plugin forwards into
 * Terraform's log at the line's level (`TF_LOG_PROVIDER`, else `TF_LOG`; off by default).
 * Stdout belongs to the handshake. Secret values registered with {@link Log.redact} are replaced
 * by `***` in every message, and the provider never passes configuration values to the log.
 */
const LEVELS = ["trace", "debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LEVELS)[number];

export class Log {
  private readonly threshold: number;
  private readonly secrets = new Set<string>();

  constructor(
    level: string | undefined = process.env.TF_LOG_PROVIDER || process.env.TF_LOG,
    private readonly write: (line: string) => void = (line) => process.stderr.write(line),
  ) {
    const normalized = (level ?? "").toLowerCase();
    this.threshold =
      normalized === "json"
        ? 0
        : LEVELS.indexOf(normalized as LogLevel) >= 0
          ? LEVELS.indexOf(normalized as LogLevel)
          : LEVELS.length;
  }

  /** Registers a secret: it never appears in a log line. */
  redact(secret: string | undefined): void {
    if (secret) this.secrets.add(secret);
  }

  enabled(level: LogLevel): boolean {
    return LEVELS.indexOf(level) >= this.threshold;
  }

  log(
    level: LogLevel,
    message: string,
    fields: Readonly<Record<string, string | number | boolean>> = {},
  ): void {
    if (!this.enabled(level)) return;
    const line = JSON.stringify({
      "@level": level,
      "@message": message,
      "@module": "provider.monitoring",
      "@timestamp": new Date().toISOString(),
      ...fields,
    });
    let safe = line;
    for (const secret of this.secrets)
      safe = safe.split(secret).join("***").split(JSON.stringify(secret).slice(1, -1)).join("***");
    this.write(safe + "\n");
  }

  trace(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void {
    this.log("trace", message, fields);
  }
  debug(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void {
    this.log("debug", message, fields);
  }
  warn(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void {
    this.log("warn", message, fields);
  }
  error(message: string, fields?: Readonly<Record<string, string | number | boolean>>): void {
    this.log("error", message, fields);
  }
}
