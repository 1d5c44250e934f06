import { z } from "zod";
import type { ConfigProblem } from "./config-error";

/** The kinds of notification channel. */
export type NotifyKind = "email" | "webhook" | "topicArn";

/**
 * A notification channel for one severity: an email address, an HTTPS webhook, or an SNS topic
 * you already have. Email and webhook channels become subscriptions of the facade's topic for
 * that severity; an existing topic ARN becomes an alarm action directly.
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

  private constructor(
    /** The channel kind. */
    readonly kind: NotifyKind,
    /** Address, URL or ARN. */
    readonly target: string,
  ) {}
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

/** Checks a channel; returns what is wrong with it (empty when fine). Tokens are accepted as is. */
export function validateNotify(channel: unknown, option: string): ConfigProblem[] {
  if (!(channel instanceof Notify)) {
    return [
      {
        option,
        message: "must be a channel; allowed: Notify.email(), Notify.webhook(), Notify.topicArn()",
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
  }
}
