import { sectionMetadata } from '@/components/listing/SectionPage';
import { makeArticle, serveContent } from '../../support/content';

// Stories in both editions' economy section: its first page exists in both.
serveContent({ articles: [makeArticle(1, { section: 'economy' }), makeArticle(2, { section: 'economy', locale: 'en' })] });

describe('a section’s metadata', () => {
  it('names its later pages by number, and points them at no other edition: page 40 need not exist there', async () => {
    const first = await sectionMetadata({ locale: 'ar', section: 'economy' });
    expect(first.title).toBe('اقتصاد');
    expect(Object.keys(first.alternates!.languages!)).toEqual(['ar', 'en', 'x-default']);

    const deep = await sectionMetadata({ locale: 'ar', section: 'economy', page: '40' });
    expect(deep.title).toBe('اقتصاد — صفحة 40');
    expect(deep.alternates!.canonical).toBe('https://www.alwafd.news/section/economy/page/40');
    expect(deep.alternates!.languages).toEqual({ ar: 'https://www.alwafd.news/section/economy/page/40', 'x-default': 'https://www.alwafd.news/section/economy/page/40' });
    expect((await sectionMetadata({ locale: 'en', section: 'economy', page: '2' })).title).toBe('Economy — page 2');
  });

  it('is described in a sentence that names the section as a sentence does, in both editions', async () => {
    // Not «في قسم اقتصاد», not "The latest Economy stories": the section's in-sentence form (lib/content/section-name).
    const [ar, en] = [await sectionMetadata({ locale: 'ar', section: 'economy' }), await sectionMetadata({ locale: 'en', section: 'economy' })];
    expect(ar.description).toBe('آخر ما نشرته الوفد في قسم الاقتصاد.');
    expect(en.description).toBe('The latest economic news from Al-Wafd.');
    expect(en.openGraph).toMatchObject({ description: 'The latest economic news from Al-Wafd.' });
  });
});
