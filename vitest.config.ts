import { defineConfig } from "vitest/config";
import { relativeRequirePlugin } from "./test/support/relative-require-plugin";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [relativeRequirePlugin()],
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [relativeRequirePlugin()],
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          // One PostgreSQL cluster with the Zabbix schema, shared by the run's startZabbix() calls.
          globalSetup: ["test/support/zabbix-global-setup.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
