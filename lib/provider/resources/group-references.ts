import { errorDiagnostic, type Diagnostic } from "../diagnostics";
import type { ObjectValue } from "../protocol/dynamic-value";
import type { ProviderContext } from "./resource";

/** An error at `groups` for each known group id that does not exist in the backend. */
export async function checkGroupsExist(
  planned: ObjectValue,
  ctx: ProviderContext,
): Promise<Diagnostic[]> {
  const ids = Array.isArray(planned.groups)
    ? planned.groups.filter((g): g is string => typeof g === "string")
    : [];
  const exists = await Promise.all(ids.map((id) => ctx.groupExists(id)));
  const missing = ids.filter((_, i) => !exists[i]);
  return missing.length === 0
    ? []
    : [
        errorDiagnostic(
          "Unknown group",
          `No group with id ${missing.map((m) => `"${m}"`).join(", ")} exists in ${ctx.driver.name}. Use the id of a monitoring_group (e.g. monitoring_group.ops.id).`,
          ["groups"],
        ),
      ];
}
