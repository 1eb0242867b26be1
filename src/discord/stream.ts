/**
 * Shows text that is still being written (an LLM's answer as it streams) by editing one message, at most once
 * per `intervalMs`: the first version at once, then the newest version each time the interval has passed.
 * Versions in between are skipped, edits never overlap, and `close` waits for the edit under way so the
 * final message can replace it.
 */
export class ThrottledEdits {
  private latest: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private lastEditAt = Number.NEGATIVE_INFINITY;
  private closed = false;

  constructor(
    private readonly edit: (text: string) => Promise<void>,
    private readonly intervalMs: number,
    /** A failed edit of a draft is not fatal: the final message replaces it. */
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(text: string): void {
    if (this.closed) return;
    this.latest = text;
    if (this.timer === undefined && this.inFlight === undefined) this.schedule();
  }

  /** Stops editing: drops any version not shown yet and waits for the edit under way. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private schedule(): void {
    const wait = Math.max(0, this.lastEditAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => this.run(), wait);
  }

  private run(): void {
    this.timer = undefined;
    const text = this.latest;
    if (this.closed || text === undefined) return;
    this.latest = undefined;
    this.lastEditAt = this.now();
    this.inFlight = this.edit(text)
      .catch(this.onError)
      .finally(() => {
        this.inFlight = undefined;
        if (this.latest !== undefined && !this.closed) this.schedule();
      });
  }
}
