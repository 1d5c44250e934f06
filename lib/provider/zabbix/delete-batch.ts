/**
 * Coalesces concurrent deletes of one kind of object into one call (`host.delete` takes a list):
 * Zabbix deletes 200 hosts in one request in about the time it takes for two requests of one.
 */
import { BatchQueue } from "../batch-queue";
import { deleteIfPresent, isId } from "./ids";
import type { ZabbixClient } from "./json-rpc-client";

interface Pending {
  readonly id: string;
  readonly done: () => void;
  readonly fail: (error: unknown) => void;
}

export class DeleteBatch {
  private readonly queue = new BatchQueue<Pending>((batch) => this.send(batch), {
    maxBatch: 200,
    maxInFlight: 1,
  });

  /**
   * `deleteMany` deletes a list of ids in one call (all or nothing); `deleteOne` deletes one id
   * and takes one that is already gone for done.
   */
  constructor(
    private readonly deleteMany: (ids: string[]) => Promise<unknown>,
    private readonly deleteOne: (id: string) => Promise<void>,
  ) {}

  /**
   * Deletes with Zabbix's `method` (e.g. `host.delete`), one call for a batch and
   * {@link deleteIfPresent} for one id; `read` tells whether an id still exists. `client` is a
   * getter, so that a class field can be initialized from a constructor parameter property.
   */
  static via(
    client: () => ZabbixClient,
    method: string,
    read: (id: string) => Promise<unknown>,
  ): DeleteBatch {
    return new DeleteBatch(
      (ids) => client().call(method, ids),
      (id) => deleteIfPresent(client(), method, id, read),
    );
  }

  /** Deletes object `id`; one that is already gone is not an error. */
  delete(id: string): Promise<void> {
    if (!isId(id)) return Promise.resolve();
    return new Promise((done, fail) => this.queue.add({ id, done, fail }));
  }

  private async send(batch: Pending[]): Promise<void> {
    if (batch.length > 1) {
      try {
        await this.deleteMany(batch.map((p) => p.id));
        batch.forEach((p) => p.done());
        return;
      } catch {
        // All or nothing: one id already gone fails the lot. Each is deleted by itself instead.
      }
    }
    await Promise.all(batch.map((p) => this.deleteOne(p.id).then(p.done, p.fail)));
  }
}
