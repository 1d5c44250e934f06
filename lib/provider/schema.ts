/**
 * The `monitoring` provider's schema, as data: every resource, data source and the provider
 * configuration, with each attribute's type, mode (required / optional / computed), sensitivity,
 * description, validators and whether a change forces replacement.
 *
 * This module is the single source of truth: the gRPC server turns it into tfplugin6 schemas,
 * the resources validate and plan against it, and the CDKTF bindings are generated from it.
 * It imports nothing, so a code generator can load it cheaply.
 */

/** Registry host, namespace and type of the provider, as written in `required_providers`. */
export const PROVIDER_HOST = "registry.terraform.io";
export const PROVIDER_NAMESPACE = "cdktf-monitoring";
export const PROVIDER_TYPE = "monitoring";
/** `source` in `required_providers`. */
export const PROVIDER_SOURCE = `${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;
/** The provider's version (kept equal to the package version). */
export const PROVIDER_VERSION = "0.1.0";

/** A Terraform type, in the JSON form of the plugin protocol. */
export type AttributeType =
  | "string"
  | "number"
  | "bool"
  | readonly ["set", "string"]
  | readonly ["list", "string"]
  | readonly ["map", "string"];

/** The attributes of a JSON-encoded object ({@link AttributeSchema.jsonObject}): name to type. */
export type JsonObjectType = { readonly [attribute: string]: AttributeType };

/** A check on an attribute's known value; the message names the allowed values. */
export type Validator =
  /** The string is one of `values`. */
  | { readonly kind: "one_of"; readonly values: readonly string[] }
  /** An IPv4 address, an IPv6 address or a DNS name. */
  | { readonly kind: "address" }
  /** The string matches `pattern` (described for humans by `description`). */
  | { readonly kind: "pattern"; readonly pattern: string; readonly description: string }
  /** Every key of the map matches `pattern`. */
  | { readonly kind: "map_key_pattern"; readonly pattern: string; readonly description: string }
  /** A whole number in `[min, max]`. */
  | { readonly kind: "int_range"; readonly min: number; readonly max: number }
  /** The string's length, or the collection's size, is in `[min, max]`. */
  | { readonly kind: "length"; readonly min: number; readonly max: number };

export interface AttributeSchema {
  readonly name: string;
  readonly type: AttributeType;
  readonly description: string;
  /**
   * Must be set in configuration.
   *
   * @default false
   */
  readonly required?: boolean;
  /**
   * May be set in configuration.
   *
   * @default false
   */
  readonly optional?: boolean;
  /**
   * Set by the provider (alone, or when `optional` and not configured).
   *
   * @default false
   */
  readonly computed?: boolean;
  /**
   * Hidden in plan output and logs.
   *
   * @default false
   */
  readonly sensitive?: boolean;
  /**
   * A change replaces the object instead of updating it in place.
   *
   * @default false
   */
  readonly requiresReplace?: boolean;
  /**
   * Value used when the attribute is not configured (planned for optional + computed attributes).
   *
   * @default - none: null, or unknown until apply when computed
   */
  readonly default?: string | number | boolean;
  /**
   * Environment variable read when the attribute is not configured (provider configuration).
   *
   * @default - no environment fallback
   */
  readonly env?: string;
  /**
   * Checks on the known value.
   *
   * @default - none
   */
  readonly validators?: readonly Validator[];
  /**
   * On a `map(string)`: each value is the JSON text of an object with these attributes (any may
   * be absent: unset). Terraform holds opaque strings, which costs it far less than objects, and
   * still shows a changed value attribute by attribute (`jsonencode(...)` in a plan); the
   * provider decodes and checks them, and the bindings take objects and encode them.
   *
   * @default - the values are plain strings
   */
  readonly jsonObject?: JsonObjectType;
}

export interface BlockSchema {
  readonly description: string;
  readonly attributes: readonly AttributeSchema[];
  /**
   * Nested blocks; each appears at most once (nesting mode `single`).
   *
   * @default - none
   */
  readonly blocks?: readonly NestedBlockSchema[];
}

export interface NestedBlockSchema {
  readonly name: string;
  readonly nesting: "single";
  readonly block: BlockSchema;
}

export interface ObjectSchema {
  /** Resource or data source type name, e.g. `monitoring_target`. */
  readonly typeName: string;
  /** Schema version stored with the state. */
  readonly version: number;
  readonly block: BlockSchema;
}

/**
 * Allowed values of `monitoring_target.kind`. The backend driver maps each to its templates.
 */
export const TARGET_KINDS = [
  "linux_server",
  "windows_server",
  "network_device",
  "postgres",
  "mysql",
  "web_endpoint",
  "aws_ec2",
  "aws_rds",
  "aws_s3",
  "azure_vm",
  "azure_sql",
  "azure_postgres",
] as const;

/** Port planned for a target whose `port` is not configured, by kind (others: 10050, the agent's). */
export const TARGET_DEFAULT_PORTS: Readonly<Record<string, number>> = {
  network_device: 161,
  web_endpoint: 443,
};
export const TARGET_DEFAULT_PORT = 10050;

const NAME_VALIDATORS: readonly Validator[] = [
  { kind: "length", min: 1, max: 128 },
  {
    kind: "pattern",
    pattern: "^[A-Za-z0-9_.-]+$",
    description: "letters, digits, '_', '.' and '-' (no spaces)",
  },
];

const ID: AttributeSchema = {
  name: "id",
  type: "string",
  computed: true,
  description: "Identifier of the object in the monitoring backend.",
};

/** A required, unique name of up to 255 characters. */
function uniqueName(description: string): AttributeSchema {
  return {
    name: "name",
    type: "string",
    required: true,
    description,
    validators: [{ kind: "length", min: 1, max: 255 }],
  };
}

/** The required, non-empty set of group ids an object belongs to. */
function groupIds(description: string): AttributeSchema {
  return {
    name: "groups",
    type: ["set", "string"],
    required: true,
    description,
    validators: [{ kind: "length", min: 1, max: 1000 }],
  };
}

const URL: AttributeSchema = {
  name: "url",
  type: "string",
  computed: true,
  description: "Link to the object in the monitoring backend's web interface.",
};

export const GROUP_SCHEMA: ObjectSchema = {
  typeName: "monitoring_group",
  version: 0,
  block: {
    description: "A service group in the monitoring backend (Zabbix: host group).",
    attributes: [ID, uniqueName("Unique name of the group.")],
  },
};

export const TARGET_SCHEMA: ObjectSchema = {
  typeName: "monitoring_target",
  version: 0,
  block: {
    description:
      "A monitored thing in the monitoring backend (Zabbix: host): a server, database, network device, URL or cloud resource.",
    attributes: [
      ID,
      URL,
      {
        name: "name",
        type: "string",
        required: true,
        requiresReplace: true,
        description:
          "Unique technical name of the target. Changing it replaces the target (it is the identity used by import and by recovery of interrupted creates).",
        validators: NAME_VALIDATORS,
      },
      {
        name: "display_name",
        type: "string",
        optional: true,
        computed: true,
        description: "Name shown in the backend's web interface. Defaults to `name`.",
        validators: [{ kind: "length", min: 1, max: 128 }],
      },
      {
        name: "kind",
        type: "string",
        required: true,
        description:
          "What the target is; selects the backend's templates unless `templates` is set.",
        validators: [{ kind: "one_of", values: TARGET_KINDS }],
      },
      {
        name: "templates",
        type: ["set", "string"],
        optional: true,
        computed: true,
        description:
          "Names of the backend templates linked to the target. Defaults to the templates for `kind`.",
      },
      {
        name: "address",
        type: "string",
        required: true,
        description: "IPv4 address, IPv6 address or DNS name the backend reaches the target at.",
        validators: [{ kind: "address" }],
      },
      {
        name: "port",
        type: "number",
        optional: true,
        computed: true,
        description:
          "Port of the target's interface. Defaults to 161 for `network_device`, 443 for `web_endpoint`, otherwise 10050.",
        validators: [{ kind: "int_range", min: 1, max: 65535 }],
      },
      groupIds("Ids of the `monitoring_group`s the target belongs to (at least one)."),
      {
        name: "thresholds",
        type: ["map", "string"],
        optional: true,
        description:
          "Threshold values by name, stored as host macros that the templates' triggers read; the name is the macro name without its wrapper, e.g. `CPU.UTIL.CRIT` for `{$CPU.UTIL.CRIT}`.",
        validators: [
          {
            kind: "map_key_pattern",
            pattern: "^[A-Z0-9_.]+$",
            description: "upper-case letters, digits, '_' and '.', e.g. CPU.UTIL.CRIT",
          },
        ],
      },
      {
        name: "tags",
        type: ["map", "string"],
        optional: true,
        description: "Tags of the target (key to value).",
      },
      {
        name: "enabled",
        type: "bool",
        optional: true,
        computed: true,
        default: true,
        description: "Whether the backend monitors the target. Defaults to true.",
      },
      {
        name: "proxy",
        type: "string",
        optional: true,
        description:
          "Id of the `monitoring_proxy` that monitors the target (Zabbix: the host's proxy). Unset: the server monitors it.",
      },
    ],
  },
};

/** Most targets one `monitoring_target_set` holds. */
export const TARGET_SET_MAX_TARGETS = 5000;

/** Targets per backend call of a `monitoring_target_set` whose `batch_size` is not configured. */
export const TARGET_SET_DEFAULT_BATCH = 100;

/** Largest `batch_size` of a `monitoring_target_set`. */
export const TARGET_SET_MAX_BATCH = 1000;

/**
 * The attributes of one entry of `monitoring_target_set.targets`, each value the JSON text of an
 * object: the attributes of a `monitoring_target` except `name` (the entry's key) and the
 * computed ones. An absent or null attribute is unset, as for the single resource.
 */
export const TARGET_SET_ENTRY_ATTRIBUTES = {
  display_name: "string",
  kind: "string",
  templates: ["set", "string"],
  address: "string",
  port: "number",
  groups: ["set", "string"],
  thresholds: ["map", "string"],
  tags: ["map", "string"],
  enabled: "bool",
  proxy: "string",
} as const satisfies JsonObjectType;

export const TARGET_SET_SCHEMA: ObjectSchema = {
  typeName: "monitoring_target_set",
  version: 0,
  block: {
    description:
      "Many monitored things in the monitoring backend (Zabbix: hosts), managed as one resource: a service group's targets registered in batches. " +
      "Each entry of `targets` is what a `monitoring_target` would be, keyed by its unique technical name.",
    attributes: [
      {
        name: "id",
        type: "string",
        computed: true,
        description: "The set's name (the set is no object of the backend; its targets are).",
      },
      {
        name: "name",
        type: "string",
        required: true,
        requiresReplace: true,
        description:
          "Unique name of the set. The backend's targets carry it in a reserved tag, by which the provider finds what a failed batch created.",
        validators: NAME_VALIDATORS,
      },
      {
        name: "targets",
        type: ["map", "string"],
        jsonObject: TARGET_SET_ENTRY_ATTRIBUTES,
        required: true,
        description:
          "Targets by unique technical name. Each value is the JSON of an object (`jsonencode({...})` in HCL) with the attributes of `monitoring_target` but `name`: `display_name`, `kind`, `templates`, `address`, `port`, `groups`, `thresholds`, `tags`, `enabled`, `proxy`; `kind`, `address` and `groups` are required, an absent or null attribute is unset and the defaults are those of `monitoring_target`.",
        validators: [{ kind: "length", min: 1, max: TARGET_SET_MAX_TARGETS }],
      },
      {
        name: "batch_size",
        type: "number",
        optional: true,
        description:
          "Targets per batch, each all or nothing (Zabbix: one `host.create`, `host.update` or `host.delete`; creates of sets applied at the same time may share a call). Unset: 100. Smaller batches lose less to a failed call; larger ones make fewer calls.",
        validators: [{ kind: "int_range", min: 1, max: TARGET_SET_MAX_BATCH }],
      },
      {
        name: "ids",
        type: ["map", "string"],
        computed: true,
        description:
          "Backend id of each target, by the same keys as `targets`: what `monitoring_target.id` is for one target.",
      },
    ],
  },
};

/** Allowed values of `monitoring_proxy.mode`. */
export const PROXY_MODES = ["active", "passive"] as const;
/** Allowed values of `monitoring_proxy.tls_connect` and of the elements of `tls_accept`. */
export const PROXY_TLS_MODES = ["unencrypted", "psk"] as const;
/** Port planned for a passive proxy whose `port` is not configured (the proxy's listen port). */
export const PROXY_DEFAULT_PORT = 10051;

export const PROXY_SCHEMA: ObjectSchema = {
  typeName: "monitoring_proxy",
  version: 0,
  block: {
    description:
      "A proxy of the monitoring backend (Zabbix: proxy) that monitors the targets of one site on the server's behalf.",
    attributes: [
      ID,
      {
        name: "name",
        type: "string",
        required: true,
        description:
          "Unique name of the proxy. An active proxy must be configured with the same name (`Hostname` in zabbix_proxy.conf).",
        validators: NAME_VALIDATORS,
      },
      {
        name: "mode",
        type: "string",
        required: true,
        description:
          "`active`: the proxy connects to the server; `passive`: the server connects to the proxy at `address`:`port`.",
        validators: [{ kind: "one_of", values: PROXY_MODES }],
      },
      {
        name: "address",
        type: "string",
        optional: true,
        description:
          "Passive proxies only (required there): IPv4 address, IPv6 address or DNS name the server connects to.",
        validators: [{ kind: "address" }],
      },
      {
        name: "port",
        type: "number",
        optional: true,
        computed: true,
        description: `Passive proxies only: port the server connects to. Defaults to ${PROXY_DEFAULT_PORT}.`,
        validators: [{ kind: "int_range", min: 1, max: 65535 }],
      },
      {
        name: "proxy_address",
        type: "string",
        optional: true,
        description:
          "Active proxies only: comma-separated IP addresses or DNS names the proxy may connect from. Unset: any address.",
        validators: [
          {
            kind: "pattern",
            pattern: "^[0-9A-Za-z.:_-]+(,[0-9A-Za-z.:_-]+)*$",
            description: "IP addresses or DNS names separated by commas, without spaces",
          },
        ],
      },
      {
        name: "description",
        type: "string",
        optional: true,
        description: "Description shown in the backend's web interface.",
      },
      {
        name: "tls_connect",
        type: "string",
        optional: true,
        computed: true,
        default: "unencrypted",
        description:
          "Passive proxies only: how the server connects to the proxy, `unencrypted` or `psk`. Defaults to `unencrypted`.",
        validators: [{ kind: "one_of", values: PROXY_TLS_MODES }],
      },
      {
        name: "tls_accept",
        type: ["set", "string"],
        optional: true,
        computed: true,
        description:
          'Active proxies only: the connections the server accepts from the proxy, any of `unencrypted` and `psk`. Defaults to `["unencrypted"]`.',
        validators: [{ kind: "length", min: 1, max: 2 }],
      },
      {
        name: "tls_psk_identity",
        type: "string",
        optional: true,
        sensitive: true,
        description:
          "PSK identity; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.",
        validators: [{ kind: "length", min: 1, max: 128 }],
      },
      {
        name: "tls_psk",
        type: "string",
        optional: true,
        sensitive: true,
        description:
          "Pre-shared key, 32 to 512 hexadecimal digits; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.",
        validators: [
          {
            kind: "pattern",
            pattern: "^([0-9A-Fa-f]{2}){16,256}$",
            description: "an even number of 32 to 512 hexadecimal digits",
          },
        ],
      },
    ],
  },
};

/** Allowed values of `monitoring_check.operator`: the side of the threshold that is a problem. */
export const CHECK_OPERATORS = ["above", "below"] as const;
/** Severities a check's thresholds are declared with, as the library's alarms use them. */
export const CHECK_SEVERITIES = ["warning", "critical"] as const;
/** Update interval planned for a check whose `interval` is not configured, in seconds. */
export const CHECK_DEFAULT_INTERVAL = 60;

export const CHECK_SCHEMA: ObjectSchema = {
  typeName: "monitoring_check",
  version: 0,
  block: {
    description:
      "A value the backend collects from a target's agent, with a threshold per severity that raises a problem of that severity (Zabbix: an item and one trigger per severity).",
    attributes: [
      ID,
      uniqueName(
        "Unique name of the check (Zabbix: the item's name; the triggers are named after it).",
      ),
      {
        name: "target",
        type: "string",
        required: true,
        requiresReplace: true,
        description:
          "Id of the `monitoring_target` whose agent is asked for the value. Changing it replaces the check.",
      },
      {
        name: "key",
        type: "string",
        required: true,
        description:
          "Agent item key returning a number, e.g. `vfs.file.contents[/var/lib/app/queue-depth]` or a `UserParameter` of the agent.",
        validators: [{ kind: "length", min: 1, max: 2048 }],
      },
      {
        name: "interval",
        type: "number",
        optional: true,
        computed: true,
        default: CHECK_DEFAULT_INTERVAL,
        description: `Seconds between two collections of the value. Defaults to ${CHECK_DEFAULT_INTERVAL}.`,
        validators: [{ kind: "int_range", min: 1, max: 86400 }],
      },
      {
        name: "operator",
        type: "string",
        optional: true,
        computed: true,
        default: "above",
        description:
          "`above`: a value above a threshold is a problem; `below`: a value below it. Defaults to `above`.",
        validators: [{ kind: "one_of", values: CHECK_OPERATORS }],
      },
      {
        name: "warning",
        type: "number",
        optional: true,
        description:
          "Threshold of the warning problem (Zabbix severity Warning). At least one of `warning` and `critical` is set.",
      },
      {
        name: "critical",
        type: "number",
        optional: true,
        description: "Threshold of the critical problem (Zabbix severity High).",
      },
    ],
  },
};

/** Allowed values of `monitoring_maintenance.period_type`. */
export const MAINTENANCE_PERIOD_TYPES = ["one_time", "daily", "weekly", "monthly"] as const;
/** Allowed elements of `monitoring_maintenance.days_of_week`, Monday first. */
export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
/** Allowed elements of `monitoring_maintenance.months`, January first. */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;
/** Allowed values of `monitoring_maintenance.week_of_month`. */
export const WEEKS_OF_MONTH = ["first", "second", "third", "fourth", "last"] as const;
/** Shortest maintenance period the backend accepts, in seconds (Zabbix: 5 minutes). */
export const MAINTENANCE_MIN_DURATION = 300;
/** Longest maintenance period, in seconds (Zabbix stores it as a 32-bit integer). */
export const MAINTENANCE_MAX_DURATION = 2147483647;
/** Latest instant a maintenance can be active until (Zabbix stores unix times as 32-bit integers). */
export const MAINTENANCE_LATEST = "2038-01-19T03:14:00Z";

const RFC3339: Validator = {
  kind: "pattern",
  pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:00(\\.0+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$",
  description:
    "RFC 3339 date-times in whole minutes with an offset, e.g. 2026-12-24T22:00:00Z or 2026-12-24T23:00:00+01:00",
};

export const MAINTENANCE_SCHEMA: ObjectSchema = {
  typeName: "monitoring_maintenance",
  version: 0,
  block: {
    description:
      "A maintenance window of the monitoring backend (Zabbix: maintenance): while one of its periods runs, problems of its groups' and targets' hosts raise no notifications. One period per resource; declare several resources for several windows.",
    attributes: [
      ID,
      {
        name: "name",
        type: "string",
        required: true,
        description: "Unique name of the maintenance.",
        validators: [{ kind: "length", min: 1, max: 128 }],
      },
      {
        name: "description",
        type: "string",
        optional: true,
        description: "Description shown in the backend's web interface.",
      },
      {
        name: "active_since",
        type: "string",
        required: true,
        description:
          "RFC 3339 date-time from which the period applies, in whole minutes (e.g. `2026-12-01T00:00:00Z`).",
        validators: [RFC3339],
      },
      {
        name: "active_till",
        type: "string",
        required: true,
        description: `RFC 3339 date-time until which the period applies, after \`active_since\` and at the latest ${MAINTENANCE_LATEST}.`,
        validators: [RFC3339],
      },
      {
        name: "collect_data",
        type: "bool",
        optional: true,
        computed: true,
        default: true,
        description:
          "Whether the backend keeps collecting data during the maintenance (Zabbix: maintenance type). Defaults to true.",
      },
      {
        name: "groups",
        type: ["set", "string"],
        optional: true,
        description:
          "Ids of the `monitoring_group`s whose targets are in maintenance. At least one group or target is required.",
        validators: [{ kind: "length", min: 1, max: 1000 }],
      },
      {
        name: "targets",
        type: ["set", "string"],
        optional: true,
        description:
          "Ids of the `monitoring_target`s in maintenance. At least one group or target is required.",
        validators: [{ kind: "length", min: 1, max: 10000 }],
      },
      {
        name: "period_type",
        type: "string",
        required: true,
        description:
          "`one_time`: once, at `start`; `daily`, `weekly`, `monthly`: recurring at `start_time` between `active_since` and `active_till`.",
        validators: [{ kind: "one_of", values: MAINTENANCE_PERIOD_TYPES }],
      },
      {
        name: "start",
        type: "string",
        optional: true,
        description:
          "One-time periods only (required there): RFC 3339 date-time the period starts at, in whole minutes.",
        validators: [RFC3339],
      },
      {
        name: "start_time",
        type: "string",
        optional: true,
        description:
          "Recurring periods only (required there): time of day the period starts at, `HH:MM` in the backend server's time zone.",
        validators: [
          {
            kind: "pattern",
            pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            description: "times of day HH:MM from 00:00 to 23:59",
          },
        ],
      },
      {
        name: "duration",
        type: "number",
        required: true,
        description: `Length of each period in seconds, in whole minutes, from ${MAINTENANCE_MIN_DURATION} (5 minutes).`,
        validators: [
          { kind: "int_range", min: MAINTENANCE_MIN_DURATION, max: MAINTENANCE_MAX_DURATION },
        ],
      },
      {
        name: "every",
        type: "number",
        optional: true,
        computed: true,
        description:
          "Daily and weekly periods only: every how many days (daily) or weeks (weekly) the period recurs. Defaults to 1.",
        validators: [{ kind: "int_range", min: 1, max: 1000 }],
      },
      {
        name: "days_of_week",
        type: ["set", "string"],
        optional: true,
        description: `Weekly periods (required there), and monthly ones instead of \`day_of_month\`: the days the period starts on, of ${WEEKDAYS.join(", ")}.`,
        validators: [{ kind: "length", min: 1, max: 7 }],
      },
      {
        name: "week_of_month",
        type: "string",
        optional: true,
        computed: true,
        description:
          "Monthly periods with `days_of_week` only: which week of the month. Defaults to `first`.",
        validators: [{ kind: "one_of", values: WEEKS_OF_MONTH }],
      },
      {
        name: "day_of_month",
        type: "number",
        optional: true,
        description:
          "Monthly periods only, instead of `days_of_week`: the day of the month the period starts on.",
        validators: [{ kind: "int_range", min: 1, max: 31 }],
      },
      {
        name: "months",
        type: ["set", "string"],
        optional: true,
        description: `Monthly periods only (required there): the months the period recurs in, of ${MONTHS.join(", ")}.`,
        validators: [{ kind: "length", min: 1, max: 12 }],
      },
    ],
  },
};

