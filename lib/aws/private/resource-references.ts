import {
  DefaultTokenResolver,
  Lazy,
  StringConcat,
  TerraformResource,
  TerraformStack,
  Tokenization,
} from "cdktf";
import type { IConstruct } from "constructs";

const REFERENCE = /\$\{([a-z0-9_]+)\.([^.}\s]+)\.[a-z0-9_]+\}/g;

const resolver = new DefaultTokenResolver(new StringConcat());

/** Addresses (`type.name`, e.g. `aws_lb.web`) of the Terraform resources a value refers to. */
function referencedAddresses(stack: TerraformStack, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  let text: string | undefined;
  try {
    text = JSON.stringify(
      Tokenization.resolve(value, { scope: stack, resolver, preparing: false }),
    );
  } catch {
    return []; // e.g. a reference into another stack that is not wired yet: not ours to follow
  }
  return [...(text ?? "").matchAll(REFERENCE)].map((m) => `${m[1]}.${m[2]}`);
}

function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

/** Not cached: a lookup made while the user is still declaring resources must see later ones. */
function resourcesOf(stack: TerraformStack): readonly TerraformResource[] {
  return stack.node
    .findAll()
    .filter((c: IConstruct): c is TerraformResource => c instanceof TerraformResource);
}

/**
 * `derive(resource)` remembered per resource once it is found: services call dimension helpers once
 * per alarm, and lookups walk the stack. `undefined` is not remembered, because a resource declared
 * later (after the `monitorXxx()` call) may still turn up at synth.
 */
export function memoizedPerResource<R extends object, T>(
  derive: (resource: R) => T | undefined,
): (resource: R) => T | undefined {
  const cache = new WeakMap<R, T>();
  return (resource) => {
    const known = cache.get(resource);
    if (known !== undefined) return known;
    const found = derive(resource);
    if (found !== undefined) cache.set(resource, found);
    return found;
  };
}

/**
 * `find()` now if it finds something, else a token that looks again when the stack is
 * synthesized (so resources declared after the `monitorXxx()` call count) and falls back to
 * `otherwise()` (a plan-time expression, or a throw) when there is still nothing.
 */
export function foundNowOrAtSynth(find: () => string | undefined, otherwise: () => string): string {
  return find() ?? Lazy.stringValue({ produce: () => find() ?? otherwise() });
}

/**
 * The resource of the same stack that `value` (a token such as `lb.arn`, or a structure holding
 * one) refers to, if it is a `terraformResourceType` resource; `undefined` for literals and for
 * references to other stacks or data sources.
 */
export function referencedResource<T extends TerraformResource>(
  from: TerraformResource,
  value: unknown,
  terraformResourceType: string,
): T | undefined {
  const stack = TerraformStack.of(from);
  const addresses = new Set(
    referencedAddresses(stack, value).filter((a) => a.startsWith(`${terraformResourceType}.`)),
  );
  if (addresses.size === 0) return undefined;
  return resourcesOf(stack).find((r) => addresses.has(addressOf(r))) as T | undefined;
}

/**
 * The `terraformResourceType` resources of `target`'s stack whose configuration (as picked by
 * `pick`) refers to `target`, sorted by construct path so that declaration order changes nothing.
 */
export function referencingResources<T extends TerraformResource>(
  target: TerraformResource,
  terraformResourceType: string,
  pick: (candidate: T) => unknown,
): T[] {
  const stack = TerraformStack.of(target);
  const address = addressOf(target);
  return resourcesOf(stack)
    .filter(
      (r): r is T =>
        r.terraformResourceType === terraformResourceType &&
        referencedAddresses(stack, pick(r as T)).includes(address),
    )
    .sort((a, b) => (a.node.path < b.node.path ? -1 : a.node.path > b.node.path ? 1 : 0));
}
