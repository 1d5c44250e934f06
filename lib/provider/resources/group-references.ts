import { errorDiagnostic, type Diagnostic } from "../diagnostics";
import type { ObjectValue } from "../protocol/dynamic-value";
import type { ProviderContext } from "./resource";

/**
 * An error at `attribute` naming each known id in it for which `exists` says no; `example`
 * shows the reference to use instead, e.g. `monitoring_group.ops.id`.
 */
export async function checkIdsExist(
  planned: ObjectValue,
  attribute: string,
  exists: (id: string) => Promise<boolean>,
  what: { readonly noun: string; readonly backend: string; readonly example: string },
): Promise<Diagnostic[]> {
  const value = planned[attribute];
  const ids = Array.isArray(value) ? value.filter((g): g is string => typeof g === "string") : [];
  const found = await Promise.all(ids.map(exists));
  const missing = ids.filter((_, i) => !found[i]);
  return missing.length === 0
    ? []
    : [
        errorDiagnostic(
          `Unknown ${what.noun}`,
          `No ${what.noun} with id ${missing.map((m) => `"${m}"`).join(", ")} exists in ${what.backend}. Use the id of a ${what.example.split(".")[0]} (e.g. ${what.example}).`,
          [attribute],
        ),
      ];
}

/** An error at `groups` for each known group id that does not exist in the backend. */
export function checkGroupsExist(
  planned: ObjectValue,
  ctx: ProviderContext,
): Promise<Diagnostic[]> {
  return checkIdsExist(planned, "groups", (id) => ctx.groupExists(id), {
    noun: "group",
    backend: ctx.driver.name,
    example: "monitoring_group.ops.id",
  });
}