export const DASHBOARD_SCHEMA: ObjectSchema = {
  typeName: "monitoring_dashboard",
  version: 0,
  block: {
    description:
      "A dashboard in the monitoring backend showing the problems and availability of one or more groups.",
    attributes: [
      ID,
      URL,
      uniqueName("Unique name of the dashboard."),
      groupIds("Ids of the `monitoring_group`s shown (at least one)."),
    ],
  },
};

/** Size planned for a map whose `width` or `height` is not configured, in pixels. */
export const MAP_DEFAULT_WIDTH = 800;
export const MAP_DEFAULT_HEIGHT = 600;
/** Largest map side, in pixels. */
export const MAP_MAX_SIZE = 10000;

export const MAP_SCHEMA: ObjectSchema = {
  typeName: "monitoring_map",
  version: 0,
  block: {
    description:
      "A map of targets in the monitoring backend (Zabbix: map): each target an icon showing its problems, with links between targets that depend on each other. Elements that are not targets, added in the web interface, are removed by the next apply.",
    attributes: [
      ID,
      URL,
      {
        name: "name",
        type: "string",
        required: true,
        description: "Unique name of the map.",
        validators: [{ kind: "length", min: 1, max: 128 }],
      },
      {
        name: "width",
        type: "number",
        optional: true,
        computed: true,
        default: MAP_DEFAULT_WIDTH,
        description: `Width of the map in pixels. Defaults to ${MAP_DEFAULT_WIDTH}.`,
        validators: [{ kind: "int_range", min: 1, max: MAP_MAX_SIZE }],
      },
      {
        name: "height",
        type: "number",
        optional: true,
        computed: true,
        default: MAP_DEFAULT_HEIGHT,
        description: `Height of the map in pixels. Defaults to ${MAP_DEFAULT_HEIGHT}.`,
        validators: [{ kind: "int_range", min: 1, max: MAP_MAX_SIZE }],
      },
      {
        name: "elements",
        type: ["set", "string"],
        required: true,
        description:
          "The targets on the map, each `<target id>@<x>,<y>` (pixel position of its icon's top-left corner inside the map), optionally followed by `@<label>`; without a label the icon shows the target's visible name. At most one element per target.",
        validators: [{ kind: "length", min: 1, max: 10000 }],
      },
      {
        name: "links",
        type: ["set", "string"],
        optional: true,
        description:
          "Links between elements, each `<target id>-><target id>`: the first target depends on the second. Both targets are elements of the map.",
        validators: [{ kind: "length", min: 1, max: 100000 }],
      },
    ],
  },
};

