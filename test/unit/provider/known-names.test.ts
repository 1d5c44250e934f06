import { describe, expect, it } from "vitest";
import type { ObjectValue } from "../../../lib/provider/protocol/dynamic-value";
import { KnownNames } from "../../../lib/provider/resources/known-names";
import { targetResource } from "../../../lib/provider/resources/target";
import { memoryContext, targetSpec } from "./memory-driver";

describe("names taken in the backend, for the collision checks of planned creates", () => {
  it("reads the names once and answers every free name without a lookup", async () => {
    let reads = 0;
    const api = { listNames: async () => (reads++, new Set(["web-01", "db-01"])) };
    const known = new KnownNames();
    const answers = await Promise.all(
      ["web-01", "app-01", "app-02", "db-01"].map((n) => known.mayBeTaken(api, n)),
    );
    expect(answers).toEqual([true, false, false, true]);
    expect(reads).toBe(1);
  });

  it("sends every name to a lookup when the kind has too many objects, no list, or the read fails", async () => {
    const known = new KnownNames(2);
    const tooMany = { listNames: async (max: number) => (max < 3 ? undefined : new Set<string>()) };
    const failing = { listNames: async () => Promise.reject(new Error("503")) };
    expect(await known.mayBeTaken(tooMany, "app-01")).toBe(true);
    expect(await known.mayBeTaken({}, "app-01")).toBe(true);
    expect(await known.mayBeTaken(failing, "app-01")).toBe(true);
  });

  it("still refuses a plan whose new target collides with another's, and looks up only that name", async () => {
    const { ctx, groups, targets } = memoryContext();
    const group = await groups.create({ name: "ops" });
    await targets.create({ ...targetSpec("taken-01", [group.id]), tags: {} });
    const plan = (name: string) => {
      const config: ObjectValue = {};
      for (const a of targetResource.schema.block.attributes) config[a.name] = null;
      Object.assign(config, {
        name,
        kind: "linux_server",
        address: "192.0.2.10",
        groups: [group.id],
      });
      return targetResource.plan({ prior: null, proposed: config, config }, ctx);
    };
    const results = await Promise.all(["new-01", "new-02", "taken-01"].map(plan));
    expect(results.map((r) => r.diagnostics.map((d) => d.path))).toEqual([[], [], [["name"]]]);
    expect(results[2]?.diagnostics[0]?.detail).toContain("name:taken-01");
    expect(targets.nameLists).toBe(1);
    expect(targets.lookups).toEqual(["taken-01"]);
  });
});
