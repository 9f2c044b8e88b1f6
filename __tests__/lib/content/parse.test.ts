import { ContentError, parseArticle } from '@/lib/content/parse';
import { SECTIONS, WRITER } from '../../support/content';

const FILE = 'content/articles/2001-test.md';

function article(overrides: Record<string, string> = {}, body = 'فقرة أولى.\n\nفقرة ثانية.') {
  const fields: Record<string, string> = {
    id: '2001',
    locale: 'ar',
    title: '"عنوان الخبر"',
    summary: '"ملخص الخبر"',
    section: 'economy',
    tags: '["الاقتصاد المصري"]',
    byline: '"قسم الاقتصاد"',
    publishedAt: '"2026-11-20T09:00:00+02:00"',
    updatedAt: '"2026-11-20T10:00:00+02:00"',
    image: '\n  src: /images/articles/x.webp\n  alt: "وصف"\n  caption: "تعليق"\n  width: 1600\n  height: 900',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

function errorOf(source: string): ContentError {
  try {
    parseArticle(FILE, source, SECTIONS);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

/** U+202E RIGHT-TO-LEFT OVERRIDE: "gpj.exe" drawn as "exe.jpg". */
const RLO = '\u202E';

describe('an article in the Markdown import format', () => {
  it('parses a valid file into a typed article with its body as blocks', () => {
    const { article: parsed } = parseArticle(FILE, article(), SECTIONS);
    expect(parsed.id).toBe(2001);
    expect(parsed.section).toEqual({ slug: 'economy', name: 'اقتصاد' });
    expect(parsed.byline).toEqual({ name: 'قسم الاقتصاد', kind: 'desk' });
    expect(parsed.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'فقرة أولى.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'فقرة ثانية.' }] },
    ]);
    expect(parsed.wordCount).toBe(4);
    expect(parsed.readingMinutes).toBe(1);
    expect(parsed.sample).toBe(false);
    expect(parsed.revision).toMatch(/^[0-9a-f]{12}$/);
  });

  it('accepts an article without a picture', () => {
    expect(parseArticle(FILE, article({ image: '' }), SECTIONS).article.image).toBeUndefined();
  });

  it('changes its revision when anything in the file changes', () => {
    const a = parseArticle(FILE, article(), SECTIONS).article.revision;
    const b = parseArticle(FILE, article({ title: '"عنوان معدل"' }), SECTIONS).article.revision;
    expect(a).not.toBe(b);
  });

  it.each([
    ['section', { section: 'weather' }, 'must be one of: news, economy, technology, sports'],
    ['publishedAt', { publishedAt: '"2026-11-20 09:00"' }, 'ISO-8601 with an offset'],
    ['publishedAt', { publishedAt: '' }, 'expected string'],
    // JavaScript would read it as 2 March; the CMS refuses it, and an import stopped halfway.
    ['publishedAt', { publishedAt: '"2026-02-30T10:00:00+02:00"' }, 'is not a real date'],
    ['publishedAt', { publishedAt: '"0001-01-01T10:00:00+02:00"' }, "before the archive's first day, 1984-01-01"],
    ['id', { id: '3000000000' }, "ids from there on are the generated archive's"],
    ['id', { id: '1000000000' }, 'must be below 1000000000'],
    ['id', { id: '"abc"' }, 'expected number'],
    ['id', { id: '-4' }, ''],
    ['locale', { locale: 'fr' }, ''],
    ['tags', { tags: '[]' }, ''],
    ['tags.0', { tags: '["a/b"]' }, 'must not contain'],
    ['image.src', { image: '\n  src: javascript:alert(1)\n  alt: "x"\n  caption: "y"\n  width: 1\n  height: 1' }, 'under /images/'],
    ['image.width', { image: '\n  src: /images/a.webp\n  alt: "x"\n  caption: "y"\n  width: 0\n  height: 1' }, ''],
    ['updatedAt', { updatedAt: '"2026-11-19T10:00:00+02:00"' }, 'must not be before publishedAt'],
    ['colour', { colour: 'red' }, 'is not a known field'],
    ['title', { title: JSON.stringify(`صورة ${RLO}gpj.exe`) }, 'bidirectional control characters'],
    ['summary', { summary: JSON.stringify(`ملخص \u2066معزول`) }, 'bidirectional control characters'],
    ['tags.0', { tags: JSON.stringify([`وسم${RLO}`]) }, 'bidirectional control characters'],
    ['byline', { byline: JSON.stringify(`\u202Aقسم`) }, 'bidirectional control characters'],
    ['image.caption', { image: `\n  src: /images/a.webp\n  alt: "x"\n  caption: ${JSON.stringify(`${RLO}تعليق`)}\n  width: 1\n  height: 1` }, 'bidirectional'],
  ])('names the file and the field "%s"', (field, overrides, detail) => {
    const error = errorOf(article(overrides));
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`${FILE}: field "${field}"`);
    expect(error.message).toContain(detail);
  });

  it('refuses bidi controls in the body but keeps the marks Arabic text needs', () => {
    expect(errorOf(article({}, `نص ${RLO}معكوس`)).field).toBe('body');
    const marks = '\u200Fنص\u200E مع \u061Cعلامات';
    expect(parseArticle(FILE, article({ title: JSON.stringify(marks) }, marks), SECTIONS).article.title).toBe(marks);
  });

  it('rejects a file without front matter, broken YAML, or an empty body', () => {
    expect(errorOf('just text').field).toBe('front matter');
    expect(errorOf('---\ntitle: [unclosed\n---\nbody').message).toContain('is not valid YAML');
    expect(errorOf(article({}, '   ')).field).toBe('body');
    expect(errorOf(article({}, '<script>alert(1)</script>')).message).toContain('has no text');
  });

  it('signs a columnist’s piece with the writer of content/newsroom.json, in its edition, under their column', () => {
    const { article: ar } = parseArticle(FILE, article({ byline: '', writer: WRITER.slug, section: 'opinion' }), SECTIONS, [WRITER]);
    expect(ar.writer).toEqual({ slug: WRITER.slug, name: WRITER.name.ar, column: WRITER.column.ar, photo: { ...WRITER.photo, alt: WRITER.photo!.alt.ar } });
    expect(ar.byline).toEqual({ name: WRITER.name.ar, kind: 'person' });
    const { article: en } = parseArticle(FILE, article({ byline: '', writer: WRITER.slug, locale: 'en' }), SECTIONS, [WRITER]);
    expect(en.writer?.name).toBe(WRITER.name.en);
    expect(parseArticle(FILE, article(), SECTIONS, [WRITER]).article).not.toHaveProperty('writer');
  });

  it('names the field when the writer is unknown, or signed twice, or nobody signs', () => {
    const refuse = (overrides: Record<string, string>) => {
      try {
        parseArticle(FILE, article(overrides), SECTIONS, [WRITER]);
      } catch (error) {
        return (error as ContentError).message;
      }
      throw new Error('expected the file to be rejected');
    };
    expect(refuse({ byline: '', writer: 'nobody' })).toContain(`field "writer": must be one of: ${WRITER.slug}`);
    expect(refuse({ writer: WRITER.slug })).toContain('field "byline": must not be given with a writer');
    expect(refuse({ byline: '' })).toContain('field "byline": is required unless the piece has a writer');
  });

  it('remembers which story a translation was translated from', () => {
    expect(parseArticle(FILE, article({ translationOf: '1001' }), SECTIONS).article.translationOf).toBe(1001);
    expect(parseArticle(FILE, article(), SECTIONS).article).not.toHaveProperty('translationOf');
  });
});
