import { describe, expect, it } from "vitest";
import { UNKNOWN, type ObjectValue } from "../../../lib/provider/protocol/dynamic-value";
import { checkResource } from "../../../lib/provider/resources/check";
import { memoryContext as context, targetSpec } from "./memory-driver";

/** A configuration with every attribute present (null when unset), as Terraform sends it. */
function config(values: ObjectValue): ObjectValue {
  const all: ObjectValue = {};
  for (const a of checkResource.schema.block.attributes) all[a.name] = null;
  return { ...all, ...values };
}

async function planCreate(values: ObjectValue) {
  const backend = context();
  const target = await backend.targets.create(targetSpec("worker-01"));
  const cfg = config({ target: target.id, ...values });
  const plan = await checkResource.plan({ prior: null, proposed: cfg, config: cfg }, backend.ctx);
  return { ...backend, target, cfg, plan };
}

const paths = (diagnostics: readonly { path?: unknown }[]) => diagnostics.map((d) => d.path);

describe("monitoring_check", () => {
  it("plans the defaults, creates the check with its thresholds per severity and reads it back", async () => {
    const { ctx, checks, target, cfg, plan } = await planCreate({
      name: "worker-01: backlog",
      key: "vfs.file.contents[/var/lib/app/backlog]",
      warning: 400,
      critical: 500,
    });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.planned).toMatchObject({ id: UNKNOWN, interval: 60, operator: "above" });

    const created = await checkResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    expect(created.diagnostics).toEqual([]);
    expect(checks.objects.get(String(created.state!.id))).toEqual({
      id: created.state!.id,
      name: "worker-01: backlog",
      target: target.id,
      key: "vfs.file.contents[/var/lib/app/backlog]",
      interval: 60,
      operator: "above",
      thresholds: { warning: 400, critical: 500 },
    });
    const read = await checkResource.read(created.state!, ctx);
    expect(read.state).toEqual(created.state);
  });

  it("keeps a threshold left out as null, and replaces the check when its target changes", async () => {
    const { ctx, cfg, plan, targets } = await planCreate({
      name: "worker-01: slots",
      key: "app.slots",
      operator: "below",
      critical: 2,
    });
    const created = await checkResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    expect(created.state).toMatchObject({ warning: null, critical: 2, operator: "below" });

    const other = await targets.create(targetSpec("worker-02"));
    const moved = { ...cfg, target: other.id };
    const replan = await checkResource.plan(
      { prior: created.state, proposed: { ...created.state!, target: other.id }, config: moved },
      ctx,
    );
    expect(replan.requiresReplace).toEqual([["target"]]);
  });

  it.each([
    [{ warning: null, critical: null }, ["critical"], /needs `warning`, `critical` or both/],
    [{ warning: 500, critical: 500 }, ["warning"], /must be below the critical one/],
    [{ operator: "below", warning: 1, critical: 2 }, ["warning"], /must be above the critical one/],
    [{ operator: "over", critical: 2 }, ["operator"], /Allowed values: above, below/],
    [{ interval: 0, critical: 2 }, ["interval"], /1/],
  ])("rejects %o at plan time, at the attribute", async (values, path, detail) => {
    const { plan } = await planCreate({ name: "c", key: "k", ...values });
    expect(paths(plan.diagnostics)).toContainEqual(path);
    expect(plan.diagnostics.map((d) => d.detail).join("\n")).toMatch(detail);
  });

  it("rejects a target id that names no target", async () => {
    const { ctx } = context();
    const cfg = config({ name: "c", key: "k", target: "999", critical: 1 });
    const plan = await checkResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(paths(plan.diagnostics)).toEqual([["target"]]);
    expect(plan.diagnostics[0]!.detail).toMatch(/No target with id "999"/);
  });
});
