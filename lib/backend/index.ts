// Backend targets: on-premises declarations registered in the monitoring backend.
export * from "./target-options";
export * from "./backend-target";
export * from "./service-groups";
export * from "./service-group-map";
export * from "./monitoring-site";
export * from "./agent-check";
export * from "./maintenance-window";
export * from "./server";
export * from "./network-device";
export * from "./database";
export * from "./web-endpoint";
export * from "./cloud-targets";
export * from "./generated";
export { TARGET_KINDS } from "../provider/schema";
