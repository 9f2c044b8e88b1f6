import { isRealDate } from '@/cms/calendar';
import { isSitePath, safeHref } from '@/lib/content/body';
import { isLexicalShape, MAX_STORY_DEPTH, unshownNode } from '@/lib/content/lexical';

describe('isRealDate', () => {
  it('takes the dates the calendar has, with or without a time', () => {
    for (const value of ['2026-02-28T10:00:00Z', '2028-02-29', '2026-12-31T23:59:59.999Z', '2026-12-02T12:00:00+02:00', 'Wed, 02 Dec 2026 10:00:00 GMT']) expect([value, isRealDate(value)]).toEqual([value, true]);
  });

  it('refuses a day and a month before the year, which Cairo and the database read in opposite orders', () => {
    for (const value of ['1/12/2026', '01/12/2026 10:00', '12.1.2026', '1-12-26', ' 3 / 4 / 2026']) expect([value, isRealDate(value)]).toEqual([value, false]);
    for (const value of ['2026/12/01', '1 Dec 2026', '2026-12-01T10:00']) expect([value, isRealDate(value)]).toEqual([value, true]);
  });

  it('refuses days JavaScript rolls over, years the database or the admin cannot hold, and what is no date', () => {
    for (const value of ['2026-02-30T10:00:00Z', '2026-02-29', '2026-11-31', '2026-06-31T10:00:00Z', '0000-01-01T00:00:00Z', '+099999-01-01T00:00:00Z', 'soon', '']) {
      expect([value, isRealDate(value)]).toEqual([value, false]);
    }
  });
});

describe('isSitePath', () => {
  it('takes a path on this site, spaces in a tag’s name included', () => {
    for (const value of ['/', '/news/1001', '/tag/د.عبد السند', '/search?q=مصر#x']) expect([value, isSitePath(value)]).toEqual([value, true]);
  });

  it('refuses what a browser reads as another host, and control characters', () => {
    for (const value of ['//evil.example/x', '/\\evil.example/x', '/\t/evil.example', '/\n/evil.example', '/a\\b', 'news/1001', 'https://x.example']) {
      expect([value, isSitePath(value)]).toEqual([value, false]);
    }
  });

  it('is what the page prints as a link: the rest keep their words and lose the link', () => {
    expect(safeHref('/\\evil.example/x')).toBeUndefined();
    expect(safeHref(' /news/1001 ')).toBe('/news/1001');
  });
});

describe('isLexicalShape', () => {
  const paragraph = (children: unknown) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } });
  const nested = (depth: number) => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < depth; i++) node = { type: 'paragraph', children: [node] };
    return { root: { type: 'root', children: [node] } };
  };

  it('takes a story’s text as the editor saves it, nested as deep as a story goes', () => {
    expect(isLexicalShape(paragraph([{ type: 'text', text: 'خبر' }]))).toBe(true);
    expect(isLexicalShape(nested(MAX_STORY_DEPTH - 1))).toBe(true);
  });

  it('refuses what the CMS’s own checks failed on (500), and nesting past the limit, without recursion', () => {
    for (const bad of [paragraph('x'), paragraph([null]), paragraph(['hello']), paragraph({}), { root: { type: 'root', children: 'x' } }, { root: null }, 'x', { root: { children: [] } }]) {
      expect([JSON.stringify(bad), isLexicalShape(bad)]).toEqual([JSON.stringify(bad), false]);
    }
    expect(isLexicalShape(nested(MAX_STORY_DEPTH + 1))).toBe(false);
    expect(isLexicalShape(nested(50_000))).toBe(false);
  });
});

describe('unshownNode', () => {
  const text = (words: string) => ({ type: 'text', text: words });
  const story = (...blocks: unknown[]) => ({ root: { type: 'root', children: blocks } });

  it('passes every part the page prints: paragraphs, headings, quotes, lists in lists, links, line breaks and tabs', () => {
    const body = story(
      { type: 'paragraph', children: [text('نص'), { type: 'linebreak' }, { type: 'tab' }, { type: 'link', fields: { url: 'https://alwafd.news' }, children: [text('رابط')] }] },
      { type: 'heading', tag: 'h2', children: [{ type: 'autolink', fields: { url: 'https://alwafd.news' }, children: [text('عنوان')] }] },
      { type: 'quote', children: [text('اقتباس')] },
      { type: 'list', children: [{ type: 'listitem', children: [text('بند'), { type: 'list', children: [{ type: 'listitem', children: [text('بند داخلي')] }] }] }] },
    );
    expect(unshownNode(body)).toBeUndefined();
  });

  it('names a part the page would drop without a word: a picture, raw HTML, a table, a block inside a line', () => {
    expect(unshownNode(story({ type: 'paragraph', children: [text('نص')] }, { type: 'upload', value: 1 }))).toBe('upload');
    expect(unshownNode(story({ type: 'html', html: '<b>x</b>' }))).toBe('html');
    expect(unshownNode(story({ type: 'paragraph', children: [{ type: 'inlineBlock', fields: {} }] }))).toBe('inlineBlock');
    expect(unshownNode(story({ type: 'listitem', children: [text('بند بلا قائمة')] }))).toBe('listitem');
    expect(unshownNode(story({ type: 'table', children: [] }))).toBe('table');
  });
});
