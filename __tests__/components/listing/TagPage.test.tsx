import { tagMetadata } from '@/components/listing/TagPage';
import { tagCardPath } from '@/lib/social-card';
import { makeArticle, serveContent } from '../../support/content';

serveContent({
  articles: [
    makeArticle(1, { tags: ['الذكاء الاصطناعي', 'SpaceX'] }),
    makeArticle(2, { locale: 'en', tags: ['U.S. Steel', 'SpaceX'] }),
  ],
});

describe('a tag’s page shared as a link', () => {
  it.each([
    ['ar', 'الذكاء الاصطناعي', 'وسم: الذكاء الاصطناعي — الوفد'],
    ['en', 'U.S. Steel', 'Tag: U.S. Steel — Al-Wafd'],
  ] as const)('shows the tag’s own card (%s), on every page of the tag', async (locale, tag, alt) => {
    for (const page of [undefined, '2']) {
      const meta = await tagMetadata({ locale, tag: encodeURIComponent(tag), ...(page && { page }) });
      const url = `https://www.alwafd.news${tagCardPath(locale, tag)}`;
      expect(meta.openGraph!.images).toEqual([expect.objectContaining({ url, alt, width: 1200, height: 630 })]);
      expect(meta.twitter!.images).toEqual([{ url, alt }]);
    }
  });
});

describe('a tag’s other edition', () => {
  it('is its page there when that edition tags stories with the same name, and none when it does not', async () => {
    const both = await tagMetadata({ locale: 'ar', tag: 'SpaceX' });
    expect(both.alternates!.languages).toEqual({
      ar: 'https://www.alwafd.news/tag/SpaceX',
      en: 'https://www.alwafd.news/en/tag/SpaceX',
      'x-default': 'https://www.alwafd.news/tag/SpaceX',
    });
    const one = await tagMetadata({ locale: 'en', tag: encodeURIComponent('U.S. Steel') });
    expect(Object.keys(one.alternates!.languages!)).toEqual(['en', 'x-default']);
  });
});
