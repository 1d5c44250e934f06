import { describe, expect, it } from "vitest";
import type { Target } from "../../../lib/provider/backend-driver";
import { withBatching } from "../../../lib/provider/resources/batched-api";
import { memoryDriver, targetSpec } from "./memory-driver";

const spec = targetSpec;

describe("coalesced lookups", () => {
  it("turns concurrent reads and name lookups into one batch call each, when the driver has them", async () => {
    const { driver, targets } = memoryDriver();
    const created: Target[] = [];
    for (const name of ["a", "b", "c"]) created.push(await targets.create(spec(name)));
    const batches: string[][] = [];
    const api = Object.assign(targets, {
      readMany: async (ids: readonly string[]) => {
        batches.push([...ids]);
        return ids.map((id) => targets.objects.get(id)).filter((t): t is Target => t !== undefined);
      },
      findManyByName: async (names: readonly string[]) => {
        batches.push([...names]);
        return [...targets.objects.values()].filter((t) => names.includes(t.name));
      },
    });
    const batched = withBatching({ ...driver, targets: api });

    const read = await Promise.all([
      ...created.map((t) => batched.targets.read(t.id)),
      batched.targets.read("404"),
    ]);
    expect(read.map((t) => t?.name)).toEqual(["a", "b", "c", undefined]);
    const found = await Promise.all(["c", "zz"].map((n) => batched.targets.findByName(n)));
    expect(found.map((t) => t?.id)).toEqual([created[2]!.id, undefined]);
    expect(batches).toEqual([
      [...created.map((t) => t.id), "404"],
      ["c", "zz"],
    ]);
  });

  it("leaves an object API without batch calls as it is", () => {
    const { driver } = memoryDriver();
    expect(withBatching(driver).groups).toBe(driver.groups);
  });

  it("passes a target set's batch calls through", () => {
    const { driver } = memoryDriver();
    const targets = withBatching(driver).targets;
    expect(targets).not.toBe(driver.targets);
    expect(typeof targets.createMany).toBe("function");
    expect(typeof targets.readTagged).toBe("function");
  });

  it("merges concurrent readMany calls (target set refreshes) into calls of at most 1,000 ids", async () => {
    const { driver, targets } = memoryDriver();
    const created: Target[] = [];
    for (let i = 0; i < 1500; i++) created.push(await targets.create(spec(`t-${i}`)));
    const calls: number[] = [];
    const api = Object.assign(targets, {
      readMany: async (ids: readonly string[]) => {
        calls.push(ids.length);
        return ids.map((id) => targets.objects.get(id)).filter((t): t is Target => t !== undefined);
      },
    });
    const batched = withBatching({ ...driver, targets: api });
    // WHEN 15 sets of 100 refresh at once, one asking for an id that is gone
    const sets = Array.from({ length: 15 }, (_, k) => created.slice(k * 100, (k + 1) * 100));
    const read = await Promise.all([
      ...sets.map((set) => batched.targets.readMany!(set.map((t) => t.id))),
      batched.targets.readMany!(["gone"]),
    ]);
    // THEN each gets its own targets, in two backend calls
    read.slice(0, 15).forEach((found, k) => {
      expect(found.map((t) => t.name)).toEqual(sets[k]!.map((t) => t.name));
    });
    expect(read[15]).toEqual([]);
    expect(calls).toEqual([1000, 501]);
  });
});
