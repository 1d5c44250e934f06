/**
 * Turns calls that arrive one at a time into batches, adaptively: a batch leaves once no call has
 * joined it for a short quiet gap (or a longer cap has passed since its first call), and while
 * `maxInFlight` batches are already out, calls queue up and leave together the moment one comes
 * back. Terraform hands the provider up to -parallelism operations at a time, a few milliseconds
 * apart as its own bookkeeping allows; a fixed window catches few of them, while a backend round
 * trip for many objects costs little more than one for one. The callers a returning batch
 * releases come back only after Terraform has recycled their slots (25-130 ms, measured), so
 * waiting for them would leave the backend idle: they form the next batch instead.
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
  /** When the oldest and the newest pending call arrived. */
  private firstArrival = 0;
  private lastArrival = 0;
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
    const now = performance.now();
    if (this.pending.length === 0) this.firstArrival = now;
    this.lastArrival = now;
    this.pending.push(item);
    this.schedule();
  }

  private schedule(): void {
    if (this.inFlight >= this.maxInFlight) return;
    if (this.pending.length >= this.maxBatch) {
      this.flush();
      return;
    }
    const due = Math.min(this.lastArrival + this.quietMs, this.firstArrival + this.maxWaitMs);
    const wait = due - performance.now();
    clearTimeout(this.timer);
    if (wait <= 0) {
      this.flush();
      return;
    }
    this.timer = setTimeout(() => this.flush(), wait);
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
          if (this.pending.length > 0) this.schedule();
        });
    }
  }
}
