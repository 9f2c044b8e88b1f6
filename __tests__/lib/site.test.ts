import { absoluteUrl, parseSiteConfig, site, siteUrl } from '@/lib/site';

describe('site config', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('names the paper in both editions and lists the masthead from content/site.json', () => {
    expect(site.name).toEqual({ ar: 'الوفد', en: 'Al-Wafd' });
    expect(site.masthead.map((m) => m.name.ar)).toEqual(['د.عبد السند يمامة', 'سامي أبو العز', 'ياسر شورى']);
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

  it('rejects a broken site file naming the field', () => {
    const broken = { ...site, masthead: [{ role: { ar: 'رئيس التحرير', en: 'Editor' }, name: { ar: '', en: 'X' } }] };
    expect(() => parseSiteConfig(broken)).toThrow('content/site.json: field "masthead.0.name.ar"');
  });
});
