import type { Construct } from "constructs";
import type { RenderContext } from "../core/alarm-cloud";
import { shortHash } from "../core/alarm-naming";
import { MonitoringConfigError } from "../core/config-error";
import { constructId } from "../core/construct-id";
import { distinctChannels, type Notify, type NotifyOptions } from "../core/notify";
import type { SharedNotifications } from "../core/shared-notifications";
import type { Severity } from "../core/severity";
import { SEVERITY_TAG } from "../core/tag-keys";
import { nonEmpty } from "./non-empty";
import { azurermBindings } from "./provider-bindings";

/** Who owns a set of action groups: a facade, or shared notifications. */
export interface ActionGroupOwner {
  /** Where the action groups are created; the path errors name. */
  readonly scope: Construct;
  /** First part of the action group names. */
  readonly prefix: string;
  /** Channels per severity. */
  readonly notify: NotifyOptions;
  /** Resource group of the action groups. */
  readonly resourceGroupName?: string;
  /**
   * Where `azure.resourceGroupName` is set, for errors.
   *
   * @default - the call of the first alert that needs an action group (a facade's own)
   */
  readonly configuredIn?: string;
}

/** Longest action group short name Azure accepts. */
export const MAX_SHORT_NAME_LENGTH = 12;

/** The short name of a severity's action group: the prefix cut to fit, then `-crit`/`-warn`. */
export function shortNameOf(prefix: string, severity: Severity): string {
  const suffix = severity === "critical" ? "-crit" : "-warn";
  return `${prefix.slice(0, MAX_SHORT_NAME_LENGTH - suffix.length)}${suffix}`;
}

/**
 * One `azurerm_monitor_action_group` per severity with email or webhook channels, named
 * `<prefix>-<severity>` (short name {@link shortNameOf}), made on the first alert that needs it.
 */
export class ActionGroups {
  private readonly ids = new Map<Severity, readonly string[]>();

  constructor(private readonly owner: ActionGroupOwner) {}

  /**
   * The action groups alerts of a severity notify: the facade's own (when the severity has email
   * or webhook channels), then the existing ones of `Notify.actionGroupId()`; empty when nobody
   * is told.
   */
  idsFor(severity: Severity, context: RenderContext): readonly string[] {
    let ids = this.ids.get(severity);
    if (!ids) {
      const channels = distinctChannels(this.owner.notify[severity] ?? []);
      const own = this.create(severity, channels, context);
      const existing = channels.filter((c) => c.kind === "actionGroupId").map((c) => c.target);
      ids = own === undefined ? existing : [own, ...existing];
      this.ids.set(severity, ids);
    }
    return ids;
  }

  private create(
    severity: Severity,
    all: readonly Notify[],
    context: RenderContext,
  ): string | undefined {
    const channels = all.filter((c) => c.kind === "email" || c.kind === "webhook");
    if (channels.length === 0) return undefined;
    const { scope, prefix, resourceGroupName } = this.owner;
    if (resourceGroupName === undefined) {
      const firstAlert =
        this.owner.configuredIn === undefined ? "" : ` (first: ${context.call} at ${context.path})`;
      throw new MonitoringConfigError(scope.node.path, this.owner.configuredIn ?? context.call, [
        {
          option: "azure.resourceGroupName",
          message: `is needed for the ${severity} action group of the Azure alerts${firstAlert}; allowed: the name of a resource group`,
        },
      ]);
    }
    const receiverName = (c: Notify) => `${c.kind}-${shortHash(c.target)}`;
    const group = new azurermBindings.MonitorActionGroup(
      scope,
      constructId(`${severity}-action-group`),
      {
        name: `${prefix}-${severity}`,
        shortName: shortNameOf(prefix, severity),
        resourceGroupName,
        emailReceiver: nonEmpty(
          channels
            .filter((c) => c.kind === "email")
            .map((c) => ({
              name: receiverName(c),
              emailAddress: c.target,
              useCommonAlertSchema: true,
            })),
        ),
        webhookReceiver: nonEmpty(
          channels
            .filter((c) => c.kind === "webhook")
            .map((c) => ({
              name: receiverName(c),
              serviceUri: c.target,
              useCommonAlertSchema: true,
            })),
        ),
        tags: { [SEVERITY_TAG]: severity },
      },
    );
    return group.id;
  }
}

const sharedGroups = new WeakMap<SharedNotifications, ActionGroups>();

/** The action groups of shared notifications: one set for the whole app, in their stack. */
export function sharedActionGroupsOf(shared: SharedNotifications): ActionGroups {
  let groups = sharedGroups.get(shared);
  if (!groups) {
    groups = new ActionGroups({
      scope: shared,
      prefix: shared.prefix,
      notify: shared.notify,
      resourceGroupName: shared.azure.resourceGroupName,
      configuredIn: "new SharedNotifications()",
    });
    sharedGroups.set(shared, groups);
  }
  return groups;
}
