import { describe, expect, it } from 'vitest';
import { AcknowledgementsFirst } from '../../src/discord/acknowledgements.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('acknowledgements first', () => {
  it('lets work go on at once when no other acknowledgement is in flight', async () => {
    const gate = new AcknowledgementsFirst();
    await expect(gate.acknowledge(async () => undefined)).resolves.toBeUndefined();
  });

  it('holds work back while another interaction is still being acknowledged, and lets it go when that is sent', async () => {
    const gate = new AcknowledgementsFirst(10_000);
    const slow = deferred();
    const order: string[] = [];
    const first = gate.acknowledge(async () => undefined).then(() => order.push('first may answer'));
    const second = gate.acknowledge(() => slow.promise).then(() => order.push('second may answer'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    slow.resolve();
    await Promise.all([first, second]);
    expect(order).toHaveLength(2);
  });

  it('does not let one stuck acknowledgement hold the others back for longer than its limit', async () => {
    const gate = new AcknowledgementsFirst(30);
    const stuck = deferred();
    void gate.acknowledge(() => stuck.promise).catch(() => undefined);
    await expect(gate.acknowledge(async () => undefined)).resolves.toBeUndefined();
    stuck.resolve();
  });

  it('passes on a failed acknowledgement and still releases the work waiting on it', async () => {
    const gate = new AcknowledgementsFirst(10_000);
    const failing = deferred();
    const waiting = gate.acknowledge(async () => undefined);
    const failed = gate.acknowledge(() => failing.promise.then(() => Promise.reject(new Error('Unknown interaction'))));
    failing.resolve();
    await expect(failed).rejects.toThrow('Unknown interaction');
    await expect(waiting).resolves.toBeUndefined();
  });
});
