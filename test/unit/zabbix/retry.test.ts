import { describe, expect, it } from "vitest";
import { BackendError } from "../../../lib/provider/backend-driver";
import { DEFAULT_RETRY, backoffDelay, withRetry } from "../../../lib/provider/zabbix/retry";

const fast = { attempts: 4, baseDelayMs: 1, maxDelayMs: 2 };
const transient = (e: unknown) => e instanceof BackendError && e.kind === "transient";

describe("backoff", () => {
  it("doubles the ceiling per retry up to the maximum, and jitters below it", () => {
    const ceilings = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, DEFAULT_RETRY, () => 0.999999));
    expect(ceilings).toEqual([199, 399, 799, 1599, 2999, 2999]);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 0)).toBe(0);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 0.5)).toBe(400);
  });

  it("spreads delays: 200 draws are not all equal", () => {
    const draws = new Set(Array.from({ length: 200 }, () => backoffDelay(4, DEFAULT_RETRY)));
    expect(draws.size).toBeGreaterThan(50);
  });
});

describe("withRetry", () => {
  it("retries transient errors until success", async () => {
    let calls = 0;
    const retries: number[] = [];
    const result = await withRetry(
      async () => {
        if (++calls < 3) throw new BackendError("transient", "HTTP 503");
        return "ok";
      },
      transient,
      fast,
      (_e, attempt) => retries.push(attempt),
    );
    expect([result, calls, retries]).toEqual(["ok", 3, [1, 2]]);
  });

  it("stops after the bounded number of attempts with the last error", async () => {
    let calls = 0;
    const error = await withRetry(
      async () => {
        throw new BackendError("transient", `failure ${++calls}`);
      },
      transient,
      fast,
    ).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect((error as Error).message).toBe("failure 4");
  });

  it("never retries other errors", async () => {
    for (const kind of ["invalid", "conflict", "auth"] as const) {
      let calls = 0;
      await withRetry(
        async () => {
          calls++;
          throw new BackendError(kind, "no");
        },
        transient,
        fast,
      ).catch(() => undefined);
      expect(calls, kind).toBe(1);
    }
  });
});
