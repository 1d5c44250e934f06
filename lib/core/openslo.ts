import { readFileSync } from "node:fs";
import type * as YamlModule from "yaml";
import { z } from "zod";
import { MonitoringConfigError, type ConfigProblem } from "./config-error";
import type { BurnRateAlert, SloIndicator, SloMetric, SloOptions } from "./slo";

/**
 * OpenSLO v1 (https://github.com/OpenSLO/OpenSLO) objects read into `addSlo()` options. Only
 * what maps onto event-based objectives over CloudWatch metrics is accepted; every other field
 * is an error naming it, so that nothing in a file is silently left out.
 */

/** Options of `addOpenSlo()`. */
export interface OpenSloReadOptions {
  /**
   * Burn-rate alerts of every SLO in the file (OpenSLO's `alertPolicies` are not read).
   *
   * @default - DEFAULT_BURN_RATE_ALERTS
   */
  readonly burnRateAlerts?: readonly BurnRateAlert[];
  /**
   * Indicators by SLI name, used instead of the file's metric sources for an `indicatorRef` (or
   * an inline indicator's `metadata.name`) of that name: e.g. `SloIndicators.lambdaAvailability(fn)`
   * where the dimension values are only known in the app.
   *
   * @default - the file's metric sources
   */
  readonly indicators?: Readonly<Record<string, SloIndicator>>;
}

/** One SLO of a file, ready for `addSlo(id, options)`. */
export interface OpenSloObjective {
  /** The SLO's `metadata.name`. */
  readonly id: string;
  /** The `addSlo()` options read from the SLO and its SLI. */
  readonly options: SloOptions;
}

/** A strict object: an unknown field is an error listing the fields that are read. */
function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `not supported by cdktf-monitoring; allowed: ${allowed}`
        : issue.code === "invalid_type"
          ? `must be ${issue.expected === "object" ? "a mapping" : issue.expected}; allowed fields: ${allowed}`
          : undefined,
  });
}

const NAME = z.string().regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, {
  message: "is not an RFC 1123 name; allowed: up to 63 lowercase letters, digits and inner dashes",
});
const DURATION = z.string().regex(/^[1-9]\d*[mhdw]$/, {
  message:
    "is not a fixed duration; allowed: a number and m, h, d or w (M, Q and Y have no fixed length)",
});

const metadata = strict({
  name: NAME,
  displayName: z.string().optional(),
  labels: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

const metricSource = strict({
  metricSource: strict({
    type: z.literal("CloudWatch", { message: "allowed: CloudWatch" }),
    spec: strict({
      namespace: z.string().min(1),
      metricName: z.string().min(1),
      stat: z.string().min(1).optional(),
      dimensions: z.array(strict({ name: z.string().min(1), value: z.string() })).optional(),
    }),
  }),
});
type MetricSource = z.infer<typeof metricSource>;

const sliSpec = strict({
  description: z.string().max(1050).optional(),
  ratioMetric: strict({
    counter: z.boolean().optional(),
    good: metricSource.optional(),
    bad: metricSource.optional(),
    total: metricSource,
  }).optional(),
  thresholdMetric: metricSource.optional(),
});
type SliSpec = z.infer<typeof sliSpec>;

const TARGET = "allowed: a fraction > 0 and < 1, e.g. 0.999 (or targetPercent: 99.9)";
const PERCENT = "allowed: a percentage > 0 and < 100, e.g. 99.9";

const objective = strict({
  displayName: z.string().optional(),
  op: z
    .enum(["lte", "lt"], { message: "allowed: lte, lt (events at most `value` are good)" })
    .optional(),
  value: z
    .number({ message: "allowed: a number > 0" })
    .positive({ message: "allowed: a number > 0" })
    .optional(),
  target: z
    .number({ message: TARGET })
    .gt(0, { message: TARGET })
    .lt(1, { message: TARGET })
    .optional(),
  targetPercent: z
    .number({ message: PERCENT })
    .gt(0, { message: PERCENT })
    .lt(100, { message: PERCENT })
    .optional(),
});

const sloSpec = strict({
  description: z.string().max(1050).optional(),
  service: z.string().optional(),
  indicator: strict({ metadata, spec: sliSpec }).optional(),
  indicatorRef: NAME.optional(),
  timeWindow: z
    .array(
      strict({
        duration: DURATION,
        isRolling: z.literal(true, { message: "allowed: true (rolling windows only)" }),
      }),
    )
    .length(1, { message: "allowed: exactly one time window" })
    .optional(),
  budgetingMethod: z.literal("Occurrences", {
    message: "allowed: Occurrences (Timeslices and RatioTimeslices are not supported)",
  }),
  objectives: z.array(objective).length(1, { message: "allowed: exactly one objective" }),
});

const header = {
  apiVersion: z.literal("openslo/v1", { message: "allowed: openslo/v1" }),
  metadata,
};
const document = z.discriminatedUnion(
  "kind",
  [
    strict({ ...header, kind: z.literal("SLO"), spec: sloSpec }),
    strict({ ...header, kind: z.literal("SLI"), spec: sliSpec }),
  ],
  { error: () => "allowed: SLO, SLI (other kinds are not read)" },
);
type OpenSloDocument = z.infer<typeof document>;

/** `spec.objectives.0.target` as `spec.objectives[0].target`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("");
}

function metricOf(source: MetricSource, statistic: string | undefined): SloMetric {
  const spec = source.metricSource.spec;
  return {
    namespace: spec.namespace,
    metricName: spec.metricName,
    statistic: statistic ?? spec.stat ?? "Sum",
    dimensions: Object.fromEntries((spec.dimensions ?? []).map((d) => [d.name, d.value])),
  };
}

let yaml: typeof YamlModule | undefined;

/** Parses OpenSLO v1 YAML (one or more documents) into SLOs; `file` names the source in errors. */
export function parseOpenSlo(
  text: string,
  file: string,
  options: OpenSloReadOptions = {},
): OpenSloObjective[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by apps that read OpenSLO only
  yaml ??= require("yaml") as typeof YamlModule;
  const problems: ConfigProblem[] = [];
  const documents: { doc: OpenSloDocument; where: string }[] = [];
  yaml.parseAllDocuments(text).forEach((parsed, index) => {
    const where = `document ${index + 1}`;
    if (parsed.errors.length > 0) {
      for (const error of parsed.errors) problems.push({ option: where, message: error.message });
      return;
    }
    const value: unknown = parsed.toJS();
    if (value === null || value === undefined) return;
    const result = document.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path =
          issue.code === "unrecognized_keys" ? [...issue.path, issue.keys.join(", ")] : issue.path;
        problems.push({ option: `${where} ${fieldPath(path)}`.trim(), message: issue.message });
      }
      return;
    }
    documents.push({ doc: result.data, where });
  });
  const slis = new Map<string, SliSpec>();
  for (const { doc } of documents) if (doc.kind === "SLI") slis.set(doc.metadata.name, doc.spec);
  const slos: OpenSloObjective[] = [];
  for (const { doc, where } of documents) {
    if (doc.kind !== "SLO") continue;
    const at = (field: string) => `${where} (SLO ${doc.metadata.name}) spec.${field}`;
    const spec = doc.spec;
    const [goal] = spec.objectives;
    if ((spec.indicator === undefined) === (spec.indicatorRef === undefined)) {
      problems.push({
        option: at("indicator"),
        message: "allowed: exactly one of indicator and indicatorRef",
      });
      continue;
    }
    const sliName = spec.indicatorRef ?? spec.indicator?.metadata.name ?? "";
    const sli = spec.indicator?.spec ?? slis.get(sliName);
    const given = options.indicators?.[sliName];
    if (!sli && !given) {
      problems.push({
        option: at("indicatorRef"),
        message: `"${sliName}" is no SLI of the file; allowed: ${[...slis.keys()].join(", ") || "an SLI document in the same file"}`,
      });
      continue;
    }
    if ((goal.target === undefined) === (goal.targetPercent === undefined)) {
      problems.push({
        option: at("objectives[0]"),
        message: "allowed: exactly one of target and targetPercent",
      });
      continue;
    }
    const indicator = given ?? indicatorOf(sli!, goal, at, problems);
    if (!indicator) continue;
    slos.push({
      id: doc.metadata.name,
      options: {
        indicator,
        target: goal.targetPercent ?? Number((goal.target! * 100).toPrecision(12)),
        window: spec.timeWindow?.[0].duration,
        burnRateAlerts: options.burnRateAlerts,
        description: spec.description ?? doc.metadata.displayName,
      },
    });
  }
  if (problems.length > 0) throw new MonitoringConfigError(file, "OpenSLO v1", problems);
  return slos;
}

