import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BatchQueue } from "../../../lib/provider/batch-queue";

/** A queue whose batches stay out until `finish()`; records every batch sent. */
function recordingQueue(options: ConstructorParameters<typeof BatchQueue>[1]) {
  const sent: number[][] = [];
  const open: Array<() => void> = [];
  const queue = new BatchQueue<number>((batch) => {
    sent.push(batch);
    return new Promise<void>((resolve) => open.push(resolve));
  }, options);
  const finish = async () => {
    open.shift()!();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { queue, sent, finish };
}

describe("BatchQueue", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends calls that arrive within the quiet gap of each other as one batch", async () => {
    const { queue, sent } = recordingQueue({ quietMs: 10, maxWaitMs: 100 });
    for (let i = 0; i < 5; i++) {
      queue.add(i);
      await vi.advanceTimersByTimeAsync(6);
    }
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toEqual([[0, 1, 2, 3, 4]]);
  });

  it("sends a batch after the longest wait even while calls keep joining", async () => {
    const { queue, sent } = recordingQueue({ quietMs: 10, maxWaitMs: 30, maxInFlight: 5 });
    for (let i = 0; i < 10; i++) {
      queue.add(i);
      await vi.advanceTimersByTimeAsync(5);
    }
    // Calls at 0, 5, ..., 25 ms; the cap sends them at 30 ms, before the call due then.
    expect(sent[0]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("queues calls while maxInFlight batches are out, and sends them the moment one returns; calls after that form the next batch", async () => {
    const { queue, sent, finish } = recordingQueue({ quietMs: 10, maxInFlight: 1 });
    queue.add(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(sent).toEqual([[1]]);
    for (const i of [2, 3, 4]) queue.add(i);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1);
    await finish();
    expect(sent).toEqual([[1], [2, 3, 4]]);
    queue.add(5);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(2);
    await finish();
    expect(sent).toEqual([[1], [2, 3, 4], [5]]);
  });

  it("still waits the quiet gap for calls that arrive just before a batch returns", async () => {
    const { queue, sent, finish } = recordingQueue({ quietMs: 10, maxInFlight: 1 });
    queue.add(1);
    await vi.advanceTimersByTimeAsync(20);
    await vi.advanceTimersByTimeAsync(50);
    queue.add(2);
    await finish();
    await vi.advanceTimersByTimeAsync(5);
    queue.add(3);
    await vi.advanceTimersByTimeAsync(9);
    expect(sent).toEqual([[1]]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([[1], [2, 3]]);
  });

  it("splits at maxBatch and sends a full batch at once", async () => {
    const { queue, sent } = recordingQueue({ maxBatch: 3, maxInFlight: 2 });
    for (let i = 0; i < 7; i++) queue.add(i);
    expect(sent).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it("goes on after a batch whose send rejected", async () => {
    const sent: number[][] = [];
    const queue = new BatchQueue<number>(
      (batch) => {
        sent.push(batch);
        return Promise.reject(new Error("lost"));
      },
      { quietMs: 1, maxInFlight: 1 },
    );
    queue.add(1);
    await vi.advanceTimersByTimeAsync(5);
    queue.add(2);
    await vi.advanceTimersByTimeAsync(5);
    expect(sent).toEqual([[1], [2]]);
  });
});
