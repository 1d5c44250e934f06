import { BackendError } from "../backend-driver";
import { errorDiagnostic, type Diagnostic } from "../diagnostics";

const SUMMARIES: Readonly<Record<BackendError["kind"], string>> = {
  transient: "Monitoring backend unavailable",
  conflict: "Object already exists in the monitoring backend",
  invalid: "Monitoring backend rejected a value",
  auth: "Monitoring backend rejected the credentials",
};

/** The schema's spelling of a driver field name: `displayName` is the attribute `display_name`. */
export function attributeNameOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * A diagnostic for a failed backend call, pointing at the attribute the backend named. With
 * `name`, the detail starts with the object it is about: in a log of many concurrent failures
 * the backend's own message ("HTTP 502") names no one.
 */
export function backendDiagnostic(
  error: unknown,
  noun: string,
  attributeNames: readonly string[] = [],
  name?: string,
): Diagnostic {
  if (error instanceof BackendError) {
    const message =
      name === undefined || error.message.includes(JSON.stringify(name))
        ? error.message
        : `${noun} ${JSON.stringify(name)}: ${error.message}`;
    const detail =
      error.kind === "transient"
        ? `${message}\nThe call was retried with backoff. Nothing is lost: run the command again when the backend answers.`
        : message;
    const attribute = error.details.field && attributeNameOf(error.details.field);
    return errorDiagnostic(
      SUMMARIES[error.kind],
      detail,
      attribute && attributeNames.includes(attribute) ? [attribute] : undefined,
    );
  }
  return errorDiagnostic(
    `Unexpected error for ${noun}`,
    error instanceof Error ? error.message : String(error),
  );
}
