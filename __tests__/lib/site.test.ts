import { absoluteUrl, site, siteUrl } from '@/lib/site';
import { parseSiteConfig } from '@/lib/site-config';
import { parseNewsroom } from '@/lib/content/newsroom';

describe('site config', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('builds absolute URLs from SITE_URL, falling back to the paper domain', () => {
    delete process.env.SITE_URL;
    delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
    expect(siteUrl()).toBe('https://www.alwafd.news');
    process.env.SITE_URL = 'http://localhost:3000/';
    expect(absoluteUrl('/news/1')).toBe('http://localhost:3000/news/1');
    expect(absoluteUrl('https://cdn.example/x.png')).toBe('https://cdn.example/x.png');
  });

  it('uses the Vercel production domain when SITE_URL is unset', () => {
    delete process.env.SITE_URL;
    process.env.VERCEL_PROJECT_PRODUCTION_URL = 'alwafd.vercel.app';
    expect(siteUrl()).toBe('https://alwafd.vercel.app');
  });

  it('finds the shipped site file valid, and refuses a name with spaces around it', () => {
    expect(parseSiteConfig(site)).toEqual(site);
    expect(() => parseSiteConfig({ ...site, name: { ...site.name, en: ' Al-Wafd ' } })).toThrow('content/site.json: field "name.en"');
  });

  it('refuses a missing section, a URL that is not one and a date that does not exist, naming each field', () => {
    const withoutDesk: Record<string, unknown> = { ...site };
    delete withoutDesk.desk;
    expect(() => parseSiteConfig(withoutDesk)).toThrow('content/site.json: field "desk": expected an object');
    expect(() => parseSiteConfig({ ...site, url: 'www.alwafd.news' })).toThrow('content/site.json: field "url": expected an http(s) URL');
    expect(() => parseSiteConfig({ ...site, archiveFrom: '1984-02-30' })).toThrow('content/site.json: field "archiveFrom": expected a date that exists');
    expect(() => parseSiteConfig({ ...site, archiveFrom: '84-01-01' })).toThrow('field "archiveFrom"');
  });

  it('rejects a broken site file naming the field', () => {
    expect(() => parseSiteConfig({ ...site, brand: { ...site.brand, primary: 'red' } })).toThrow('content/site.json: field "brand.primary"');
  });
});

describe('the newsroom file (sections, masthead, Hijri corrections)', () => {
  const valid = {
    sections: [{ slug: 'news', name: { ar: 'أخبار', en: 'News' } }],
    masthead: [{ role: { ar: 'رئيس التحرير', en: 'Editor' }, name: { ar: 'اسم', en: 'Name' } }],
    hijriOffsets: [{ year: 1447, month: 9, days: -1, source: 'دار الإفتاء المصرية' }],
  };

  it('reads sections, masthead and Hijri corrections, and no writers or names in Latin letters when there are none', () => {
    expect(parseNewsroom(valid)).toEqual({ ...valid, writers: [], latinNames: [] });
  });

  it('reads names in Latin letters with the spellings readers type them in', () => {
    const latinNames = [{ name: 'SpaceX', spellings: ['سبيس إكس', 'سبيس اكس'] }];
    expect(parseNewsroom({ ...valid, latinNames }).latinNames).toEqual(latinNames);
  });

  it('reads columnists: names in both editions, column and bio where given, a portrait described in both', () => {
    const writer = {
      slug: 'salma-abdelhamid',
      name: { ar: 'سلمى', en: 'Salma' },
      column: { ar: 'بين السطور' },
      photo: { src: '/images/writers/salma.webp', alt: { ar: 'رسم', en: 'A drawing' }, width: 400, height: 400 },
    };
    expect(parseNewsroom({ ...valid, writers: [writer] }).writers).toEqual([{ ...writer, bio: {} }]);
  });

  it('a file without Hijri corrections has none', () => {
    expect(parseNewsroom({ sections: valid.sections, masthead: valid.masthead }).hijriOffsets).toEqual([]);
  });

  it.each([
    ['masthead.0.name.ar', { ...valid, masthead: [{ role: valid.masthead[0]!.role, name: { ar: '', en: 'X' } }] }],
    ['sections.0.slug', { ...valid, sections: [{ slug: 'Weather News', name: { ar: 'ط', en: 'W' } }] }],
    ['sections', { ...valid, sections: [valid.sections[0], valid.sections[0]] }],
    ['masthead.0.name.ar', { ...valid, masthead: [{ role: valid.masthead[0]!.role, name: { ar: 'اسم\u202E', en: 'X' } }] }],
    ['writers.0.slug', { ...valid, writers: [{ slug: 'Salma A', name: { ar: 'س', en: 'S' } }] }],
    ['writers.0.name.en', { ...valid, writers: [{ slug: 'salma', name: { ar: 'س' } }] }],
    ['writers.0.photo.alt.en', { ...valid, writers: [{ slug: 'salma', name: { ar: 'س', en: 'S' }, photo: { src: '/images/w.webp', alt: { ar: 'ر' }, width: 1, height: 1 } }] }],
    ['writers', { ...valid, writers: [{ slug: 'salma', name: { ar: 'س', en: 'S' } }, { slug: 'salma', name: { ar: 'س', en: 'S' } }] }],
    ['hijriOffsets.0.days', { ...valid, hijriOffsets: [{ ...valid.hijriOffsets[0], days: 3 }] }],
    ['hijriOffsets.0.days', { ...valid, hijriOffsets: [{ ...valid.hijriOffsets[0], days: 0 }] }],
    ['hijriOffsets.0.month', { ...valid, hijriOffsets: [{ ...valid.hijriOffsets[0], month: 13 }] }],
    ['hijriOffsets.0.source', { ...valid, hijriOffsets: [{ ...valid.hijriOffsets[0], source: '' }] }],
    ['latinNames.0.spellings', { ...valid, latinNames: [{ name: 'SpaceX', spellings: [] }] }],
    ['latinNames', { ...valid, latinNames: [{ name: 'SpaceX', spellings: ['سبيس إكس'] }, { name: 'SpaceX', spellings: ['سبيس اكس'] }] }],
  ])('refuses a broken file naming the field %s', (field, broken) => {
    expect(() => parseNewsroom(broken)).toThrow(`content/newsroom.json: field "${field}"`);
  });
});
