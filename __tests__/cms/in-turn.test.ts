/** @jest-environment node */
import type { PayloadRequest } from 'payload';
import { inTurn } from '@/cms/in-turn';

/**
 * A save's one connection, like its transaction's: `busy` counts the reads in flight, and the most
 * there ever were is what the connection would have been sent at once.
 */
function oneConnection() {
  const seen = { busy: 0, most: 0, order: [] as string[] };
  const read = (name: string, { fails = false, ms = 5 } = {}) => async () => {
    seen.busy++;
    seen.most = Math.max(seen.most, seen.busy);
    await new Promise((resolve) => setTimeout(resolve, ms));
    seen.order.push(name);
    seen.busy--;
    if (fails) throw new Error('connection lost');
    return name;
  };
  return { req: {} as PayloadRequest, seen, read };
}

describe('inTurn', () => {
  it('sends the reads of validators Payload runs side by side to the database one at a time, in the order they asked', async () => {
    const { req, seen, read } = oneConnection();
    const answers = await Promise.all(['sections', 'media', 'writers'].map((name) => inTurn(req, read(name))));
    expect(answers).toEqual(['sections', 'media', 'writers']);
    expect(seen.most).toBe(1);
    expect(seen.order).toEqual(['sections', 'media', 'writers']);
  });

  it('goes on after a read that failed, and keeps each request to itself', async () => {
    const first = oneConnection();
    const second = oneConnection();
    const failed = inTurn(first.req, first.read('tags', { fails: true }));
    const after = inTurn(first.req, first.read('media'));
    await expect(failed).rejects.toThrow('connection lost');
    await expect(after).resolves.toBe('media');
    expect(first.seen.most).toBe(1);
    // Another save's reads never wait for this one's: the second starts while the first is in flight.
    const slow = inTurn(first.req, first.read('articles', { ms: 50 }));
    await inTurn(second.req, second.read('articles'));
    expect(first.seen.busy).toBe(1);
    await slow;
  });
});
