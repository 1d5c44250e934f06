// Public API: re-exports only.
export * from "./catalog/alarm-default";
