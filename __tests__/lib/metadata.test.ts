import { articleMetadata, pageMetadata } from '@/lib/metadata';
import { makeArticle, translationPair } from '../support/content';

const [seed, english] = translationPair(
  makeArticle(1001, {
    section: 'technology',
    tags: ['SpaceX', 'الفضاء'],
    byline: { name: 'بوابة الوفد', kind: 'desk' },
    publishedAt: '2026-11-24T10:15:00+02:00',
    updatedAt: '2026-11-24T12:40:00+02:00',
  }),
  makeArticle(1010, { locale: 'en' }),
);

describe('metadata helper', () => {
  const meta = articleMetadata(seed, { translation: english });
  const og = meta.openGraph as Record<string, unknown>;

  it('gives articles Open Graph article fields with absolute URLs', () => {
    expect(og).toMatchObject({
      type: 'article',
      url: 'https://www.alwafd.news/news/1001',
      title: seed.title,
      description: seed.summary,
      siteName: 'الوفد',
      locale: 'ar_EG',
      alternateLocale: ['en_GB'],
      publishedTime: '2026-11-24T10:15:00+02:00',
      modifiedTime: '2026-11-24T12:40:00+02:00',
      section: 'تكنولوجيا',
      tags: seed.tags,
      authors: ['بوابة الوفد'],
    });
    const [image] = og.images as Array<Record<string, unknown>>;
    expect(image).toEqual({
      url: expect.stringMatching(/^https:\/\/www\.alwafd\.news\/cards\/1001-[0-9a-f]{10}\.jpg$/),
      width: 1200,
      height: 630,
      alt: seed.title,
      type: 'image/jpeg',
    });
  });

  it('dates a corrected story’s article:modified_time by its correction', () => {
    const corrected = articleMetadata({ ...seed, correction: { text: 'صُحح الاسم.', at: '2026-12-01T10:00:00+02:00' } }, { translation: english });
    expect(corrected.openGraph).toMatchObject({ publishedTime: '2026-11-24T10:15:00+02:00', modifiedTime: '2026-12-01T10:00:00+02:00' });
  });

  it('gives X a large-image card and lets search engines show large previews', () => {
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: seed.title, description: seed.summary });
    expect((meta.twitter as { images: unknown[] }).images[0]).toMatchObject({ alt: seed.title });
    expect(meta.robots).toMatchObject({ index: true, follow: true, 'max-image-preview': 'large' });
  });

  it('declares canonical and hreflang alternates for the article and its translation', () => {
    expect(meta.alternates).toMatchObject({
      canonical: 'https://www.alwafd.news/news/1001',
      languages: {
        ar: 'https://www.alwafd.news/news/1001',
        en: 'https://www.alwafd.news/en/news/1010',
        'x-default': 'https://www.alwafd.news/news/1001',
      },
    });
  });

  it('builds website metadata for listing pages, without an alternate locale when there is no counterpart', () => {
    const page = pageMetadata({
      locale: 'ar',
      title: 'وسم: SpaceX',
      description: 'd',
      path: '/tag/SpaceX',
      languages: { ar: '/tag/SpaceX' },
      card: '/cards/ar-home-d1.jpg',
      cardAlt: 'alt',
    });
    expect(page.openGraph).toMatchObject({ type: 'website', url: 'https://www.alwafd.news/tag/SpaceX', alternateLocale: undefined });
    expect(page.title).toBe('وسم: SpaceX');
  });

  it('gives an Arabic title that opens with a Latin word an RLM in the tab, the preview and the card text', () => {
    const page = pageMetadata({ locale: 'ar', title: 'SpaceX تخطط', description: 'Meta تعلن', path: '/news/1', languages: { ar: '/news/1' }, card: '/cards/1.jpg', cardAlt: 'SpaceX' });
    expect(page.title).toBe('\u200FSpaceX تخطط');
    expect(page.openGraph).toMatchObject({ title: '\u200FSpaceX تخطط', description: '\u200FMeta تعلن' });
    expect(page.twitter).toMatchObject({ title: '\u200FSpaceX تخطط' });
  });
});
