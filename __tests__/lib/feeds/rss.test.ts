import fs from 'node:fs';
import path from 'node:path';
import { renderRss, rssFeed, RSS_LIMIT, type RssChannel } from '@/lib/feeds/rss';
import { childText, fixtureArticle, isoAt, parseXml, restoreContentDir, useContentDir } from './support';

const ORIGIN = 'https://www.alwafd.news';
const SEED_IMAGE = path.join(process.cwd(), 'public/images/articles/1001-spacex-ipo.webp');

const channel: RssChannel = {
  title: 'T',
  description: 'D',
  language: 'ar',
  link: `${ORIGIN}/`,
  self: `${ORIGIN}/rss.xml`,
};
const options = { sectionName: (s: string) => `[${s}]`, fileSize: () => 1234, now: new Date('2026-11-25T00:00:00Z') };

function items(doc: Document): Element[] {
  return [...doc.getElementsByTagName('item')];
}

beforeEach(() => {
  delete process.env.SITE_URL;
  delete process.env.VERCEL_PROJECT_PRODUCTION_URL;
});

describe('RSS feed (Arabic edition, real content)', () => {
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

  it('lists the seed article (1001) with its absolute link and every item element', async () => {
    const doc = parseXml((await rssFeed('ar'))!);
    const seed = items(doc).find((i) => childText(i, 'link') === `${ORIGIN}/news/1001`)!;
    expect(seed).toBeDefined();
    expect(childText(seed, 'title')).toBe('SpaceX تخطط للاكتتاب العام.. حلم مراكز البيانات في الفضاء يواجه تحديات ضخمة');
    const guid = seed.getElementsByTagName('guid')[0]!;
    expect(guid.getAttribute('isPermaLink')).toBe('true');
    expect(guid.textContent).toBe(`${ORIGIN}/news/1001`);
    expect(childText(seed, 'pubDate')).toBe('Tue, 24 Nov 2026 10:15:00 +0200');
    expect(childText(seed, 'category')).toBe('تكنولوجيا');
    expect(childText(seed, 'description')).toMatch(/^يستعد إيلون ماسك لطرح SpaceX/);
    const enclosure = seed.getElementsByTagName('enclosure')[0]!;
    expect(enclosure.getAttribute('url')).toBe(`${ORIGIN}/images/articles/1001-spacex-ipo.webp`);
    expect(enclosure.getAttribute('type')).toBe('image/webp');
    expect(enclosure.getAttribute('length')).toBe(String(fs.statSync(SEED_IMAGE).size));
  });

  it('builds every link on SITE_URL', async () => {
    process.env.SITE_URL = 'https://staging.example';
    const xml = (await rssFeed('ar'))!;
    expect(xml).toContain('<link>https://staging.example/news/1001</link>');
    expect(xml).not.toContain(ORIGIN);
  });

  it('has a feed per section: the seed is in technology only, and unknown sections have none', async () => {
    const tech = parseXml((await rssFeed('ar', 'technology'))!);
    const ch = tech.getElementsByTagName('channel')[0]!;
    expect(childText(ch, 'title')).toBe('الوفد | تكنولوجيا');
    expect(childText(ch, 'link')).toBe(`${ORIGIN}/section/technology`);
    expect(tech.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]!.getAttribute('href')).toBe(
      `${ORIGIN}/section/technology/rss.xml`,
    );
    expect(items(tech).map((i) => childText(i, 'link'))).toContain(`${ORIGIN}/news/1001`);
    expect(items(tech).every((i) => childText(i, 'category') === 'تكنولوجيا')).toBe(true);
    const economy = (await rssFeed('ar', 'economy'))!;
    expect(economy).not.toContain('/news/1001<');
    expect(await rssFeed('ar', 'nope')).toBeUndefined();
    expect(await rssFeed('ar', '../technology')).toBeUndefined();
  });

  it('has an English edition feed under /en', async () => {
    const doc = parseXml((await rssFeed('en'))!);
    const ch = doc.getElementsByTagName('channel')[0]!;
    expect(childText(ch, 'language')).toBe('en');
    expect(childText(ch, 'title')).toBe('Al-Wafd | Latest news');
    expect(childText(ch, 'link')).toBe(`${ORIGIN}/en`);
    expect(items(doc).every((i) => childText(i, 'link')!.startsWith(`${ORIGIN}/en/news/`))).toBe(true);
    const economy = parseXml((await rssFeed('en', 'economy'))!).getElementsByTagName('channel')[0]!;
    expect(childText(economy, 'title')).toBe('Al-Wafd | Economy');
    expect(childText(economy, 'link')).toBe(`${ORIGIN}/en/section/economy`);
  });
});

describe('renderRss (pure)', () => {
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
    expect(childText(item, 'title')).toBe(expected);
    expect(childText(item, 'description')).toBe(`${expected} <b>bold</b>`);
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

  it('leaves out the enclosure when the image file cannot be measured', () => {
    const doc = parseXml(renderRss(channel, [fixtureArticle(3)], { ...options, fileSize: () => undefined }));
    expect(doc.getElementsByTagName('enclosure')).toHaveLength(0);
    expect(childText(items(doc)[0]!, 'title')).toBe('خبر 3');
  });
});

const minutesAfterNine = (i: number) => isoAt(Date.UTC(2026, 10, 20, 9) + i * 60_000);

describe('rssFeed with more than 50 articles', () => {
  let dir: string | undefined;
  afterEach(() => restoreContentDir(dir));

  it('lists the newest 50, newest first', async () => {
    // Article i is published i minutes after 09:00 UTC, so 60 is the newest and 1–10 fall off the end.
    const articles: Record<number, { publishedAt: string; section: string }> = {};
    for (let i = 1; i <= 60; i++) {
      articles[i] = { publishedAt: minutesAfterNine(i), section: 'economy' };
    }
    dir = useContentDir(articles);
    const { rssFeed: feed } = await import('@/lib/feeds/rss');
    const links = items(parseXml((await feed('ar'))!)).map((i) => childText(i, 'link'));
    expect(links).toHaveLength(RSS_LIMIT);
    expect(links[0]).toBe(`${ORIGIN}/news/60`);
    expect(links).not.toContain(`${ORIGIN}/news/10`);
    expect(items(parseXml((await feed('ar', 'economy'))!))).toHaveLength(RSS_LIMIT);
  });
});
