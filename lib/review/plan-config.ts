import type { PlanConfigResource, TerraformPlan } from "./plan-types";

interface ConfigModule {
  readonly resources?: readonly PlanConfigResource[];
  readonly module_calls?: Record<string, { readonly module?: ConfigModule }>;
}

/** The address of a resource's configuration block: the instance keys (`[0]`, `["a"]`) removed. */
export const configAddress = (address: string): string => address.replace(/\[[^\]]*\]/g, "");

/**
 * References of a plan's configuration: configuration address → attribute → the resource
 * addresses its expression refers to (module-prefixed, without attribute or instance key), e.g.
 * `aws_cloudwatch_metric_alarm.x` → `dimensions` → [`aws_sqs_queue.orders`].
 */
export class PlanReferences {
  private readonly byAddress = new Map<string, Map<string, string[]>>();

  /** @param wanted the attributes to read, by resource type; others are skipped (large plans). */
  constructor(
    plan: TerraformPlan,
    private readonly wanted: Readonly<Record<string, readonly string[]>>,
  ) {
    this.visit(plan.configuration?.root_module as ConfigModule | undefined, "");
  }

  /** Resource addresses the attribute of the resource at `address` refers to. */
  of(address: string, attribute: string): readonly string[] {
    return this.byAddress.get(configAddress(address))?.get(attribute) ?? [];
  }

  private visit(module: ConfigModule | undefined, prefix: string): void {
    for (const resource of module?.resources ?? []) {
      const wanted = this.wanted[resource.type];
      if (!wanted) continue;
      const attributes = new Map<string, string[]>();
      for (const attribute of wanted) {
        const expression = resource.expressions?.[attribute];
        const refs = (expression as { references?: unknown } | null | undefined)?.references;
        if (!Array.isArray(refs)) continue;
        const targets = new Set<string>();
        for (const ref of refs) if (typeof ref === "string") targets.add(prefix + resourceOf(ref));
        attributes.set(attribute, [...targets]);
      }
      this.byAddress.set(prefix + resource.address, attributes);
    }
    for (const [name, call] of Object.entries(module?.module_calls ?? {})) {
      this.visit(call.module, `${prefix}module.${name}.`);
    }
  }
}

/** `aws_sqs_queue.orders.name` → `aws_sqs_queue.orders`; `data.x.y.z` → `data.x.y`. */
function resourceOf(reference: string): string {
  const parts = configAddress(reference).split(".");
  return parts.slice(0, parts[0] === "data" ? 3 : 2).join(".");
}
