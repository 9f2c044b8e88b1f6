/** @jest-environment node */
import sharp from 'sharp';
import { GET } from '@/app/cards/[file]/route';
import { sectionMetadata } from '@/components/listing/SectionPage';
import { pageCardPath, sectionCardPath, tagCardPath, writerCardPath } from '@/lib/social-card';
import { tagSegment } from '@/lib/social-card/tag-segment';
import { setContentSource } from '@/lib/content';
import type { ContentSource } from '@/lib/content/source';
import type { Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { makeArticle, makeWriter, memorySource, SECTIONS, serveContent, WRITER } from '../../support/content';

jest.setTimeout(30_000);

/** Counts the writer cards actually drawn. */
const drawn = jest.fn();
jest.mock('@/lib/social-card', () => {
  const actual = jest.requireActual('@/lib/social-card');
  return {
    ...actual,
    renderWriterCard: (...args: Parameters<typeof actual.renderWriterCard>) => {
      drawn();
      return actual.renderWriterCard(...args);
    },
  };
});

/** A writer with pieces in the Arabic edition only, a tag on an Arabic story only, and a writer with none. */
const TAG = 'الذكاء الاصطناعي';
const SILENT = makeWriter('silent-writer');
serveContent({ articles: [makeArticle(1, { writer: WRITER, tags: [TAG] })], writers: [WRITER, SILENT] });

const fetchCard = (path: string) => GET(new Request(`http://localhost${path}`), { params: Promise.resolve({ file: path.slice('/cards/'.length) }) });

async function expectCard(path: string): Promise<Buffer> {
  const response = await fetchCard(path);
  expect(response.status).toBe(200);
  const cacheControl = response.headers.get('cache-control')!;
  expect(cacheControl).toContain('immutable');
  // A CDN asks again within a day, whoever serves the route (on Vercel no server layer caps it): a story may be taken down.
  expect(Number(/\bs-maxage=(\d+)/.exec(cacheControl)?.[1])).toBeLessThanOrEqual(86_400);
  const image = Buffer.from(await response.arrayBuffer());
  const meta = await sharp(image).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
  return image;
}

describe('cards asked for at once', () => {
  it('are drawn once for every request waiting on the same card', async () => {
    // The first request for this card in this file: nothing is kept yet.
    const path = writerCardPath('ar', WRITER);
    const answers = await Promise.all([fetchCard(path), fetchCard(path), fetchCard(path)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(drawn).toHaveBeenCalledTimes(1);
  });
});

describe('a writer’s card', () => {
  it('is drawn for a writer with pieces in the edition', async () => {
    await expectCard(writerCardPath('ar', WRITER));
  });

  it('moves an old version (the name, column or photo changed since) to the current one', async () => {
    const response = await fetchCard(`/cards/writer-ar-${WRITER.slug}-0000000000.jpg`);
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(writerCardPath('ar', WRITER));
  });

  it('is missing where the writer’s page is: an edition without their pieces, a writer without any, nobody', async () => {
    for (const path of [writerCardPath('en', WRITER), writerCardPath('ar', SILENT), writerCardPath('ar', makeWriter('nobody'))]) {
      expect((await fetchCard(path)).status).toBe(404);
    }
  });
});

describe('a tag’s card', () => {
  it('is drawn for a tag with stories in the edition', async () => {
    await expectCard(tagCardPath('ar', TAG));
  });

  it('moves a card of an older design to the current one', async () => {
    const response = await fetchCard(`/cards/tag-ar-${tagSegment(TAG)}-d1.jpg`);
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(tagCardPath('ar', TAG));
  });

  it('is missing where the tag’s page is, and for a name that spells no tag', async () => {
    for (const path of [tagCardPath('en', TAG), tagCardPath('ar', 'وسم آخر'), `/cards/tag-ar-${tagSegment(TAG)}=-d1.jpg`, '/cards/tag-ar-wyg-d1.jpg']) {
      expect((await fetchCard(path)).status).toBe(404);
    }
  });
});

describe('a section’s card', () => {
  const ECONOMY = SECTIONS.find((section) => section.slug === 'economy')!;
  /** What a sharing platform reads off the section's page: the card's URL, as a path on the site. */
  const sharedCard = async (locale: Locale) => {
    const images = (await sectionMetadata({ locale, section: 'economy' })).openGraph!.images as { url: string }[];
    return new URL(images[0]!.url).pathname;
  };
  const serveSections = (sections: Section[]) => setContentSource(memorySource({ articles: [makeArticle(1, { section: 'economy' })], sections }));

  it('is drawn for a section', async () => {
    await expectCard(sectionCardPath('ar', ECONOMY));
  });

  it('gets a new URL when the section is renamed, or its name in a sentence edited, and the old one moves to it', async () => {
    const before = await sharedCard('ar');
    await expectCard(before);
    for (const renamed of [{ ...ECONOMY, name: { ...ECONOMY.name, ar: 'مال وأعمال' } }, { ...ECONOMY, inSentence: { ...ECONOMY.inSentence, ar: 'المال' } }]) {
      serveSections(SECTIONS.map((section) => (section.slug === 'economy' ? renamed : section)));
      const after = await sharedCard('ar');
      expect(after).not.toBe(before);
      await expectCard(after);
      const old = await fetchCard(before);
      expect([old.status, old.headers.get('location')]).toEqual([308, after]);
    }
  });

  it('moves a card under its old unversioned name, of any design, to the current one', async () => {
    for (const old of ['/cards/ar-economy-d3.jpg', '/cards/ar-economy-d1.jpg']) {
      const response = await fetchCard(old);
      expect([response.status, response.headers.get('location')]).toEqual([308, sectionCardPath('ar', ECONOMY)]);
    }
  });

  it('is not the front page’s card, even for a section slugged “home”', async () => {
    const HOME = { slug: 'home', name: { ar: 'بيت وأسرة', en: 'Home & Family' } };
    serveSections([...SECTIONS, HOME]);
    expect(sectionCardPath('ar', HOME)).not.toBe(pageCardPath('ar', 'home'));
    const [section, front] = [await expectCard(sectionCardPath('ar', HOME)), await expectCard(pageCardPath('ar', 'home'))];
    expect(section.equals(front)).toBe(false);
  });

  it('is missing for a section that does not exist, under its new name or its old one', async () => {
    for (const path of [sectionCardPath('ar', { ...ECONOMY, slug: 'weather' }), '/cards/ar-weather-d3.jpg']) {
      expect((await fetchCard(path)).status).toBe(404);
    }
  });
});

describe('the front page’s card', () => {
  it('is drawn, and an older design moves to it', async () => {
    await expectCard(pageCardPath('en', 'home'));
    const response = await fetchCard('/cards/en-home-d1.jpg');
    expect([response.status, response.headers.get('location')]).toEqual([308, pageCardPath('en', 'home')]);
  });
});

describe('a card when the content cannot be read', () => {
  it('answers 503 with Retry-After, kept by nobody — not a 500', async () => {
    // Every read fails, as with the database gone and nothing cached.
    // (Not a thenable: the content door awaits its source.)
    const down = new Proxy({}, { get: (_, name) => (name === 'then' ? undefined : () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'))) }) as ContentSource;
    setContentSource(down);
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await fetchCard(writerCardPath('ar', SILENT));
      expect([response.status, response.headers.get('retry-after'), response.headers.get('cache-control')]).toEqual([503, '60', 'no-store']);
      expect(await response.text()).not.toMatch(/ECONNREFUSED|5432/);
      expect(error).toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
