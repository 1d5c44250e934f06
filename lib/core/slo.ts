import type { ConfigProblem } from "./config-error";
import type { Severity } from "./severity";

/**
 * Service level objectives, whatever cloud measures them: the objective, its error budget, and
 * the multi-window, multi-burn-rate alerts of Google's SRE workbook (chapter 5, "Alerting on
 * SLOs"). An alert fires when the error budget burns at `factor` times the sustainable rate over
 * both its long and its short window: the error ratio over each window exceeds
 * `factor × (1 − target)`.
 */

/** One metric an indicator reads, in the cloud's spelling. */
export interface SloMetric {
  /** Metric namespace, e.g. `AWS/Lambda`. */
  readonly namespace: string;
  /** Metric name, e.g. `Errors`. */
  readonly metricName: string;
  /** Aggregation over a window, e.g. `Sum`, `SampleCount` or `TC(:300)`. */
  readonly statistic: string;
  /** Dimensions the metric is filtered on (tokens are fine). */
  readonly dimensions: Readonly<Record<string, string>>;
}

/**
 * What an SLO measures, as counts of events: the error ratio over a window is `bad / total`, or
 * `1 − good / total`. Give exactly one of `good` and `bad`.
 */
export interface SloIndicator {
  /** `availability` (successful events) or `latency` (events faster than a threshold). */
  readonly kind: "availability" | "latency";
  /** What a good event is, in words, e.g. `invocations without error`. */
  readonly description: string;
  /**
   * Count of good events; several metrics are summed.
   *
   * @default - none: `bad` is given
   */
  readonly good?: SloMetric | readonly SloMetric[];
  /**
   * Count of bad events; several metrics are summed (e.g. ALB and target 5xx).
   *
   * @default - none: `good` is given
   */
  readonly bad?: SloMetric | readonly SloMetric[];
  /** Count of all events. */
  readonly total: SloMetric;
}

/** One burn-rate alert: a factor, a long and a short window, and the severity it notifies. */
export interface BurnRateAlert {
  /** How many times faster than sustainable the budget burns, e.g. `14.4`. */
  readonly factor: number;
  /** Long window, as a duration such as `1h` (m, h, d or w). */
  readonly longWindow: string;
  /** Short window, shorter than `longWindow`, e.g. `5m`. */
  readonly shortWindow: string;
  /** `critical` pages, `warning` opens a ticket. */
  readonly severity: Severity;
}

/**
 * The SRE workbook's recommendation for a 30-day SLO: page at 14.4× over 1 h and 5 min and at 6×
 * over 6 h and 30 min (2 % and 5 % of the budget), ticket at 3× over 1 d and 2 h and 1× over 3 d
 * and 6 h (10 % each).
 */
export const DEFAULT_BURN_RATE_ALERTS: readonly BurnRateAlert[] = [
  { factor: 14.4, longWindow: "1h", shortWindow: "5m", severity: "critical" },
  { factor: 6, longWindow: "6h", shortWindow: "30m", severity: "critical" },
  { factor: 3, longWindow: "1d", shortWindow: "2h", severity: "warning" },
  { factor: 1, longWindow: "3d", shortWindow: "6h", severity: "warning" },
];

/** The SLO window when none is given. */
export const DEFAULT_SLO_WINDOW = "30d";

/** Options of `addSlo()`. */
export interface SloOptions {
  /** What is measured: e.g. `SloIndicators.lambdaAvailability(fn)` or your own counts. */
  readonly indicator: SloIndicator;
  /** The objective in percent of good events, e.g. `99.9`; more than 0, less than 100. */
  readonly target: number;
  /**
   * The rolling window the objective and the error budget are counted over (m, h, d or w).
   *
   * @default "30d"
   */
  readonly window?: string;
  /**
   * The burn-rate alerts.
   *
   * @default - DEFAULT_BURN_RATE_ALERTS: 14.4× 1h/5m and 6× 6h/30m critical, 3× 1d/2h and 1× 3d/6h warning
   */
  readonly burnRateAlerts?: readonly BurnRateAlert[];
  /**
   * Shown in notifications and on the dashboard.
   *
   * @default - "<target> % <kind> of <indicator description> over <window>"
   */
  readonly description?: string;
}

/** One planned burn-rate alert: both windows in seconds and the error ratio they fire above. */
export interface PlannedBurnRateAlert extends BurnRateAlert {
  /** `longWindow` in seconds. */
  readonly longSeconds: number;
  /** `shortWindow` in seconds. */
  readonly shortSeconds: number;
  /** `factor × (1 − target)`: the error ratio over each window above which the alert fires. */
  readonly errorRatioThreshold: number;
}

/** An SLO after validation, with its maths done. */
export interface PlannedSlo {
  /** The id given to `addSlo()` (or the OpenSLO `metadata.name`). */
  readonly id: string;
  /** What is measured. */
  readonly indicator: SloIndicator;
  /** Target as a fraction, e.g. `0.999`. */
  readonly target: number;
  /** `1 − target`: the error ratio the objective tolerates over its window. */
  readonly errorBudget: number;
  /** `window` in seconds. */
  readonly windowSeconds: number;
  /** The rolling window the budget is counted over, e.g. `30d`. */
  readonly window: string;
  /** Shown in notifications and on the dashboard. */
  readonly description: string;
  /** The burn-rate alerts with their thresholds, in the order given. */
  readonly alerts: readonly PlannedBurnRateAlert[];
}

