/**
 * Runs one job at a time, taking turns between clients: a client with ten waiting jobs does not delay a
 * client with one by ten jobs. Each client may have a few jobs waiting, all clients together a few more;
 * `accepts` says whether one more would fit, so that a full queue is answered with 503 rather than grown.
 */
export class FairQueue {
  private readonly waiting = new Map<string, (() => void)[]>();
  private waitingCount = 0;
  private running = false;

  constructor(private readonly limits: { readonly waiting: number; readonly perClient: number }) {}

  accepts(client: string): boolean {
    return this.waitingCount < this.limits.waiting && (this.waiting.get(client)?.length ?? 0) < this.limits.perClient;
  }

  /** Whether this client already has its full share waiting. */
  clientWaiting(client: string): boolean {
    return (this.waiting.get(client)?.length ?? 0) >= this.limits.perClient;
  }

  run<T>(client: string, job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () =>
        void Promise.resolve()
          .then(job)
          .then(resolve, reject)
          .finally(() => {
            this.running = false;
            this.startNext();
          });
      const turns = this.waiting.get(client) ?? [];
      turns.push(start);
      this.waiting.set(client, turns);
      this.waitingCount++;
      if (!this.running) this.startNext();
    });
  }

  /** The client first in line runs one job and, if it has more, goes to the back of the line. */
  private startNext(): void {
    const first = this.waiting.entries().next();
    if (first.done) return;
    const [client, turns] = first.value;
    const start = turns.shift()!;
    this.waiting.delete(client);
    if (turns.length > 0) this.waiting.set(client, turns);
    this.waitingCount--;
    this.running = true;
    start();
  }
}
