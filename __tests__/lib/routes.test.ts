import { articlePath, decodeSegment, firstPageAlias, homePath, isFilePath, localePrefix, mastheadPath, matchPage, pagePath, parseArticleId, listingContinues, MAX_LISTING_PAGE, parsePageNumber, searchPath, sectionPath, tagPath } from '@/lib/routes';

describe('route helpers', () => {
  it('gives Arabic unprefixed URLs and English /en URLs', () => {
    expect(localePrefix('ar')).toBe('');
    expect(localePrefix('en')).toBe('/en');
    expect(homePath('ar')).toBe('/');
    expect(homePath('en')).toBe('/en');
    expect(articlePath({ id: 1001, locale: 'ar' })).toBe('/news/1001');
    expect(articlePath({ id: 1010, locale: 'en' })).toBe('/en/news/1010');
  });

  it('paginates listings in the path, with no segment for page 1', () => {
    expect(sectionPath('ar', 'economy')).toBe('/section/economy');
    expect(sectionPath('en', 'economy', 2)).toBe('/en/section/economy/page/2');
    expect(sectionPath('ar', 'economy', 1)).toBe('/section/economy');
  });

  it('percent-encodes Arabic tags so they survive any client', () => {
    expect(tagPath('ar', 'الذكاء الاصطناعي')).toBe(`/tag/${encodeURIComponent('الذكاء الاصطناعي')}`);
    expect(tagPath('ar', 'SpaceX', 3)).toBe('/tag/SpaceX/page/3');
  });

  it('searches in the query string, with no parameter for page 1 or for no query', () => {
    expect(searchPath('ar')).toBe('/search');
    expect(searchPath('en')).toBe('/en/search');
    expect(searchPath('ar', 'مصطفى مدبولي')).toBe(`/search?q=${new URLSearchParams({ q: 'مصطفى مدبولي' }).toString().slice(2)}`);
    expect(searchPath('en', 'a&b=c#d', 2)).toBe('/en/search?q=a%26b%3Dc%23d&page=2');
    expect(searchPath('ar', 'x', 1)).toBe('/search?q=x');
  });

  it('matches the search page by its path alone: nothing below it', () => {
    expect(matchPage(['search'])).toEqual({ kind: 'search' });
    expect(matchPage(['search', 'x'])).toBeUndefined();
  });

  it('accepts only plain, exact article ids', () => {
    expect(parseArticleId('1001')).toBe(1001);
    expect(parseArticleId('2147483647')).toBe(2147483647);
    for (const bad of ['0', '007', '-1', '1e3', '1.5', ' 1', 'abc', '', '2147483648', '90000000035', '99999999999999999999', '9007199254740993']) {
      expect(parseArticleId(bad)).toBeUndefined();
    }
  });

  it('decodes segments and refuses malformed or control-character input instead of throwing', () => {
    expect(decodeSegment(encodeURIComponent('مراكز البيانات'))).toBe('مراكز البيانات');
    expect(decodeSegment('%E0%A4%A')).toBeUndefined();
    expect(decodeSegment('%')).toBeUndefined();
    expect(decodeSegment('a%00b')).toBeUndefined();
  });

  it('has the masthead page in both editions, and matches only its exact path', () => {
    expect(mastheadPath('ar')).toBe('/masthead');
    expect(mastheadPath('en')).toBe('/en/masthead');
    expect(matchPage(['masthead'])).toEqual({ kind: 'masthead' });
    expect(pagePath('en', matchPage(['masthead'])!)).toBe('/en/masthead');
    expect(matchPage(['masthead', 'x'])).toBeUndefined();
    expect(matchPage(['mastheads'])).toBeUndefined();
  });

  it('reads listing page numbers from 2 up; page 1 has no segment', () => {
    expect(parsePageNumber('2')).toBe(2);
    // Deep enough for a section holding the whole archive, past two million stories.
    expect(parsePageNumber('100000')).toBe(100000);
    expect(parsePageNumber(String(MAX_LISTING_PAGE))).toBe(MAX_LISTING_PAGE);
    for (const bad of ['1', '0', '01', 'x', '-2', '2.5', '1e3', String(MAX_LISTING_PAGE + 1), '9'.repeat(400)]) expect(parsePageNumber(bad)).toBeUndefined();
  });

  it('ends a listing at its deepest page: no link to a page that would 404', () => {
    expect(listingContinues(2, true)).toBe(true);
    expect(listingContinues(MAX_LISTING_PAGE - 1, true)).toBe(true);
    expect(listingContinues(MAX_LISTING_PAGE, true)).toBe(false);
    expect(listingContinues(3, false)).toBe(false);
  });

  it('knows a listing’s /page/1 as its first page, whose one URL has no segment', () => {
    const tag = encodeURIComponent('الذكاء الاصطناعي');
    expect(firstPageAlias(['section', 'economy', 'page', '1'])).toEqual({ kind: 'section', section: 'economy', page: 1 });
    expect(firstPageAlias(['writer', 'salma-abdelhamid', 'page', '1'])).toEqual({ kind: 'writer', writer: 'salma-abdelhamid', page: 1 });
    expect(firstPageAlias(['tag', tag, 'page', '1'])).toEqual({ kind: 'tag', tag: 'الذكاء الاصطناعي', page: 1 });
    expect(pagePath('en', firstPageAlias(['section', 'economy', 'page', '1'])!)).toBe('/en/section/economy');
    expect(pagePath('ar', firstPageAlias(['tag', tag, 'page', '1'])!)).toBe(`/tag/${tag}`);
    // The route table still matches no page there: only the proxy's redirect answers it.
    expect(matchPage(['section', 'economy', 'page', '1'])).toBeUndefined();
  });

  it('takes no other page number, no page that is not a listing, and no listing key of the wrong form for a first page', () => {
    for (const segments of [
      ['section', 'economy', 'page', '0'],
      ['section', 'economy', 'page', '01'],
      ['section', 'economy', 'page', 'x'],
      ['section', 'economy', 'page', '2'],
      ['section', 'economy', 'page', '1', 'x'],
      ['section', 'economy', 'pages', '1'],
      ['section', 'economy'],
      ['section', 'Economy', 'page', '1'],
      ['writer', 'Fixture_Writer', 'page', '1'],
      ['tag', '%', 'page', '1'],
      ['tag', 'a'.repeat(61), 'page', '1'],
      ['news', '1001', 'page', '1'],
      ['search', 'x', 'page', '1'],
      ['page', '1'],
    ]) {
      expect([segments.join('/'), firstPageAlias(segments)]).toEqual([segments.join('/'), undefined]);
    }
  });
});

