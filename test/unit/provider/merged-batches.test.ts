import { describe, expect, it } from "vitest";
import { MergedBatches } from "../../../lib/provider/zabbix/merged-batches";

/** A call that records its items, holds until released, and fails on any item "bad". */
function recordingCall() {
  const calls: string[][] = [];
  let inFlight = 0;
  let most = 0;
  const call = async (items: readonly string[]) => {
    calls.push([...items]);
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    if (items.includes("bad")) throw new Error("Zabbix refused bad");
    return items.map((i) => `id-${i}`);
  };
  return { calls, call, most: () => most };
}

describe("merged batches", () => {
  it("sends waiting callers' batches together up to the item limit, each caller getting its own results", async () => {
    const rec = recordingCall();
    const merged = new MergedBatches(rec.call, 5, 1);
    const results = await Promise.all([
      merged.run(["a1", "a2"]),
      merged.run(["b1", "b2"]),
      merged.run(["c1", "c2"]),
      merged.run(["d1"]),
    ]);
    expect(results).toEqual([
      ["id-a1", "id-a2"],
      ["id-b1", "id-b2"],
      ["id-c1", "id-c2"],
      ["id-d1"],
    ]);
    // The first goes at once; the three that waited fit in 5 items together.
    expect(rec.calls).toEqual([
      ["a1", "a2"],
      ["b1", "b2", "c1", "c2", "d1"],
    ]);
  });

  it("sends each caller's batch alone after a merged call fails, so that only the failing one gets the error", async () => {
    const rec = recordingCall();
    const merged = new MergedBatches(rec.call, 10, 1);
    const outcomes = await Promise.allSettled([
      merged.run(["first"]),
      merged.run(["x1", "x2"]),
      merged.run(["bad"]),
      merged.run(["y1"]),
    ]);
    expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : String(o.reason)))).toEqual([
      ["id-first"],
      ["id-x1", "id-x2"],
      "Error: Zabbix refused bad",
      ["id-y1"],
    ]);
    expect(rec.calls).toEqual([
      ["first"],
      ["x1", "x2", "bad", "y1"],
      ["x1", "x2"],
      ["bad"],
      ["y1"],
    ]);
  });

  it("keeps at most maxInFlight calls out, and a batch larger than the limit goes alone", async () => {
    const rec = recordingCall();
    const merged = new MergedBatches(rec.call, 3, 2);
    const big = ["1", "2", "3", "4"];
    await Promise.all([merged.run(["a"]), merged.run(big), merged.run(["b"]), merged.run(["c"])]);
    expect(rec.most()).toBe(2);
    expect(rec.calls).toEqual([["a"], big, ["b", "c"]]);
  });
});
