import { TerraformStack, Testing } from "cdktf";

/** Synthesized Terraform JSON of one stack. */
export type Json = Record<string, unknown>;

/** Builds a stack with `build` and returns its synthesized JSON. */
export function synth(build: (stack: TerraformStack) => void): Json {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  build(stack);
  return JSON.parse(Testing.synth(stack)) as Json;
}

/** The value at `keys` in `json`, or undefined. */
export function at(json: Json, ...keys: string[]): unknown {
  return keys.reduce<unknown>((v, k) => (v as Json | undefined)?.[k], json);
}

/** The blocks of one resource type, keyed by Terraform name. */
export function resources(json: Json, type: string): Record<string, Json> {
  return (at(json, "resource", type) ?? {}) as Record<string, Json>;
}

/** The single block of `type` whose `name` attribute is `name`. */
export function byName(json: Json, type: string, name: string): Json {
  const found = Object.values(resources(json, type)).filter((r) => r.name === name);
  if (found.length !== 1)
    throw new Error(`expected one ${type} named ${name}, found ${found.length}`);
  return found[0]!;
}
