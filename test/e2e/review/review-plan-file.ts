import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MonitoringReview } from "../../../lib/review/review-model";
import type { TerraformWorkdir } from "../../support/terraform";
import { cli } from "./run-cli";

/**
 * `terraform show -json` of a saved plan in `wd`, reviewed by the CLI as JSON with
 * `--fail-on <failOn>`: the exit status and the review document.
 */
export async function reviewPlanFile(
  wd: TerraformWorkdir,
  planFile: string,
  failOn: string,
): Promise<{ status: number | null; doc: MonitoringReview }> {
  const { stdout } = await wd.run(["show", "-json", planFile]);
  const file = join(wd.root, `${planFile}.json`);
  writeFileSync(file, stdout);
  const result = cli("review", file, "-f", "json", "--fail-on", failOn);
  return { status: result.status, doc: JSON.parse(result.stdout) as MonitoringReview };
}
