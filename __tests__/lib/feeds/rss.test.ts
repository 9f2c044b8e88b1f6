import { renderRss, rssFeed, RSS_LIMIT, type RssChannel } from '@/lib/feeds/rss';
import { teaser } from '@/lib/content/memory-source';
import { FIXTURE_IMAGE, makeArticle, serveContent, WRITER, type ArticleOptions } from '../../support/content';
import { childText, isoAt, parseXml } from './support';

const ORIGIN = 'https://www.alwafd.news';
const fixtureArticle = (id: number, options: ArticleOptions = {}) => teaser(makeArticle(id, options));

const channel: RssChannel = {
  title: 'T',
  description: 'D',
  language: 'ar',
  link: `${ORIGIN}/`,
  self: `${ORIGIN}/rss.xml`,
};
const options = { now: new Date('2026-11-25T00:00:00Z') };

function items(doc: Document): Element[] {
  return [...doc.getElementsByTagName('item')];
}

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});

describe('RSS feed of an edition', () => {
  serveContent({
    articles: [
      makeArticle(1001, { title: 'عنوان الخبر', section: 'technology', publishedAt: '2026-11-24T10:15:00+02:00', summary: 'ملخص الخبر' }),
      makeArticle(1002, { section: 'economy' }),
      makeArticle(1010, { locale: 'en', section: 'economy' }),
    ],
  });

  it('has the required channel elements, in Arabic, pointing at itself', async () => {
    const doc = parseXml((await rssFeed('ar'))!);
    expect(doc.documentElement.tagName).toBe('rss');
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    const ch = doc.getElementsByTagName('channel')[0]!;
    expect(childText(ch, 'title')).toBe('الوفد | أحدث الأخبار');
    expect(childText(ch, 'link')).toBe(`${ORIGIN}/`);
    expect(childText(ch, 'description')).toContain('الوفد');
    expect(childText(ch, 'language')).toBe('ar');
    expect(childText(ch, 'lastBuildDate')).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
    const self = doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]!;
    expect(self.getAttribute('rel')).toBe('self');
    expect(self.getAttribute('href')).toBe(`${ORIGIN}/rss.xml`);
    expect(self.getAttribute('type')).toBe('application/rss+xml');
  });

  it('lists each story with its absolute link, permalink guid, date in its own offset, section and summary', async () => {
    const doc = parseXml((await rssFeed('ar'))!);
    const story = items(doc).find((i) => childText(i, 'link') === `${ORIGIN}/news/1001`)!;
    expect(childText(story, 'title')).toBe('عنوان الخبر');
    const guid = story.getElementsByTagName('guid')[0]!;
    expect(guid.getAttribute('isPermaLink')).toBe('true');
    expect(guid.textContent).toBe(`${ORIGIN}/news/1001`);
    expect(childText(story, 'pubDate')).toBe('Tue, 24 Nov 2026 10:15:00 +0200');
    expect(childText(story, 'category')).toBe('تكنولوجيا');
    expect(childText(story, 'description')).toBe('ملخص الخبر');
  });

  it('builds every link on SITE_URL', async () => {
    process.env.SITE_URL = 'https://staging.example';
    const xml = (await rssFeed('ar'))!;
    expect(xml).toContain('<link>https://staging.example/news/1001</link>');
    expect(xml).not.toContain(ORIGIN);
  });

  it('has a feed per section holding only that section, and none for a section the site lacks', async () => {
    const tech = parseXml((await rssFeed('ar', 'technology'))!);
    const ch = tech.getElementsByTagName('channel')[0]!;
    expect(childText(ch, 'title')).toBe('الوفد | تكنولوجيا');
    expect(childText(ch, 'link')).toBe(`${ORIGIN}/section/technology`);
    expect(tech.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]!.getAttribute('href')).toBe(
      `${ORIGIN}/section/technology/rss.xml`,
    );
    expect(items(tech).map((i) => childText(i, 'link'))).toEqual([`${ORIGIN}/news/1001`]);
    expect(await rssFeed('ar', 'nope')).toBeUndefined();
    expect(await rssFeed('ar', '../technology')).toBeUndefined();
  });

  it('has an English edition feed under /en', async () => {
    const doc = parseXml((await rssFeed('en'))!);
    const ch = doc.getElementsByTagName('channel')[0]!;
    expect(childText(ch, 'language')).toBe('en');
    expect(childText(ch, 'title')).toBe('Al-Wafd | Latest news');
    expect(childText(ch, 'link')).toBe(`${ORIGIN}/en`);
    expect(items(doc).map((i) => childText(i, 'link'))).toEqual([`${ORIGIN}/en/news/1010`]);
    const economy = parseXml((await rssFeed('en', 'economy'))!).getElementsByTagName('channel')[0]!;
    expect(childText(economy, 'title')).toBe('Al-Wafd | Economy');
    expect(childText(economy, 'link')).toBe(`${ORIGIN}/en/section/economy`);
    // The section as a sentence names it (lib/content/section-name), as its page's description does.
    expect(childText(economy, 'description')).toBe('The latest economic news from Al-Wafd.');
    expect(childText(parseXml((await rssFeed('ar', 'economy'))!).getElementsByTagName('channel')[0]!, 'description')).toBe('آخر ما نشرته جريدة الوفد في قسم الاقتصاد.');
  });
});

