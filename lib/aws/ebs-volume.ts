import type { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import type { VolumeAttachment } from "@cdktf/provider-aws/lib/volume-attachment";
import { EBS_VOLUME_ALARMS } from "../catalog/aws/ebs";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { MonitoringConfigError } from "../core/config-error";
import {
  foundNowOrAtSynth,
  memoizedPerResource,
  referencingResources,
} from "./private/resource-references";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorEbsVolume()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/ebs.ts`.
 */
export interface EbsVolumeMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Stalled I/O check of the volume on the instance it is attached to.
   *
   * @default - critical >= 1 in 10 of 10 periods of 60 s
   */
  readonly volumeStalledIoCheck?: AlarmOptions | false;
}

/** The first `aws_volume_attachment` of the stack (by construct path) that attaches `volume`. */
const attachmentOf = memoizedPerResource(
  (volume: EbsVolume): VolumeAttachment | undefined =>
    referencingResources<VolumeAttachment>(
      volume,
      "aws_volume_attachment",
      (a) => a.volumeIdInput,
    )[0],
);

function instanceIdOf(volume: EbsVolume): string {
  return foundNowOrAtSynth(
    () => {
      const attachment = attachmentOf(volume);
      return attachment && (attachment.instanceIdInput ?? attachment.instanceId);
    },
    () => missingAttachment(volume),
  );
}

function missingAttachment(volume: EbsVolume): never {
  throw new MonitoringConfigError(volume.node.path, "monitorEbsVolume()", [
    {
      option: "resource",
      message:
        "no aws_volume_attachment of this stack attaches the volume, and CloudWatch publishes " +
        "VolumeStalledIOCheck per attachment (dimensions VolumeId and InstanceId); allowed: a volume " +
        "attached with a VolumeAttachment whose volume_id is `<EbsVolume>.id`",
    },
  ]);
}

/** EBS volumes (`aws_ebs_volume`) attached in the stack, dimensions `VolumeId` and `InstanceId`. */
export const ebsVolumeService: AwsServiceDefinition<EbsVolume, EbsVolumeMonitoringOptions> = {
  id: "ebsVolume",
  title: "EBS volume",
  terraformResourceType: "aws_ebs_volume",
  cloud: cloudWatch,
  alarms: EBS_VOLUME_ALARMS,
  dimensions: (volume) => ({ VolumeId: volume.id, InstanceId: instanceIdOf(volume) }),
  discover: (found) =>
    found
      .filter((volume) => attachmentOf(volume) !== undefined)
      .map((resource) => ({ resource, options: {} })),
};
