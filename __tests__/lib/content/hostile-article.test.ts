import type { ReactElement } from 'react';
import { getArticle } from '@/lib/content';
import { parseArticle } from '@/lib/content/parse';
import { serverHtml } from '../../support/render';
import { SECTIONS, serveContent } from '../../support/content';

/**
 * Content is untrusted: an article written by an attacker (or pasted from a wire) goes through
 * the real pipeline — the import format's parser, the content door, the article page as the
 * server renders it, the feed — and the HTML a reader receives must carry none of its markup.
 */

jest.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
  permanentRedirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT 308 ${to}`);
  },
}));

const ID = 4242;
const TITLE = 'عاجل </script><script>alert(1)</script> <!-- --> خبر';
const SUMMARY = 'ملخص <img src=x onerror=alert(1)> و</SCRIPT ><script>alert(2)</script>';
const TAG = '"><img src=x onerror=alert(1)>';
const ALT = 'صورة "مقتبسة" \' onload=\'alert(1)';
const CAPTION = '<b onmouseover=alert(1)>تعليق</b>';
const BYLINE = '<svg onload=alert(1)>';

/** YAML double-quoted: every character the attacker chose survives parsing exactly. */
const q = (value: string) => JSON.stringify(value);

const BODY = [
  'فقرة أولى عادية.',
  '<script>alert("raw")</script>',
  '<iframe src="https://evil.example"></iframe>',
  '<img src="x" onerror="alert(1)">',
  '<p style="background:url(https://evil.example/x)">مُنسَّق</p>',
  '<svg><script>alert(1)</script></svg> <math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form action="https://evil.example"><input name="q"></form> <object data="x.swf"></object> <embed src="x.swf">',
  '<base href="https://evil.example/"> <meta http-equiv="refresh" content="0;url=https://evil.example"> <link rel="stylesheet" href="https://evil.example/x.css">',
  '[رابط](javascript:alert(1)) [رابط](JaVaScRiPt:alert(1)) [رابط](  javascript:alert(1)) [رابط](&#106;avascript:alert(1))',
  '[رابط](vbscript:msgbox(1)) [رابط](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <javascript:alert(1)>',
  '[مرجع][1]\n\n[1]: javascript:alert(1)',
  '![صورة](https://tracker.example/pixel.gif) ![صورة](javascript:alert(1))',
  '<a href="https://ok.example" onclick="alert(1)" style="color:red">نص</a>',
  '## عنوان فرعي',
  'فقرة أخيرة فيها [رابط سليم](https://www.alwafd.news/news/1001).',
].join('\n\n');

const SOURCE = `---
id: ${ID}
locale: ar
title: ${q(TITLE)}
summary: ${q(SUMMARY)}
section: news
tags: [${q(TAG)}, ${q('<script>alert(3)<')}, "وسم سليم"]
byline: ${q(BYLINE)}
publishedAt: "2026-11-25T09:00:00+02:00"
updatedAt: "2026-11-25T09:00:00+02:00"
image:
  src: /images/articles/1001-spacex-ipo.webp
  alt: ${q(ALT)}
  caption: ${q(CAPTION)}
  width: 1600
  height: 900
---

