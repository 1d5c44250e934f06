import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, STACK_NAME } from "../../../examples/aws-web-service/main";
import { synthesizeCoverageApp } from "../../fixtures/review/coverage-app";
import { cli } from "./run-cli";

let example: string;
let app: string;
beforeAll(() => {
  example = mkdtempSync(join(tmpdir(), "cdktf-monitoring-coverage-example-"));
  buildApp(example).synth();
  app = mkdtempSync(join(tmpdir(), "cdktf-monitoring-coverage-app-"));
  synthesizeCoverageApp(app);
});
afterAll(() => {
  rmSync(example, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
});

describe("cdktf-monitoring coverage (apps synthesized by cdktf)", () => {
  it("reports the example app's covered share by type", () => {
    const { status, stdout } = cli("coverage", example, "--format", "json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as {
      stacks: string[];
      total: number;
      covered: number;
      percent: number;
      byType: { name: string }[];
    };
    expect(report.stacks).toEqual([STACK_NAME]);
    expect(report.total).toBeGreaterThanOrEqual(10);
    expect(report.byType.map((t) => t.name)).toEqual(
      expect.arrayContaining(["aws_sqs_queue", "aws_db_instance", "aws_lb"]),
    );
    expect(cli("coverage", example).stdout.split("\n")[0]).toBe(
      `Monitoring coverage: ${report.covered} of ${report.total} resources covered (${report.percent}%) in ${STACK_NAME}`,
    );
  });

  it("exits 2 below --min and 0 at the bar", () => {
    const below = cli("coverage", app, "--min", "50.1");
    expect(below.status).toBe(2);
    expect(below.stderr).toBe("coverage: 50% is below --min 50.1%\n");
    expect(below.stdout).toMatch(
      /^Monitoring coverage: 3 of 6 resources covered \(50%\) in ops, shop\n/,
    );
    expect(cli("coverage", app, "--min", "50").status).toBe(0);
  });

  it("rejects a bad --min and a directory without stacks in one line, exit 1", () => {
    const bad = cli("coverage", app, "--min", "lots");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(
      'cdktf-monitoring coverage: --min: "lots" is not a percentage; allowed: a number from 0 to 100\n',
    );
    const missing = cli("coverage", join(app, "definitely-not-there"));
    expect(missing.status).toBe(1);
    expect(missing.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(
      /not a directory; expected the output directory of `cdktf synth`/,
    );
  });
});