function indicatorOf(
  sli: SliSpec,
  goal: z.infer<typeof objective>,
  at: (field: string) => string,
  problems: ConfigProblem[],
): SloIndicator | undefined {
  const ratio = sli.ratioMetric;
  const threshold = sli.thresholdMetric;
  if ((ratio === undefined) === (threshold === undefined)) {
    problems.push({
      option: at("indicator.spec"),
      message: "allowed: exactly one of ratioMetric and thresholdMetric",
    });
    return undefined;
  }
  if (ratio) {
    if ((ratio.good === undefined) === (ratio.bad === undefined)) {
      problems.push({
        option: at("indicator.spec.ratioMetric"),
        message: "allowed: exactly one of good and bad, with total",
      });
      return undefined;
    }
    if (goal.op !== undefined || goal.value !== undefined) {
      problems.push({
        option: at("objectives[0]"),
        message: "op and value are for a thresholdMetric; allowed: leave them out with ratioMetric",
      });
      return undefined;
    }
    return {
      kind: "availability",
      description: sli.description ?? "good events",
      good: ratio.good && metricOf(ratio.good, undefined),
      bad: ratio.bad && metricOf(ratio.bad, undefined),
      total: metricOf(ratio.total, undefined),
    };
  }
  const source = threshold!;
  if (goal.op === undefined || goal.value === undefined) {
    problems.push({
      option: at("objectives[0]"),
      message: "a thresholdMetric needs op and value; allowed: op lte or lt, value > 0",
    });
    return undefined;
  }
  if (source.metricSource.spec.stat !== undefined) {
    problems.push({
      option: at("indicator.spec.thresholdMetric.metricSource.spec.stat"),
      message: "is chosen by the library (TC(:value) of SampleCount); allowed: leave it out",
    });
    return undefined;
  }
  const metricName = source.metricSource.spec.metricName;
  return {
    kind: "latency",
    description: sli.description ?? `${metricName} at most ${goal.value}`,
    good: metricOf(source, `TC(:${goal.value})`),
    total: metricOf(source, "SampleCount"),
  };
}

/** Reads an OpenSLO v1 YAML file into SLOs; errors name the file and the field. */
export function readOpenSloFile(
  file: string,
  options: OpenSloReadOptions = {},
): OpenSloObjective[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new MonitoringConfigError(file, "OpenSLO v1", [
      {
        option: "file",
        message: `cannot be read (${(error as Error).message}); allowed: a readable YAML file`,
      },
    ]);
  }
  return parseOpenSlo(text, file, options);
}
