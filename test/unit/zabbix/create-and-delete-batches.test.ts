import { describe, expect, it } from "vitest";
import { CreateBatch } from "../../../lib/provider/zabbix/create-batch";
import { DeleteBatch } from "../../../lib/provider/zabbix/delete-batch";

describe("CreateBatch", () => {
  it("creates concurrent submissions in one call and hands each its own id", async () => {
    const calls: string[][] = [];
    const batch = new CreateBatch(async (hosts) => {
      calls.push(hosts.map((h) => String(h.host)));
      return hosts.map((_, i) => String(100 + i));
    });
    const alone = async () => "alone";
    const outcomes = await Promise.all(
      ["a", "b", "c"].map((host) => batch.submit({ host }, alone)),
    );
    expect(calls).toEqual([["a", "b", "c"]]);
    expect(outcomes).toEqual([{ id: "100" }, { id: "101" }, { id: "102" }]);
  });

  it("leaves a submission alone in its batch to createAlone, without a batch call", async () => {
    let batchCalls = 0;
    const batch = new CreateBatch(async () => {
      batchCalls++;
      return [];
    });
    const outcome = await batch.submit({ host: "a" }, async (error) => ({ madeAlone: error }));
    expect(batchCalls).toBe(0);
    expect(outcome).toEqual({ alone: { madeAlone: undefined } });
  });

  it("after a failed batch, creates each alone with the batch's error, and fails only the one that fails", async () => {
    const failure = new Error("host b exists");
    const batch = new CreateBatch(async () => {
      throw failure;
    });
    const seen: unknown[] = [];
    const results = await Promise.allSettled(
      ["a", "b"].map((host) =>
        batch.submit({ host }, async (error) => {
          seen.push(error);
          if (host === "b") throw new Error("b: conflict");
          return `made ${host}`;
        }),
      ),
    );
    expect(seen).toEqual([failure, failure]);
    expect(results[0]).toEqual({ status: "fulfilled", value: { alone: "made a" } });
    expect(results[1]).toMatchObject({ status: "rejected", reason: { message: "b: conflict" } });
  });
});

describe("DeleteBatch", () => {
  it("deletes concurrent ids in one call", async () => {
    const many: string[][] = [];
    const batch = new DeleteBatch(
      async (ids) => many.push(ids),
      async () => {
        throw new Error("not expected");
      },
    );
    await Promise.all(["11", "12", "13"].map((id) => batch.delete(id)));
    expect(many).toEqual([["11", "12", "13"]]);
  });

  it("falls back to one delete each when the batch call fails, and ignores ids that are not ids", async () => {
    const one: string[] = [];
    const batch = new DeleteBatch(
      async () => {
        throw new Error("No permissions to referred object or it does not exist!");
      },
      async (id) => {
        one.push(id);
      },
    );
    await Promise.all(["21", "22", "not-an-id"].map((id) => batch.delete(id)));
    expect(one.sort()).toEqual(["21", "22"]);
  });
});
