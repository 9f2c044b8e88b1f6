/** @jest-environment node */
import { missingPage, pageExists } from '@/lib/pages/exists';

describe('which page paths name something', () => {
  it.each([
    ['/', undefined],
    ['/en', undefined],
    ['/news/1001', undefined],
    ['/en/news/1010', undefined],
    ['/news/1010', undefined], // the English article: its page redirects to /en/news/1010
    ['/section/economy', undefined],
    ['/tag/SpaceX', undefined],
    [`/tag/${encodeURIComponent('الذكاء الاصطناعي')}`, undefined],
    ['/ar/news/1001', undefined], // next-intl redirects the explicit default prefix
    ['/news/999999999', 'ar'],
    ['/news/abc', 'ar'],
    ['/news/1001/extra', 'ar'],
    ['/section/weather', 'ar'],
    ['/section/economy/page/2', 'ar'],
    ['/section/economy/page/1', 'ar'],
    ['/tag/nothing', 'ar'],
    ['/en/tag/SpaceX/page/x', 'en'],
    ['/en/whatever', 'en'],
    ['/missing', 'ar'],
  ])('%s → %s', (path, expected) => {
    expect(missingPage(path)).toBe(expected);
  });

  it('knows the control page and nothing below it', () => {
    expect(pageExists(['blank'], 'ar')).toBe(true);
    expect(pageExists(['blank', 'x'], 'ar')).toBe(false);
  });
});

describe('when the content cannot be read', () => {
  it('lets the request through instead of failing it', async () => {
    const saved = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = '/nonexistent/content';
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    await jest.isolateModulesAsync(async () => {
      const { missingPage: isolated } = await import('@/lib/pages/exists');
      expect(isolated('/news/999999999')).toBeUndefined();
    });
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('could not check /news/999999999'));
    spy.mockRestore();
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  });
});
