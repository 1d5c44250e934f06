/**
 * The pull-request review workflows the templates ship, checked against the parts of GitHub's
 * workflow syntax they rely on (no actionlint here: it is not an npm package with a binary).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const TEMPLATES = join(__dirname, "..", "..", "..", "templates");
const ALLOWED_ACTIONS = [
  "actions/checkout",
  "actions/setup-node",
  "hashicorp/setup-terraform",
  "actions/github-script",
  "github/codeql-action/upload-sarif",
];

const Step = z.union([
  z
    .object({ name: z.string().optional(), uses: z.string().regex(/^[\w./-]+@v\d+(\.\d+)*$/) })
    .passthrough(),
  z.object({ name: z.string(), run: z.string().min(1) }).passthrough(),
]);
const Workflow = z.object({
  name: z.string(),
  on: z.object({ pull_request: z.null().or(z.object({}).passthrough()) }),
  permissions: z
    .object({
      "pull-requests": z.literal("write"),
      "security-events": z.literal("write"),
    })
    .passthrough(),
  env: z.object({ FAIL_ON: z.string() }).passthrough(),
  jobs: z.record(z.string(), z.object({ "runs-on": z.string(), steps: z.array(Step).min(1) })),
});

describe.each(["aws", "azure", "hybrid"])("the %s template's review workflow", (template) => {
  const file = join(TEMPLATES, template, ".github", "workflows", "monitoring-review.yml");

  it("is valid YAML of the workflow shape, pinned to allowed actions", () => {
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const workflow = Workflow.parse(parse(readFileSync(file, "utf8")));
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const uses = steps.flatMap((s) => ("uses" in s ? [String(s.uses).split("@")[0]] : []));
    for (const action of uses) expect(ALLOWED_ACTIONS).toContain(action);
    const runs = steps.flatMap((s) => ("run" in s ? [String(s.run)] : [])).join("\n");
    expect(runs).toContain("terraform plan -input=false -lock=false -out=tfplan");
    expect(runs).toContain("terraform show -json tfplan > plan.json");
    expect(runs).toContain("--format sarif --synth cdktf.out");
    expect(runs).toContain('--fail-on "$FAIL_ON"');
    const script = steps
      .flatMap((s) => ("with" in s ? [String((s.with as { script?: string }).script ?? "")] : []))
      .join("\n");
    expect(script).toContain("updateComment");
    expect(script).toContain("<!-- cdktf-monitoring-review -->");
  });

  it("installs the monitoring provider before planning a backend stack", () => {
    const text = readFileSync(file, "utf8");
    const plansBackend = /STACKS: .*backend/.test(text);
    expect(text.includes("npx cdktf-monitoring provider install")).toBe(plansBackend);
    expect(plansBackend).toBe(template === "hybrid");
  });
});
