/** `monitoring_dashboard`: problems and availability of one or more groups. */
import type { Dashboard, DashboardSpec } from "../backend-driver";
import { DASHBOARD_SCHEMA } from "../schema";
import { crudResource, stringList } from "./crud-resource";
import { checkGroupsExist } from "./group-references";

export const dashboardResource = crudResource<DashboardSpec, Dashboard>({
  schema: DASHBOARD_SCHEMA,
  noun: "dashboard",
  api: (driver) => driver.dashboards,
  toSpec: (planned) => ({ name: String(planned.name), groups: stringList(planned.groups) ?? [] }),
  toState: (dashboard) => ({
    id: dashboard.id,
    url: dashboard.url,
    name: dashboard.name,
    groups: [...dashboard.groups].sort(),
  }),
  checkPlan: (planned, ctx) => checkGroupsExist(planned, ctx),
});
