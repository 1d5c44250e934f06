/**
 * Target kinds and how each maps onto Zabbix: the packaged 6.0 templates linked by default and
 * the type of the host's main interface.
 *
 * Every target gets one main interface carrying its address and port, so both survive a round
 * trip: an SNMP interface (SNMPv2c, community `{$SNMP_COMMUNITY}`) for network devices, a Zabbix
 * agent interface for everything else. The HTTP-based cloud templates do not poll that
 * interface; it records where the thing lives.
 */

/** Zabbix host interface types. */
export const INTERFACE_AGENT = 1;
export const INTERFACE_SNMP = 2;

export interface KindMapping {
  /** Names of the templates linked when a target gives none. */
  readonly templates: readonly string[];
  /** Type of the host's main interface, which carries the target's address and port. */
  readonly interfaceType: typeof INTERFACE_AGENT | typeof INTERFACE_SNMP;
}

const agent = (...templates: string[]): KindMapping => ({
  templates,
  interfaceType: INTERFACE_AGENT,
});

/** Names exactly as in the Zabbix 6.0 data (checked by the e2e tests). */
export const KIND_MAPPINGS = {
  linux_server: agent("Linux by Zabbix agent"),
  windows_server: agent("Windows by Zabbix agent"),
  network_device: { templates: ["Generic by SNMP"], interfaceType: INTERFACE_SNMP },
  postgres: agent("PostgreSQL by Zabbix agent 2"),
  mysql: agent("MySQL by Zabbix agent"),
  // Simple checks run by the server: reachability and the HTTPS port. Web scenarios are
  // per-host objects in Zabbix, not templates.
  web_endpoint: agent("ICMP Ping", "HTTPS Service"),
  aws_ec2: agent("AWS EC2 by HTTP"),
  aws_rds: agent("AWS RDS instance by HTTP"),
  aws_s3: agent("AWS S3 bucket by HTTP"),
  azure_vm: agent("Azure virtual machine by HTTP"),
  azure_sql: agent("Azure Microsoft SQL database by HTTP"),
  azure_postgres: agent("Azure PostgreSQL flexible server by HTTP"),
} as const satisfies Record<string, KindMapping>;

export type TargetKind = keyof typeof KIND_MAPPINGS;

/** Allowed values of a target's `kind`. */
export const targetKinds: readonly TargetKind[] = Object.keys(KIND_MAPPINGS) as TargetKind[];

export function isTargetKind(kind: string): kind is TargetKind {
  return Object.prototype.hasOwnProperty.call(KIND_MAPPINGS, kind);
}

/** The templates a target of `kind` gets when it names none. */
export function defaultTemplates(kind: string): readonly string[] {
  return isTargetKind(kind) ? KIND_MAPPINGS[kind].templates : [];
}
