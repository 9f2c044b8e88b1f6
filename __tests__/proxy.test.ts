/** @jest-environment node */
import { NextRequest } from 'next/server';
import proxy from '@/proxy';
import { setContentSource } from '@/lib/content';
import type { ContentSource } from '@/lib/content/source';
import { MISSING_FILE_CACHE, NOT_FOUND_CACHE } from '@/lib/cache-control';
import { makeArticle, memorySource, translationPair, serveContent, WRITER } from './support/content';

/**
 * The proxy decides, before anything renders, whether a page URL names something: syntax from
 * the route table, existence from the content. A URL that names nothing gets the edition's
 * prerendered not-found page (a rewrite with status 404) — never a render of its own, so junk of
 * any shape can neither show an empty error shell nor add an entry to the page cache.
 */

const [story, translation] = translationPair(
  makeArticle(1001, { tags: ['SpaceX', 'د.عبد السند', 'Node.js'] }),
  makeArticle(1010, { locale: 'en', tags: ['Node.js'] }),
);
serveContent({
  articles: [story, translation, ...Array.from({ length: 25 }, (_, i) => makeArticle(2000 + i, { section: 'economy' })), makeArticle(3000, { writer: WRITER })],
  writers: [WRITER, { ...WRITER, slug: 'no-pieces-yet' }],
  withdrawn: [1500],
});

const ask = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) => proxy(new NextRequest(`http://localhost${path}`, init));

/** What the proxy did: 'missing <edition>' (rewritten to the not-found page with 404), or 'page' (on to the page). */
async function verdict(path: string): Promise<string> {
  const response = await ask(path);
  const rewrite = response.headers.get('x-middleware-rewrite');
  if (response.status === 404 && rewrite) return `missing ${new URL(rewrite).pathname}`;
  if (response.status >= 300 && response.status < 400) return `${response.status} ${response.headers.get('location')}`;
  return 'page';
}

describe('pages that name something go on to the page', () => {
  it.each([
    '/',
    '/en',
    '/news/1001',
    '/en/news/1010',
    '/section/economy',
    '/section/economy/page/2',
    '/en/section/news',
    '/writer/fixture-writer',
    '/tag/SpaceX',
    `/tag/${encodeURIComponent('د.عبد السند')}`, // a tag with a dot is a tag, not a file
    '/tag/Node.js',
    '/en/tag/Node.js',
    '/blank',
    '/masthead',
    '/en/masthead',
    '/search',
    '/en/search',
    `/search?q=${'x'.repeat(1000)}`, // the page refuses a long query itself, in the reader's edition
  ])('%s', async (path) => {
    expect(await verdict(path)).toBe('page');
  });
});

describe('search pages', () => {
  it('are marked noindex, follow in a header, whatever the query; other pages are not', async () => {
    for (const path of ['/search', '/en/search?q=cairo', `/search?q=${encodeURIComponent('مصر')}&page=2`]) {
      expect((await ask(path)).headers.get('x-robots-tag')).toBe('noindex, follow');
    }
    expect((await ask('/news/1001')).headers.get('x-robots-tag')).toBeNull();
  });
});

describe('URLs that name nothing get the edition’s not-found page, whatever their shape', () => {
  it.each([
    ['/news/999999999', '/ar/missing'],
    ['/news/abc', '/ar/missing'],
    ['/news/1001/extra', '/ar/missing'],
    ['/news/1001.html', '/ar/missing'],
    ['/en/news/123.html', '/en/missing'],
    ['/section/weather', '/ar/missing'],
    ['/section/economy/page/3', '/ar/missing'],
    ['/section/economy/page/99999', '/ar/missing'],
    // An edition shows only the sections it has stories in: an empty one is no page of it.
    ['/section/technology', '/ar/missing'],
    ['/en/section/economy', '/en/missing'],
    // A writer's page lists their pieces in the edition: none there, no page.
    ['/en/writer/fixture-writer', '/en/missing'],
    ['/writer/no-pieces-yet', '/ar/missing'],
    ['/writer/fixture-writer/page/2', '/ar/missing'],
    ['/writer/nobody', '/ar/missing'],
    ['/writer/Fixture_Writer', '/ar/missing'],
    ['/writer', '/ar/missing'],
    ['/tag/nothing', '/ar/missing'],
    ['/tag/junk1.x', '/ar/missing'],
    ['/en/tag/SpaceX/page/x', '/en/missing'],
    // Page 1 has its one URL; other numbers that are no page numbers name nothing.
    ['/section/economy/page/0', '/ar/missing'],
    ['/section/economy/page/01', '/ar/missing'],
    ['/en/writer/fixture-writer/page/x', '/en/missing'],
    [`/tag/${'a'.repeat(61)}`, '/ar/missing'],
    [`/tag/${'x'.repeat(250)}.x`, '/ar/missing'],
    ['/en/whatever', '/en/missing'],
    ['/wp-login.php', '/ar/missing'],
    ['/package.json', '/ar/missing'],
    ['/favicon.ico/x', '/ar/missing'],
    ['/missing', '/ar/missing'],
    ['/blank/x', '/ar/missing'],
    ['/masthead/2026', '/ar/missing'],
    ['/en/masthead/x', '/en/missing'],
    ['/search/x', '/ar/missing'],
    ['/en/search/page/2', '/en/missing'],
  ])('%s', async (path, page) => {
    expect(await verdict(path)).toBe(`missing ${page}`);
  });
});

