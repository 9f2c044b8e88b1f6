/**
 * "Most read", end to end: views posted to POST /api/read as the article's beacon sends them are
 * counted in PostgreSQL per story and hour — nothing about the reader stored — and ranked per
 * edition on the front page and beside articles. Bots, prefetches and other sites' pages are not
 * counted; garbage is refused; one address cannot count a story up.
 */
import { query } from '@/lib/db/pool';
import { waitFor } from './newsroom-api';
import { page, storyLinks } from './html';
import { BASE_URL } from './server';

const BROWSER = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

/** A view as the beacon sends it (sendBeacon: text/plain, same origin). */
function view(body: string, headers: Record<string, string> = {}) {
  return fetch(`${BASE_URL}/api/read`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': BROWSER, 'Sec-Fetch-Site': 'same-origin', ...headers },
  });
}

async function views(id: number): Promise<number> {
  const [row] = await query<{ views: string | null }>('SELECT sum(views) AS views FROM article_reads WHERE article_id = $1', [id]);
  return Number(row?.views ?? 0);
}

afterAll(async () => {
  const { readerPool } = await import('@/lib/db/pool');
  await readerPool().end();
});

describe('POST /api/read', () => {
  it('refuses what is not {"id": n}: 400, and counts nothing', async () => {
    const before = await views(1002);
    for (const body of ['', 'x', '1002', '{"id":"1002"}', '{"id":1002,"user":"a"}', '{"id":-1}', '[1002]', '{"id":1002']) {
      const answer = await view(body);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    expect(await views(1002)).toBe(before);
  });

  it('refuses a long body (413) and any other method (405); sets no cookie', async () => {
    expect((await view(`{"id":1002${' '.repeat(80)}}`)).status).toBe(413);
    expect((await fetch(`${BASE_URL}/api/read`)).status).toBe(405);
    const counted = await view('{"id":1002}');
    expect(counted.status).toBe(204);
    expect(counted.headers.get('set-cookie')).toBeNull();
  });

  it('answers 404 for an id no published story has', async () => {
    expect((await view('{"id":999999}')).status).toBe(404);
    expect((await view('{"id":2147483647}')).status).toBe(404);
  });

  it('does not count bots, prefetches, prerenders or views posted from another site (202)', async () => {
    const before = await views(1003);
    const ignored: Record<string, string>[] = [
      { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { 'User-Agent': 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)' },
      { 'User-Agent': '' },
      { 'Sec-Purpose': 'prefetch' },
      { 'Sec-Purpose': 'prefetch;prerender' },
      { Purpose: 'prefetch' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of ignored) expect((await view('{"id":1003}', headers)).status).toBe(202);
    expect(await views(1003)).toBe(before);
  });

  it('stores counts per story and hour — no reader, address or cookie column exists', async () => {
    const columns = await query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'article_reads' ORDER BY ordinal_position`);
    expect(columns.map((c) => c.column_name)).toEqual(['article_id', 'hour', 'edition', 'views']);
    const [row] = await query<{ hour: Date }>('SELECT hour FROM article_reads WHERE article_id = 1002 LIMIT 1');
    expect(row!.hour.getUTCMinutes()).toBe(0);
    expect(row!.hour.getUTCSeconds()).toBe(0);
  });

  it('counts one address at most ten times per story an hour (429 after), other stories still count', async () => {
    const before = await views(1007);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await view('{"id":1007}')).status);
    expect(statuses.slice(0, 10).every((s) => s === 204)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(await views(1007)).toBe(before + 10);
    expect((await view('{"id":1008}')).status).toBe(204);
  });
});

describe('the ranking', () => {
  beforeAll(async () => {
    // 1005 read more than 1004 in the Arabic edition; 1013 in the English one.
    for (let i = 0; i < 9; i++) await view('{"id":1005}');
    for (let i = 0; i < 8; i++) await view('{"id":1004}');
    for (let i = 0; i < 3; i++) await view('{"id":1013}');
    // The ranking is counted again at most once a second here (MOST_READ_REFRESH_SECONDS): a view after that renews it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await view('{"id":1009}');
    await view('{"id":1014}');
  });

  it('reaches the front page: the most read first, each edition its own', async () => {
    const ranked = (html: string) => {
      const section = /<section aria-labelledby="most-read"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      return [...section.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    };
    // Views posted by this file: 1007 ten (the limit test), 1005 nine, 1004 eight, 1009 one.
    const inOrder = (links: string[]) => {
      const at = ['/news/1007', '/news/1005', '/news/1004', '/news/1009'].map((href) => links.indexOf(href));
      return at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]!));
    };
    await waitFor('/', (status, html) => inOrder(ranked(html)), 20_000);
    await waitFor('/en', (status, html) => ranked(html).includes('/en/news/1013'), 20_000);
    const { document } = await page('/en');
    const links = storyLinks(document.querySelector('#most-read')!.closest('section')!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('/en/'))).toBe(true);
    expect(links.length).toBeLessThanOrEqual(10);
  });

  it('stands beside articles too, headed "الأكثر قراءة"', async () => {
    await waitFor('/news/1002', (status, html) => /الأكثر قراءة[\s\S]*href="\/news\/1005"[\s\S]*href="\/news\/1004"/.test(html), 20_000);
    const { document } = await page('/news/1002');
    const aside = document.querySelector('aside[aria-label="مزيد من القراءة"]')!;
    expect(aside.querySelector('#most-read')!.textContent).toContain('الأكثر قراءة');
    // The story itself nowhere; the section's latest (shown only when it has stories the others did
    // not) repeats none of the related stories or the ranking.
    const related = storyLinks(document.querySelector('section[aria-labelledby="related-articles"]')!);
    const ranked = storyLinks(aside.querySelector('#most-read')!.closest('section')!);
    const latest = storyLinks(aside.querySelector('#latest-in-section')?.closest('section') ?? document.createElement('section'));
    expect(related.length).toBeGreaterThan(0);
    expect([...related, ...ranked, ...latest]).not.toContain('/news/1002');
    expect(latest.filter((href) => related.includes(href) || ranked.includes(href))).toEqual([]);
  });
});
