/** @jest-environment node */
import { MAX_BODY_BYTES, MAX_IDS, parseRevalidateBody, readBody } from '@/lib/publishing/request';

describe('parseRevalidateBody', () => {
  it('treats an empty body as "everything"', () => {
    expect(parseRevalidateBody('')).toEqual({ ok: true, value: { ids: 'all' } });
    expect(parseRevalidateBody('{}')).toEqual({ ok: true, value: { ids: 'all', secret: undefined } });
  });

  it('reads one id, several ids, and a secret', () => {
    expect(parseRevalidateBody('{"id": 1234}')).toEqual({ ok: true, value: { ids: [1234], secret: undefined } });
    expect(parseRevalidateBody('{"ids": [1, 2, 2], "id": 3, "secret": "s"}')).toEqual({ ok: true, value: { ids: [3, 1, 2], secret: 's' } });
  });

  it.each([
    ['not JSON', '{id: 1}', /JSON/],
    ['a string id', '{"id": "1234"}', /field "id"/],
    ['a negative id', '{"id": -1}', /field "id"/],
    ['a fractional id', '{"id": 1.5}', /field "id"/],
    ['an unsafe integer', '{"id": 1e300}', /field "id"/],
    // Past the id column (PostgreSQL's integer): the query would fail with 22003 — a 500, not the field.
    ['an id no story can have', '{"id": 2147483648}', /field "id"/],
    ['such an id in a list', '{"ids": [1, 3000000000]}', /field "ids.1"/],
    ['an empty list', '{"ids": []}', /field "ids"/],
    ['too many ids', JSON.stringify({ ids: Array.from({ length: MAX_IDS + 1 }, (_, i) => i + 1) }), /field "ids"/],
    ['an unknown field', '{"id": 1, "path": "/"}', /field "path"/],
    ['an array body', '[1]', /field "\(body\)"/],
  ])('refuses %s', (_name, body, message) => {
    const result = parseRevalidateBody(body);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('readBody', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://localhost/api/revalidate', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

  it('reads a small body', async () => {
    await expect(readBody(post('{"id":1}'))).resolves.toBe('{"id":1}');
  });

  it('refuses a body larger than the limit, declared or streamed', async () => {
    await expect(readBody(post('x'.repeat(MAX_BODY_BYTES + 1)))).resolves.toBeUndefined();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    });
    await expect(readBody(post(stream))).resolves.toBeUndefined();
  });
});
