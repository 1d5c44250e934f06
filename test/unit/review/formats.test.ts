import { beforeAll, describe, expect, it } from "vitest";
import { formatJson } from "../../../lib/review/format-json";
import { formatMarkdown } from "../../../lib/review/format-markdown";
import { formatText } from "../../../lib/review/format-text";
import type { MonitoringReview } from "../../../lib/review/review-model";
import { RISK_CODES } from "../../../lib/review/review-model";
import { reviewPlans } from "../../../lib/review/review-plans";
import { loadRealPlans, REAL_PLANS_TIMEOUT_MS } from "./load-real-plans";

let update: MonitoringReview;
let create: MonitoringReview;
beforeAll(async () => {
  const plans = await loadRealPlans();
  update = reviewPlans([plans.input("update")]);
  create = reviewPlans([plans.input("create")]);
}, REAL_PLANS_TIMEOUT_MS);

const ESC = "\u001b[";

describe("text format", () => {
  it("starts with the verdict, lists groups with aligned changes and ends with the flags", () => {
    const text = formatText(update);
    const lines = text.split("\n");
    expect(lines[0]).toBe(`Monitoring review: ${update.verdict}`);
    expect(lines).toContain("checkout");
    expect(text).toContain("        threshold            300 → 900\n");
    expect(text).toContain("        treat_missing_data   breaching → notBreaching\n");
    expect(text).toContain('        - widget metric "Orders visible"\n');
    const alarmLines = lines.filter((l) => /^ {0,2}[-+~/]+ alarm /.test(l));
    const nameColumn = new Set(
      alarmLines.map((l) =>
        l.indexOf("checkout-") >= 0 ? l.indexOf("checkout-") : l.search(/(payments|refunds)-/),
      ),
    );
    expect(nameColumn.size).toBe(1);
    expect(text).toMatch(
      /Risk flags \(5\)\n {2}ACTIONS_REMOVED {6}checkout {2}aws_cloudwatch_metric_alarm\.orders_visible: /,
    );
  });

  it("has no colour unless asked, and colours flags and actions when asked", () => {
    expect(formatText(update)).not.toContain(ESC);
    const coloured = formatText(update, { color: true });
    expect(coloured).toContain(`${ESC}31mCOVERAGE_LOSS`);
    expect(coloured).toContain(`${ESC}32m  +${ESC}0m alarm`);
  });

  it("says (known after apply) for unknown values and never prints escaped dashboard JSON", () => {
    const text = formatText(create);
    expect(text).toMatch(/alarm_actions {8}\(known after apply\)/);
    expect(text).not.toContain('\\"');
    expect(text).not.toContain('{"widgets"');
    expect(text).toContain('+ widget metric "Orders age"');
  });
});

describe("markdown format", () => {
  it("opens with a one-line verdict, then the flags table, then one collapsible section per group", () => {
    const md = formatMarkdown(update);
    const [first] = md.split("\n");
    expect(first).toBe(`### :warning: Monitoring review: ${update.verdict}`);
    expect(md).toContain("| `COVERAGE_LOSS` | payments | `aws_sqs_queue.payments` |");
    const summaries = [
      ...md.matchAll(/<details><summary><b>([^<]+)<\/b>: ([^<]+)<\/summary>/g),
    ].map((m) => [m[1], m[2]]);
    expect(summaries).toEqual([
      ["checkout", "2 replaced, 3 changed"],
      ["payments", "1 removed"],
      ["refunds", "1 added"],
      ["(ungrouped)", "1 added, 1 removed, 1 changed"],
    ]);
    expect(md.match(/<details>/g)).toHaveLength(md.match(/<\/details>/g)!.length);
    expect(md).toContain("| threshold | `300 → 900` |");
    expect(md).not.toContain('\\"');
  });

  it("stays under maxLength for GitHub's comment limit, saying how much it left out", () => {
    const full = formatMarkdown(update);
    expect(full).not.toContain("Left out");
    const md = formatMarkdown(update, { maxLength: 2500 });
    expect(md.length).toBeLessThanOrEqual(2500);
    const note =
      /\*\*Left out to stay under 2500 characters: (\d+) risk flag\(s\) and (\d+) change\(s\)\.\*\*/.exec(
        md,
      );
    expect(note).not.toBeNull();
    const shownFlags = md.split("\n").filter((l) => /^\| `[A-Z_]+` \|/.test(l)).length;
    expect(shownFlags + Number(note![1])).toBe(update.flags.length);
    expect(md.match(/<details>/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
  });

  it("shows a tick and no flags table for a clean plan", () => {
    const md = formatMarkdown(create);
    expect(md.split("\n")[0]).toBe(`### :white_check_mark: Monitoring review: ${create.verdict}`);
    expect(md).not.toContain("| Risk flag |");
    expect(md).toContain("`(known after apply)`");
  });
});

describe("json format", () => {
  it("is the documented schema, version 1", () => {
    const doc = JSON.parse(formatJson(update)) as MonitoringReview;
    expect(doc.schemaVersion).toBe(1);
    expect(Object.keys(doc)).toEqual([
      "schemaVersion",
      "verdict",
      "stacks",
      "counts",
      "groups",
      "flags",
    ]);
    expect(doc.stacks[0]).toMatchObject({
      name: "update",
      formatVersion: expect.stringMatching(/^1\./),
      terraformVersion: "1.11.4",
    });
    for (const flag of doc.flags) {
      expect(RISK_CODES).toContain(flag.code);
      expect(Object.keys(flag).sort()).toEqual(["address", "code", "group", "message", "stack"]);
    }
    const change = doc.groups[0]!.changes[0]!;
    expect(Object.keys(change)).toEqual(
      expect.arrayContaining([
        "stack",
        "address",
        "type",
        "kind",
        "name",
        "action",
        "group",
        "fields",
      ]),
    );
  });

  it("marks unknown values with {unknown: true}", () => {
    const doc = JSON.parse(formatJson(create)) as MonitoringReview;
    const alarm = doc.groups
      .flatMap((g) => g.changes)
      .find((c) => c.address === "aws_cloudwatch_metric_alarm.orders_age")!;
    expect(alarm.fields.find((f) => f.field === "alarm_actions")).toEqual({
      field: "alarm_actions",
      after: { unknown: true },
    });
  });
});
