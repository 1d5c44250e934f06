import { SEVERITY_TAG } from "../core/tag-keys";
import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { shortHash } from "../core/alarm-naming";
import { constructId } from "../core/construct-id";
import { distinctChannels, type NotifyOptions } from "../core/notify";
import type { SharedNotifications } from "../core/shared-notifications";
import { SEVERITIES, type Severity } from "../core/severity";
import { usEast1ProviderFor } from "./us-east-1";
import { awsBindings } from "./provider-bindings";

export type { NotifyOptions } from "../core/notify";

/** The region key of a set of topics: the stack's default region or us-east-1. */
export type RegionKey = "default" | "us-east-1";

/**
 * Creates one SNS topic per severity (and region, when us-east-1 alarms exist) with the email
 * and webhook subscriptions, named `<prefix>-<severity>` so plans stay quiet, and answers which
 * actions an alarm of a severity gets.
 */
export class NotificationTopics {
  private readonly actions = new Map<string, readonly string[]>();

  constructor(
    /** Where the topics are created. */
    readonly scope: Construct,
    private readonly prefix: string,
    private readonly notify: NotifyOptions,
    private readonly usEast1Provider: () => TerraformProvider | undefined,
  ) {}

  /** Whether any severity has a channel. */
  get hasChannels(): boolean {
    return SEVERITIES.some((s) => (this.notify[s]?.length ?? 0) > 0);
  }

  /** Alarm actions for a severity in a region; creates the topic on first use. */
  actionsFor(severity: Severity, region: RegionKey): readonly string[] {
    const key = `${severity}:${region}`;
    let actions = this.actions.get(key);
    if (!actions) {
      actions = this.createTopic(
        severity,
        region,
        region === "us-east-1" ? this.usEast1Provider() : undefined,
      );
      this.actions.set(key, actions);
    }
    return actions;
  }

  private createTopic(
    severity: Severity,
    region: RegionKey,
    provider?: TerraformProvider,
  ): readonly string[] {
    const channels = this.notify[severity] ?? [];
    const subscribed = distinctChannels(
      channels.filter((c) => c.kind === "email" || c.kind === "webhook"),
    );
    const existing =
      region === "default"
        ? distinctChannels(channels.filter((c) => c.kind === "topicArn")).map((c) => c.target)
        : [];
    if (subscribed.length === 0) return existing;
    const suffix = region === "default" ? "" : `-${region}`;
    const topic = new awsBindings.SnsTopic(this.scope, constructId(`${severity}-topic${suffix}`), {
      name: `${this.prefix}-${severity}`,
      provider,
      tags: { [SEVERITY_TAG]: severity },
    });
    for (const channel of subscribed) {
      new awsBindings.SnsTopicSubscription(
        this.scope,
        constructId(`${severity}-${channel.kind}-${shortHash(channel.target)}${suffix}`),
        {
          topicArn: topic.arn,
          protocol: channel.kind === "email" ? "email" : "https",
          endpoint: channel.target,
          provider,
        },
      );
    }
    return [topic.arn, ...existing];
  }
}

const sharedTopics = new WeakMap<SharedNotifications, NotificationTopics>();

/**
 * The topics of shared notifications: one set for the whole app, in the shared construct's stack
 * (its us-east-1 topics through its `usEast1Provider` or a us-east-1 provider of that stack).
 */
export function sharedTopicsOf(shared: SharedNotifications): NotificationTopics {
  let topics = sharedTopics.get(shared);
  if (!topics) {
    let usEast1 = shared.usEast1Provider;
    topics = new NotificationTopics(
      shared,
      shared.prefix,
      shared.notify,
      () => (usEast1 ??= usEast1ProviderFor(shared)),
    );
    sharedTopics.set(shared, topics);
  }
  return topics;
}