describe('renderRss (pure)', () => {
  it('names a column’s writer and a report’s reporter (dc:creator) as the page does, and no creator for a desk’s story', () => {
    const column = fixtureArticle(9, { writer: WRITER });
    const report = fixtureArticle(11, { byline: { name: 'منى الشاذلي', kind: 'person' } });
    const doc = parseXml(renderRss(channel, [column, report, fixtureArticle(10)], options));
    const creators = items(doc).map((item) => item.getElementsByTagName('dc:creator')[0]?.textContent);
    expect(creators).toEqual([WRITER.name.ar, 'منى الشاذلي', undefined]);
  });

  it('gives an Arabic headline that opens with a Latin word an RLM, so feed readers lay it out right to left', () => {
    const items_ = items(parseXml(renderRss(channel, [fixtureArticle(8, { title: 'SpaceX تخطط', summary: 'ملخص' })], options)));
    expect(childText(items_[0]!, 'title')).toBe('\u200FSpaceX تخطط');
    expect(childText(items_[0]!, 'description')).toBe('ملخص');
  });

  const hostile = `</title><script>alert("x")</script> & 'q' ]]> <![CDATA[ \u0001`;

  it('escapes a hostile title and summary into well-formed XML that keeps them as text', () => {
    const article = fixtureArticle(7, { title: hostile, summary: `${hostile} <b>bold</b>` });
    const xml = renderRss({ ...channel, title: hostile }, [article], options);
    const doc = parseXml(xml);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    const item = items(doc)[0]!;
    // The control character is dropped (XML 1.0 cannot carry it); everything else survives verbatim.
    const expected = hostile.replace('\u0001', '');
    // An Arabic item that opens with Latin letters leads with an RLM (lib/text rightToLeftLine).
    expect(childText(item, 'title')).toBe(`\u200F${expected}`);
    expect(childText(item, 'description')).toBe(`\u200F${expected} <b>bold</b>`);
    expect(childText(doc.getElementsByTagName('channel')[0]!, 'title')).toBe(expected);
  });

  it('gives lastBuildDate as the newest update, and `now` for an empty feed', () => {
    const older = fixtureArticle(1, { publishedAt: '2026-11-20T09:00:00+02:00', updatedAt: '2026-11-23T08:00:00+02:00' });
    const newer = fixtureArticle(2, { publishedAt: '2026-11-22T09:00:00+02:00' });
    const doc = parseXml(renderRss(channel, [newer, older], options));
    expect(childText(doc.getElementsByTagName('channel')[0]!, 'lastBuildDate')).toBe('Mon, 23 Nov 2026 08:00:00 +0200');
    const empty = parseXml(renderRss(channel, [], options));
    expect(childText(empty.getElementsByTagName('channel')[0]!, 'lastBuildDate')).toBe('Wed, 25 Nov 2026 00:00:00 +0000');
    expect(items(empty)).toHaveLength(0);
  });

  it('gives the hero as an enclosure with its absolute URL, byte length and type', () => {
    const doc = parseXml(renderRss(channel, [fixtureArticle(3, { image: { ...FIXTURE_IMAGE, bytes: 1234, type: 'image/webp' } })], options));
    const enclosure = doc.getElementsByTagName('enclosure')[0]!;
    expect(enclosure.getAttribute('url')).toBe(`${ORIGIN}/images/articles/fixture.webp`);
    expect(enclosure.getAttribute('type')).toBe('image/webp');
    expect(enclosure.getAttribute('length')).toBe('1234');
    expect(parseXml(renderRss(channel, [fixtureArticle(4, { image: null })], options)).getElementsByTagName('enclosure')).toHaveLength(0);
  });

  it('leaves out the enclosure when the store has not measured the picture (RSS requires its length)', () => {
    const doc = parseXml(renderRss(channel, [fixtureArticle(3)], options));
    expect(doc.getElementsByTagName('enclosure')).toHaveLength(0);
    expect(childText(items(doc)[0]!, 'title')).toBe('خبر 3');
  });
});

const minutesAfterNine = (i: number) => isoAt(Date.UTC(2026, 10, 20, 9) + i * 60_000);

describe('rssFeed with more than 50 articles', () => {
  // Article i is published i minutes after 09:00 UTC, so 60 is the newest and 1–10 fall off the end.
  serveContent({ articles: Array.from({ length: 60 }, (_, i) => makeArticle(i + 1, { publishedAt: minutesAfterNine(i + 1), section: 'economy' })) });

  it('lists the newest 50, newest first', async () => {
    const feed = rssFeed;
    const links = items(parseXml((await feed('ar'))!)).map((i) => childText(i, 'link'));
    expect(links).toHaveLength(RSS_LIMIT);
    expect(links[0]).toBe(`${ORIGIN}/news/60`);
    expect(links).not.toContain(`${ORIGIN}/news/10`);
    expect(items(parseXml((await feed('ar', 'economy'))!))).toHaveLength(RSS_LIMIT);
  });
});