const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400, w: 604_800 } as const;
const UNIT_WORDS = { m: "minute", h: "hour", d: "day", w: "week" } as const;
const DURATION = /^([1-9]\d*)([mhdw])$/;

/** Seconds of a duration such as `5m`, `1h`, `30d` or `4w`; undefined when it is not one. */
export function durationSeconds(duration: string): number | undefined {
  const match = DURATION.exec(duration);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}

/** A duration in words, e.g. `5 minutes`, `1 hour`. */
export function durationWords(duration: string): string {
  const match = DURATION.exec(duration);
  if (!match) return duration;
  const count = Number(match[1]);
  const unit = UNIT_WORDS[match[2] as keyof typeof UNIT_WORDS];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** Rounds away binary noise: `14.4 × (1 − 0.999)` is 0.0144, not 0.014400000000000012. */
function exact(value: number): number {
  return Number(value.toPrecision(12));
}

/** The error ratio a burn-rate alert fires above: `factor × (1 − target)`, target a fraction. */
export function burnRateThreshold(factor: number, target: number): number {
  return exact(factor * exact(1 - target));
}

/** The share of the error budget left after an error ratio over the whole window: `1 − ratio / budget`. */
export function remainingBudget(errorRatio: number, target: number): number {
  return exact(1 - errorRatio / exact(1 - target));
}

const DURATION_ALLOWED = "a duration such as 5m, 1h, 1d or 4w (m, h, d or w)";

/**
 * Validates an SLO's options and computes its budget and thresholds. Problems name the option;
 * cloud limits on windows are left to the cloud that renders it.
 */
export function planSlo(
  id: string,
  options: SloOptions,
): { readonly slo?: PlannedSlo; readonly problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(id)) {
    problems.push({
      option: "id",
      message: `"${id}" is not a name; allowed: lowercase letters, digits and inner dashes`,
    });
  }
  const { target, indicator } = options;
  if (typeof target !== "number" || !Number.isFinite(target) || target <= 0 || target >= 100) {
    problems.push({
      option: "target",
      message: `${String(target)} is not a percentage; allowed: a number > 0 and < 100, e.g. 99.9`,
    });
  }
  if ((indicator.good === undefined) === (indicator.bad === undefined)) {
    problems.push({
      option: "indicator",
      message: "gives both or neither of good and bad; allowed: exactly one of them, with total",
    });
  }
  const window = options.window ?? DEFAULT_SLO_WINDOW;
  const windowSeconds = durationSeconds(window);
  if (windowSeconds === undefined) {
    problems.push({ option: "window", message: `"${window}"; allowed: ${DURATION_ALLOWED}` });
  }
  const fraction = exact(target / 100);
  const alerts: PlannedBurnRateAlert[] = [];
  const requested = options.burnRateAlerts ?? DEFAULT_BURN_RATE_ALERTS;
  if (requested.length === 0) {
    problems.push({
      option: "burnRateAlerts",
      message: "is empty; allowed: at least one alert, or leave it out for the SRE workbook's four",
    });
  }
  requested.forEach((alert, i) => {
    const option = `burnRateAlerts[${i}]`;
    const longSeconds = durationSeconds(alert.longWindow);
    const shortSeconds = durationSeconds(alert.shortWindow);
    if (longSeconds === undefined) {
      problems.push({
        option: `${option}.longWindow`,
        message: `"${alert.longWindow}"; allowed: ${DURATION_ALLOWED}`,
      });
    }
    if (shortSeconds === undefined) {
      problems.push({
        option: `${option}.shortWindow`,
        message: `"${alert.shortWindow}"; allowed: ${DURATION_ALLOWED}`,
      });
    }
    if (longSeconds !== undefined && shortSeconds !== undefined && shortSeconds >= longSeconds) {
      problems.push({
        option: `${option}.shortWindow`,
        message: `${alert.shortWindow} is not shorter than longWindow ${alert.longWindow}; allowed: a shorter window`,
      });
    }
    if (alert.severity !== "critical" && alert.severity !== "warning") {
      problems.push({
        option: `${option}.severity`,
        message: `"${String(alert.severity)}"; allowed: critical, warning`,
      });
    }
    if (typeof alert.factor !== "number" || !(alert.factor > 0)) {
      problems.push({
        option: `${option}.factor`,
        message: `${String(alert.factor)}; allowed: a number > 0`,
      });
      return;
    }
    const threshold = burnRateThreshold(alert.factor, fraction);
    if (problems.length === 0 && threshold >= 1) {
      problems.push({
        option: `${option}.factor`,
        message: `${alert.factor} × (1 − ${target} %) = error ratio ${threshold}, which no window can exceed; allowed: a factor < ${exact(1 / exact(1 - fraction))} for this target`,
      });
    }
    if (longSeconds !== undefined && shortSeconds !== undefined) {
      alerts.push({ ...alert, longSeconds, shortSeconds, errorRatioThreshold: threshold });
    }
  });
  if (problems.length > 0 || windowSeconds === undefined) return { problems };
  const description =
    options.description ??
    `${target} % ${indicator.kind} (${indicator.description}) over ${durationWords(window)}`;
  return {
    problems,
    slo: {
      id,
      indicator,
      target: fraction,
      errorBudget: exact(1 - fraction),
      windowSeconds,
      window,
      description,
      alerts,
    },
  };
}
