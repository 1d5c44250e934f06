/**
 * Coalesces concurrent `host.create` calls into one call creating many hosts: Zabbix 6.0 links
 * templates for 20 hosts in one request about ten times faster than in 20 requests, and Terraform
 * applies up to -parallelism creates at once.
 */
import { BatchQueue } from "../batch-queue";

/** What became of a create handed to the batch. */
export type BatchOutcome<R> =
  /** Created within a batch. */
  | { readonly id: string }
  /** Alone in its batch, or its batch failed: what `createAlone` returned. */
  | { readonly alone: R };

interface Pending {
  readonly params: Record<string, unknown>;
  readonly createAlone: (batchError?: unknown) => Promise<unknown>;
  readonly settle: (outcome: BatchOutcome<unknown>) => void;
  readonly fail: (error: unknown) => void;
}

export class CreateBatch {
  private readonly queue = new BatchQueue<Pending>((batch) => this.send(batch), {
    maxBatch: 100,
    // Zabbix spends its time linking templates, per call more than per host: one batch at a
    // time lets the next gather everything that arrives meanwhile.
    maxInFlight: 1,
  });

  /** `sendMany` creates all hosts in one call (all or nothing) and returns their ids in order. */
  constructor(
    private readonly sendMany: (params: Record<string, unknown>[]) => Promise<string[]>,
  ) {}

  /**
   * Creates a host with others submitted meanwhile. A create alone in its batch, or whose batch
   * failed (all or nothing, `batchError`), is made by `createAlone`, which attributes any error to
   * its own spec; it still counts against the batches in flight.
   */
  submit<R>(
    params: Record<string, unknown>,
    createAlone: (batchError?: unknown) => Promise<R>,
  ): Promise<BatchOutcome<R>> {
    return new Promise((settle, fail) => {
      this.queue.add({
        params,
        createAlone,
        settle: settle as (outcome: BatchOutcome<unknown>) => void,
        fail,
      });
    });
  }

  private async send(batch: Pending[]): Promise<void> {
    let ids: string[] | undefined;
    let batchError: unknown;
    if (batch.length > 1) {
      try {
        ids = await this.sendMany(batch.map((p) => p.params));
      } catch (error) {
        batchError = error;
      }
    }
    if (ids) {
      batch.forEach((p, i) => p.settle({ id: ids[i]! }));
      return;
    }
    await Promise.all(
      batch.map((p) =>
        p.createAlone(batchError).then(
          (alone) => p.settle({ alone }),
          (error: unknown) => p.fail(error),
        ),
      ),
    );
  }
}
