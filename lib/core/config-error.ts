/** One wrong option: where it is, what is wrong and what is allowed. */
export interface ConfigProblem {
  /** Option path, e.g. `cpuUtilization.period`. */
  readonly option: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
}

/**
 * Thrown at synth, before anything is written, when monitoring options are wrong. The message
 * names the construct path, each wrong option and the allowed values.
 */
export class MonitoringConfigError extends Error {
  constructor(
    /** Construct path of the resource or facade the options belong to. */
    readonly constructPath: string,
    /** What was being configured, e.g. `monitorEc2Instance()`. */
    readonly context: string,
    /** Every problem found. */
    readonly problems: readonly ConfigProblem[],
  ) {
    super(
      `Invalid monitoring configuration for ${constructPath} in ${context}:\n` +
        problems.map((p) => `  - ${p.option || "(options)"}: ${p.message}`).join("\n"),
    );
    this.name = "MonitoringConfigError";
  }
}
