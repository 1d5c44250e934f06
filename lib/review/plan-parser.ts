import { z } from "zod";
import type { TerraformPlan } from "./plan-types";

/** Major versions of the plan JSON format this reader understands. */
export const SUPPORTED_PLAN_FORMAT = /^1\.\d+$/;

const EXPECTED = "expected the JSON of `terraform show -json <planfile>`";

/** Input that is not a readable Terraform plan; `message` is one line meant for the user. */
export class PlanInputError extends Error {
  constructor(
    /** The file (or `(stdin)`, or directory) the bad input came from; also the message's prefix. */
    readonly source: string,
    detail: string,
  ) {
    super(`${source}: ${detail}`);
    this.name = "PlanInputError";
  }
}

const action = z.enum(["no-op", "create", "read", "update", "delete", "forget"]);
/** `before`/`after`: an object or null, checked without walking (and copying) every attribute. */
const objectOrNull = z.custom<Record<string, unknown> | null>(
  (v) => v === null || (typeof v === "object" && !Array.isArray(v)),
  { message: "expected an object or null" },
);

const resourceChange = z.looseObject({
  address: z.string(),
  mode: z.enum(["managed", "data"]),
  type: z.string(),
  name: z.string(),
  provider_name: z.string(),
  change: z.looseObject({
    actions: z.array(action).min(1),
    before: objectOrNull.optional(),
    after: objectOrNull.optional(),
  }),
});

const plan = z.looseObject({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  resource_changes: z.array(resourceChange).optional(),
  configuration: z.unknown().optional(),
  errored: z.boolean().optional(),
});

/**
 * Parses the text of `terraform show -json <planfile>` and checks it is a plan this reader
 * understands. Throws {@link PlanInputError} with a one-line message for anything else:
 * text that is not JSON, a truncated file, the JSON of a state or a `cdk.tf.json`, or an
 * unsupported `format_version`.
 */
export function parsePlan(text: string, source: string): TerraformPlan {
  if (text.trim() === "") throw new PlanInputError(source, `empty file; ${EXPECTED}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlanInputError(source, describeJsonError(text, error as Error));
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new PlanInputError(
      source,
      `JSON ${Array.isArray(data) ? "array" : typeof data}, not an object; ${EXPECTED}`,
    );
  }
  const kind = otherKind(data as Record<string, unknown>);
  if (kind) throw new PlanInputError(source, `${kind}, not a plan; ${EXPECTED}`);
  const version = (data as Record<string, unknown>).format_version;
  if (typeof version === "string" && !SUPPORTED_PLAN_FORMAT.test(version)) {
    throw new PlanInputError(
      source,
      `unsupported format_version "${version}" (supported: 1.x, as written by Terraform 1.x)`,
    );
  }
  const parsed = plan.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PlanInputError(
      source,
      `not a Terraform plan: ${formatPath(issue.path)}: ${issue.message}; ${EXPECTED}`,
    );
  }
  return { ...parsed.data, resource_changes: parsed.data.resource_changes ?? [] } as TerraformPlan;
}

function describeJsonError(text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const truncated =
    /end of JSON input|Unterminated string/i.test(error.message) ||
    (position !== undefined && Number(position) >= text.trimEnd().length);
  if (truncated)
    return `truncated JSON: the file ends after ${text.length} characters before the document is complete; ${EXPECTED}`;
  const trimmed = text.trimStart();
  if (/^(Terraform|Plan:|No changes|\S+ will be|─|╷)/.test(trimmed)) {
    return `human-readable plan output, not JSON; ${EXPECTED}`;
  }
  return `not JSON (${error.message}); ${EXPECTED}`;
}

/** Names a known JSON document that is not a plan, or returns undefined. */
function otherKind(data: Record<string, unknown>): string | undefined {
  const isPlanLike = "resource_changes" in data || "planned_values" in data;
  if (isPlanLike) return undefined;
  if ("values" in data && "format_version" in data) {
    return "Terraform state JSON (`terraform show -json` without a plan file)";
  }
  if ("resources" in data && "version" in data && "lineage" in data) {
    return "a Terraform state file (terraform.tfstate)";
  }
  if (
    "resource" in data ||
    "provider" in data ||
    ("terraform" in data && !("format_version" in data))
  ) {
    return "a Terraform configuration (cdk.tf.json / *.tf.json)";
  }
  if ("provider_schemas" in data) return "provider schemas JSON";
  return "JSON without resource_changes or planned_values (an empty state?)";
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, key) =>
        typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
      "",
    ) || "(root)"
  );
}
