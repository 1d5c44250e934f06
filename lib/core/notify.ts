import { z } from "zod";
import type { ConfigProblem } from "./config-error";
import { SEVERITIES } from "./severity";

/** The kinds of notification channel. */
export type NotifyKind = "email" | "webhook" | "topicArn" | "actionGroupId";

/**
 * A notification channel for one severity: an email address, an HTTPS webhook, an SNS topic or
 * an Azure action group you already have. Email and webhook channels reach alarms of every cloud
 * (subscriptions of the facade's SNS topic, receivers of its action group); an existing topic ARN
 * is an action of the CloudWatch alarms only, an existing action group one of the Azure alerts
 * only. A channel that none of the facade's alarms of its severity can use is a synth error.
 */
export class Notify {
  /** Email subscription (the recipient must confirm it). */
  static email(address: string): Notify {
    return new Notify("email", address);
  }

  /** HTTPS webhook subscription (the endpoint must confirm the SNS subscription). */
  static webhook(url: string): Notify {
    return new Notify("webhook", url);
  }

  /**
   * An existing SNS topic, used as alarm action as is. It must be in the region of the alarms it
   * serves (alarms in us-east-1 only get the facade's own us-east-1 topics).
   */
  static topicArn(arn: string): Notify {
    return new Notify("topicArn", arn);
  }

  /**
   * An existing Azure Monitor action group, notified by the Azure alerts as is (beside the
   * facade's own action group when the severity also has email or webhook channels).
   *
   * @param id the action group's resource id,
   *   `/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Insights/actionGroups/<name>`
   */
  static actionGroupId(id: string): Notify {
    return new Notify("actionGroupId", id);
  }

  private constructor(
    /** The channel kind. */
    readonly kind: NotifyKind,
    /** Address, URL or ARN. */
    readonly target: string,
  ) {}
}

/**
 * Notification channels per severity.
 */
export interface NotifyOptions {
  /**
   * Channels told when a critical alarm fires (and clears).
   *
   * @default - nobody
   */
  readonly critical?: readonly Notify[];
  /**
   * Channels told when a warning alarm fires (and clears).
   *
   * @default - nobody
   */
  readonly warning?: readonly Notify[];
}

/** The channels without repeats (same kind and target), in their order. */
export function distinctChannels(channels: readonly Notify[]): Notify[] {
  const seen = new Set<string>();
  return channels.filter((c) => {
    const key = `${c.kind}:${c.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const emailSchema = z.email();
const webhookSchema = z.url({ protocol: /^https$/ });
const ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
const ACTION_GROUP_ID =
  /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[-\w._()]{1,90}\/providers\/microsoft\.insights\/actionGroups\/[^/]{1,260}$/i;

/** How each channel kind is written, for error messages. */
export const NOTIFY_FACTORIES: Readonly<Record<NotifyKind, string>> = {
  email: "Notify.email()",
  webhook: "Notify.webhook()",
  topicArn: "Notify.topicArn()",
  actionGroupId: "Notify.actionGroupId()",
};

/** Checks a channel; returns what is wrong with it (empty when fine). Tokens are accepted as is. */
export function validateNotify(channel: unknown, option: string): ConfigProblem[] {
  if (!(channel instanceof Notify)) {
    return [
      {
        option,
        message: `must be a channel; allowed: ${Object.values(NOTIFY_FACTORIES).join(", ")}`,
      },
    ];
  }
  if (channel.target.includes("${")) return [];
  switch (channel.kind) {
    case "email":
      return emailSchema.safeParse(channel.target).success
        ? []
        : [
            {
              option,
              message: `${JSON.stringify(channel.target)} is not an email address; allowed: name@domain.tld`,
            },
          ];
    case "webhook":
      return webhookSchema.safeParse(channel.target).success
        ? []
        : [
            {
              option,
              message: `${JSON.stringify(channel.target)} is not an HTTPS URL; allowed: https://host/path`,
            },
          ];
    case "topicArn":
      return ARN.test(channel.target)
        ? []
        : [
            {
              option,
              message: `${JSON.stringify(channel.target)} is not an SNS topic ARN; allowed: arn:aws:sns:<region>:<account-id>:<topic-name>`,
            },
          ];
    case "actionGroupId":
      return ACTION_GROUP_ID.test(channel.target)
        ? []
        : [
            {
              option,
              message: `${JSON.stringify(channel.target)} is not an action group id; allowed: /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.Insights/actionGroups/<name>`,
            },
          ];
  }
}

/** Checks channels per severity (`option` names them, e.g. `notify`); empty when fine. */
export function notifyOptionsProblems(value: unknown, option: string): ConfigProblem[] {
  if (value === undefined) return [];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [{ option, message: `must be an object; allowed: ${SEVERITIES.join(", ")}` }];
  }
  const notify = value as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(notify)) {
    if (!(SEVERITIES as readonly string[]).includes(key)) {
      problems.push({
        option: `${option}.${key}`,
        message: `unknown severity; allowed: ${SEVERITIES.join(", ")}`,
      });
    }
  }
  for (const severity of SEVERITIES) {
    const channels = notify[severity] ?? [];
    if (!Array.isArray(channels)) {
      problems.push({
        option: `${option}.${severity}`,
        message: "must be a list of channels; allowed: [Notify.email(...), ...]",
      });
      continue;
    }
    channels.forEach((c, i) => problems.push(...validateNotify(c, `${option}.${severity}[${i}]`)));
  }
  return problems;
}