describe('a listing’s first page asked as /page/1', () => {
  it.each([
    ['/section/economy/page/1', '308 http://localhost/section/economy'],
    ['/en/section/news/page/1', '308 http://localhost/en/section/news'],
    ['/writer/fixture-writer/page/1', '308 http://localhost/writer/fixture-writer'],
    ['/tag/SpaceX/page/1', '308 http://localhost/tag/SpaceX'],
    ['/en/tag/Node.js/page/1', '308 http://localhost/en/tag/Node.js'],
    [`/tag/${encodeURIComponent('د.عبد السند')}/page/1`, `308 http://localhost/tag/${encodeURIComponent('د.عبد السند')}`],
    // Its query string kept, in one hop to the tag's own spelling.
    ['/section/economy/page/1?utm_source=x&a=%D9%85', '308 http://localhost/section/economy?utm_source=x&a=%D9%85'],
    ['/en/tag/node.js/page/1', '308 http://localhost/en/tag/Node.js'],
  ])('%s is sent to the listing’s one URL', async (path, answer) => {
    expect(await verdict(path)).toBe(answer);
  });

  it('answers with the security headers, kept a day', async () => {
    const response = await ask('/section/economy/page/1');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it.each([
    ['/section/weather/page/1', '/ar/missing'],
    ['/section/technology/page/1', '/ar/missing'], // a section with no stories in the edition
    ['/en/section/economy/page/1', '/en/missing'],
    ['/writer/nobody/page/1', '/ar/missing'],
    ['/en/writer/fixture-writer/page/1', '/en/missing'],
    ['/tag/nothing/page/1', '/ar/missing'],
    ['/en/tag/SpaceX/page/1', '/en/missing'], // an Arabic story's tag: no page of the English edition
    ['/news/1001/page/1', '/ar/missing'],
  ])('%s names no listing, and is never sent to a 404', async (path, page) => {
    expect(await verdict(path)).toBe(`missing ${page}`);
  });

  it('is not sent on when the content cannot say whether the listing exists', async () => {
    // A section no test here has asked for yet: the proxy remembers listings it found.
    const slow = memorySource({ articles: [makeArticle(5000, { section: 'sports' })] });
    slow.sectionPage = () => new Promise(() => {});
    setContentSource(slow);
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(await verdict('/section/sports/page/1')).toBe('missing /ar/missing');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not check /section/sports/page/1: no answer within'));
    log.mockRestore();
    setContentSource(memorySource({ articles: [makeArticle(5000, { section: 'sports' })] }));
    expect(await verdict('/section/sports/page/1')).toBe('308 http://localhost/section/sports');
  });
});

describe('a tag asked in other letter case', () => {
  const spelled = serveTagSpellings();

  it.each([
    ['/tag/spacex', '308 http://localhost/tag/SpaceX'],
    ['/tag/SPACEX?utm_source=x', '308 http://localhost/tag/SpaceX?utm_source=x'],
    ['/en/tag/node.js', '308 http://localhost/en/tag/Node.js'],
    ['/en/tag/%C3%A9lys%C3%A9e', '308 http://localhost/en/tag/%C3%89lys%C3%A9e'],
    ['/en/tag/ELYSEE-2/page/2', '308 http://localhost/en/tag/Elysee-2/page/2'],
  ])('%s is sent to the edition’s spelling, the same page', async (path, answer) => {
    expect(await verdict(path)).toBe(answer);
  });

  it.each([
    ['/en/tag/ai', '/en/missing'], // two spellings of the edition: neither is guessed
    ['/en/tag/spacex', '/en/missing'], // the Arabic edition's tag
    ['/en/tag/elysee-2/page/3', '/en/missing'], // past the end of the tag's listing
    ['/en/tag/space', '/en/missing'],
  ])('%s stays a 404', async (path, page) => {
    expect(await verdict(path)).toBe(`missing ${page}`);
  });

  it('asks for a spelling only for a tag page that does not exist, and never for a tag without letter case', async () => {
    for (const path of ['/tag/SpaceX', '/en/tag/Node.js', '/section/economy', `/tag/${encodeURIComponent('لا يوجد')}`, '/tag/123']) await verdict(path);
    expect(spelled.calls).toEqual([]);
    await verdict('/tag/nothing');
    expect(spelled.calls).toEqual([['ar', 'nothing']]);
  });

  it('stays a 404 when the spelling is not found in time', async () => {
    const slow = memorySource({ articles: [story] });
    slow.tagSpelling = () => new Promise(() => {});
    setContentSource(slow);
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(await verdict('/tag/spacex')).toBe('missing /ar/missing');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not check /tag/spacex: no answer within'));
    log.mockRestore();
  });
});

/** This file's content, with English tags told apart only by case, and the spellings asked for recorded. */
function serveTagSpellings() {
  const spelled = { calls: [] as [string, string][] };
  beforeEach(() => {
    spelled.calls = [];
    const source = memorySource({
      articles: [
        story,
        translation,
        ...Array.from({ length: 21 }, (_, i) => makeArticle(4000 + i, { locale: 'en', tags: ['Elysee-2'] })),
        makeArticle(4100, { locale: 'en', tags: ['Élysée', 'AI'] }),
        makeArticle(4101, { locale: 'en', tags: ['Ai'] }),
      ],
    });
    const tagSpelling = source.tagSpelling.bind(source);
    source.tagSpelling = (locale, tag) => {
      spelled.calls.push([locale, tag]);
      return tagSpelling(locale, tag);
    };
    setContentSource(source);
  });
  return spelled;
}

describe('files and old links', () => {
  it.each([
    '/rss.xml',
    '/en/rss.xml',
    '/section/economy/rss.xml',
    '/writer/fixture-writer/rss.xml',
    '/en/writer/fixture-writer/rss.xml',
    '/sitemap.xml',
    '/sitemaps/pages.xml',
    '/sitemaps/articles-en-1.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    '/manifest.webmanifest',
    '/en/manifest.webmanifest',
    '/cards/1001-0123456789.jpg',
    '/icon.svg',
    '/favicon.ico',
    '/api/revalidate',
  ])('passes the file %s on untouched', async (path) => {
    const response = await ask(path);
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it('passes only reads on to the read-only JSON, and answers its OPTIONS itself: Next would cache any method’s answer as the JSON', async () => {
    for (const path of ['/api/breaking-news/en', '/api/health']) {
      expect([path, (await ask(path)).headers.get('x-middleware-next')]).toEqual([path, '1']);
      expect([path, (await ask(path, { method: 'HEAD' })).headers.get('x-middleware-next')]).toEqual([path, '1']);
      const options = await ask(path, { method: 'OPTIONS' });
      expect([path, options.status, options.headers.get('allow'), options.headers.get('x-middleware-next')]).toEqual([path, 204, 'GET, HEAD, OPTIONS', null]);
      expect([path, (await ask(path, { method: 'POST' })).status]).toEqual([path, 405]);
    }
  });

  it('answers a feed of a section or writer, or a sitemap file, that does not exist with a plain 404 before it reaches the cache', async () => {
    // Story ids 1001–3000 are all in the first block of ids: each edition has one articles file.
    for (const path of ['/section/weather/rss.xml', '/en/section/JUNK/rss.xml', '/writer/nobody/rss.xml', '/en/writer/BAD/rss.xml', '/sitemaps/articles-en-2.xml', '/sitemaps/articles-ar-99.xml']) {
      const response = await ask(path);
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 404, MISSING_FILE_CACHE]);
      expect(response.headers.get('content-security-policy')).toBeTruthy();
    }
  });

  it('sends old alwafd.news links to the article’s canonical URL in one hop, with the security headers', async () => {
    expect(await verdict('/1001')).toBe('308 http://localhost/news/1001');
    expect(await verdict('/essay/1010')).toBe('308 http://localhost/en/news/1010');
    expect(await verdict('/essay/3000')).toBe('308 http://localhost/news/3000');
    const response = await ask('/1001');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('answers an old link to a story the site does not have in Arabic, itself: never a redirect (kept a day) to a 404', async () => {
    for (const path of ['/9999', '/essay/9999', '/5178620?utm_source=fb']) {
      expect([path, await verdict(path)]).toEqual([path, 'missing /ar/missing']);
      expect((await ask(path)).headers.get('cache-control')).toBe(NOT_FOUND_CACHE);
    }
    // A story the newsroom took down: gone, from its old link too.
    const withdrawn = await ask('/essay/1500');
    expect([withdrawn.status, new URL(withdrawn.headers.get('x-middleware-rewrite')!).pathname]).toEqual([410, '/ar/gone']);
  });

  it('answers a link with a trailing slash as the link without it, in one hop', async () => {
    expect(await verdict('/news/1001/')).toBe('308 http://localhost/news/1001');
    expect(await verdict('/section/economy/?utm_source=x')).toBe('308 http://localhost/section/economy?utm_source=x');
    expect(await verdict('/en/')).toBe('308 http://localhost/en');
    // Where the link without it is sent on, straight there: an old link, a story in the other edition, a first page.
    expect(await verdict('/essay/1010/')).toBe('308 http://localhost/en/news/1010');
    expect(await verdict('/en/news/1001//')).toBe('308 http://localhost/news/1001');
    expect(await verdict('/section/economy/page/1/')).toBe('308 http://localhost/section/economy');
    // What names nothing is missing here too, in its edition.
    expect(await verdict('/en/news/9999/')).toBe('missing /en/missing');
  });

  it('sends a story asked in the other edition to its own, for good (308), with the link’s campaign kept', async () => {
    expect(await verdict('/en/news/1001')).toBe('308 http://localhost/news/1001');
    expect(await verdict('/news/1010?utm_source=whatsapp&utm_medium=share')).toBe('308 http://localhost/en/news/1010?utm_source=whatsapp&utm_medium=share');
    // Taken down, or never there: answered in the edition asked.
    expect(await verdict('/en/news/1500')).not.toMatch(/^308/);
    expect(await verdict('/en/news/9999')).toBe('missing /en/missing');
  });

  it('sends the Arabic edition’s prefixed URLs to their unprefixed ones for good (308), query kept', async () => {
    expect(await verdict('/ar/news/1001')).toBe('308 http://localhost/news/1001');
    expect(await verdict('/ar')).toBe('308 http://localhost/');
    expect(await verdict('/ar/search?q=%D9%85%D8%B5%D8%B1')).toBe('308 http://localhost/search?q=%D9%85%D8%B5%D8%B1');
  });
});

describe('when the content cannot answer', () => {
  it('lets the page through (it answers for itself) and says why in the log', async () => {
    const failing = { ...memorySource(), articleStatus: () => Promise.reject(new Error('database is down')) } as unknown as ContentSource;
    setContentSource(failing);
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(await verdict('/news/999999999')).toBe('page');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not check /news/999999999: database is down'));
    log.mockRestore();
  });
});

describe('when the content is slow', () => {
  it('lets the page through after a short wait instead of holding it', async () => {
    const slow = { ...memorySource(), articleStatus: () => new Promise(() => {}) } as unknown as ContentSource;
    setContentSource(slow);
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    const started = performance.now();
    expect(await verdict('/news/999999999')).toBe('page');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no answer within'));
    log.mockRestore();
  });

  it('sends an old link on to the Arabic URL for this once (307, kept by no one), not to a 404 kept a minute', async () => {
    const slow = { ...memorySource(), articleStatus: () => new Promise(() => {}) } as unknown as ContentSource;
    setContentSource(slow);
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    const response = await ask('/essay/1001?utm_source=fb');
    expect([response.status, response.headers.get('location'), response.headers.get('cache-control')]).toEqual([307, 'http://localhost/news/1001?utm_source=fb', 'no-store']);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    log.mockRestore();
  });
});

describe('the admin’s language on a first visit', () => {
  it('renders the page asked for in Arabic, whatever the browser announces, and keeps the choice', async () => {
    const response = await ask('/admin/collections/articles?page=2', { headers: { 'Accept-Language': 'en-US,en;q=0.9', Cookie: 'payload-token=abc' } });
    // On to the page itself, not a redirect: a client that keeps no cookies would come back without it, again and again.
    expect([response.status, response.headers.get('location')]).toEqual([200, null]);
    expect(response.headers.get('x-middleware-request-cookie')).toBe('payload-token=abc; payload-lng=ar');
    expect(response.headers.get('set-cookie')).toMatch(/^payload-lng=ar; Path=\/; Expires=.*; Max-Age=31536000; SameSite=lax$/i);
  });

  it('leaves an editor’s own choice alone', async () => {
    const response = await ask('/admin', { headers: { Cookie: 'payload-lng=en' } });
    expect([response.status, response.headers.get('x-middleware-request-cookie'), response.headers.get('set-cookie')]).toEqual([200, null, null]);
  });
});
