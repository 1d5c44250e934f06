import type { TerraformProvider } from "cdktf";
import type { MonitoringSite } from "./monitoring-site";

/** Options every on-premises target declaration accepts. */
export interface BackendTargetOptions {
  /**
   * Service group(s) the target belongs to, e.g. `"payments"` or `"payments/db"`. Each name
   * becomes one `monitoring_group` per stack, shared by every declaration that names it.
   */
  readonly group: string | readonly string[];

  /**
   * Unique technical name of the target in the backend (letters, digits, `_`, `.`, `-`).
   * Changing it replaces the target.
   *
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * Name shown in the backend's web interface.
   *
   * @default - the name
   */
  readonly displayName?: string;

  /**
   * Raw threshold macros (name without `{$…}`, e.g. `"VFS.FS.INODE.PFREE.MIN.WARN"`) for
   * template macros the typed `thresholds` do not cover. A macro may be set in one place only.
   *
   * @default - none: the templates' own defaults apply
   */
  readonly thresholdMacros?: Readonly<Record<string, string | number>>;

  /**
   * Tags of the target in the backend.
   *
   * @default - none
   */
  readonly tags?: Readonly<Record<string, string>>;

  /**
   * Whether the backend monitors the target.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * Backend templates to link instead of the kind's defaults.
   *
   * @default - the provider's templates for the target's kind
   */
  readonly templates?: readonly string[];

  /**
   * The site whose proxy monitors the target; wins over the site of its groups.
   *
   * @default - the `MonitoringSite` that lists one of the target's groups, else the server itself
   */
  readonly site?: MonitoringSite;

  /**
   * The `monitoring` provider configuration to register the target (and its groups) with.
   *
   * @default - the stack's default `monitoring` provider configuration
   */
  readonly provider?: TerraformProvider;
}
