import { describe, expect, it } from "vitest";
import type { Target, TargetApi } from "../../../lib/provider/backend-driver";
import { TargetSnapshots } from "../../../lib/provider/resources/target-snapshots";
import { memoryDriver, targetSpec } from "./memory-driver";

const spec = targetSpec;

/** Memory targets with a group-wide read, counting every backend call. */
async function targetsIn(groups: Record<string, string[]>) {
  const { targets } = memoryDriver();
  const made: Record<string, Target> = {};
  for (const [name, g] of Object.entries(groups)) made[name] = await targets.create(spec(name, g));
  const calls: string[] = [];
  const api: TargetApi = Object.assign(targets, {
    read: (id: string) => {
      calls.push(`read ${id}`);
      return Promise.resolve(targets.objects.get(id));
    },
    readInGroups: (wanted: readonly string[], max: number) => {
      calls.push(`readInGroups ${wanted.join(",")}`);
      const found = [...targets.objects.values()].filter((t) =>
        t.groups.some((g) => wanted.includes(g)),
      );
      return Promise.resolve(found.length > max ? undefined : found);
    },
  });
  return { api, made, calls, objects: targets.objects };
}

describe("TargetSnapshots", () => {
  it("answers concurrent reads of a group's targets from one group-wide read", async () => {
    const { api, made, calls } = await targetsIn({ a: ["1"], b: ["1"], c: ["1"] });
    const snapshots = new TargetSnapshots(api);
    const read = await Promise.all(["a", "b", "c"].map((n) => snapshots.read(made[n]!.id, ["1"])));
    expect(read.map((t) => t?.name)).toEqual(["a", "b", "c"]);
    expect(calls).toEqual(["readInGroups 1"]);
  });

  it("reads by id what the snapshot lacks: deleted targets are gone, moved ones show their new groups", async () => {
    const { api, made, calls, objects } = await targetsIn({ a: ["1"], b: ["1"], c: ["1"] });
    objects.delete(made.a!.id);
    objects.set(made.b!.id, { ...made.b!, groups: ["2"] });
    const snapshots = new TargetSnapshots(api);
    expect(await snapshots.read(made.a!.id, ["1"])).toBeUndefined();
    expect((await snapshots.read(made.b!.id, ["1"]))?.groups).toEqual(["2"]);
    expect((await snapshots.read(made.c!.id, ["1"]))?.name).toBe("c");
    expect(calls).toEqual(["readInGroups 1", `read ${made.a!.id}`, `read ${made.b!.id}`]);
  });

  it("reads by id when the groups hold more targets than the limit, or the group-wide read fails", async () => {
    const { api, made, calls } = await targetsIn({ a: ["1"], b: ["1"] });
    expect((await new TargetSnapshots(api, 1).read(made.a!.id, ["1"]))?.name).toBe("a");
    expect(calls).toEqual(["readInGroups 1", `read ${made.a!.id}`]);

    const failing: TargetApi = { ...api, readInGroups: () => Promise.reject(new Error("down")) };
    expect((await new TargetSnapshots(failing).read(made.b!.id, ["1"]))?.name).toBe("b");
  });
});
