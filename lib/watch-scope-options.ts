import type { AWS_SERVICES, AwsServiceId } from "./aws/services";
import type { AZURE_SERVICES } from "./azure/services";
import type { DiscoveryOptions } from "./core/discovery-aspect";
import type { ServiceDefinition } from "./core/service-definition";

/** The options of a service definition's `monitorXxx()`, e.g. `OptionsOf<typeof sqsQueueService>`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OptionsOf<S> = S extends ServiceDefinition<any, infer O> ? O : never;

/** The services discovery knows, on every cloud, by id. */
export type DiscoverableServices = typeof AWS_SERVICES & typeof AZURE_SERVICES;

/** A service id `watchScope()` knows: `ec2Instance`, `linuxVirtualMachine`, ... */
export type DiscoverableServiceId = AwsServiceId | keyof typeof AZURE_SERVICES;

/** Options per supported service id (AWS and Azure) for discovered resources. */
export type DiscoveryDefaults = {
  readonly [K in DiscoverableServiceId]?: Omit<OptionsOf<DiscoverableServices[K]>, "name">;
};

/** What `watchScope()` leaves out, and how it groups what it finds, for AWS and Azure resources. */
export interface WatchScopeOptions extends DiscoveryOptions {
  /**
   * Services whose resources are not monitored automatically, e.g. `["ec2Instance"]`.
   *
   * @default - every supported service
   */
  readonly excludeServices?: readonly DiscoverableServiceId[];
  /**
   * Options per service for the resources discovery monitors, e.g.
   * `{ lambdaFunction: { errors: { critical: 5 } } }`: the same options as the service's
   * `monitorXxx()` (without `name`), validated the same way at synth.
   *
   * @default - the catalog defaults
   */
  readonly defaults?: DiscoveryDefaults;
}
