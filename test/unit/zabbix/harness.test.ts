import { describe, expect, it, vi } from "vitest";

describe("startZabbix without Zabbix or PostgreSQL installed", () => {
  it("fails (never skips) and names the install script", async () => {
    vi.resetModules();
    vi.stubEnv("CDKTF_MONITORING_PG_BIN", "/nonexistent/postgresql/bin");
    try {
      const { startZabbix } = await import("../../support/zabbix");
      await expect(startZabbix()).rejects.toThrow(/\.ci\/install-zabbix\.sh/);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe("startZabbix without PHP on PATH", () => {
  it("fails and names php-cli and the install script", async () => {
    vi.resetModules();
    vi.stubEnv("PATH", "/nonexistent/bin");
    try {
      const { startZabbix } = await import("../../support/zabbix");
      await expect(startZabbix()).rejects.toThrow(/php \(php-cli\).*\.ci\/install-zabbix\.sh/);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
