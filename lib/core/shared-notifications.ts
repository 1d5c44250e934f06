import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { MonitoringConfigError, type ConfigProblem } from "./config-error";
import { notifyOptionsProblems, type NotifyOptions } from "./notify";
import { NAME_PATTERN } from "./option-schema";

/** Azure settings of {@link SharedNotifications}. */
export interface SharedNotificationsAzureOptions {
  /**
   * Resource group of the shared action groups.
   *
   * @default - required as soon as an Azure alert notifies a severity with email or webhook
   *   channels
   */
  readonly resourceGroupName?: string;
}

/** Options of {@link SharedNotifications}. */
export interface SharedNotificationsProps {
  /** First part of the topic and action group names, e.g. `shop-prod` gives `shop-prod-critical`. */
  readonly prefix: string;
  /** Who is told, per severity, by every facade that takes these notifications. */
  readonly notify: NotifyOptions;
  /**
   * Azure settings of the shared action groups.
   *
   * @default - no resource group: only needed once an Azure alert uses email or webhook channels
   */
  readonly azure?: SharedNotificationsAzureOptions;
  /**
   * AWS provider (region us-east-1) of the us-east-1 topics that alarms of global services
   * (billing, CloudFront) notify.
   *
   * @default - an `AwsProvider` alias `us-east-1` in this construct's stack, made when a us-east-1
   *   alarm first needs a topic
   */
  readonly usEast1Provider?: TerraformProvider;
}

const KEYS = ["prefix", "notify", "azure", "usEast1Provider"];

/**
 * Notification channels declared once and used by many `Monitoring` facades, in the same stack or
 * in others of the same app: `new Monitoring(stack, "m", { prefix, notify: shared })`. The SNS
 * topics (`<prefix>-<severity>`, one per severity and region the facades' alarms live in) and the
 * Azure action groups are created in this construct's stack, once for the whole app, on the first
 * alarm that needs them; facades in other stacks reference them through cdktf's cross-stack
 * references (an output here, a remote-state data source there).
 */
export class SharedNotifications extends Construct {
  /** Whether `x` is a `SharedNotifications` (of any copy of the library). */
  static isSharedNotifications(x: unknown): x is SharedNotifications {
    return typeof x === "object" && x !== null && SHARED in x;
  }

  /** First part of the topic and action group names. */
  readonly prefix: string;
  /** The channels per severity. */
  readonly notify: NotifyOptions;
  /** Azure settings of the action groups. */
  readonly azure: SharedNotificationsAzureOptions;
  /**
   * The provider of the us-east-1 topics, when given.
   *
   * @default - made in this construct's stack on first use
   */
  readonly usEast1Provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: SharedNotificationsProps) {
    super(scope, id);
    Object.defineProperty(this, SHARED, { value: true });
    const problems = propsProblems(props);
    if (problems.length > 0) {
      throw new MonitoringConfigError(this.node.path, "new SharedNotifications()", problems);
    }
    this.prefix = props.prefix;
    this.notify = props.notify;
    this.azure = props.azure ?? {};
    this.usEast1Provider = props.usEast1Provider;
  }
}

const SHARED = Symbol.for("cdktf-monitoring.SharedNotifications");

function propsProblems(props: SharedNotificationsProps | undefined): ConfigProblem[] {
  if (props === null || typeof props !== "object") {
    return [{ option: "", message: "must be an object with prefix and notify" }];
  }
  const problems: ConfigProblem[] = Object.keys(props)
    .filter((key) => !KEYS.includes(key))
    .map((key) => ({ option: key, message: `unknown option; allowed: ${KEYS.join(", ")}` }));
  if (
    typeof props.prefix !== "string" ||
    !NAME_PATTERN.test(props.prefix) ||
    props.prefix.length > 64
  ) {
    problems.push({
      option: "prefix",
      message: `${JSON.stringify(props.prefix)} is not allowed; allowed: 1-64 characters A-Z a-z 0-9 _ . - starting with a letter or digit`,
    });
  }
  if (props.notify === undefined) {
    problems.push({ option: "notify", message: "is required; allowed: { critical?, warning? }" });
  }
  problems.push(...notifyOptionsProblems(props.notify, "notify"));
  const resourceGroupName = props.azure?.resourceGroupName;
  if (resourceGroupName !== undefined && typeof resourceGroupName !== "string") {
    problems.push({
      option: "azure.resourceGroupName",
      message: "must be the name of a resource group",
    });
  }
  if (
    props.usEast1Provider !== undefined &&
    !TerraformProvider.isTerraformProvider(props.usEast1Provider)
  ) {
    problems.push({
      option: "usEast1Provider",
      message: "must be an AwsProvider (region us-east-1)",
    });
  }
  return problems;
}

/**
 * A facade's `notify`: its own channels, or notifications it shares. Throws when the shared ones
 * belong to another app, whose resources this facade's stack cannot reference.
 */
export function checkSharedNotifications(facade: Construct, notify: unknown): void {
  if (!SharedNotifications.isSharedNotifications(notify)) return;
  if (notify.node.root !== facade.node.root) {
    throw new MonitoringConfigError(facade.node.path, "new Monitoring()", [
      {
        option: "notify",
        message: `SharedNotifications ${notify.node.path} belongs to another App; allowed: a SharedNotifications created in this facade's App`,
      },
    ]);
  }
}

/** The channels per severity a facade's `notify` routes to. */
export function channelsOf(notify: NotifyOptions | SharedNotifications | undefined): NotifyOptions {
  if (notify === undefined) return {};
  return SharedNotifications.isSharedNotifications(notify) ? notify.notify : notify;
}
