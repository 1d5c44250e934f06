// generated — do not edit; run npm run generate
// Bindings of the `monitoring` provider. Prefer deep imports (`.../generated/monitoring-target`).
export * from "./provider";
export * from "./monitoring-check";
export * from "./monitoring-dashboard";
export * from "./monitoring-group";
export * from "./monitoring-maintenance";
export * from "./monitoring-map";
export * from "./monitoring-proxy";
export * from "./monitoring-target";
export * from "./monitoring-target-set";
export * from "./data-monitoring-template";
