/**
 * Columnists as alwafd.news prints them: a column piece under its column's name, signed by its
 * writer (portrait, name, column), labelled opinion; the writer's page with their pieces and a feed;
 * old /essay/{id} links reaching the piece. Desks stay desks.
 */
import Parser from 'rss-parser';
import { ADMIN, api, login, waitFor } from './newsroom-api';
import { jsonLd, page, storyLinks } from './html';
import { get, SITE_URL } from './server';

describe('a column piece', () => {
  it('old /essay/{id} links reach it in one permanent redirect', async () => {
    const answer = await get('/essay/1006');
    expect(answer.status).toBe(308);
    expect(answer.headers.get('location')).toBe('/news/1006');
    const english = await get('/essay/1015');
    expect(english.headers.get('location')).toBe('/en/news/1015');
  });

  it('runs under the column’s name, labelled opinion, signed by the writer’s portrait, name and column', async () => {
    const { status, document } = await page('/news/1006');
    expect(status).toBe(200);
    const header = document.querySelector('article header')!;
    expect(header.querySelector('h1')!.previousElementSibling!.textContent).toBe('رأي بين السطور');
    const portrait = header.querySelector('img')!;
    expect(portrait.getAttribute('alt')).toMatch(/^رسم مبسّط لظل رأس وكتفين/);
    expect(header.querySelector('a[href="/writer/salma-abdelhamid"]')!.textContent).toBe('سلمى عبد الحميد');
    expect(header.textContent).not.toContain('بقلم سلمى');
  });

  it('is an OpinionNewsArticle by a Person whose URL is the writer’s page', async () => {
    const [article] = jsonLd((await page('/news/1006')).document);
    expect(article).toMatchObject({
      '@type': 'OpinionNewsArticle',
      author: [{ '@type': 'Person', name: 'سلمى عبد الحميد', url: `${SITE_URL}/writer/salma-abdelhamid` }],
    });
  });

  it('is labelled opinion where it is listed', async () => {
    const { document } = await page('/');
    const card = [...document.querySelectorAll('main article')].find((a) => a.querySelector('a[href="/news/1006"]'))!;
    expect(card.textContent).toContain('رأي');
    expect(card.textContent).toContain('سلمى عبد الحميد');
  });
});

describe('desks stay desks', () => {
  it.each([
    ['/news/1001', 'بوابة الوفد'],
    ['/en/news/1010', 'Al-Wafd Portal'],
  ])('%s is a NewsArticle signed by the Organization "%s"', async (path, desk) => {
    const { document } = await page(path);
    const [article] = jsonLd(document);
    expect(article!['@type']).toBe('NewsArticle');
    expect(article!.author).toEqual([expect.objectContaining({ '@type': 'Organization', name: desk })]);
    expect(document.querySelector('article header')!.textContent).not.toMatch(/Gate/);
  });
});

