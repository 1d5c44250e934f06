import { TerraformStack, Token } from "cdktf";
import type { IConstruct } from "constructs";
import { MonitoringConfigError } from "../../core/config-error";

/** Target names claimed per stack and provider configuration, with the path that claimed each. */
const claimed = new WeakMap<TerraformStack, Map<string, string>>();

/**
 * Records that `scope` registers a target named `name`; throws when another construct of the
 * same stack already did, since the backend requires unique names.
 */
export function claimTargetName(
  scope: IConstruct,
  context: string,
  name: string,
  providerPath = "",
): void {
  if (Token.isUnresolved(name)) return;
  const stack = TerraformStack.of(scope);
  let names = claimed.get(stack);
  if (!names) {
    names = new Map();
    claimed.set(stack, names);
  }
  const key = `${providerPath}\u0000${name}`;
  const owner = names.get(key);
  if (owner !== undefined && owner !== scope.node.path) {
    throw new MonitoringConfigError(scope.node.path, context, [
      {
        option: "name",
        message: `${JSON.stringify(name)} is already the name of the target declared at ${owner}; target names must be unique (set \`name\`)`,
      },
    ]);
  }
  names.set(key, scope.node.path);
}
