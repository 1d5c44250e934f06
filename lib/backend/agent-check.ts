import type { CHECK_OPERATORS } from "../provider/schema";

/**
 * A value the backend reads from a server's Zabbix agent, with a threshold per severity: when
 * the value crosses one, the backend raises a problem of that severity (Zabbix: Warning for
 * `warning`, High for `critical`) and resolves it when the value returns.
 */
export interface AgentCheck {
  /**
   * Name of the check, unique on its server (letters, digits, spaces, `.`, `_`, `-`). The
   * backend calls it `<target name>: <name>`.
   */
  readonly name: string;
  /**
   * Zabbix agent item key returning a number, e.g.
   * `vfs.file.contents[/var/lib/app/queue-depth]` or the key of a `UserParameter`.
   */
  readonly key: string;
  /**
   * Seconds between two readings.
   *
   * @default 60
   */
  readonly intervalSeconds?: number;
  /**
   * Which side of a threshold is a problem.
   *
   * @default "above"
   */
  readonly operator?: (typeof CHECK_OPERATORS)[number];
  /**
   * Threshold of the warning problem.
   *
   * @default - no warning problem
   */
  readonly warning?: number;
  /**
   * Threshold of the critical problem.
   *
   * @default - no critical problem
   */
  readonly critical?: number;
}
