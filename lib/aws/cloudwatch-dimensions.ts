import type { AlarmSpec } from "../core/alarm-spec";

/**
 * An alarm's dimensions as CloudWatch takes them: one value each. Option validation rejects
 * several values for a CloudWatch alarm (`AlarmRules.multiValueDimensions` is off), so a list
 * here has one value; more can only come from a catalog entry or service of CloudWatch's, a bug.
 */
export function cloudWatchDimensions(spec: AlarmSpec): Record<string, string> {
  const dimensions: Record<string, string> = {};
  for (const [name, value] of Object.entries(spec.dimensions)) {
    if (typeof value === "string") dimensions[name] = value;
    else if (value.length === 1) dimensions[name] = value[0]!;
    else {
      throw new Error(
        `${spec.resourcePath}: alarm ${spec.name} filters dimension ${name} on ${value.length} values; CloudWatch takes one`,
      );
    }
  }
  return dimensions;
}
