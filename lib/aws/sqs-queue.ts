import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import {
  DefaultTokenResolver,
  StringConcat,
  TerraformResource,
  TerraformStack,
  Tokenization,
} from "cdktf";
import type { IConstruct } from "constructs";
import { z } from "zod";
import { SQS_DEAD_LETTER_QUEUE_ALARMS, SQS_QUEUE_ALARMS } from "../catalog/aws/sqs";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { alarmOrFalseSchema } from "../core/option-schema";
import { memoizedPerResource } from "./private/resource-references";
import { literal, type MonitorRequest } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import { CLOUDWATCH_ALARM_RULES } from "./cloudwatch-alarm-rules";
import type { AwsServiceDefinition } from "./aws-service-definition";

/** SQS's retention when none is configured (4 days), in seconds. */
const DEFAULT_RETENTION_SECONDS = 345_600;
/** SQS's hard limits on in-flight messages. */
const IN_FLIGHT_LIMIT = { standard: 120_000, fifo: 20_000 };

/**
 * Options of `monitorSqsQueue()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false`; defaults and their sources are in `lib/catalog/aws/sqs.ts`.
 */
export interface SqsQueueMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Age of the oldest message (s) against the queue's retention; percentages are of the retention.
   *
   * @default - warning >= 50%, critical >= 80% of the retention (4 days when unset)
   */
  readonly ageOfOldestMessage?: AlarmOptions | false;
  /**
   * In-flight messages against SQS's limit (120,000 standard, 20,000 FIFO); percentages are of it.
   *
   * @default - warning >= 80%, critical >= 90% of the limit
   */
  readonly messagesNotVisible?: AlarmOptions | false;
  /**
   * Visible backlog; only you know the normal backlog, so off unless set with a threshold.
   *
   * @default - off
   */
  readonly messagesVisible?: AlarmOptions | false;
  /**
   * Nothing sent for 15 minutes; for queues with steady traffic. Off unless set.
   *
   * @default - off; when enabled: warning <= 0
   */
  readonly messagesSent?: AlarmOptions | false;
  /**
   * The queue's dead-letter queue, monitored with the dead-letter alarm in the same group.
   *
   * @default - no dead-letter queue monitoring through this call (discovery finds it by the redrive policy)
   */
  readonly deadLetterQueue?: SqsQueue;
  /**
   * Options of the dead-letter queue's alarm (messages visible in it).
   *
   * @default - critical > 0, every minute
   */
  readonly deadLetterMessages?: AlarmOptions | false;
}

/** Options of a dead-letter queue monitored on its own. */
export interface SqsDeadLetterQueueMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Messages visible in the dead-letter queue.
   *
   * @default - critical > 0, every minute
   */
  readonly deadLetterMessages?: AlarmOptions | false;
}

/** The literal name, else one `name` token per queue. */
const cachedName = memoizedPerResource((queue: SqsQueue) => literal(queue.nameInput) ?? queue.name);
const queueName = (queue: SqsQueue) => cachedName(queue) ?? queue.name;

/** SQS dead-letter queues (`aws_sqs_queue` named in another queue's redrive policy). */
export const sqsDeadLetterQueueService: AwsServiceDefinition<
  SqsQueue,
  SqsDeadLetterQueueMonitoringOptions
> = {
  id: "sqsDeadLetterQueue",
  title: "SQS dead-letter queue",
  terraformResourceType: "aws_sqs_queue",
  cloud: cloudWatch,
  alarms: SQS_DEAD_LETTER_QUEUE_ALARMS,
  dimensions: (queue) => ({ QueueName: queueName(queue) }),
};

const isQueue = (value: unknown) =>
  TerraformResource.isTerraformResource(value) && value.terraformResourceType === "aws_sqs_queue";

