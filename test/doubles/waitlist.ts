/**
 * Things that happened (requests, log lines) kept in order, and promises for the first one that matches,
 * whether it already happened or is still to come.
 */
export class Waitlist<T> {
  readonly items: T[] = [];
  private readonly waiters = new Set<{ match: (item: T) => boolean; resolve: (item: T) => void }>();

  constructor(private readonly describeRecent: (items: readonly T[]) => string) {}

  add(item: T): void {
    this.items.push(item);
    for (const waiter of this.waiters) {
      if (waiter.match(item)) {
        this.waiters.delete(waiter);
        waiter.resolve(item);
      }
    }
  }

  waitFor(match: (item: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    const seen = this.items.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve: (item: T) => (clearTimeout(timer), resolve(item)) };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no ${what} within ${timeoutMs} ms; the last ones were:\n${this.describeRecent(this.items.slice(-8))}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}
