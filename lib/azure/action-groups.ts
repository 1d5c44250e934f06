import type { AlarmFacade, RenderContext } from "../core/alarm-cloud";
import { shortHash } from "../core/alarm-naming";
import { MonitoringConfigError } from "../core/config-error";
import { constructId } from "../core/construct-id";
import { distinctChannels, type Notify } from "../core/notify";
import type { Severity } from "../core/severity";
import { SEVERITY_TAG } from "../core/tag-keys";
import type { AzureMonitorOptions } from "./azure-monitor-options";
import { nonEmpty } from "./non-empty";
import { azurermBindings } from "./provider-bindings";

/** The facade props action groups are made from. */
export interface NotifySettings {
  readonly notify?: { readonly [S in Severity]?: readonly Notify[] };
  readonly azure?: AzureMonitorOptions;
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

  constructor(
    private readonly facade: AlarmFacade,
    private readonly settings: NotifySettings,
  ) {}

  /**
   * The action groups alerts of a severity notify: the facade's own (when the severity has email
   * or webhook channels), then the existing ones of `Notify.actionGroupId()`; empty when nobody
   * is told.
   */
  idsFor(severity: Severity, context: RenderContext): readonly string[] {
    let ids = this.ids.get(severity);
    if (!ids) {
      const channels = distinctChannels(this.settings.notify?.[severity] ?? []);
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
    const resourceGroupName = this.settings.azure?.resourceGroupName;
    if (resourceGroupName === undefined) {
      throw new MonitoringConfigError(this.facade.node.path, context.call, [
        {
          option: "azure.resourceGroupName",
          message: `is needed for the ${severity} action group of the Azure alerts; allowed: the name of a resource group`,
        },
      ]);
    }
    const receiverName = (c: Notify) => `${c.kind}-${shortHash(c.target)}`;
    const group = new azurermBindings.MonitorActionGroup(
      this.facade,
      constructId(`${severity}-action-group`),
      {
        name: `${this.facade.prefix}-${severity}`,
        shortName: shortNameOf(this.facade.prefix, severity),
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
