/** Dashboards for groups: problems, problems by severity and host availability, filtered by the groups. */
import {
  BackendError,
  type Dashboard,
  type DashboardSpec,
  type ObjectApi,
} from "../backend-driver";
import { dashboardUrl } from "./frontend-url";
import { DeleteBatch } from "./delete-batch";
import type { ZabbixClient } from "./json-rpc-client";
import { isConflict, isId, isNotFound } from "./ids";

/** Widget field type of a host group reference (ZBX_WIDGET_FIELD_TYPE_GROUP). */
const FIELD_GROUP = 2;

interface DashboardRow {
  readonly dashboardid: string;
  readonly name: string;
  readonly pages: ReadonlyArray<{
    readonly widgets: ReadonlyArray<{
      readonly type: string;
      readonly fields: ReadonlyArray<{
        readonly type: string;
        readonly name: string;
        readonly value: string;
      }>;
    }>;
  }>;
}

/** One page on the 24-column grid: problems on the left, counts on the right. */
function pages(spec: DashboardSpec): unknown[] {
  const groupFields = spec.groups.map((value) => ({ type: FIELD_GROUP, name: "groupids", value }));
  return [
    {
      widgets: [
        {
          type: "problems",
          name: "Problems",
          x: 0,
          y: 0,
          width: 14,
          height: 10,
          fields: groupFields,
        },
        {
          type: "hostavail",
          name: "Availability",
          x: 14,
          y: 0,
          width: 10,
          height: 3,
          fields: groupFields,
        },
        {
          type: "problemsbysv",
          name: "Problems by severity",
          x: 14,
          y: 3,
          width: 10,
          height: 7,
          fields: groupFields,
        },
      ],
    },
  ];
}

function checkSpec(spec: DashboardSpec): void {
  if (spec.name.trim() === "")
    throw new BackendError("invalid", "dashboard name must not be empty", { field: "name" });
  if (spec.groups.length === 0)
    throw new BackendError("invalid", "a dashboard needs at least one group", { field: "groups" });
  const bad = spec.groups.find((g) => !isId(g));
  if (bad !== undefined) {
    throw new BackendError(
      "invalid",
      `group id ${JSON.stringify(bad)} is not a Zabbix id (a number)`,
      { field: "groups" },
    );
  }
}

export class ZabbixDashboards implements ObjectApi<DashboardSpec, Dashboard> {
  constructor(
    private readonly client: ZabbixClient,
    private readonly frontend: string,
  ) {}

  private readonly deletes = DeleteBatch.via(
    () => this.client,
    "dashboard.delete",
    (id) => this.read(id),
  );

  async create(spec: DashboardSpec): Promise<Dashboard> {
    checkSpec(spec);
    let retried = false;
    try {
      const { dashboardids } = await this.client.call<{ dashboardids: string[] }>(
        "dashboard.create",
        { name: spec.name, display_period: 30, auto_start: 1, pages: pages(spec) },
        { onRetry: () => (retried = true) },
      );
      return this.fromSpec(dashboardids[0], spec);
    } catch (error) {
      if (retried && isConflict(error)) {
        const existing = await this.findByName(spec.name);
        if (existing) return this.update(existing.id, spec);
      }
      throw await this.explain(error, spec);
    }
  }

  async read(id: string): Promise<Dashboard | undefined> {
    if (!isId(id)) return undefined;
    return this.get({ dashboardids: [id] });
  }

  findByName(name: string): Promise<Dashboard | undefined> {
    return this.get({ filter: { name: [name] } });
  }

  async update(id: string, spec: DashboardSpec): Promise<Dashboard> {
    checkSpec(spec);
    try {
      await this.client.call("dashboard.update", {
        dashboardid: id,
        name: spec.name,
        pages: pages(spec),
      });
    } catch (error) {
      if (isNotFound(error) && !(await this.read(id))) {
        throw new BackendError("invalid", `Zabbix has no dashboard with id ${id}`, { field: "id" });
      }
      throw await this.explain(error, spec);
    }
    return this.fromSpec(id, spec);
  }

  delete(id: string): Promise<void> {
    return this.deletes.delete(id);
  }

  private fromSpec(id: string, spec: DashboardSpec): Dashboard {
    return { id, name: spec.name, groups: [...spec.groups], url: dashboardUrl(this.frontend, id) };
  }

  private async get(selector: Record<string, unknown>): Promise<Dashboard | undefined> {
    const rows = await this.client.call<DashboardRow[]>("dashboard.get", {
      output: ["dashboardid", "name"],
      selectPages: ["widgets"],
      ...selector,
    });
    const row = rows[0];
    if (!row) return undefined;
    const problems = row.pages.flatMap((p) => p.widgets).find((w) => w.type === "problems");
    const groups = (problems?.fields ?? [])
      .filter((f) => f.name === "groupids" && f.type === String(FIELD_GROUP))
      .map((f) => f.value)
      .sort((a, b) => Number(a) - Number(b));
    return {
      id: row.dashboardid,
      name: row.name,
      groups,
      url: dashboardUrl(this.frontend, row.dashboardid),
    };
  }

  private async explain(error: unknown, spec: DashboardSpec): Promise<unknown> {
    if (isConflict(error)) {
      const existing = await this.findByName(spec.name);
      if (existing) {
        return new BackendError(
          "conflict",
          `a dashboard named ${JSON.stringify(spec.name)} already exists in Zabbix (id ${existing.id}); import it instead of creating it`,
          { existingId: existing.id, field: "name" },
        );
      }
    }
    if (
      error instanceof BackendError &&
      error.kind === "invalid" &&
      /host group/i.test(error.message)
    ) {
      return new BackendError("invalid", error.message, { field: "groups" });
    }
    return error;
  }
}
