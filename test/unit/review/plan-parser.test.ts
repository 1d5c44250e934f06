import { beforeAll, describe, expect, it } from "vitest";
import { parsePlan, PlanInputError } from "../../../lib/review/plan-parser";
import { scenarioV1 } from "../../fixtures/review/aws-scenario";
import type { LoadedPlans } from "./load-real-plans";
import { loadRealPlans, REAL_PLANS_TIMEOUT_MS } from "./load-real-plans";

let plans: LoadedPlans;
beforeAll(async () => {
  plans = await loadRealPlans();
}, REAL_PLANS_TIMEOUT_MS);

function errorOf(text: string): PlanInputError {
  try {
    parsePlan(text, "plan.json");
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return error as PlanInputError;
  }
  throw new Error("parsePlan accepted the input");
}

describe("parsePlan", () => {
  it("reads real plans of terraform 1.11 with every action, including both replacement orders", () => {
    const plan = parsePlan(plans.raw.text.update, "update.json");
    expect(plan.format_version).toMatch(/^1\./);
    const actions = Object.fromEntries(
      plan.resource_changes.map((rc) => [rc.address, rc.change.actions.join(",")]),
    );
    expect(actions["aws_cloudwatch_metric_alarm.orders_empty"]).toBe("create,delete");
    expect(actions["aws_cloudwatch_metric_alarm.orders_sent"]).toBe("delete,create");
    expect(actions["aws_cloudwatch_metric_alarm.payments_age"]).toBe("delete");
    expect(actions["aws_cloudwatch_metric_alarm.refunds_age"]).toBe("create");
    expect(actions["aws_cloudwatch_metric_alarm.orders_age"]).toBe("update");
    expect(actions["aws_sqs_queue.orders"]).toBe("no-op");
  });

  it("rejects text that is not JSON in one line naming what was expected", () => {
    const error = errorOf(
      "Terraform will perform the following actions:\n  # aws_sqs_queue.orders will be created",
    );
    expect(error.message).toBe(
      "plan.json: human-readable plan output, not JSON; expected the JSON of `terraform show -json <planfile>`",
    );
    expect(errorOf("{oops").message).toMatch(/^plan\.json: not JSON \(.*\); expected the JSON of/);
    expect(errorOf("   \n").message).toMatch(/^plan\.json: empty file/);
  });

  it("rejects a truncated plan", () => {
    const text = plans.raw.text.update.trimEnd();
    for (const cut of [text.length - 1, Math.floor(text.length / 2), 100]) {
      const message = errorOf(text.slice(0, cut)).message;
      expect(message).toMatch(
        new RegExp(`^plan\\.json: truncated JSON: the file ends after ${cut} characters`),
      );
      expect(message).not.toContain("\n");
    }
  });

  it("rejects a state JSON, a state file and a synthesized configuration, naming what they are", () => {
    expect(errorOf(plans.raw.text.state).message).toBe(
      "plan.json: Terraform state JSON (`terraform show -json` without a plan file), not a plan; expected the JSON of `terraform show -json <planfile>`",
    );
    expect(errorOf(JSON.stringify(scenarioV1())).message).toMatch(
      /^plan\.json: a Terraform configuration \(cdk\.tf\.json \/ \*\.tf\.json\), not a plan/,
    );
    expect(errorOf('{"version":4,"lineage":"x","resources":[]}').message).toMatch(
      /a Terraform state file/,
    );
    expect(errorOf("[1,2]").message).toMatch(/JSON array, not an object/);
  });

  it("rejects an unsupported format_version, naming the supported one", () => {
    const plan = JSON.parse(plans.raw.text.update) as Record<string, unknown>;
    plan.format_version = "2.0";
    expect(errorOf(JSON.stringify(plan)).message).toBe(
      'plan.json: unsupported format_version "2.0" (supported: 1.x, as written by Terraform 1.x)',
    );
  });

  it("names the path of a malformed entry", () => {
    const plan = JSON.parse(plans.raw.text.update) as {
      resource_changes: { change: { actions: unknown } }[];
    };
    plan.resource_changes[3]!.change.actions = "update";
    expect(errorOf(JSON.stringify(plan)).message).toMatch(
      /^plan\.json: not a Terraform plan: resource_changes\[3\]\.change\.actions: /,
    );
  });
});
