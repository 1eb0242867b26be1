/**
 * Numbers citations in order of first use: the first passage an answer cites is shown as [1] whatever its
 * number was in the prompt, the next new one as [2], and so on.
 */
export class FirstUseNumbering {
  private readonly shownByGiven = new Map<number, number>();

  /** The number shown for the passage given as `given`, assigned on first use. */
  shown(given: number): number {
    let shown = this.shownByGiven.get(given);
    if (shown === undefined) {
      shown = this.shownByGiven.size + 1;
      this.shownByGiven.set(given, shown);
    }
    return shown;
  }

  /** Every passage used so far, in order of first use. */
  used(): Array<{ given: number; shown: number }> {
    return [...this.shownByGiven].map(([given, shown]) => ({ given, shown }));
  }
}
