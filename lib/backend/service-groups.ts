import { createHash } from "node:crypto";
import { TerraformStack, type TerraformProvider } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import { MonitoringDashboard } from "./generated/monitoring-dashboard";
import { MonitoringGroup } from "./generated/monitoring-group";

const ID = "MonitoringServiceGroups";

/** A construct id for a group name: readable, stable, and distinct for distinct names. */
function groupId(name: string, provider?: TerraformProvider): string {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, "_");
  const id =
    safe === name ? safe : `${safe}_${createHash("sha256").update(name).digest("hex").slice(0, 8)}`;
  return provider ? `${id}--${provider.node.id}` : id;
}

/**
 * The service groups of one stack: each group name (per provider configuration) becomes exactly
 * one `monitoring_group` and one `monitoring_dashboard` showing that group, whichever declaration
 * names it first; their Terraform names depend on the group name only, so declaring targets in
 * another order renames nothing.
 */
export class ServiceGroups extends Construct {
  /** The service groups of `scope`'s stack, created on first use. */
  public static of(scope: IConstruct): ServiceGroups {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(ID);
    return existing instanceof ServiceGroups ? existing : new ServiceGroups(stack, ID);
  }

  private readonly groups = new Map<string, MonitoringGroup>();
  private readonly dashboards = new Map<string, MonitoringDashboard>();

  private constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  /**
   * The `monitoring_group` named `name`, created on first request. The name must already be
   * validated (the target constructs do it, naming their own construct path).
   */
  public group(name: string, provider?: TerraformProvider): MonitoringGroup {
    const key = `${provider?.node.path ?? ""}\u0000${name}`;
    let group = this.groups.get(key);
    if (!group) {
      const id = groupId(name, provider);
      group = new MonitoringGroup(this, id, { name, provider });
      this.groups.set(key, group);
      this.dashboards.set(
        key,
        new MonitoringDashboard(this, `${id}--dashboard`, {
          name,
          groups: [group.id],
          provider,
        }),
      );
    }
    return group;
  }

  /** The backend dashboard of group `name`, created with the group. */
  public dashboard(name: string, provider?: TerraformProvider): MonitoringDashboard {
    this.group(name, provider);
    const dashboard = this.dashboards.get(`${provider?.node.path ?? ""}\u0000${name}`);
    if (!dashboard) throw new Error(`${this.node.path}: no dashboard for group "${name}"`);
    return dashboard;
  }

  /** Names of the groups declared so far, sorted. */
  public get names(): string[] {
    return [...new Set([...this.groups.values()].map((g) => g.nameInput ?? ""))].sort();
  }
}
