import { z } from "zod";
import type { ConfigProblem } from "./config-error";
import { toProblems } from "./option-schema";

/**
 * How a dashboard arranges its graphs: `"perMetric"` one graph per metric of a service type in
 * each service group, with every resource of that type on it; `"perResource"` one graph per
 * metric of each resource (the layout of earlier releases: many small graphs).
 */
export type DashboardLayout = "perMetric" | "perResource";

/** The dashboard layouts, in the order messages list them. */
export const DASHBOARD_LAYOUTS: readonly DashboardLayout[] = ["perMetric", "perResource"];

/**
 * How the facade lays out its dashboards: CloudWatch dashboards for AWS alarms, Azure portal
 * dashboards for Azure alerts. Each service group gets a section: a text header, its alarms'
 * status (CloudWatch), then one graph per metric of each service type with all the group's
 * resources of that type on it and the alarms' thresholds drawn as lines.
 */
export interface DashboardOptions {
  /**
   * One dashboard per service group instead of one for the whole facade.
   *
   * @default false
   */
  readonly perGroup?: boolean;
  /**
   * Widgets (CloudWatch) or parts (Azure portal) per dashboard before it is split into
   * `<name>-2`, `<name>-3`, ... CloudWatch allows 500; smaller pages open faster and keep synth
   * linear.
   *
   * @default 100
   */
  readonly maxWidgets?: number;
  /**
   * Time range shown when the dashboard opens (ISO 8601 duration before now).
   *
   * @default "-PT6H"
   */
  readonly start?: string;
  /**
   * `"perMetric"`: one graph per metric of a service type in each group, all the group's
   * resources of that type on it. `"perResource"`: one graph per metric of each resource, as
   * before this option existed.
   *
   * @default "perMetric"
   */
  readonly layout?: DashboardLayout;
  /**
   * On a graph with more resources than this, CloudWatch draws only the `topN` highest (lowest
   * for alarms on low values) with metric math `SORT(METRICS(), MAX, DESC, topN)`; Azure portal
   * charts, which cannot rank, are split into charts of `topN` resources each.
   *
   * @default 10
   */
  readonly topN?: number;
  /**
   * Graphs per row of a section.
   *
   * @default 3
   */
  readonly columns?: number;
  /**
   * Width of a graph in the cloud's grid units (CloudWatch's grid is 24 wide); `columns` graphs
   * of this width must fit in 24.
   *
   * @default - 24 / columns on CloudWatch (8), 6 on the Azure portal
   */
  readonly graphWidth?: number;
  /**
   * Height of a graph in the cloud's grid units.
   *
   * @default - 6 on CloudWatch, 4 on the Azure portal
   */
  readonly graphHeight?: number;
  /**
   * Which metrics get a graph, per service id (the `monitorXxx` method's service, e.g.
   * `lambdaFunction`, `sqsQueue`), by metric name as the cloud spells it (`Errors`,
   * `ApproximateAgeOfOldestMessage`); the graphs of a listed service follow this order. Services
   * not listed show every alarmed metric, ordered by metric name. Their alarms stay in the
   * status widget either way.
   *
   * @default - every alarmed metric of every service
   */
  readonly metrics?: Readonly<Record<string, readonly string[]>>;
  /**
   * Service groups shown first, in this order; the others follow by name.
   *
   * @default - every group by name
   */
  readonly groupOrder?: readonly string[];
}

/** Widgets per dashboard unless `maxWidgets` says otherwise. */
export const DEFAULT_MAX_WIDGETS = 100;
/** The time range a dashboard opens on unless `start` says otherwise. */
export const DEFAULT_START = "-PT6H";
/** The largest `maxWidgets`: CloudWatch's limit of widgets per dashboard. */
export const MAX_WIDGETS_PER_DASHBOARD = 500;
/** Resources drawn on a graph unless `topN` says otherwise. */
export const DEFAULT_TOP_N = 10;
/** The largest `topN`: one less than CloudWatch's 500 metrics per widget (the sort is one). */
export const MAX_TOP_N = 499;
/** Graphs per row unless `columns` says otherwise. */
export const DEFAULT_COLUMNS = 3;
/** Width of the widest grid the options are checked against (CloudWatch's 24 columns). */
export const GRID_WIDTH = 24;
/** The tallest graph CloudWatch's dashboard body allows. */
export const MAX_GRAPH_HEIGHT = 1000;

const wholeNumber = (min: number, max: number) => {
  const error = (i: { input: unknown }) =>
    `${JSON.stringify(i.input)} is not allowed; allowed: a whole number ${min}..${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional();
};

const nameList = (what: string) =>
  z
    .array(z.string({ error: `must be ${what}` }), { error: `must be a list of ${what}` })
    .readonly()
    .optional();

const dashboardSchema = z
  .strictObject({
    perGroup: z.boolean({ error: "must be true or false" }).optional(),
    maxWidgets: wholeNumber(3, MAX_WIDGETS_PER_DASHBOARD),
    start: z
      .string({ error: "must be an ISO 8601 duration such as -PT6H" })
      .regex(/^-P(T?\d+[YMWDHS]|\d+[YMWD]T\d+[HMS])+$/, {
        error: (i) =>
          `${JSON.stringify(i.input)} is not allowed; allowed: an ISO 8601 duration before now such as -PT6H or -P7D`,
      })
      .optional(),
    layout: z
      .enum(DASHBOARD_LAYOUTS as [DashboardLayout, ...DashboardLayout[]], {
        error: (i) =>
          `${JSON.stringify(i.input)} is not allowed; allowed: ${DASHBOARD_LAYOUTS.map((l) => `"${l}"`).join(", ")}`,
      })
      .optional(),
    topN: wholeNumber(1, MAX_TOP_N),
    columns: wholeNumber(1, GRID_WIDTH),
    graphWidth: wholeNumber(1, GRID_WIDTH),
    graphHeight: wholeNumber(1, MAX_GRAPH_HEIGHT),
    metrics: z
      .record(z.string(), nameList('metric names such as "Errors"'), {
        error: 'must map service ids to metric names, e.g. { lambdaFunction: ["Errors"] }',
      })
      .optional(),
    groupOrder: nameList("service group names"),
  })
  .superRefine((options, ctx) => {
    const columns = options.columns ?? DEFAULT_COLUMNS;
    if (options.graphWidth !== undefined && columns * options.graphWidth > GRID_WIDTH) {
      ctx.addIssue({
        code: "custom",
        path: ["graphWidth"],
        message: `${columns} columns of ${options.graphWidth} do not fit in ${GRID_WIDTH}; allowed: a whole number 1..${Math.floor(GRID_WIDTH / columns)} with ${columns} columns`,
      });
    }
  });

/** The option names `dashboard` takes, from its schema. */
const DASHBOARD_KEYS = Object.keys(dashboardSchema.shape).join(", ");

/** Problems with the facade's `dashboard` option (`false` is fine). */
export function validateDashboardOptions(options: unknown): ConfigProblem[] {
  if (options === undefined || options === false) return [];
  const result = dashboardSchema.safeParse(options);
  if (result.success) return [];
  return toProblems(
    result.error.issues,
    ["dashboard"],
    `${DASHBOARD_KEYS} (or false for no dashboard)`,
  );
}
