import type { Block } from '@/lib/content/body';
import { blocksToLexical, lexicalToBlocks, linkedStoryIds } from '@/lib/content/lexical';
import { markdownToBlocks } from '@/lib/content/markdown';

const STORY: Block[] = [
  { type: 'paragraph', children: [{ type: 'text', text: 'يستعد إيلون ماسك لإطلاق عملية اكتتاب عام لشركة SpaceX، "Latency" و' }, { type: 'text', text: 'عريض', marks: ['bold', 'italic'] }] },
  { type: 'heading', level: 3, children: [{ type: 'text', text: 'عنوان فرعي' }] },
  { type: 'quote', children: [{ type: 'text', text: 'اقتباس' }, { type: 'break' }, { type: 'text', text: 'سطر ثان' }] },
  { type: 'list', ordered: true, items: [[{ type: 'text', text: 'أولًا' }], [{ type: 'link', href: 'https://example.com/', children: [{ type: 'text', text: 'رابط' }] }]] },
];

describe('Lexical rich text ↔ body blocks', () => {
  it('round-trips every block the site renders, text verbatim', () => {
    expect(lexicalToBlocks(blocksToLexical(STORY))).toEqual(STORY);
  });

  it('carries Markdown through to the editor and back unchanged', () => {
    const markdown = 'فقرة أولى فيها **خط عريض** و[رابط](https://www.alwafd.news/news/1001).\n\n## عنوان\n\n- بند\n- بند آخر';
    const blocks = markdownToBlocks(markdown);
    expect(lexicalToBlocks(blocksToLexical(blocks))).toEqual(blocks);
  });

  it('keeps the space a tab typed between two words makes', () => {
    const state = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'عمود' }, { type: 'tab', text: '\t' }, { type: 'text', text: 'عمود' }] }] } };
    expect(lexicalToBlocks(state)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'عمود' }, { type: 'text', text: ' ' }, { type: 'text', text: 'عمود' }] }]);
  });

  it('links to another story by its URL, and drops unsafe links but keeps their words', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { id: 1001 } } }, children: [{ type: 'text', text: 'خبر' }] },
              { type: 'link', fields: { linkType: 'custom', url: 'javascript:alert(1)' }, children: [{ type: 'text', text: 'فخ' }] },
            ],
          },
        ],
      },
    };
    expect(lexicalToBlocks(state)).toEqual([
      { type: 'paragraph', children: [{ type: 'link', href: '/news/1001', children: [{ type: 'text', text: 'خبر' }] }, { type: 'text', text: 'فخ' }] },
    ]);
  });

  it('links a story in the English edition to its English URL, not to a redirect', () => {
    const link = (value: unknown) => ({
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'articles', value } }, children: [{ type: 'text', text: 'story' }] }] }] },
    });
    const href = (blocks: ReturnType<typeof lexicalToBlocks>) => (blocks[0] as { children: { href?: string }[] }).children[0]!.href;
    expect(href(lexicalToBlocks(link(1010), 'en'))).toBe('/en/news/1010');
    // Stored links are bare ids: the source looks up the linked stories' editions (linkedStoryIds).
    expect(linkedStoryIds(link(1001))).toEqual([1001]);
    expect(href(lexicalToBlocks(link(1001), 'en', new Map([[1001, 'ar']])))).toBe('/news/1001');
    // The link says which edition its story is in: that wins over the linking story's.
    expect(href(lexicalToBlocks(link({ id: 1001, edition: 'ar' }), 'en'))).toBe('/news/1001');
    expect(href(lexicalToBlocks(link('abc'), 'en'))).toBeUndefined();
  });

  it('ignores what the site does not render (uploads, horizontal rules, unknown nodes) and empty paragraphs', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'upload', value: 5 },
          { type: 'horizontalrule' },
          { type: 'paragraph', children: [] },
          { type: 'paragraph', children: [{ type: 'text', text: 'نص', format: 0 }] },
        ],
      },
    };
    expect(lexicalToBlocks(state)).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }]);
    expect(lexicalToBlocks(null)).toEqual([]);
    expect(lexicalToBlocks({ root: {} })).toEqual([]);
  });
});
