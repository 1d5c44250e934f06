import {
  diffWidgets,
  parseDashboardBody,
  parsePortalDashboardProperties,
} from "./dashboard-widgets";
import type { MonitoringResourceType, TrackedField } from "./monitoring-resources";
import type { PlanResourceChange } from "./plan-types";
import type { PlanSide } from "./plan-values";
import {
  afterSide,
  beforeSide,
  knownValue,
  readValue,
  reviewAction,
  sameValue,
} from "./plan-values";
import type { FieldChange, MonitoringChange, ReviewValue } from "./review-model";

/** Reads a tracked field; sets are sorted so that order never shows as a change. */
function readField(side: PlanSide, field: TrackedField): ReviewValue {
  const read = readValue(side, field.path);
  if (field.set && "value" in read && Array.isArray(read.value)) {
    return {
      value: [...(read.value as unknown[])].sort((a, b) =>
        JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
      ),
    };
  }
  return read;
}

const isNull = (v: ReviewValue) =>
  "value" in v && (v.value === null || (Array.isArray(v.value) && v.value.length === 0));

function summaryFields(
  side: PlanSide,
  describer: MonitoringResourceType,
  key: "before" | "after",
): FieldChange[] {
  return describer.fields
    .filter((field) => field.summary)
    .map((field) => ({ field: field.field, value: readField(side, field) }))
    .filter(({ value }) => !isNull(value))
    .map(({ field, value }) => ({ field, [key]: value }));
}

function changedFields(
  before: PlanSide,
  after: PlanSide,
  describer: MonitoringResourceType,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of describer.fields) {
    const b = readField(before, field);
    const a = readField(after, field);
    if (!sameValue(b, a)) changes.push({ field: field.field, before: b, after: a });
  }
  return changes;
}

/** The attribute holding each dashboard type's JSON, and how to read its widgets. */
const DASHBOARD_BODIES: Readonly<
  Record<string, { readonly field: string; readonly parse: typeof parseDashboardBody }>
> = {
  aws_cloudwatch_dashboard: { field: "dashboard_body", parse: parseDashboardBody },
  azurerm_portal_dashboard: {
    field: "dashboard_properties",
    parse: parsePortalDashboardProperties,
  },
};

function dashboardDetails(
  type: string,
  before: PlanSide | undefined,
  after: PlanSide | undefined,
): Partial<MonitoringChange> {
  const body = DASHBOARD_BODIES[type];
  if (!body) return {};
  const afterBody = after && readValue(after, [body.field]);
  if (afterBody && !("value" in afterBody))
    return { fields: [{ field: body.field, after: afterBody }] };
  const oldWidgets = body.parse(knownValue(before, [body.field])) ?? [];
  const newWidgets = body.parse(knownValue(after, [body.field])) ?? [];
  return { widgets: diffWidgets(oldWidgets, newWidgets) };
}

function replaceReasons(rc: PlanResourceChange): string[] | undefined {
  const paths = (rc.change as { replace_paths?: unknown }).replace_paths;
  if (!Array.isArray(paths) || paths.length === 0) return undefined;
  return paths.map((path) => (Array.isArray(path) ? path.join(".") : String(path)));
}

/** The monitoring view of one resource change, or undefined when nothing happens to it. */
export function describeChange(
  stack: string,
  rc: PlanResourceChange,
  describer: MonitoringResourceType,
  group: string,
): MonitoringChange | undefined {
  const action = reviewAction(rc.change.actions);
  if (!action) return undefined;
  const before = beforeSide(rc);
  const after = afterSide(rc);
  const current = after ?? before!;
  let fields: FieldChange[];
  if (action === "add") fields = summaryFields(after!, describer, "after");
  else if (action === "remove") fields = summaryFields(before!, describer, "before");
  else fields = changedFields(before!, after!, describer);
  const dashboard = dashboardDetails(rc.type, before, after);
  if (action === "change" && fields.length === 0 && !hasWidgetChanges(dashboard)) return undefined;
  const severity = describer.severity?.(current);
  const replaceBecause = action === "replace" ? replaceReasons(rc) : undefined;
  return {
    stack,
    address: rc.address,
    type: rc.type,
    kind: describer.kind,
    name: describer.name(current) ?? rc.address,
    action,
    group,
    ...(severity ? { severity } : {}),
    fields: [...fields, ...(dashboard.fields ?? [])],
    ...(dashboard.widgets ? { widgets: dashboard.widgets } : {}),
    ...(replaceBecause ? { replaceBecause } : {}),
  };
}

function hasWidgetChanges(details: Partial<MonitoringChange>): boolean {
  const w = details.widgets;
  return (
    Boolean(details.fields?.length) ||
    Boolean(w && w.added.length + w.removed.length + w.changed.length > 0)
  );
}
