import { ec2InstanceService } from "./ec2-instance";

/**
 * Every supported AWS service, by id. Discovery (`watchScope`) attaches the defaults of these to
 * the resources it finds; one line per service.
 */
export const AWS_SERVICES = {
  ec2Instance: ec2InstanceService,
} as const;

/** Id of a supported AWS service, e.g. `ec2Instance`; used to opt a service out of discovery. */
export type AwsServiceId = keyof typeof AWS_SERVICES;