${BODY}
`;

serveContent(() => ({ articles: [parseArticle(`${ID}-hostile.md`, SOURCE, SECTIONS).article] }));

async function renderArticlePage(): Promise<{ html: string; doc: Document }> {
  const { default: ArticlePage } = await import('@/app/[locale]/news/[id]/page');
  const page = (await ArticlePage({ params: Promise.resolve({ locale: 'ar', id: String(ID) }) })) as ReactElement;
  const html = serverHtml(page);
  return { html, doc: new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html') };
}

describe('a hostile article file, rendered by the article page', () => {
  it('is accepted by the schema, so the page is really rendered from it', async () => {
    expect((await getArticle(ID))?.title).toBe(TITLE.trim());
    const { doc } = await renderArticlePage();
    expect(doc.querySelector('h1')?.textContent).toBe(TITLE.trim());
    expect(doc.querySelector('.article-body')?.textContent).toContain('فقرة أخيرة');
  });

  it('has no script but the JSON-LD block, and </script> in the text cannot close it', async () => {
    const { html, doc } = await renderArticlePage();
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(html.match(/<script/gi)).toHaveLength(1);
    const jsonLd = scripts[0]!.textContent ?? '';
    expect(jsonLd).not.toMatch(/<\/?script|<!--/i);
    const data = JSON.parse(jsonLd) as { '@graph': Array<{ headline?: string; description?: string; keywords?: string }> };
    // The text round-trips exactly: escaped, not mangled.
    expect(data['@graph'][0]).toMatchObject({ headline: TITLE.trim(), description: SUMMARY.trim() });
    expect(data['@graph'][0]?.keywords).toContain(TAG);
  });

  it('has no event-handler attributes, no javascript:/data:/vbscript: URLs, no frames, objects or forms', async () => {
    const { doc } = await renderArticlePage();
    const elements = [...doc.body.querySelectorAll('*')];
    const handlers = elements.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    expect(handlers).toEqual([]);
    const urls = elements.flatMap((el) => ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data'].map((name) => el.getAttribute(name) ?? ''));
    expect(urls.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u) || /&#|javascript/i.test(u))).toEqual([]);
    for (const tag of ['iframe', 'object', 'embed', 'base', 'meta', 'svg script', 'math', 'style']) {
      expect(doc.body.querySelector(tag)).toBeNull();
    }
    // The one form is the site's own search box in the header; the story brings none.
    expect([...doc.body.querySelectorAll('form')].map((f) => `${f.closest('header') ? 'header' : 'page'} ${f.getAttribute('action')}`)).toEqual(['header /search']);
    expect([...doc.body.querySelectorAll('input, textarea, select')].map((i) => i.getAttribute('name'))).toEqual(['q']);
    // The only <link> is next/image's preload of the hero, through our own optimizer.
    const links = [...doc.body.querySelectorAll('link')].map((l) => `${l.getAttribute('rel')} ${l.getAttribute('imagesrcset')?.split('?')[0]}`);
    expect(links).toEqual(['preload /_next/image']);
  });

  it('keeps content out of style attributes (only next/image’s own style remains) and keeps tracking images out', async () => {
    const { doc } = await renderArticlePage();
    const styles = [...doc.body.querySelectorAll('[style]')].map((el) => `${el.tagName}: ${el.getAttribute('style')}`);
    expect(styles.every((s) => s === 'IMG: color:transparent')).toBe(true);
    expect(doc.querySelectorAll('.article-body [style], .article-body img')).toHaveLength(0);
    expect(doc.body.innerHTML).not.toContain('tracker.example');
    expect(doc.body.innerHTML).not.toContain('evil.example');
  });

  it('prints hostile front matter as text: tags, byline, alt and caption', async () => {
    const { doc } = await renderArticlePage();
    const tagLinks = [...doc.querySelectorAll('a[href*="/tag/"]')];
    expect(tagLinks.map((a) => a.textContent)).toEqual(expect.arrayContaining([TAG, '<script>alert(3)<']));
    // The tag's URL is one encoded path segment: its quote and angle brackets cannot leave the attribute.
    for (const a of tagLinks) expect(a.getAttribute('href')).toMatch(/^\/tag\/[^"<>\s]+$/);
    expect(doc.body.textContent).toContain(BYLINE);
    const hero = doc.querySelector(`img[alt]`);
    expect(hero?.getAttribute('alt')).toBe(ALT);
    expect(doc.querySelector('figcaption')?.textContent).toBe(CAPTION);
    expect(doc.querySelectorAll('b, svg[onload]')).toHaveLength(0);
  });
});

describe('the same file in the feed and the social card', () => {
  it('stays text in the RSS feed, which still parses as XML', async () => {
    const { rssFeed } = await import('@/lib/feeds/rss');
    const xml = (await rssFeed('ar'))!;
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const item = [...doc.querySelectorAll('item')].find((i) => i.querySelector('link')?.textContent?.endsWith(`/news/${ID}`));
    expect(item?.querySelector('title')?.textContent).toBe(TITLE.trim());
    expect(item?.querySelector('description')?.textContent).toBe(SUMMARY.trim());
    expect(xml).not.toMatch(/<script/i);
  });
});