/** SQS queues (`aws_sqs_queue`), dimension `QueueName`. */
export const sqsQueueService: AwsServiceDefinition<SqsQueue, SqsQueueMonitoringOptions> = {
  id: "sqsQueue",
  title: "SQS queue",
  terraformResourceType: "aws_sqs_queue",
  cloud: cloudWatch,
  alarms: SQS_QUEUE_ALARMS,
  dimensions: (queue) => ({ QueueName: queueName(queue) }),
  inputs: {
    messageRetentionSeconds: {
      describe: "the queue's message retention",
      howToSet: "set `messageRetentionSeconds` on the queue to a literal number",
      resolve: (queue) =>
        queue.messageRetentionSecondsInput === undefined
          ? DEFAULT_RETENTION_SECONDS
          : literal(queue.messageRetentionSecondsInput),
    },
    inFlightLimit: {
      describe: "SQS's in-flight limit for the queue type",
      howToSet: "set `fifoQueue` on the queue to a literal boolean",
      resolve: (queue) => {
        if (queue.fifoQueueInput === undefined) return IN_FLIGHT_LIMIT.standard;
        const fifo = literal(queue.fifoQueueInput);
        if (typeof fifo !== "boolean") return undefined;
        return fifo ? IN_FLIGHT_LIMIT.fifo : IN_FLIGHT_LIMIT.standard;
      },
    },
  },
  extraOptions: {
    deadLetterQueue: z.custom((v) => isQueue(v), {
      error: "must be an SqsQueue (aws_sqs_queue); allowed: an SqsQueue",
    }),
    deadLetterMessages: alarmOrFalseSchema(SQS_DEAD_LETTER_QUEUE_ALARMS[0], CLOUDWATCH_ALARM_RULES),
  },
  related: (queue, options) => {
    if (!options.deadLetterQueue) return [];
    const dlqOptions: SqsDeadLetterQueueMonitoringOptions = {
      ...(options.group ? { group: options.group } : {}),
      ...(options.alarmDefaults ? { alarmDefaults: options.alarmDefaults } : {}),
      ...(options.deadLetterMessages !== undefined
        ? { deadLetterMessages: options.deadLetterMessages }
        : {}),
    };
    void queue;
    return [
      {
        service: sqsDeadLetterQueueService,
        resource: options.deadLetterQueue,
        options: dlqOptions,
      },
    ];
  },
  discover: (found) => {
    const targets = deadLetterTargets(found);
    return found.map((queue): MonitorRequest<SqsQueue, SqsQueueMonitoringOptions> =>
      targets.has(queue)
        ? { resource: queue, options: {}, service: sqsDeadLetterQueueService }
        : { resource: queue, options: {} },
    );
  },
};

/**
 * The queues that some queue of the same stacks names as `deadLetterTargetArn` in its redrive
 * policy (resolved references, so literal JSON and `JSON.stringify({ deadLetterTargetArn: dlq.arn })` both work).
 */
function deadLetterTargets(found: readonly SqsQueue[]): Set<SqsQueue> {
  const stacks = new Set(found.map((q) => TerraformStack.of(q)));
  const policies: string[] = [];
  for (const stack of stacks) {
    for (const node of stack.node.findAll()) {
      if (!isQueue(node)) continue;
      const policy = (node as SqsQueue).redrivePolicyInput;
      if (policy !== undefined) policies.push(resolveText(stack, policy));
    }
  }
  const targets = new Set<SqsQueue>();
  if (policies.length === 0) return targets;
  const all = policies.join("\n");
  for (const queue of found) {
    const arn = resolveText(TerraformStack.of(queue), queue.arn);
    const name = literal(queue.nameInput);
    if (
      all.includes(arn) ||
      namesReference(all, arn) ||
      (name !== undefined && all.includes(`:${name}"`))
    )
      targets.add(queue);
  }
  return targets;
}

/**
 * Whether `text` holds the reference `${aws_sqs_queue.x.arn}` inside a larger expression, such as
 * `${jsonencode({deadLetterTargetArn = aws_sqs_queue.x.arn})}` from `Fn.jsonencode`.
 */
function namesReference(text: string, reference: string): boolean {
  const bare = /^\$\{([A-Za-z0-9_.-]+)\}$/.exec(reference)?.[1];
  if (!bare) return false;
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9_.-])${escaped}($|[^A-Za-z0-9_-])`).test(text);
}

function resolveText(scope: IConstruct, value: string): string {
  try {
    const resolved: unknown = Tokenization.resolve(value, {
      scope,
      resolver: new DefaultTokenResolver(new StringConcat()),
      preparing: false,
    });
    return typeof resolved === "string" ? resolved : JSON.stringify(resolved);
  } catch {
    return value;
  }
}
