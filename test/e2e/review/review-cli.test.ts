import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scenarioV1 } from "../../fixtures/review/aws-scenario";
import type { RealPlans } from "../../fixtures/review/real-plans";
import { realAwsPlans } from "../../fixtures/review/real-plans";
import { cli, cliWithInput } from "./run-cli";

let plans: RealPlans;
let work: string;
beforeAll(async () => {
  plans = await realAwsPlans();
  work = mkdtempSync(join(tmpdir(), "cdktf-monitoring-review-cli-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("cdktf-monitoring review (real terraform plans)", () => {
  it("prints the text review of an update plan and exits 0 without --fail-on", () => {
    const { status, stdout, stderr } = cli("review", plans.files.update);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Monitoring review: 10 monitoring changes .*; 5 risk flags: /);
    expect(stdout).toContain("threshold            300 → 900");
    expect(stdout).not.toContain("\u001b[");
  });

  it("exits 2 when a flag listed in --fail-on fires, 0 when none does", () => {
    const flagged = cli("review", plans.files.update, "--fail-on", "COVERAGE_LOSS,TARGET_DISABLED");
    expect(flagged.status).toBe(2);
    expect(flagged.stderr).toBe("review: 1 flag(s) listed in --fail-on fired: COVERAGE_LOSS\n");
    expect(cli("review", plans.files.update, "--fail-on", "TARGET_DISABLED").status).toBe(0);
    expect(cli("review", plans.files.create, "--fail-on", "any").status).toBe(0);
    expect(cli("review", plans.files.update, "--fail-on", "any").status).toBe(2);
  });

  it("rejects an unknown --fail-on code, listing the allowed ones", () => {
    const { status, stderr } = cli("review", plans.files.update, "--fail-on", "THRESHOLD_LOOSE");
    expect(status).toBe(1);
    expect(stderr).toBe(
      "cdktf-monitoring review: --fail-on: unknown code THRESHOLD_LOOSE; allowed: COVERAGE_LOSS, THRESHOLD_LOOSENED, ACTIONS_REMOVED, ALARM_DISABLED, SEVERITY_UNNOTIFIED, TARGET_DISABLED, ALERTS_SUPPRESSED, any\n",
    );
  });

  it("prints markdown and json", () => {
    const md = cli("review", plans.files.update, "--format", "markdown");
    expect(md.status).toBe(0);
    expect(md.stdout.split("\n")[0]).toMatch(
      /^### :warning: Monitoring review: 10 monitoring changes/,
    );
    const json = cli("review", plans.files.update, "-f", "json");
    const doc = JSON.parse(json.stdout) as { schemaVersion: number; flags: { code: string }[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.flags.map((f) => f.code)).toContain("THRESHOLD_LOOSENED");
  });

  it("reads a plan from standard input with '-'", () => {
    const { status, stdout } = cliWithInput(plans.text.update, "review", "-", "-f", "json");
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as {
      stacks: { name: string; source: string }[];
      flags: unknown[];
    };
    expect(doc.stacks).toMatchObject([{ name: "stdin", source: "-" }]);
    expect(doc.flags).toHaveLength(5);
    const bad = cliWithInput("Plan: 1 to add", "review", "-");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /^cdktf-monitoring review: \(stdin\): human-readable plan output, not JSON/,
    );
  });

  it("reads one plan per stack, naming stacks after their directories", () => {
    for (const [stack, name] of [
      ["checkout", "update"],
      ["platform", "create"],
    ] as const) {
      mkdirSync(join(work, "stacks", stack), { recursive: true });
      cpSync(plans.files[name], join(work, "stacks", stack, "plan.json"));
    }
    const { status, stdout } = cli(
      "review",
      "-f",
      "json",
      join(work, "stacks/checkout/plan.json"),
      join(work, "stacks/platform/plan.json"),
    );
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as { stacks: { name: string }[]; flags: { stack: string }[] };
    expect(doc.stacks.map((s) => s.name)).toEqual(["checkout", "platform"]);
    expect(new Set(doc.flags.map((f) => f.stack))).toEqual(new Set(["checkout"]));
  });
});

describe("cdktf-monitoring review: bad input", () => {
  const cases: [string, () => string, RegExp][] = [
    [
      "not JSON",
      () => "Plan: 3 to add, 0 to change, 0 to destroy.\n",
      /: human-readable plan output, not JSON; expected the JSON of `terraform show -json <planfile>`$/,
    ],
    [
      "a truncated plan",
      () => plans.text.update.slice(0, 5000),
      /: truncated JSON: the file ends after 5000 characters before the document is complete; /,
    ],
    [
      "a state JSON",
      () => plans.text.state,
      /: Terraform state JSON \(`terraform show -json` without a plan file\), not a plan; /,
    ],
    [
      "a cdk.tf.json",
      () => JSON.stringify(scenarioV1()),
      /: a Terraform configuration \(cdk\.tf\.json \/ \*\.tf\.json\), not a plan; /,
    ],
    [
      "an unsupported format_version",
      () => plans.text.update.replace(/"format_version":"[^"]+"/, '"format_version":"2.0"'),
      /: unsupported format_version "2\.0" \(supported: 1\.x/,
    ],
  ];

  for (const [what, content, message] of cases) {
    it(`rejects ${what} with one line, exit 1, no stack trace`, () => {
      const file = join(work, `${what.replace(/\W+/g, "-")}.json`);
      writeFileSync(file, content());
      const { status, stdout, stderr } = cli("review", file);
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.endsWith("\n")).toBe(true);
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(
        new RegExp(`^cdktf-monitoring review: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`),
      );
      expect(stderr.trimEnd()).toMatch(message);
    });
  }

  it("rejects a missing file, and prints the stack trace with --debug", () => {
    const missing = join(work, "nope.json");
    const plain = cli("review", missing);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe(
      `cdktf-monitoring review: ${missing}: cannot read (no such file); expected the JSON of \`terraform show -json <planfile>\`\n`,
    );
    const debug = cli("review", missing, "--debug");
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/\n {4}at .*read-plan-file\.ts/);
  });
});
