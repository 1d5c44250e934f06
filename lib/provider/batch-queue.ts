/**
 * Turns calls that arrive one at a time into batches, adaptively: a batch leaves once no call has
 * joined it for a short quiet gap (or a longer cap has passed), and while `maxInFlight` batches
 * are already out, calls queue up; when one comes back they leave together, with the calls that
 * follow within the quiet gap. Terraform hands the provider up to -parallelism operations at a
 * time, a few milliseconds apart as its own bookkeeping allows; a fixed window catches few of
 * them, while a backend round trip for many objects costs little more than one for one.
 */

export interface BatchQueueOptions {
  /**
   * How long a batch that may be sent waits for another call to join it.
   *
   * @default 10
   */
  readonly quietMs?: number;
  /**
   * The longest a batch that may be sent waits for company, however often calls join it.
   *
   * @default 50
   */
  readonly maxWaitMs?: number;
  /**
   * The most items one batch carries.
   *
   * @default 50
   */
  readonly maxBatch?: number;
  /**
   * How many batches may be out at once; more items wait and leave together.
   *
   * @default 2
   */
  readonly maxInFlight?: number;
}

export class BatchQueue<T> {
  private pending: T[] = [];
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private firstWaiting = 0;
  private readonly quietMs: number;
  private readonly maxWaitMs: number;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  /**
   * `send` handles one batch and settles every item in it itself; it must not throw (a rejection
   * is ignored here, so settle the items before rejecting).
   */
  constructor(
    private readonly send: (batch: T[]) => Promise<void>,
    options: BatchQueueOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 10;
    this.maxWaitMs = options.maxWaitMs ?? 50;
    this.maxBatch = options.maxBatch ?? 50;
    this.maxInFlight = options.maxInFlight ?? 2;
  }

  add(item: T): void {
    this.pending.push(item);
    this.schedule();
  }

  private schedule(): void {
    if (this.inFlight >= this.maxInFlight) return;
    if (this.pending.length >= this.maxBatch) {
      this.flush();
      return;
    }
    const now = performance.now();
    if (this.timer === undefined) this.firstWaiting = now;
    clearTimeout(this.timer);
    const wait = Math.min(this.quietMs, this.firstWaiting + this.maxWaitMs - now);
    this.timer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.pending.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.pending.splice(0, this.maxBatch);
      this.inFlight++;
      this.send(batch)
        .catch(() => undefined)
        .finally(() => {
          this.inFlight--;
          // The callers this batch releases hand in their next calls within moments (Terraform
          // refills the slots they held): what queued meanwhile waits a quiet gap for them.
          if (this.pending.length > 0) this.schedule();
        });
    }
  }
}
