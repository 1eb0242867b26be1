/**
 * Acknowledgements go first. Discord forgets an interaction not acknowledged within 3 seconds, while the answer
 * after it may take its time. In a burst, the CPU spent answering the first interactions would delay the
 * acknowledgements of the later ones, so work that follows an acknowledgement waits until none is in flight:
 * at most `maxWaitMs`, so that one stuck request cannot hold every answer back.
 */
export class AcknowledgementsFirst {
  private inFlight = 0;
  private waiting: Array<() => void> = [];

  constructor(private readonly maxWaitMs = 1000) {}

  /** Sends an acknowledgement; resolves once it is sent and no other is still in flight. */
  async acknowledge(send: () => Promise<unknown>): Promise<void> {
    this.inFlight++;
    try {
      await send();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.releaseAll();
    }
    await this.noneInFlight();
  }

  private noneInFlight(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        this.waiting = this.waiting.filter((waiter) => waiter !== release);
        resolve();
      };
      const timer = setTimeout(release, this.maxWaitMs);
      this.waiting.push(release);
    });
  }

  private releaseAll(): void {
    for (const release of [...this.waiting]) release();
  }
}
