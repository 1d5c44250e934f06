import { describe, expect, it } from "vitest";
import { UNKNOWN } from "../../../lib/provider/protocol/dynamic-value";
import { dashboardResource } from "../../../lib/provider/resources/dashboard";
import { groupResource } from "../../../lib/provider/resources/group";
import { memoryContext as context } from "./memory-driver";

describe("monitoring_group", () => {
  it("plans an unknown id, creates, renames in place and imports by name", async () => {
    const { ctx, groups } = context();
    const cfg = { id: null, name: "ops" };
    const plan = await groupResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(plan.planned).toEqual({ id: UNKNOWN, name: "ops" });
    const created = await groupResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    const id = String(created.state!.id);
    expect(groups.objects.get(id)?.name).toBe("ops");

    const renamed = { id, name: "operations" };
    const update = await groupResource.plan(
      { prior: created.state, proposed: renamed, config: { id: null, name: "operations" } },
      ctx,
    );
    expect(update.requiresReplace).toEqual([]);
    await groupResource.apply(
      { prior: created.state, planned: update.planned, config: renamed },
      ctx,
    );
    expect(groups.objects.get(id)?.name).toBe("operations");
    expect((await groupResource.importState("name:operations", ctx)).state).toEqual({
      id,
      name: "operations",
    });
  });

  it("refuses to create a group whose name exists, with the import command, at plan time", async () => {
    const { ctx, groups } = context();
    await groups.create({ name: "ops" });
    const cfg = { id: null, name: "ops" };
    const plan = await groupResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(plan.diagnostics[0]?.detail).toContain(
      "terraform import monitoring_group.<resource name> name:ops",
    );
  });
});

describe("monitoring_dashboard", () => {
  it("reports an unknown group at `groups` and plans id and url unknown", async () => {
    const { ctx, groups } = context();
    const group = await groups.create({ name: "ops" });
    const bad = { id: null, url: null, name: "main", groups: ["404"] };
    expect(
      (await dashboardResource.plan({ prior: null, proposed: bad, config: bad }, ctx))
        .diagnostics[0]?.path,
    ).toEqual(["groups"]);
    const good = { ...bad, name: "main-2", groups: [group.id] };
    const plan = await dashboardResource.plan({ prior: null, proposed: good, config: good }, ctx);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.planned).toMatchObject({ id: UNKNOWN, url: UNKNOWN, groups: [group.id] });
    const created = await dashboardResource.apply(
      { prior: null, planned: plan.planned, config: good },
      ctx,
    );
    expect(created.state).toMatchObject({
      name: "main-2",
      url: expect.stringContaining("/dashboard/"),
    });
  });

  it("requires at least one group", () => {
    const diagnostics = dashboardResource.validate({
      id: null,
      url: null,
      name: "main",
      groups: [],
    });
    expect(diagnostics.map((d) => d.path)).toEqual([["groups"]]);
  });
});
