import type { Block } from '@/lib/content/body';
import { getArticle } from '@/lib/content';
import { linkedStories, linkedStory, withoutLinksTo } from '@/lib/content/live-links';
import { makeArticle, serveContent } from '../../support/content';

const text = (t: string) => ({ type: 'text' as const, text: t });
const link = (href: string, words: string) => ({ type: 'link' as const, href, children: [text(words)] });

/** A story's text linking to stories 2 (live), 3 (withdrawn) and 4 (never published), and to the web. */
const BODY: Block[] = [
  { type: 'paragraph', children: [text('اقرأ '), link('/news/2', 'الخبر الأول'), text(' و'), link('/news/3', 'الخبر المسحوب')] },
  { type: 'list', ordered: false, items: [[link('/en/news/4#x', 'a scheduled story')], [link('https://www.ahram.org.eg/news/1', 'الأهرام')]] },
  { type: 'quote', children: [link('/tag/SpaceX', 'SpaceX')] },
];

describe('the stories a story links to, read off the links’ addresses', () => {
  it('are the article pages among them, in either edition, each once', () => {
    expect(linkedStory('/news/1002')).toBe(1002);
    expect(linkedStory('/en/news/1010?utm_source=x#more')).toBe(1010);
    // The site's own full address, pasted as a web link, with or without www.
    expect(linkedStory('https://www.alwafd.news/news/5?utm_source=x')).toBe(5);
    expect(linkedStory('https://alwafd.news/en/news/6')).toBe(6);
    for (const href of ['/tag/SpaceX', '/news/abc', '/news/0', 'https://www.ahram.org.eg/news/5', 'https://alwafd.news.example/news/5', '//news/5', '/section/news', 'mailto:desk@alwafd.news']) {
      expect([href, linkedStory(href)]).toEqual([href, undefined]);
    }
    expect(linkedStories([...BODY, ...BODY])).toEqual([2, 3, 4]);
  });

  it('include the old site’s links the proxy still sends on to a story, where it reads them', () => {
    expect(linkedStory('/5178620')).toBe(5178620);
    expect(linkedStory('/essay/5178620?utm_source=x#more')).toBe(5178620);
    expect(linkedStory('https://www.alwafd.news/essay/5178620')).toBe(5178620);
    expect(linkedStory('https://alwafd.news/5178620/')).toBe(5178620);
    // Under an edition prefix, or on another site, the same digits lead to no story of ours.
    for (const href of ['/en/5178620', '/en/essay/5178620', '/essay/5178620/x', '/essay/0', 'https://www.ahram.org.eg/essay/5178620', 'https://alwafd.news.example/5178620']) {
      expect([href, linkedStory(href)]).toEqual([href, undefined]);
    }
  });

  it('lose their links when not live, their words kept in place; other links stay', () => {
    const kept = withoutLinksTo(BODY, new Set([2]));
    expect(kept[0]).toEqual({ type: 'paragraph', children: [text('اقرأ '), link('/news/2', 'الخبر الأول'), text(' و'), text('الخبر المسحوب')] });
    expect(kept[1]).toEqual({ type: 'list', ordered: false, items: [[text('a scheduled story')], [link('https://www.ahram.org.eg/news/1', 'الأهرام')]] });
    expect(kept[2]).toEqual(BODY[2]);
  });
});

describe('a story as readers get it', () => {
  serveContent({ articles: [makeArticle(1, { body: BODY }), makeArticle(2), makeArticle(5)], withdrawn: [3] });

  it('links only to the stories readers can open', async () => {
    const story = await getArticle(1);
    const hrefs: string[] = [];
    JSON.stringify(story!.body, (key, value) => (key === 'href' && hrefs.push(value), value));
    expect(hrefs).toEqual(['/news/2', 'https://www.ahram.org.eg/news/1', '/tag/SpaceX']);
    // The words of the dropped links are still read.
    expect(JSON.stringify(story!.body)).toContain('الخبر المسحوب');
  });

  it('is the story itself when everything it links to is live', async () => {
    const live = await getArticle(2);
    expect(live?.body).toEqual(makeArticle(2).body);
  });
});

describe('an imported story as readers get it', () => {
  /** Links in the old site's forms, to story 3 (withdrawn) and story 2 (live). */
  const IMPORTED: Block[] = [
    { type: 'paragraph', children: [link('https://www.alwafd.news/essay/3', 'الخبر المسحوب'), text(' و'), link('/2', 'الخبر الأول')] },
  ];
  serveContent({ articles: [makeArticle(1, { body: IMPORTED }), makeArticle(2)], withdrawn: [3] });

  it('keeps its old-style link to a live story and drops the one to a withdrawn story, keeping its words', async () => {
    const story = await getArticle(1);
    expect(story?.body).toEqual([{ type: 'paragraph', children: [text('الخبر المسحوب'), text(' و'), link('/2', 'الخبر الأول')] }]);
  });
});
