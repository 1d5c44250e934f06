/**
 * The review output README.md shows (text, the head of the markdown, parts of the JSON) is what
 * `cdktf-monitoring review` prints for the real update plan of `test/fixtures/review/`, reviewed
 * as stack `checkout` from `cdktf.out/stacks/checkout/plan.json`. The blocks are marked
 * `<!-- check: compared-by test/e2e/review/readme-review-output.test.ts#<id> -->`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MonitoringReview as Review } from "../../../lib/review/review-model";
import { realAwsPlans } from "../../fixtures/review/real-plans";
import { comparedBlock, type DocBlock } from "../../support/doc-blocks";
import { outputMismatch } from "../../support/doc-output";
import { cliIn } from "./run-cli";

const README = resolve(__dirname, "..", "..", "..", "README.md");
const PLAN = "cdktf.out/stacks/checkout/plan.json";

let work: string;
beforeAll(async () => {
  const plans = await realAwsPlans();
  work = mkdtempSync(join(tmpdir(), "cdktf-monitoring-readme-review-"));
  mkdirSync(join(work, "cdktf.out/stacks/checkout"), { recursive: true });
  cpSync(plans.files.update, join(work, PLAN));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function review(format: string): string {
  const { status, stdout, stderr } = cliIn(work, "review", PLAN, "--format", format);
  expect(status, stderr).toBe(0);
  return stdout;
}

const at = (block: DocBlock): string => `README.md:${block.line}`;
const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe("README.md review samples", () => {
  it("text: the whole output", () => {
    const block = comparedBlock(README, "review-text");
    const mismatch = outputMismatch("output", block.text, review("text"), block.line + 1);
    expect(mismatch, `README.md:${mismatch}`).toBeUndefined();
  });

  it("markdown: its first lines", () => {
    const block = comparedBlock(README, "review-markdown");
    const mismatch = outputMismatch("excerpt", block.text, review("markdown"), block.line + 1);
    expect(mismatch, `README.md:${mismatch}`).toBeUndefined();
  });

  it("json: the head, one change and one flag", () => {
    const doc = JSON.parse(review("json")) as Review;
    const head = comparedBlock(README, "review-json-head");
    const keys = Object.keys(JSON.parse(head.text) as object) as (keyof Review)[];
    expect(head.text, at(head)).toBe(
      pretty(Object.fromEntries(keys.map((key) => [key, doc[key]]))),
    );

    const change = comparedBlock(README, "review-json-change");
    const shown = JSON.parse(change.text) as { address: string };
    const printed = doc.groups
      .flatMap((group) => group.changes)
      .find((c) => c.address === shown.address);
    expect(change.text, at(change)).toBe(pretty(printed));

    const flag = comparedBlock(README, "review-json-flag");
    const shownFlag = JSON.parse(flag.text) as { code: string; address: string };
    const printedFlag = doc.flags.find(
      (f) => f.code === shownFlag.code && f.address === shownFlag.address,
    );
    expect(flag.text, at(flag)).toBe(pretty(printedFlag));
  });
});
