/** Tag naming the service group of an alarm; `cdktf-monitoring review` groups changes by it. */
export const GROUP_TAG = "monitoring:group";

/** Tag naming the severity of an alarm or notification topic. */
export const SEVERITY_TAG = "monitoring:severity";