export const TEMPLATE_DATA_SCHEMA: ObjectSchema = {
  typeName: "monitoring_template",
  version: 0,
  block: {
    description: "Looks up a template of the monitoring backend by name.",
    attributes: [
      {
        name: "name",
        type: "string",
        required: true,
        description: "Exact name of the template, e.g. `Linux by Zabbix agent`.",
      },
      { ...ID, description: "Identifier of the template in the monitoring backend." },
    ],
  },
};

export const PROVIDER_CONFIG_SCHEMA: BlockSchema = {
  description:
    "The `monitoring` provider registers targets, their checks, groups, dashboards, maps, proxies and maintenance windows in the central monitoring backend.",
  attributes: [],
  blocks: [
    {
      name: "zabbix",
      nesting: "single",
      block: {
        description:
          "Connection to a Zabbix server's API. Authenticate with `api_token`, or with `username` and `password`.",
        attributes: [
          {
            name: "url",
            type: "string",
            optional: true,
            env: "ZABBIX_URL",
            description:
              "URL of the Zabbix API, e.g. `https://zabbix.example.com/api_jsonrpc.php`. Environment fallback: `ZABBIX_URL`.",
            validators: [
              {
                kind: "pattern",
                pattern: "^https?://\\S+$",
                description: "an http:// or https:// URL",
              },
            ],
          },
          {
            name: "api_token",
            type: "string",
            optional: true,
            sensitive: true,
            env: "ZABBIX_API_TOKEN",
            description: "Zabbix API token. Environment fallback: `ZABBIX_API_TOKEN`.",
          },
          {
            name: "username",
            type: "string",
            optional: true,
            env: "ZABBIX_USERNAME",
            description: "Zabbix user name. Environment fallback: `ZABBIX_USERNAME`.",
          },
          {
            name: "password",
            type: "string",
            optional: true,
            sensitive: true,
            env: "ZABBIX_PASSWORD",
            description: "Zabbix password. Environment fallback: `ZABBIX_PASSWORD`.",
          },
          {
            name: "insecure_skip_tls_verify",
            type: "bool",
            optional: true,
            default: false,
            env: "ZABBIX_INSECURE_SKIP_TLS_VERIFY",
            description:
              "Accept any TLS certificate from the API (testing only). Defaults to false. Environment fallback: `ZABBIX_INSECURE_SKIP_TLS_VERIFY`.",
          },
        ],
      },
    },
  ],
};

/** Managed resources by type name. */
export const RESOURCE_SCHEMAS: Readonly<Record<string, ObjectSchema>> = {
  [GROUP_SCHEMA.typeName]: GROUP_SCHEMA,
  [TARGET_SCHEMA.typeName]: TARGET_SCHEMA,
  [TARGET_SET_SCHEMA.typeName]: TARGET_SET_SCHEMA,
  [DASHBOARD_SCHEMA.typeName]: DASHBOARD_SCHEMA,
  [PROXY_SCHEMA.typeName]: PROXY_SCHEMA,
  [CHECK_SCHEMA.typeName]: CHECK_SCHEMA,
  [MAINTENANCE_SCHEMA.typeName]: MAINTENANCE_SCHEMA,
  [MAP_SCHEMA.typeName]: MAP_SCHEMA,
};

/** Data sources by type name. */
export const DATA_SOURCE_SCHEMAS: Readonly<Record<string, ObjectSchema>> = {
  [TEMPLATE_DATA_SCHEMA.typeName]: TEMPLATE_DATA_SCHEMA,
};