describe('the writer’s page', () => {
  it('shows portrait, column, name, bio and their pieces in the edition, with the feed', async () => {
    const { status, document } = await page('/writer/salma-abdelhamid');
    expect(status).toBe(200);
    expect(document.querySelector('h1')!.textContent).toBe('سلمى عبد الحميد');
    expect(document.querySelector('main header')!.textContent).toContain('بين السطور');
    expect(document.querySelector('main header')!.textContent).toContain('متخيَّلة');
    expect(storyLinks(document.querySelector('main')!)).toEqual(['/news/1006']);
    expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute('href')).toBe(`${SITE_URL}/writer/salma-abdelhamid/rss.xml`);
    // The English edition has her translated piece: the language switch goes there.
    expect(document.querySelector('a[hreflang="en"]')!.getAttribute('href')).toBe('/en/writer/salma-abdelhamid');
  });

  it('exists in English with the English piece, and pages past the last are 404s', async () => {
    const { status, document } = await page('/en/writer/salma-abdelhamid');
    expect(status).toBe(200);
    expect(document.querySelector('h1')!.textContent).toBe('Salma Abdel Hamid');
    expect(storyLinks(document.querySelector('main')!)).toEqual(['/en/news/1015']);
    for (const path of ['/writer/salma-abdelhamid/page/2', '/writer/nobody', '/en/writer/Salma']) expect((await get(path)).status).toBe(404);
  });

  it('has an RSS feed of their pieces; an unknown writer’s feed is a 404', async () => {
    const response = await get('/writer/salma-abdelhamid/rss.xml');
    expect(response.status).toBe(200);
    const feed = await new Parser().parseString(await response.text());
    expect(feed.link).toBe(`${SITE_URL}/writer/salma-abdelhamid`);
    expect(feed.items.map((i) => i.link)).toEqual([`${SITE_URL}/news/1006`]);
    expect((await get('/writer/nobody/rss.xml')).status).toBe(404);
  });

  it('refuses a photo that does not exist, naming the field (the database refused it: 500)', async () => {
    const token = await login(ADMIN.email, ADMIN.password);
    const { json } = await api<{ docs: { id: number }[] }>('GET', '/api/writers?where[slug][equals]=salma-abdelhamid', undefined, token);
    const answer = await api('PATCH', `/api/writers/${json.docs[0]!.id}`, { photo: 999999 }, token);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.json)).toContain('"path":"photo"');
  });

  it('given a new photo, describes it with the picture’s own words, not those written for the old one', async () => {
    const token = await login(ADMIN.email, ADMIN.password);
    type Writer = { id: number; photo: number; photoAlt: { ar: string | null; en: string | null } };
    const read = async () => (await api<{ docs: Writer[] }>('GET', '/api/writers?where[slug][equals]=salma-abdelhamid&depth=0', undefined, token)).json.docs[0]!;
    const writer = await read();
    const other = (await api<{ docs: { id: number; alt: string }[] }>('GET', `/api/media?depth=0&limit=20&where[id][not_equals]=${writer.photo}`, undefined, token)).json.docs.find((p) => p.alt)!;
    const portraitAlt = async () => (await page('/writer/salma-abdelhamid')).document.querySelector('main header img')?.getAttribute('alt');
    expect(await portraitAlt()).toBe(writer.photoAlt.ar);
    try {
      expect((await api('PATCH', `/api/writers/${writer.id}`, { photo: other.id, photoAlt: writer.photoAlt }, token)).status).toBe(200);
      expect((await read()).photoAlt).toEqual({ ar: null, en: null });
      await waitFor('/writer/salma-abdelhamid', (status, html) => !html.includes(writer.photoAlt.ar!), 10_000);
      expect(await portraitAlt()).toBe(other.alt);
      // Words written for the new photo in the same save are its words.
      expect((await api('PATCH', `/api/writers/${writer.id}`, { photo: writer.photo, photoAlt: writer.photoAlt }, token)).status).toBe(200);
      expect((await read()).photoAlt).toEqual(writer.photoAlt);
    } finally {
      await api('PATCH', `/api/writers/${writer.id}`, { photo: writer.photo, photoAlt: writer.photoAlt }, token);
    }
  });

  it('follows an edit of the writer in the CMS: the column’s new name reaches the piece at once, and their page’s card', async () => {
    const token = await login(ADMIN.email, ADMIN.password);
    const { json } = await api<{ docs: { id: number; column: { ar: string; en: string } }[] }>('GET', '/api/writers?where[slug][equals]=salma-abdelhamid', undefined, token);
    const writer = json.docs[0]!;
    /** The writer's card as their page's og:image names it, as a path. */
    const card = async () => /<meta property="og:image" content="[^"]*?(\/cards\/[^"]+)"/.exec(await (await get('/writer/salma-abdelhamid')).text())?.[1];
    const before = await card();
    expect(before).toMatch(/^\/cards\/writer-ar-salma-abdelhamid-[0-9a-f]{10}\.jpg$/);
    try {
      expect((await api('PATCH', `/api/writers/${writer.id}`, { column: { ...writer.column, ar: 'هوامش' } }, token)).status).toBe(200);
      await waitFor('/news/1006', (status, html) => html.includes('هوامش'), 10_000);
      await waitFor('/writer/salma-abdelhamid', (status, html) => html.includes('هوامش'), 10_000);
      // A new column is a new card URL, which platforms fetch afresh; the old one leads to it.
      const after = await card();
      expect(after).toMatch(/^\/cards\/writer-ar-salma-abdelhamid-[0-9a-f]{10}\.jpg$/);
      expect(after).not.toBe(before);
      const old = await get(before!);
      expect([old.status, old.headers.get('location')]).toEqual([308, after]);
      expect((await get(after!)).status).toBe(200);
    } finally {
      expect((await api('PATCH', `/api/writers/${writer.id}`, { column: writer.column }, token)).status).toBe(200);
    }
    await waitFor('/news/1006', (status, html) => html.includes('بين السطور') && !html.includes('هوامش'), 10_000);
  });
});
