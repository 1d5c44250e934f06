import { describe, expect, it, vi } from "vitest";

describe("startZabbix on a machine without the Zabbix packages", () => {
  it.each([
    ["PostgreSQL 15", "CDKTF_MONITORING_PG_BIN", "/nonexistent/postgresql/bin", /initdb/],
    ["PHP", "PATH", "/nonexistent/bin", /php \(php-cli\)/],
  ])(
    "fails (never skips) without %s and names the install script",
    async (_what, name, value, missing) => {
      vi.resetModules();
      vi.stubEnv(name, value);
      try {
        const { startZabbix } = await import("../../support/zabbix");
        const error = await startZabbix().then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error?.message).toMatch(missing);
        expect(error?.message).toContain(".ci/install-zabbix.sh");
      } finally {
        vi.unstubAllEnvs();
        vi.resetModules();
      }
    },
  );
});
