import { bodyText, readingStats } from '@/lib/content/body';
import { markdownToBlocks } from '@/lib/content/markdown';

describe('Markdown → body blocks', () => {
  it('keeps paragraphs, subheadings, lists, quotes, emphasis and links', () => {
    expect(markdownToBlocks('## عنوان\n\nنص مع [رابط](https://example.com) و**خط عريض**.\n\n- أ\n- ب\n\n> اقتباس')).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'عنوان' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'نص مع ' },
          { type: 'link', href: 'https://example.com/', children: [{ type: 'text', text: 'رابط' }] },
          { type: 'text', text: ' و' },
          { type: 'text', text: 'خط عريض', marks: ['bold'] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'أ' }], [{ type: 'text', text: 'ب' }]] },
      { type: 'quote', children: [{ type: 'text', text: 'اقتباس' }] },
    ]);
  });

  it('puts a level-1 heading below the page’s own h1', () => {
    expect(markdownToBlocks('# عنوان')).toEqual([{ type: 'heading', level: 2, children: [{ type: 'text', text: 'عنوان' }] }]);
  });

  it.each([
    ['raw script', '<script>alert(1)</script>\n\nنص', 'نص'],
    ['an event handler', 'قبل <img src="x" onerror="alert(1)"> بعد', 'قبل بعد'],
    ['a javascript: link (its words stay)', '[click](javascript:alert(1))', 'click'],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD4=)', 'click'],
    ['a protocol-relative link', '[click](//evil.example/x)', 'click'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>\n\nنص', 'نص'],
    ['an image', '![x](https://tracker.example/pixel.gif) نص', 'نص'],
  ])('drops %s', (_name, markdown, text) => {
    const blocks = markdownToBlocks(markdown);
    expect(JSON.stringify(blocks)).not.toMatch(/script|onerror|javascript|data:|evil|tracker|iframe/);
    expect(bodyText(blocks).trim()).toBe(text.trim());
  });

  it('keeps site-relative links and mail links', () => {
    const [paragraph] = markdownToBlocks('[خبر](/news/1001) و[بريد](mailto:desk@alwafd.news)');
    expect(paragraph).toMatchObject({ children: [{ href: '/news/1001' }, { text: ' و' }, { href: 'mailto:desk@alwafd.news' }] });
  });

  it('counts the words a reader reads', () => {
    const blocks = markdownToBlocks('## عنوان\n\n**نص** مع [رابط](https://x.y) و`كود`');
    expect(bodyText(blocks)).toBe('عنوان\nنص مع رابط وكود');
    expect(readingStats(blocks, 'ar')).toEqual({ wordCount: 5, readingMinutes: 1 });
  });

  it('reads Arabic at Arabic speed: 276 words are two minutes in Arabic, one in English (IReST: 138 and 228 a minute)', () => {
    const blocks = markdownToBlocks(Array.from({ length: 276 }, () => 'كلمة').join(' '));
    expect(readingStats(blocks, 'ar')).toEqual({ wordCount: 276, readingMinutes: 2 });
    expect(readingStats(blocks, 'en')).toEqual({ wordCount: 276, readingMinutes: 1 });
  });
});
