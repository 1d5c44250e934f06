/**
 * Coalesces concurrent `host.create` calls into one call creating many hosts: Zabbix 6.0 links
 * templates for 20 hosts in one request about ten times faster than in 20 requests, and Terraform
 * applies up to -parallelism creates at once.
 */

/** What became of a create handed to the batch. */
export type BatchOutcome =
  | { readonly id: string }
  /** Alone in its window, or the batch failed (`error`): the caller creates it by itself. */
  | { readonly alone: true; readonly error?: unknown };

const WINDOW_MS = 10;
const MAX_BATCH = 50;

interface Pending {
  readonly params: Record<string, unknown>;
  readonly settle: (outcome: BatchOutcome) => void;
}

export class CreateBatch {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;

  /** `send` creates all hosts in one call (all or nothing) and returns their ids in order. */
  constructor(private readonly send: (params: Record<string, unknown>[]) => Promise<string[]>) {}

  submit(params: Record<string, unknown>): Promise<BatchOutcome> {
    return new Promise((settle) => {
      this.pending.push({ params, settle });
      if (this.pending.length >= MAX_BATCH) {
        clearTimeout(this.timer);
        this.flush();
      } else {
        this.timer ??= setTimeout(() => this.flush(), WINDOW_MS);
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.timer = undefined;
    if (batch.length === 1) {
      batch[0]!.settle({ alone: true });
      return;
    }
    this.send(batch.map((p) => p.params)).then(
      (ids) => batch.forEach((p, i) => p.settle({ id: ids[i]! })),
      (error: unknown) => batch.forEach((p) => p.settle({ alone: true, error })),
    );
  }
}
