/**
 * The backend targets of each service group of a stack, per provider configuration, in
 * declaration order: what a group's map draws.
 */
import { TerraformStack, type TerraformProvider } from "cdktf";
import type { IConstruct } from "constructs";

const byStack = new WeakMap<TerraformStack, Map<string, IConstruct[]>>();

const key = (group: string, provider?: TerraformProvider) =>
  `${provider?.node.path ?? ""}\u0000${group}`;

function membersByGroup(scope: IConstruct): Map<string, IConstruct[]> {
  const stack = TerraformStack.of(scope);
  let found = byStack.get(stack);
  if (!found) {
    found = new Map();
    byStack.set(stack, found);
  }
  return found;
}

/** Records that `target` belongs to `groups` (registered with `provider`). */
export function recordGroupMember(
  target: IConstruct,
  groups: readonly string[],
  provider?: TerraformProvider,
): void {
  const members = membersByGroup(target);
  for (const group of groups) {
    const k = key(group, provider);
    members.set(k, [...(members.get(k) ?? []), target]);
  }
}

/** The targets declared so far in `group` of `scope`'s stack. */
export function groupMembers(
  scope: IConstruct,
  group: string,
  provider?: TerraformProvider,
): readonly IConstruct[] {
  return membersByGroup(scope).get(key(group, provider)) ?? [];
}
