import type { IConstruct } from "constructs";

/** What all facades of one app share, to keep names unique and resources monitored once. */
export interface AppRegistry {
  /** Monitored resource → path of the facade that monitors it. */
  readonly monitored: WeakMap<IConstruct, string>;
  /** `<region key>|<alarm name>` → construct path of the resource that owns it. */
  readonly alarmNames: Map<string, string>;
}

const registries = new WeakMap<IConstruct, AppRegistry>();

/** The registry of the app (construct tree root) `construct` belongs to. */
export function appRegistryOf(construct: IConstruct): AppRegistry {
  const root = construct.node.root;
  let registry = registries.get(root);
  if (!registry) {
    registry = { monitored: new WeakMap(), alarmNames: new Map() };
    registries.set(root, registry);
  }
  return registry;
}
