import { describe, expect, it } from "vitest";
import { UNKNOWN, type ObjectValue } from "../../../lib/provider/protocol/dynamic-value";
import { mapResource } from "../../../lib/provider/resources/map";
import { memoryContext as context, targetSpec } from "./memory-driver";

/** A configuration with every attribute present (null when unset), as Terraform sends it. */
function config(values: ObjectValue): ObjectValue {
  const all: ObjectValue = {};
  for (const a of mapResource.schema.block.attributes) all[a.name] = null;
  return { ...all, ...values };
}

async function setup() {
  const c = context();
  const web = await c.targets.create(targetSpec("web-01"));
  const db = await c.targets.create(targetSpec("db-01"));
  return { ...c, web, db };
}

describe("monitoring_map", () => {
  it("plans the default size, creates elements and links, and reads them back unchanged", async () => {
    const { ctx, maps, web, db } = await setup();
    const cfg = config({
      name: "storefront",
      elements: [`${web.id}@40,40`, `${db.id}@40,180@Primary database`],
      links: [`${web.id}->${db.id}`],
    });
    const plan = await mapResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.planned).toMatchObject({ id: UNKNOWN, url: UNKNOWN, width: 800, height: 600 });

    const created = await mapResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    expect(created.diagnostics).toEqual([]);
    const id = String(created.state!.id);
    expect(maps.objects.get(id)).toMatchObject({
      name: "storefront",
      width: 800,
      height: 600,
      elements: [
        { target: web.id, x: 40, y: 40 },
        { target: db.id, x: 40, y: 180, label: "Primary database" },
      ],
      links: [{ from: web.id, to: db.id }],
    });
    const read = await mapResource.read(created.state!, ctx);
    expect(read.state).toEqual(created.state);
  });

  it("shows an icon moved outside Terraform as a change of elements, and a deleted map as gone", async () => {
    const { ctx, maps, web } = await setup();
    const cfg = config({ name: "m", elements: [`${web.id}@40,40`] });
    const plan = await mapResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    const created = await mapResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    const id = String(created.state!.id);
    const stored = maps.objects.get(id)!;
    maps.objects.set(id, { ...stored, elements: [{ target: web.id, x: 300, y: 40 }] });
    expect((await mapResource.read(created.state!, ctx)).state).toMatchObject({
      elements: [`${web.id}@300,40`],
    });
    maps.objects.delete(id);
    expect((await mapResource.read(created.state!, ctx)).state).toBeNull();
  });

  it("rejects malformed elements and links at plan time, saying what is allowed", async () => {
    const { web, db } = await setup();
    const cfg = config({
      name: "m",
      width: 400,
      height: 300,
      elements: [`${web.id}:40:40`, `${db.id}@40,40`, `${db.id}@80,80`, `${web.id}@500,40`],
      links: [`${db.id}>${web.id}`, `${db.id}->${db.id}`, `${db.id}->999`],
    });
    const messages = mapResource.validate(cfg).map((d) => `${d.summary}: ${d.detail}`);
    expect(messages).toEqual([
      `Invalid map element: "${web.id}:40:40" is not a map element: allowed are \`<target id>@<x>,<y>\` or \`<target id>@<x>,<y>@<label>\`, e.g. \`10084@40,40\` (x and y whole pixels inside the map).`,
      `Duplicate map element: Target "${db.id}" appears more than once in elements; a target has one position on a map.`,
      `Map element outside the map: Element "${web.id}@500,40" has x = 500, outside the map's width of 400 pixels; allowed are 0 to 399.`,
      `Invalid map link: "${db.id}>${web.id}" is not a map link: allowed are \`<target id>-><target id>\`, e.g. \`10084->10085\`.`,
      `Invalid map link: Link "${db.id}->${db.id}" joins target "${db.id}" to itself; a link joins two different elements.`,
      `Map link to no element: Link "${db.id}->999" names "999", which is not in elements; a link joins two elements of the map.`,
    ]);
  });

  it("names targets that do not exist at plan time", async () => {
    const { ctx, web } = await setup();
    const cfg = config({ name: "m", elements: [`${web.id}@40,40`, "4242@200,40"] });
    const plan = await mapResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(plan.diagnostics.map((d) => [d.summary, d.detail, d.path])).toEqual([
      [
        "Unknown target",
        'No target with id "4242" exists in memory. Use the id of a monitoring_target (e.g. ${monitoring_target.web.id}@40,40).',
        ["elements"],
      ],
    ]);
  });

  it("leaves elements whose ids are unknown until apply for the apply-time plan", async () => {
    const { ctx, web } = await setup();
    const cfg = config({ name: "m", elements: [`${web.id}@40,40`, UNKNOWN], links: [UNKNOWN] });
    const plan = await mapResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(plan.diagnostics).toEqual([]);
  });
});
