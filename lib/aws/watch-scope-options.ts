import type { DiscoveryOptions } from "../core/discovery-aspect";
import type { ServiceDefinition } from "../core/service-definition";
import type { AWS_SERVICES, AwsServiceId } from "./services";

/** The options of a service definition's `monitorXxx()`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OptionsOf<S> = S extends ServiceDefinition<any, infer O> ? O : never;

/** Options per supported AWS service id for discovered resources. */
export type DiscoveryDefaults = {
  readonly [K in AwsServiceId]?: Omit<OptionsOf<(typeof AWS_SERVICES)[K]>, "name">;
};

/** What `watchScope()` leaves out, and how it groups what it finds, for AWS resources. */
export interface WatchScopeOptions extends DiscoveryOptions {
  /**
   * Services whose resources are not monitored automatically, e.g. `["ec2Instance"]`.
   *
   * @default - every supported service
   */
  readonly excludeServices?: readonly AwsServiceId[];
  /**
   * Options per service for the resources discovery monitors, e.g.
   * `{ lambdaFunction: { errors: { critical: 5 } } }`: the same options as the service's
   * `monitorXxx()` (without `name`), validated the same way at synth.
   *
   * @default - the catalog defaults
   */
  readonly defaults?: DiscoveryDefaults;
}
