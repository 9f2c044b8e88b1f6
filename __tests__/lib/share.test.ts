import { queryValue, RLM, shareLinks, shareText } from '@/lib/share';

const url = 'https://www.alwafd.news/news/1001';
const title = 'SpaceX تخطط للاكتتاب العام.. حلم مراكز البيانات';

describe('share links', () => {
  it('starts Arabic share text with a right-to-left mark so a Latin first word cannot flip the line', () => {
    expect(shareText(title, 'ar')).toBe(`${RLM}${title}`);
    expect(shareText('SpaceX plans an IPO', 'en')).toBe('SpaceX plans an IPO');
  });

  it('encodes headline and canonical URL for every network', () => {
    const links = shareLinks(url, title, 'ar');
    const whatsapp = new URL(links.whatsapp);
    expect(whatsapp.origin).toBe('https://wa.me');
    expect(whatsapp.searchParams.get('text')).toBe(`${RLM}${title}\n${url}`);

    const facebook = new URL(links.facebook);
    expect(facebook.hostname).toBe('www.facebook.com');
    expect(facebook.searchParams.get('u')).toBe(url);

    const x = new URL(links.x);
    expect(x.hostname).toBe('x.com');
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(`${RLM}${title}`);

    const telegram = new URL(links.telegram);
    expect(telegram.hostname).toBe('t.me');
    expect(telegram.searchParams.get('url')).toBe(url);
    expect(telegram.searchParams.get('text')).toBe(`${RLM}${title}`);
  });

  it('writes the headline’s Arabic letters as they are, not six bytes of percent-encoding each', () => {
    const links = shareLinks(url, title, 'ar');
    expect(links.x).toContain('تخطط%20للاكتتاب');
    expect(links.whatsapp).not.toMatch(/%D8|%D9/);
    // Direction marks, punctuation of any script and line breaks are still encoded.
    expect(queryValue('\u200Fأ، ب؟\n')).toBe('%E2%80%8Fأ%D8%8C%20ب%D8%9F%0A');
  });

  it('keeps reserved characters in the headline from breaking the query', () => {
    const links = shareLinks(url, 'A & B = C? #1', 'en');
    expect(new URL(links.x).searchParams.get('text')).toBe('A & B = C? #1');
    expect(links.x).not.toContain('utm_');
  });
});
