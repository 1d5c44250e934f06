/**
 * Diagnostics as the provider builds them, and their tfplugin6 wire form. A diagnostic's path
 * lets Terraform point at the offending line of configuration.
 */

/** One step of an attribute path: an attribute name, a map key or a list index. */
export type PathStep = string | { readonly key: string } | { readonly index: number };
export type AttributePath = readonly PathStep[];

export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail: string;
  /**
   * The attribute the diagnostic is about.
   *
   * @default - the whole resource or provider
   */
  readonly path?: AttributePath;
}

export function errorDiagnostic(summary: string, detail: string, path?: AttributePath): Diagnostic {
  return { severity: "error", summary, detail, path };
}

export function warningDiagnostic(
  summary: string,
  detail: string,
  path?: AttributePath,
): Diagnostic {
  return { severity: "warning", summary, detail, path };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** tfplugin6 `AttributePath`. */
export function toWirePath(path: AttributePath): { steps: Record<string, unknown>[] } {
  return {
    steps: path.map((step) =>
      typeof step === "string"
        ? { attribute_name: step }
        : "key" in step
          ? { element_key_string: step.key }
          : { element_key_int: step.index },
    ),
  };
}

/** tfplugin6 `Diagnostic`. */
export function toWireDiagnostic(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity === "error" ? 1 : 2,
    summary: d.summary,
    detail: d.detail,
    ...(d.path && d.path.length > 0 ? { attribute: toWirePath(d.path) } : {}),
  };
}
