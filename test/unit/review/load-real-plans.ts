import { realAwsPlans } from "../../fixtures/review/real-plans";
import type { PlanName, RealPlans } from "../../fixtures/review/real-plans";
import { parsePlan } from "../../../lib/review/plan-parser";
import type { TerraformPlan } from "../../../lib/review/plan-types";
import type { ReviewInput } from "../../../lib/review/review-plans";

/** Time the first test file may take to generate the plans (terraform runs 4 plans; slow on a loaded machine). */
export const REAL_PLANS_TIMEOUT_MS = 600_000;

/** The real plans of this run, parsed. */
export interface LoadedPlans {
  readonly raw: RealPlans;
  input(name: Exclude<PlanName, "state">): ReviewInput;
}

/** Generates (once per run) and parses the real plans; call from `beforeAll`. */
export async function loadRealPlans(): Promise<LoadedPlans> {
  const raw = await realAwsPlans();
  const parsed = new Map<string, TerraformPlan>();
  return {
    raw,
    input(name) {
      if (!parsed.has(name)) parsed.set(name, parsePlan(raw.text[name], raw.files[name]));
      return { name, source: raw.files[name], plan: parsed.get(name)! };
    },
  };
}
