/**
 * Which site's proxy monitors each backend target of a stack: the target's own `site`, else the
 * site that claims one of its service groups. Sites and targets may be declared in any order;
 * conflicting claims fail at synth, naming the construct to change.
 */
import { TerraformStack, type TerraformProvider } from "cdktf";
import type { IConstruct } from "constructs";
import { MonitoringConfigError } from "../../core/config-error";

/** Brand of MonitoringSite, readable without importing it (it imports this module). */
export const SITE_BRAND = Symbol.for("cdktf-monitoring.MonitoringSite");

/** What this module needs of a MonitoringSite. */
export interface SiteHandle extends IConstruct {
  readonly [SITE_BRAND]: true;
  /** The `id` of the site's `monitoring_proxy` (a token). */
  readonly proxyId: string;
  readonly provider?: TerraformProvider;
}

export function isSite(value: unknown): value is SiteHandle {
  return typeof value === "object" && value !== null && SITE_BRAND in value;
}

interface TargetEntry {
  readonly scope: IConstruct;
  readonly context: string;
  readonly groups: readonly string[];
  readonly providerPath: string;
  readonly explicit: boolean;
  site?: SiteHandle;
  readonly assign: (proxyId: string) => void;
}

interface StackAssignments {
  /** Group key (provider path + group name) to the site claiming it. */
  readonly siteOfGroup: Map<string, SiteHandle>;
  readonly targets: TargetEntry[];
}

const byStack = new WeakMap<TerraformStack, StackAssignments>();

function assignmentsOf(scope: IConstruct): StackAssignments {
  const stack = TerraformStack.of(scope);
  let found = byStack.get(stack);
  if (!found) {
    found = { siteOfGroup: new Map(), targets: [] };
    byStack.set(stack, found);
  }
  return found;
}

const groupKey = (providerPath: string, group: string) => `${providerPath}\u0000${group}`;
const providerPathOf = (provider?: TerraformProvider) => provider?.node.path ?? "";

function conflict(target: TargetEntry, a: SiteHandle, b: SiteHandle): MonitoringConfigError {
  return new MonitoringConfigError(target.scope.node.path, target.context, [
    {
      option: "site",
      message: `its groups (${target.groups.map((g) => JSON.stringify(g)).join(", ")}) are monitored by different sites, ${a.node.path} and ${b.node.path}; set \`site\` to choose one`,
    },
  ]);
}

function setSite(target: TargetEntry, site: SiteHandle): void {
  if (target.site && target.site !== site) throw conflict(target, target.site, site);
  target.site = site;
  target.assign(site.proxyId);
}

/** Records that `site` monitors the targets of `groups` that name no site of their own. */
export function claimGroups(site: SiteHandle, context: string, groups: readonly string[]): void {
  const state = assignmentsOf(site);
  const providerPath = providerPathOf(site.provider);
  groups.forEach((group, i) => {
    const key = groupKey(providerPath, group);
    const owner = state.siteOfGroup.get(key);
    if (owner && owner !== site) {
      throw new MonitoringConfigError(site.node.path, context, [
        {
          option: `groups[${i}]`,
          message: `group ${JSON.stringify(group)} is already monitored by the site declared at ${owner.node.path}; a group has one site`,
        },
      ]);
    }
    state.siteOfGroup.set(key, site);
  });
  for (const target of state.targets) {
    if (
      !target.explicit &&
      target.providerPath === providerPath &&
      target.groups.some((g) => groups.includes(g))
    ) {
      setSite(target, site);
    }
  }
}

/**
 * Registers a target in `groups`: `site` when given, else its groups' site (now or when a site
 * claims one of them later); `assign` receives the proxy id.
 */
export function assignTarget(
  scope: IConstruct,
  context: string,
  options: {
    readonly groups: readonly string[];
    readonly provider?: TerraformProvider;
    readonly site?: SiteHandle;
  },
  assign: (proxyId: string) => void,
): void {
  const state = assignmentsOf(scope);
  const providerPath = providerPathOf(options.provider);
  const target: TargetEntry = {
    scope,
    context,
    groups: options.groups,
    providerPath,
    explicit: options.site !== undefined,
    assign,
  };
  if (options.site) {
    if (providerPathOf(options.site.provider) !== providerPath) {
      throw new MonitoringConfigError(scope.node.path, context, [
        {
          option: "site",
          message: `the site ${options.site.node.path} registers its proxy with another \`provider\` than this target; use the same MonitoringProvider`,
        },
      ]);
    }
    setSite(target, options.site);
  } else {
    for (const group of options.groups) {
      const site = state.siteOfGroup.get(groupKey(providerPath, group));
      if (site) setSite(target, site);
    }
  }
  state.targets.push(target);
}