describe('files the proxy passes on unchecked', () => {
  it('are the assets, the image optimizer and the CMS API — not their folders’ bare names, which name no page', () => {
    for (const path of ['/_next/static/chunks/a.js', '/_next/image', '/api/articles', '/api/media/file/x.webp', '/_vercel/insights/script.js']) {
      expect([path, isFilePath(path)]).toEqual([path, true]);
    }
    // Each reached the app as an edition called "api", "_next"…: Next's empty error shell, not the 404 page.
    for (const path of ['/api', '/_next', '/_vercel', '/_next/static', '/_next/data/x.json', '/apis', '/_nextx/static/a.js']) {
      expect([path, isFilePath(path)]).toEqual([path, false]);
    }
  });
});

describe('the route table and the app/ folders stay in step', () => {
  /** Every reader page folder under app/[locale], as a path with sample values for its parameters. */
  function pageFolders(): string[][] {
    const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
    const path = jest.requireActual<typeof import('node:path')>('node:path');
    const root = path.join(process.cwd(), 'app', '[locale]');
    const SAMPLE: Record<string, string> = { '[id]': '7', '[section]': 'economy', '[tag]': 'x', '[writer]': 'salma', '[page]': '2' };
    return (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((file) => path.basename(file) === 'page.tsx')
      .map((file) => path.dirname(file).split(path.sep).filter((segment) => segment !== '.'))
      .map((segments) => segments.map((segment) => SAMPLE[segment] ?? segment));
  }
  /** Pages the proxy rewrites to, never reached by their own URL: the 404 and 410 bodies, the editor's preview, the catch-all. */
  const INTERNAL = new Set(['missing', 'gone', 'preview', '[...rest]']);

  it('every page folder is a URL the route table matches, and builds back to the same path', () => {
    const folders = pageFolders().filter((segments) => !INTERNAL.has(segments[0] ?? ''));
    expect(folders.length).toBeGreaterThanOrEqual(11);
    for (const segments of folders) {
      const route = matchPage(segments);
      expect({ segments, route }).toEqual({ segments, route: expect.anything() });
      expect(pagePath('ar', route!)).toBe(`/${segments.join('/')}`.replace(/^\/$/, '/'));
    }
  });

  it('every kind of page the route table names has a folder', () => {
    const kinds = new Set(pageFolders().map((segments) => matchPage(segments)?.kind));
    for (const kind of ['home', 'article', 'section', 'tag', 'writer', 'masthead', 'search', 'control'] as const) expect(kinds).toContain(kind);
  });
});
