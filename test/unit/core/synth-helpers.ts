import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Testing, TerraformStack } from "cdktf";
import type { Construct } from "constructs";

/** A synthesized stack: its Terraform JSON, the raw text and the warnings annotated at synth. */
export interface Synthesized {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
  readonly text: string;
  readonly warnings: { readonly path: string; readonly message: string }[];
}

/** Builds a stack (with a default AWS provider in eu-west-1) and synthesizes it. */
export function synth(
  build: (stack: TerraformStack) => void,
  region: string | false = "eu-west-1",
): Synthesized {
  const stack = new TerraformStack(Testing.app(), "stack");
  if (region !== false) new AwsProvider(stack, "aws", { region });
  build(stack);
  const text = Testing.synth(stack);
  const warnings = stack.node
    .findAll()
    .flatMap((c: Construct) =>
      c.node.metadata
        .filter((m) => m.type === "@cdktf/warn")
        .map((m) => ({ path: c.node.path, message: String(m.data) })),
    );
  return { json: JSON.parse(text), text, warnings };
}

/** The alarms of a synthesized stack, by alarm name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function alarmsByName(json: any): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const alarms = Object.values(json.resource?.aws_cloudwatch_metric_alarm ?? {}) as any[];
  return Object.fromEntries(alarms.map((a) => [a.alarm_name, a]));
}

/** An AMI id for test instances (never looked up: synth only). */
export const ami = "ami-0123456789abcdef0";

/** Required Lambda settings for test functions. */
export const fnProps = {
  role: "arn:aws:iam::123456789012:role/fn",
  runtime: "nodejs20.x",
  handler: "index.handler",
  filename: "fn.zip",
};
