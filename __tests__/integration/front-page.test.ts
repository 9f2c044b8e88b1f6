/**
 * The front page of each edition as a reader gets it: a paper's hierarchy (lead, seconds, a row per
 * section), every story once, summaries cut at a word; an edition shows — on its front page, in
 * its navigation and as pages — only the sections it has stories in, and a section appears with its
 * first story (through the CMS, within seconds) and goes with its last.
 */
import { api, ADMIN, body, login, waitFor } from './newsroom-api';
import { page, storyLinks } from './html';
import { get } from './server';

/** Story links in the front page's editorial blocks (lead, seconds, rows), the ranking beside them left out. */
function editorialLinks(document: Document): string[] {
  const main = document.querySelector('main')!;
  const ranking = main.querySelector('#most-read')?.closest('section');
  ranking?.remove();
  // The lead's picture links to the lead as well, hidden from assistive technology: one story, one entry.
  main.querySelectorAll('a[aria-hidden="true"]').forEach((a) => a.remove());
  return storyLinks(main);
}

describe.each([
  ['ar', '/', 'أخبار'],
  ['en', '/en', 'News'],
])('the %s front page', (_edition, path, news) => {
  it('leads with one story, then three seconds, then section rows — every story of the edition once', async () => {
    const { status, document } = await page(path);
    expect(status).toBe(200);
    expect(document.querySelector('#lead-story')).not.toBeNull();
    expect(document.querySelectorAll('#second-stories ~ div article')).toHaveLength(3);
    const links = editorialLinks(document);
    expect(new Set(links).size).toBe(links.length);
    expect(links).toHaveLength(9);
    const rows = [...document.querySelectorAll('section[aria-labelledby^="section-"]')].map((s) => s.querySelector('h2')!.textContent);
    expect(rows[0]).toBe(news);
    expect(rows).toHaveLength(5);
  });

  it('never prints four dots, and no summary stops inside a word', async () => {
    const { document } = await page(path);
    for (const p of document.querySelectorAll('main article p')) {
      const text = p.textContent!;
      expect(text).not.toMatch(/\.{3,}|\.…|…\./);
      if (text.endsWith('…')) expect(text.at(-2)).toMatch(/[^\s.,،؛]/);
    }
  });
});

describe('the English edition', () => {
  it('is a real front page: no empty section, a lead and the sample stories', async () => {
    const { document, html } = await page('/en');
    expect(html).not.toContain('No stories in this section yet');
    expect(document.querySelector('#lead-story')!.textContent).toContain('SpaceX plans to go public');
  });

  it('labels the seed’s translation as a translation of the Arabic report, not as demonstration content', async () => {
    const { document } = await page('/en/news/1010');
    const header = document.querySelector('article header')!;
    expect(header.textContent).toContain('Translated from the Arabic edition.');
    expect(header.querySelector('a[href="/news/1001"]')!.textContent).toBe('Read the Arabic original');
    expect(header.textContent).not.toContain('Sample content');
  });

  it('labels the translated sample pieces as sample content', async () => {
    const { document } = await page('/en/news/1011');
    expect(document.querySelector('article header')!.textContent).toContain('Sample content for demonstration, not a news report.');
  });
});

describe('an edition shows only the sections it has stories in', () => {
  let token = '';
  let section = 0;
  let story = 0;
  const navLinks = async (path: string) =>
    [...(await page(path)).document.querySelectorAll('nav[aria-label="الأقسام"] a, nav[aria-label="Sections"] a')].map((a) => a.getAttribute('href'));

  beforeAll(async () => {
    token = await login(ADMIN.email, ADMIN.password);
    const created = await api<{ doc: { id: number } }>('POST', '/api/sections', { slug: 'weather', name: { ar: 'طقس', en: 'Weather' }, order: 99 }, token);
    expect(created.status).toBe(201);
    section = created.json.doc.id;
  });

  afterAll(async () => {
    if (story) await api('DELETE', `/api/articles/${story}`, undefined, token);
    await api('DELETE', `/api/sections/${section}`, undefined, token);
  });

  it('a section without stories is in no navigation and is no page', async () => {
    await waitFor('/section/weather', (status) => status === 404);
    expect(await navLinks('/')).not.toContain('/section/weather');
  });

  it('appears in its edition with its first story — navigation, page, front page — and nowhere else', async () => {
    const created = await api<{ doc: { id: number } }>(
      'POST',
      '/api/articles',
      { title: `أمطار خفيفة على السواحل الشمالية ${Date.now()}`, summary: 'توقعات الطقس.', body: body('نص الخبر.'), edition: 'ar', section, tags: ['الطقس'], _status: 'published' },
      token,
    );
    expect(created.status).toBe(201);
    story = created.json.doc.id;
    await waitFor('/', (status, html) => html.includes('href="/section/weather"'), 10_000);
    expect((await get('/section/weather')).status).toBe(200);
    expect(await navLinks('/news/1001')).toContain('/section/weather');
    expect(await navLinks('/en')).not.toContain('/en/section/weather');
    expect((await get('/en/section/weather')).status).toBe(404);
  });

  it('goes with its last story', async () => {
    expect((await api('PATCH', `/api/articles/${story}`, { _status: 'draft' }, token)).status).toBe(200);
    await waitFor('/', (status, html) => !html.includes('href="/section/weather"'), 10_000);
    expect((await get('/section/weather')).status).toBe(404);
  });
});
