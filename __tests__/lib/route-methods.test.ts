/** @jest-environment node */
import { refuseMethodsBut } from '@/lib/route-methods';

describe('the methods an API route does not take', () => {
  it('are refused with 405, saying in Allow and in words which methods the address answers', async () => {
    const { GET } = refuseMethodsBut('POST');
    const answer = GET();
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST, OPTIONS');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.json()).toEqual({ error: 'this address answers POST only' });
  });

  it('name HEAD beside GET, which Next answers from it', () => {
    expect(refuseMethodsBut('GET').DELETE().headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('and OPTIONS answers the same list, not the refusals as methods taken', () => {
    const answer = refuseMethodsBut('POST').OPTIONS();
    expect([answer.status, answer.headers.get('allow')]).toEqual([204, 'POST, OPTIONS']);
  });
});
