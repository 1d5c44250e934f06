/** `monitoring_group`: a service group (Zabbix: host group). */
import type { Group, GroupSpec } from "../backend-driver";
import { GROUP_SCHEMA } from "../schema";
import { crudResource } from "./crud-resource";

export const groupResource = crudResource<GroupSpec, Group>({
  schema: GROUP_SCHEMA,
  noun: "group",
  api: (driver) => driver.groups,
  toSpec: (planned) => ({ name: String(planned.name) }),
  toState: (group) => ({ id: group.id, name: group.name }),
});
