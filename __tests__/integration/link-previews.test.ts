/**
 * What WhatsApp, Facebook, X and Telegram read when a link to an article is shared: the page's
 * Open Graph and X tags, parsed with a real link-preview parser, and the image they then fetch.
 */
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { page } from './html';
import { SITE_URL, get } from './server';

const SEED_HEADLINE = 'SpaceX تخطط للاكتتاب العام.. حلم مراكز البيانات في الفضاء يواجه تحديات ضخمة';

async function preview(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  const { result, error } = await ogs({ html });
  expect(error).toBe(false);
  return { result, html };
}

/** Every value of one meta property, in document order. */
/** A social card as platforms fetch it: a 1200×630 JPEG under 300 KB, cached forever. */
async function expectCard(url: string) {
  const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toContain('immutable');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeLessThan(300 * 1024);
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
}

function metaValues(html: string, property: string): string[] {
  const pattern = new RegExp(`<meta (?:property|name)="${property.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

describe('link previews of the seed article', () => {
  it('carry the complete Open Graph article set', async () => {
    const { result, html } = await preview('/news/1001');
    expect(result.ogType).toBe('article');
    // It opens with "SpaceX": an RLM first, so previews lay the Arabic headline out right to left.
    expect(result.ogTitle).toBe(`\u200F${SEED_HEADLINE}`);
    expect(result.ogDescription).toMatch(/^يستعد إيلون ماسك لطرح SpaceX/);
    expect(result.ogUrl).toBe(`${SITE_URL}/news/1001`);
    expect(result.ogSiteName).toBe('الوفد');
    expect(result.ogLocale).toBe('ar_EG');
    expect(metaValues(html, 'og:locale:alternate')).toEqual(['en_GB']);
    expect(metaValues(html, 'article:published_time')).toEqual(['2026-11-24T10:15:00+02:00']);
    expect(metaValues(html, 'article:modified_time')).toEqual(['2026-11-24T12:40:00+02:00']);
    expect(metaValues(html, 'article:section')).toEqual(['تكنولوجيا']);
    expect(metaValues(html, 'article:tag')).toEqual(['SpaceX', 'الذكاء الاصطناعي', 'مراكز البيانات', 'الاكتتاب العام', 'إيلون ماسك']);
    expect(metaValues(html, 'article:author')).toEqual(['بوابة الوفد']);
    expect(metaValues(html, 'robots')[0]).toContain('max-image-preview:large');

    const [image] = result.ogImage ?? [];
    expect(image?.url).toMatch(new RegExp(`^${SITE_URL}/cards/1001-[0-9a-f]{10}\\.jpg$`));
    expect(metaValues(html, 'og:image:width')).toEqual(['1200']);
    expect(metaValues(html, 'og:image:height')).toEqual(['630']);
    expect(metaValues(html, 'og:image:type')).toEqual(['image/jpeg']);
    expect(metaValues(html, 'og:image:alt')).toEqual([SEED_HEADLINE]);
  });

  it('give X a large image card', async () => {
    const { result } = await preview('/news/1001');
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.twitterTitle).toBe(`\u200F${SEED_HEADLINE}`);
    expect(result.twitterDescription).toMatch(/^يستعد إيلون ماسك/);
    expect(result.twitterImage?.[0]?.url).toMatch(/\/cards\/1001-[0-9a-f]{10}\.jpg$/);
    expect(result.twitterImage?.[0]?.alt).toBe(SEED_HEADLINE);
  });

  it('point at a card that is a 1200×630 JPEG under 300 KB, cached forever', async () => {
    const { result } = await preview('/news/1001');
    await expectCard(result.ogImage![0]!.url);
  });

  it('send an outdated card URL on to the current card', async () => {
    const response = await get('/cards/1001-0000000000.jpg');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toMatch(/\/cards\/1001-[0-9a-f]{10}\.jpg$/);
  });

  it('describe the English translation in English, linked back to the Arabic', async () => {
    const { result, html } = await preview('/en/news/1010');
    expect(result.ogLocale).toBe('en_GB');
    expect(result.ogSiteName).toBe('Al-Wafd');
    expect(result.ogTitle).toMatch(/SpaceX/);
    expect(html).toContain(`<link rel="alternate" hrefLang="ar" href="${SITE_URL}/news/1001"/>`);
  });

  it('carry NewsArticle and BreadcrumbList structured data', async () => {
    const { html } = await preview('/news/1001');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const graph = blocks.flatMap((b) => b['@graph'] ?? [b]);
    const article = graph.find((n) => n['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ headline: SEED_HEADLINE, inLanguage: 'ar', isAccessibleForFree: true });
    expect(graph.some((n) => n['@type'] === 'BreadcrumbList')).toBe(true);
    for (const url of article.image as string[]) {
      const image = await get(url);
      expect(image.status).toBe(200);
      const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
      expect((meta.width ?? 0) * (meta.height ?? 0)).toBeGreaterThanOrEqual(50_000);
    }
  });
});

describe('link previews of listing pages', () => {
  it.each([
    ['/', 'ar_EG'],
    ['/en', 'en_GB'],
    ['/section/economy', 'ar_EG'],
    [`/tag/${encodeURIComponent('الذكاء الاصطناعي')}`, 'ar_EG'],
  ])('%s has its own complete website set', async (path, locale) => {
    const { result, html } = await preview(path);
    expect(result.ogType).toBe('website');
    expect(result.ogLocale).toBe(locale);
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription).toBeTruthy();
    // Next prints the root URL without its trailing slash.
    expect(result.ogUrl).toBe(path === '/' ? SITE_URL : `${SITE_URL}${path}`);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = await get(result.ogImage![0]!.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"/);
  });
});

describe('a tag both editions use', () => {
  it('names itself in the heading as its words are spoken, and its language switch opens the other edition’s page of it', async () => {
    const { status, document } = await page('/tag/SpaceX');
    expect(status).toBe(200);
    // «SpaceX» on the Arabic page is an English word: a screen reader speaks it in the English voice.
    expect(document.querySelector('h1')!.innerHTML).toBe('وسم: <span lang="en">SpaceX</span>');
    expect(document.querySelector('a[hreflang="en"]')!.getAttribute('href')).toBe('/en/tag/SpaceX');
    expect(document.querySelector('link[rel="alternate"][hreflang="en"]')!.getAttribute('href')).toBe(`${SITE_URL}/en/tag/SpaceX`);
    const english = await page('/en/tag/SpaceX');
    expect(english.document.querySelector('h1')!.textContent).toBe('Tag: SpaceX');
    expect(english.document.querySelector('a[hreflang="ar"]')!.getAttribute('href')).toBe('/tag/SpaceX');
  });
});

describe('link previews of writers’ and tags’ pages', () => {
  const AI = encodeURIComponent('الذكاء الاصطناعي');
  /** What the server writes into a card's file name for a tag: base64url of its UTF-8 letters. */
  const tagFile = (tag: string) => Buffer.from(tag).toString('base64url');

  it.each([
    ['/writer/salma-abdelhamid', /\/cards\/writer-ar-salma-abdelhamid-[0-9a-f]{10}\.jpg$/, 'بين السطور: سلمى عبد الحميد — الوفد'],
    ['/en/writer/salma-abdelhamid', /\/cards\/writer-en-salma-abdelhamid-[0-9a-f]{10}\.jpg$/, 'Between the Lines: Salma Abdel Hamid — Al-Wafd'],
    [`/tag/${AI}`, new RegExp(`/cards/tag-ar-${tagFile('الذكاء الاصطناعي')}-d[0-9]+\\.jpg$`), 'وسم: الذكاء الاصطناعي — الوفد'],
    [`/en/tag/${encodeURIComponent('Elon Musk')}`, new RegExp(`/cards/tag-en-${tagFile('Elon Musk')}-d[0-9]+\\.jpg$`), 'Tag: Elon Musk — Al-Wafd'],
  ])('%s points at a card of its own: a 1200×630 JPEG, cached forever', async (path, card, alt) => {
    const { result, html } = await preview(path);
    const url = result.ogImage![0]!.url;
    expect(url).toMatch(new RegExp(`^${SITE_URL}`));
    expect(url).toMatch(card);
    expect(result.twitterImage?.[0]?.url).toBe(url);
    expect(metaValues(html, 'og:image:alt')).toEqual([alt]);
    expect(result.twitterImage?.[0]?.alt).toBe(alt);

    await expectCard(url);
  });

  it('send an old writer card or an old design of a tag card on to the current card', async () => {
    const writer = (await preview('/writer/salma-abdelhamid')).result.ogImage![0]!.url;
    const oldWriter = await get('/cards/writer-ar-salma-abdelhamid-0000000000.jpg');
    expect(oldWriter.status).toBe(308);
    expect(`${SITE_URL}${oldWriter.headers.get('location')}`).toBe(writer);

    const tag = (await preview(`/tag/${AI}`)).result.ogImage![0]!.url;
    const oldTag = await get(`/cards/tag-ar-${tagFile('الذكاء الاصطناعي')}-d1.jpg`);
    expect(oldTag.status).toBe(308);
    expect(`${SITE_URL}${oldTag.headers.get('location')}`).toBe(tag);
  });

  it.each([
    '/cards/writer-ar-nobody-0000000000.jpg', // no such writer
    '/cards/writer-ar-Salma-0000000000.jpg', // no such slug
    `/cards/tag-ar-${tagFile('لا يوجد هذا الوسم')}-d1.jpg`, // no story carries it
    `/cards/tag-en-${tagFile('الذكاء الاصطناعي')}-d1.jpg`, // not in this edition
    `/cards/tag-ar-${tagFile('الذكاء الاصطناعي')}=-d1.jpg`, // not the one spelling
    '/cards/tag-ar-wyg-d1.jpg', // not UTF-8
  ])('%s is not a card (404)', async (path) => {
    expect((await get(path)).status).toBe(404);
  });
});
