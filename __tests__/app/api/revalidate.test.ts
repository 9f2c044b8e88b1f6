/** @jest-environment node */
import { CLIENT_ADDRESS_HEADER } from '@/lib/client-address';
import { makeArticle, memorySource, translationPair } from '../../support/content';

/**
 * POST /api/revalidate, called as Next calls it: the secret, the rate limit, and the cache tags it
 * expires for stories changed outside the CMS.
 */

const SECRET = 'test-secret-0123456789abcdef';
const revalidateTag = jest.fn();
jest.mock('next/cache', () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }));
// Where expirations are written down for the next server process (lib/cache/expired-tags).
const query = jest.fn(async () => []);
jest.mock('@/lib/db/pool', () => ({ query: (...args: unknown[]) => query(...(args as [])) }));

const [story, translation] = translationPair(
  makeArticle(1001, { section: 'technology', tags: ['فضاء'] }),
  makeArticle(1010, { locale: 'en', section: 'technology', tags: ['Space'] }),
);
// Taken down in SQL by a tool: no longer live, its last saved version still there.
const takenDown = makeArticle(1020, { section: 'sports', tags: ['كرة'] });

/** A fresh copy of the route (its failure count starts at zero), reading the stories above. */
async function load(env: Record<string, string | undefined> = { REVALIDATE_SECRET: SECRET }) {
  if (env.REVALIDATE_SECRET === undefined) delete process.env.REVALIDATE_SECRET;
  else process.env.REVALIDATE_SECRET = env.REVALIDATE_SECRET;
  jest.resetModules();
  (await import('@/lib/content')).setContentSource(memorySource({ articles: [story, translation], drafts: [takenDown], withdrawn: [takenDown.id] }));
  const { POST } = await import('@/app/api/revalidate/route');
  return POST;
}

/** `secret: null` sends no Authorization header at all; `ip` is the connection's, as the server hook stamps it. */
function post(body?: unknown, { secret = SECRET as string | null, ip = '203.0.113.7' } = {}) {
  const headers: Record<string, string> = { [CLIENT_ADDRESS_HEADER]: ip, 'content-type': 'application/json' };
  if (secret !== null) headers.authorization = `Bearer ${secret}`;
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const expired = () => revalidateTag.mock.calls.map(([tag, profile]) => `${tag} ${JSON.stringify(profile)}`);

beforeEach(() => {
  revalidateTag.mockClear();
  query.mockClear();
});
afterEach(() => delete process.env.REVALIDATE_SECRET);

describe('POST /api/revalidate', () => {
  it('answers 503 when no secret is configured, and expires nothing', async () => {
    const POST = await load({ REVALIDATE_SECRET: undefined });
    expect((await POST(post({ id: 1001 }))).status).toBe(503);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it.each([
    ['no secret', { secret: null }],
    ['a wrong secret', { secret: 'wrong-secret-0123456789abcdef' }],
    ['a prefix of the secret', { secret: SECRET.slice(0, -1) }],
  ])('answers 401 with %s', async (_name, options) => {
    const POST = await load();
    const response = await POST(post({ id: 1001 }, options));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('accepts the secret in the JSON body too', async () => {
    const POST = await load();
    expect((await POST(post({ id: 1001, secret: SECRET }, { secret: null }))).status).toBe(200);
  });

  it('answers 400 to an authorized but malformed body, or one naming no story', async () => {
    const POST = await load();
    const response = await POST(post('{"id": "1001"}'));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/field "id"/);
    expect((await POST(post())).status).toBe(400);
  });

  it('expires, at once, the tags of every page showing the story: itself, its translation, their sitemap files, edition, section, tags and the edition’s section list', async () => {
    const POST = await load();
    const response = await POST(post({ id: 1001 }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(expired()).toEqual(
      ['article:1001', 'article-index:ar:0', 'article:1010', 'article-index:en:0', 'edition:ar', 'section:ar:technology', 'tag:ar:فضاء', 'edition-sections:ar'].map(
        (tag) => `${tag} {"expire":0}`,
      ),
    );
    // …and writes them down, so that a restarted server does not take its cached copies for current.
    expect(query).toHaveBeenCalledTimes(1);
    const [sql, [tags]] = query.mock.calls[0] as unknown as [string, [string[], number]];
    expect(sql).toMatch(/INSERT INTO cache_tag_expirations/);
    expect(tags).toEqual(revalidateTag.mock.calls.map(([tag]) => tag));
  });

  it('expires the lists that showed a story the tool took down, from its last saved version', async () => {
    const POST = await load();
    const response = await POST(post({ id: takenDown.id }));
    expect(response.status).toBe(200);
    expect(expired()).toEqual(
      ['article:1020', 'article-index:ar:0', 'edition:ar', 'section:ar:sports', 'tag:ar:كرة', 'edition-sections:ar'].map((tag) => `${tag} {"expire":0}`),
    );
  });

  it('answers 404 for an id no story has', async () => {
    const POST = await load();
    expect((await POST(post({ id: 987654 }))).status).toBe(404);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('refuses a client after 10 failed attempts a minute: 429 with Retry-After, before looking at the secret', async () => {
    const POST = await load();
    for (let i = 0; i < 10; i++) expect((await POST(post({ id: 1001 }, { secret: 'nope-nope-nope-nope' }))).status).toBe(401);
    const refused = await POST(post({ id: 1001 }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(revalidateTag).not.toHaveBeenCalled();
    // Other connections are not affected.
    expect((await POST(post({ id: 1001 }, { ip: '198.51.100.9' }))).status).toBe(200);
  });

  it('never counts successful calls', async () => {
    const POST = await load();
    for (let i = 0; i < 15; i++) expect((await POST(post({ id: 1001 }))).status).toBe(200);
  });

  it('ignores forwarding headers: a forged X-Forwarded-For is not another client', async () => {
    const POST = await load();
    for (let i = 0; i < 10; i++) {
      const request = post({ id: 1001 }, { secret: 'nope-nope-nope-nope' });
      request.headers.set('x-forwarded-for', `192.0.2.${i}`);
      await POST(request);
    }
    expect((await POST(post({ id: 1001 }))).status).toBe(429);
  });
});
