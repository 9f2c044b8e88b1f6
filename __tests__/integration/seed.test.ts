/**
 * The seed article, as the newsroom published it (../shared/seed/article-spacex-ipo.txt), read off
 * the running site: headline, tag, caption, the masthead and all nine paragraphs, verbatim.
 * Without ../shared the test cannot know what verbatim means: it says so, and fails in CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { get } from './server';

const SEED = path.resolve(__dirname, '../../../shared/seed/article-spacex-ipo.txt');
const present = fs.existsSync(SEED);
if (!present) {
  const message = `seed.test: ${SEED} is missing — the seed cannot be checked verbatim`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n\n*** ${message}: SKIPPED ***\n`);
}

/**
 * Only markup's own spacing is dropped before comparing: the seed's lines 25 and 31 begin and end with
 * a no-break space (U+00A0), which JavaScript's trim() would drop too, and verbatim keeps.
 */
const ASCII_SPACE_AT_ENDS = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** Text of the elements an HTML fragment's pattern captures, with entities decoded as a browser would. */
function texts(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(ASCII_SPACE_AT_ENDS, ''),
  );
}

(present ? describe : describe.skip)('the seed article at /news/1001', () => {
  const lines = present ? fs.readFileSync(SEED, 'utf8').split('\n').map((l) => l.replace(ASCII_SPACE_AT_ENDS, '')) : [];
  let html = '';

  beforeAll(async () => {
    const response = await get('/news/1001');
    expect(response.status).toBe(200);
    html = await response.text();
  });

  it('has the seed’s headline (line 14) as its h1 and its tag and caption (lines 16–17)', () => {
    expect(texts(html, /<h1[^>]*>([\s\S]*?)<\/h1>/g)).toEqual([lines[13]]);
    expect(texts(html, /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)).toEqual([lines[16]]);
    expect(texts(html, /<a href="\/tag\/[^"]*"[^>]*>([\s\S]*?)<\/a>/g)).toContain(lines[15]);
  });

  it('has all nine paragraphs, verbatim and in order', () => {
    const expected = lines.slice(18).filter(Boolean);
    expect(expected).toHaveLength(9);
    const body = /<div class="article-body">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(texts(body, /<p>([\s\S]*?)<\/p>/g)).toEqual(expected);
  });

  it('prints the masthead of lines 1–6 in the header and again in the footer, as the printed page does', () => {
    const masthead = lines.slice(0, 6);
    expect(lines.slice(6, 12)).toEqual(masthead);
    const pairs = texts(html, /<(?:dt|dd)[^>]*>([\s\S]*?)<\/(?:dt|dd)>/g);
    expect(pairs).toEqual([...masthead, ...masthead]);
  });
});
