import type { ReviewValue } from "./review-model";

/** Words shown for a value Terraform knows only after apply. */
export const KNOWN_AFTER_APPLY = "(known after apply)";

const MAX_LENGTH = 160;

function plain(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "string") return value === "" ? '""' : value;
  if (Array.isArray(value)) return `[${value.map(plain).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null);
    return `{${entries.map(([k, v]) => `${k}=${plain(v)}`).join(", ")}}`;
  }
  return String(value);
}

/**
 * A value as one line for people: strings bare, lists `[a, b]`, maps `{k=v}`, null `(none)`,
 * unknown `(known after apply)`, sensitive `(sensitive)`; very long values are shortened.
 */
export function formatValue(value: ReviewValue | undefined): string {
  if (!value) return "";
  if ("unknown" in value) return KNOWN_AFTER_APPLY;
  if ("sensitive" in value) return "(sensitive)";
  const text = plain(value.value).replace(/\s*\n\s*/g, " ");
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** `before → after`, `+ after` or `- before`, as the change has one or both. */
export function formatFieldChange(
  before: ReviewValue | undefined,
  after: ReviewValue | undefined,
): string {
  if (before && after) return `${formatValue(before)} → ${formatValue(after)}`;
  return after ? formatValue(after) : formatValue(before);
}

/** Symbol of an action, as Terraform prints it. */
export const ACTION_SYMBOL = { add: "+", remove: "-", replace: "-/+", change: "~" } as const;

/** Verb of an action for headings. */
export const ACTION_WORD = {
  add: "added",
  remove: "removed",
  replace: "replaced",
  change: "changed",
} as const;
