/**
 * At most `limit` calls of one kind in flight; the others wait their turn in order. Zabbix 6.0
 * links templates to hosts in transactions that deadlock one another when many `host.create`
 * calls of many hosts run at once (DBEXECUTE_ERROR even after retries, seen with 10 at once).
 */
export class CallLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(call: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await call();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
