/**
 * `npm run example` — the README's main job: synthesizes `examples/aws-web-service`, runs
 * `terraform init`, `validate` and `plan` on it with the real AWS provider from the local
 * filesystem mirror (offline, dummy credentials), and prints what the plan would create.
 *
 * Options: `--outdir <dir>` (synth output, default `cdktf.out`), `--keep` (leave the terraform
 * working directory in place and print its path).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { buildApp, STACK_NAME } from "../examples/aws-web-service/main";
import { TerraformWorkdir } from "../test/support/terraform";
import { formatSummary, summarizePlan, type SynthesizedConfig } from "./plan-summary";

interface Args {
  readonly outdir: string;
  readonly keep: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let outdir = "cdktf.out";
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--outdir" && argv[i + 1]) outdir = argv[++i]!;
    else if (argv[i] === "--keep") keep = true;
    else throw new Error(`unknown argument ${argv[i]}; allowed: --outdir <dir>, --keep`);
  }
  return { outdir: resolve(outdir), keep };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const step = (what: string): void => {
    process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${what}\n`);
  };

  step(`synthesizing examples/aws-web-service into ${relative(process.cwd(), args.outdir) || "."}`);
  buildApp(args.outdir).synth();
  const stackDir = join(args.outdir, "stacks", STACK_NAME);
  if (!existsSync(join(stackDir, "cdk.tf.json")))
    throw new Error(`synth wrote no ${stackDir}/cdk.tf.json`);

  const tf = new TerraformWorkdir({ prefix: "cdktf-monitoring-example-" });
  try {
    tf.copyFrom(stackDir);
    step("terraform init (AWS provider from the filesystem mirror)");
    await tf.init();
    step("terraform validate");
    await tf.validate();
    step("terraform plan");
    await tf.plan({ out: "example.tfplan" });
    const plan = await tf.showJson("example.tfplan");
    step("done\n");
    const synthesized = JSON.parse(
      readFileSync(join(stackDir, "cdk.tf.json"), "utf8"),
    ) as SynthesizedConfig;
    process.stdout.write(`${formatSummary(summarizePlan(plan, synthesized))}\n`);
  } finally {
    if (args.keep) process.stdout.write(`\nterraform working directory kept: ${tf.dir}\n`);
    else tf.remove();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\nnpm run example failed:\n${message}\n`);
  process.exitCode = 1;
});
