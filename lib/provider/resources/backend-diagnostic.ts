import { BackendError } from "../backend-driver";
import { errorDiagnostic, type Diagnostic } from "../diagnostics";

const SUMMARIES: Readonly<Record<BackendError["kind"], string>> = {
  transient: "Monitoring backend unavailable",
  conflict: "Object already exists in the monitoring backend",
  invalid: "Monitoring backend rejected a value",
  auth: "Monitoring backend rejected the credentials",
};

/** A diagnostic for a failed backend call, pointing at the attribute the backend named. */
export function backendDiagnostic(
  error: unknown,
  noun: string,
  attributeNames: readonly string[] = [],
): Diagnostic {
  if (error instanceof BackendError) {
    const detail =
      error.kind === "transient"
        ? `${error.message}\nThe call was retried with backoff. Nothing is lost: run the command again when the backend answers.`
        : error.message;
    return errorDiagnostic(
      SUMMARIES[error.kind],
      detail,
      error.details.field && attributeNames.includes(error.details.field)
        ? [error.details.field]
        : undefined,
    );
  }
  return errorDiagnostic(
    `Unexpected error for ${noun}`,
    error instanceof Error ? error.message : String(error),
  );
}
