import type { JsonValue } from "./plan-types";
import { UNGROUPED } from "./review-model";

/** Tag keys that name an alarm's or resource's service group, in order of preference. */
export const GROUP_TAG_KEYS = [
  "monitoring:group",
  "monitoring:service-group",
  "service-group",
  "ServiceGroup",
  "group",
];

/** Tag keys that name an alarm's severity, in order of preference. */
export const SEVERITY_TAG_KEYS = ["monitoring:severity", "severity", "Severity"];

/** The first non-empty string tag among `keys`, or undefined. */
export function tagValue(tags: JsonValue | undefined, keys: readonly string[]): string | undefined {
  if (tags === null || typeof tags !== "object" || Array.isArray(tags)) return undefined;
  for (const key of keys) {
    const value = tags[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

/** The service group named by tags, or {@link UNGROUPED}. */
export function groupFromTags(tags: JsonValue | undefined): string {
  return tagValue(tags, GROUP_TAG_KEYS) ?? UNGROUPED;
}
