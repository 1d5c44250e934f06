/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is the point */
/**
 * The `@cdktf/provider-azurerm` classes the library creates, loaded on first use, as
 * `lib/aws/provider-bindings.ts` does for AWS: an app that monitors nothing on Azure never loads
 * an azurerm module, and elsewhere azurerm classes are imported with `import type` only.
 */
import type * as AlertSuppressionModule from "@cdktf/provider-azurerm/lib/monitor-alert-processing-rule-suppression";
import type * as MonitorActionGroupModule from "@cdktf/provider-azurerm/lib/monitor-action-group";
import type * as MonitorMetricAlertModule from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import type * as PortalDashboardModule from "@cdktf/provider-azurerm/lib/portal-dashboard";
import { onFirstUse } from "../core/on-first-use";

const metricAlert = onFirstUse(
  () =>
    require("@cdktf/provider-azurerm/lib/monitor-metric-alert") as typeof MonitorMetricAlertModule,
);
const actionGroup = onFirstUse(
  () =>
    require("@cdktf/provider-azurerm/lib/monitor-action-group") as typeof MonitorActionGroupModule,
);
const portalDashboard = onFirstUse(
  () => require("@cdktf/provider-azurerm/lib/portal-dashboard") as typeof PortalDashboardModule,
);

const alertSuppression = onFirstUse(
  () =>
    require("@cdktf/provider-azurerm/lib/monitor-alert-processing-rule-suppression") as typeof AlertSuppressionModule,
);

/** The provider-azurerm classes, each module loaded when its class is first asked for. */
export const azurermBindings = {
  get MonitorMetricAlert() {
    return metricAlert().MonitorMetricAlert;
  },
  get MonitorActionGroup() {
    return actionGroup().MonitorActionGroup;
  },
  get MonitorAlertProcessingRuleSuppression() {
    return alertSuppression().MonitorAlertProcessingRuleSuppression;
  },
  get PortalDashboard() {
    return portalDashboard().PortalDashboard;
  },
};
