import { Lazy, TerraformStack, type TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { z } from "zod";
import { MonitoringConfigError } from "../core/config-error";
import { MAP_MAX_SIZE, MAP_SCHEMA } from "../provider/schema";
import { BackendTarget } from "./backend-target";
import { MonitoringMap } from "./generated/monitoring-map";
import { groupMembers } from "./private/group-members";
import { findCycle, layeredLayout } from "./private/map-layout";
import { commonOptionsShape, groupNameSchema } from "./private/schemas";
import { parseProps } from "./private/validate-props";

/** Props of {@link ServiceGroupMap}. */
export interface ServiceGroupMapProps {
  /** The service group whose targets the map shows, e.g. `"payments"`. */
  readonly group: string;
  /**
   * Name of the map in the backend (unique, 1-128 characters).
   *
   * @default - the group name
   */
  readonly name?: string;
  /**
   * The `monitoring` provider configuration of the group's targets.
   *
   * @default - the stack's default `monitoring` provider configuration
   */
  readonly provider?: TerraformProvider;
}

const CONTEXT = "ServiceGroupMap";
const NAME_MAX =
  MAP_SCHEMA.block.attributes
    .find((a) => a.name === "name")
    ?.validators?.find((v) => v.kind === "length")?.max ?? 128;

const propsSchema = z.strictObject({
  group: groupNameSchema,
  name: z
    .string({ error: "must be a string" })
    .min(1, `1-${NAME_MAX} characters`)
    .max(NAME_MAX, `1-${NAME_MAX} characters`)
    .optional(),
  provider: commonOptionsShape.provider,
});

/** Map names claimed per stack and provider configuration, with the path that claimed each. */
const claimedNames = new WeakMap<TerraformStack, Map<string, string>>();

function claimName(scope: Construct, name: string, provider?: TerraformProvider): void {
  const stack = TerraformStack.of(scope);
  const names = claimedNames.get(stack) ?? new Map<string, string>();
  claimedNames.set(stack, names);
  const key = `${provider?.node.path ?? ""}\u0000${name}`;
  const owner = names.get(key);
  if (owner !== undefined) {
    throw new MonitoringConfigError(scope.node.path, CONTEXT, [
      {
        option: "name",
        message: `${JSON.stringify(name)} is already the name of the map declared at ${owner}; map names are unique (set \`name\`)`,
      },
    ]);
  }
  names.set(key, scope.node.path);
}

interface MapContent {
  readonly width: number;
  readonly height: number;
  readonly elements: string[];
  readonly links: string[];
}

/**
 * A map of a service group in the backend (Zabbix: map), kept in sync by the provider: every
 * backend target of the group as an icon showing its problems, and a link from each target to
 * each target it {@link BackendTarget.dependsOn}. A dependency outside the group is drawn too.
 *
 * The layout is computed at synth, the same for the same declarations: targets that depend on
 * nothing at the bottom, every other target one row above its highest dependency, each row
 * ordered to keep links short (ties by target name) and wrapped when wide; the map's size follows from the rows. Targets may be
 * declared and linked before or after the map.
 */
export class ServiceGroupMap extends Construct {
  /** The map's `monitoring_map`. */
  public readonly map: MonitoringMap;

  private readonly group: string;
  private readonly targetProvider?: TerraformProvider;
  private content?: MapContent;

  constructor(scope: Construct, id: string, props: ServiceGroupMapProps) {
    super(scope, id);
    const options = parseProps(this, CONTEXT, propsSchema, props);
    this.group = options.group;
    this.targetProvider = options.provider;
    const name = options.name ?? options.group;
    claimName(this, name, options.provider);
    const links = () => this.layout().links;
    this.map = new MonitoringMap(this, "Map", {
      name,
      width: Lazy.numberValue({ produce: () => this.layout().width }),
      height: Lazy.numberValue({ produce: () => this.layout().height }),
      elements: Lazy.listValue({ produce: () => this.layout().elements }),
      links: Lazy.listValue({ produce: () => (links().length > 0 ? links() : undefined) }),
      provider: options.provider,
    });
  }

  /** The group's targets and their dependencies, laid out once all declarations are made. */
  private layout(): MapContent {
    if (this.content) return this.content;
    const members = groupMembers(this, this.group, this.targetProvider).filter(
      (m): m is BackendTarget => m instanceof BackendTarget,
    );
    if (members.length === 0) {
      throw new MonitoringConfigError(this.node.path, CONTEXT, [
        {
          option: "group",
          message: `service group ${JSON.stringify(this.group)} has no backend targets${this.targetProvider ? ` registered with ${this.targetProvider.node.path}` : ""}; declare targets with group: ${JSON.stringify(this.group)} (LinuxServer, NetworkDevice, …) or remove the map`,
        },
      ]);
    }
    const drawn = new Map<string, BackendTarget>();
    for (const target of [...members, ...members.flatMap((m) => m.dependencies)]) {
      drawn.set(target.targetName, target);
    }
    const nodes = [...drawn.values()].map((t) => ({
      name: t.targetName,
      dependsOn: t.dependencies.map((d) => d.targetName).filter((n) => drawn.has(n)),
    }));
    const cycle = findCycle(nodes);
    if (cycle) {
      const path = cycle.map((n) => `${n} (${drawn.get(n)!.node.path})`).join(" → ");
      throw new MonitoringConfigError(this.node.path, CONTEXT, [
        {
          option: "group",
          message: `the dependencies of its targets form a cycle: ${path}; dependsOn must not form a cycle, remove one of these dependencies`,
        },
      ]);
    }
    const layout = layeredLayout(nodes);
    if (layout.width > MAP_MAX_SIZE || layout.height > MAP_MAX_SIZE) {
      throw new MonitoringConfigError(this.node.path, CONTEXT, [
        {
          option: "group",
          message: `its ${nodes.length} targets need a map of ${layout.width} x ${layout.height} pixels, more than the ${MAP_MAX_SIZE} x ${MAP_MAX_SIZE} allowed; split the group into smaller groups with a map each`,
        },
      ]);
    }
    const sorted = [...drawn.keys()].sort();
    const elements = sorted.map((n) => {
      const { x, y } = layout.positions.get(n)!;
      return `${drawn.get(n)!.target.id}@${x},${y}`;
    });
    const links = nodes
      .flatMap((n) => n.dependsOn.map((d) => [n.name, d] as const))
      .sort(([a1, b1], [a2, b2]) => (a1 === a2 ? (b1 < b2 ? -1 : 1) : a1 < a2 ? -1 : 1))
      .map(([from, to]) => `${drawn.get(from)!.target.id}->${drawn.get(to)!.target.id}`);
    this.content = { width: layout.width, height: layout.height, elements, links };
    return this.content;
  }
}
