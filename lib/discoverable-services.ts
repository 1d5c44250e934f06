/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is the point */
import type * as AwsServicesModule from "./aws/services";
import type * as AzureServicesModule from "./azure/services";
import { onFirstUse } from "./core/on-first-use";
import type { DiscoverableServices } from "./watch-scope-options";

/**
 * What `watchScope()` looks for: every AWS and Azure service. Loaded on the first `watchScope()`
 * call, since it brings every service module and its catalog file; an app that only calls
 * `monitorXxx()` loads the services it monitors.
 */
export const discoverableServices = onFirstUse((): DiscoverableServices => ({
  ...(require("./aws/services") as typeof AwsServicesModule).AWS_SERVICES,
  ...(require("./azure/services") as typeof AzureServicesModule).AZURE_SERVICES,
}));
