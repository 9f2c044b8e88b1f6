/**
 * The one fixture factory for unit tests: domain articles, sections and a masthead built in code,
 * served by an in-memory content source through the same door pages use (lib/content). Unit
 * tests never read content/ — only integration tests, against the running site, do.
 */
import { readingStats, type Block } from '@/lib/content/body';
import { setContentSource } from '@/lib/content';
import { MemorySource, type MemoryContent } from '@/lib/content/memory-source';
import type { Article, ArticleImage, MastheadEntry, Section, Writer } from '@/lib/content/types';
import type { Locale } from '@/lib/locales';

/** As the newsroom keeps them: English sentences name what a section publishes ("opinion pieces"), Arabic ones go by the rule. */
export const SECTIONS: Section[] = [
  { slug: 'news', name: { ar: 'أخبار', en: 'News' }, inSentence: { en: 'news' } },
  { slug: 'economy', name: { ar: 'اقتصاد', en: 'Economy' }, inSentence: { en: 'economic news' } },
  { slug: 'technology', name: { ar: 'تكنولوجيا', en: 'Technology' }, inSentence: { en: 'technology news' } },
  { slug: 'sports', name: { ar: 'رياضة', en: 'Sports' }, inSentence: { en: 'sports news' } },
  { slug: 'opinion', name: { ar: 'مقالات الرأي', en: 'Opinion' }, inSentence: { en: 'opinion pieces' } },
];

/** A columnist, with a column and a portrait; `makeArticle(id, { writer: WRITER })` makes a piece of theirs. */
export const WRITER: Writer = {
  slug: 'fixture-writer',
  name: { ar: 'كاتبة العمود', en: 'The Columnist' },
  column: { ar: 'عمود ثابت', en: 'A Fixed Column' },
  bio: { ar: 'نبذة قصيرة.', en: 'A short bio.' },
  photo: { src: '/images/writers/fixture-writer.webp', alt: { ar: 'صورة الكاتبة', en: 'The columnist’s portrait' }, width: 400, height: 400 },
};

export function makeWriter(slug: string, options: Partial<Omit<Writer, 'slug'>> = {}): Writer {
  return { ...WRITER, slug, ...options };
}

export const MASTHEAD: MastheadEntry[] = [
  { role: { ar: 'رئيس مجلس الإدارة', en: 'Chairman of the Board' }, name: { ar: 'اسم أول', en: 'First Name' } },
  { role: { ar: 'رئيس التحرير', en: 'Editor-in-Chief' }, name: { ar: 'اسم ثان', en: 'Second Name' } },
];

export const FIXTURE_IMAGE: ArticleImage = {
  src: '/images/articles/fixture.webp',
  alt: 'وصف الصورة',
  caption: 'تعليق الصورة',
  width: 1600,
  height: 900,
};

export interface ArticleOptions extends Partial<Omit<Article, 'section' | 'body' | 'image' | 'writer'>> {
  /** Section slug (one of SECTIONS). */
  section?: string;
  /** Body paragraphs as plain text. */
  paragraphs?: string[];
  body?: Block[];
  /** `null` for an article without a hero. */
  image?: ArticleImage | null;
  /** A columnist's piece: signed by the writer (a person), in the opinion section unless another is given. */
  writer?: Writer;
}

/** Publication times step back an hour per id from this instant, so a higher id is newer. */
const BASE = Date.parse('2026-11-20T12:00:00+02:00');

function cairoIso(ms: number): string {
  return new Date(ms + 2 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+02:00');
}

export function makeArticle(id: number, options: ArticleOptions = {}): Article {
  const { writer, section: sectionSlug, paragraphs = [`نص الخبر ${id}.`], body, image, locale = 'ar' as Locale, ...rest } = options;
  const slug = sectionSlug ?? (writer ? 'opinion' : 'news');
  const column = writer?.column[locale];
  const signed = writer && {
    writer: {
      slug: writer.slug,
      name: writer.name[locale],
      ...(column && { column }),
      ...(writer.photo && { photo: { ...writer.photo, alt: writer.photo.alt[locale] } }),
    },
    byline: { name: writer.name[locale], kind: 'person' as const },
  };
  const section = SECTIONS.find((s) => s.slug === slug) ?? { slug, name: { ar: slug, en: slug } };
  const blocks: Block[] = body ?? paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
  const publishedAt = rest.publishedAt ?? cairoIso(BASE - (10_000 - id) * 3600_000);
  return {
    id,
    locale,
    title: locale === 'ar' ? `خبر ${id}` : `Story ${id}`,
    summary: locale === 'ar' ? `ملخص الخبر ${id}` : `Summary of story ${id}`,
    section: { slug: section.slug, name: section.name[locale] },
    tags: [locale === 'ar' ? 'وسم' : 'tag'],
    byline: { name: locale === 'ar' ? 'قسم الأخبار' : 'News desk', kind: 'desk' },
    updatedAt: publishedAt,
    revision: `rev-${id}`,
    sample: false,
    ...readingStats(blocks, locale),
    ...signed,
    ...rest,
    publishedAt,
    body: blocks,
    ...(image !== null && { image: image ?? FIXTURE_IMAGE }),
  };
}

/** An article and its translation, linked both ways. */
export function translationPair(original: Article, translation: Article): [Article, Article] {
  return [
    { ...original, translationId: translation.id },
    { ...translation, translationId: original.id },
  ];
}

export function memorySource(content: Partial<MemoryContent> = {}): MemorySource {
  return new MemorySource({ articles: [], sections: SECTIONS, masthead: MASTHEAD, ...content });
}

/** Serves this content through lib/content for every test in the file (call at the top level or in a describe). */
export function serveContent(content: Partial<MemoryContent> | (() => Partial<MemoryContent>)): void {
  beforeEach(() => setContentSource(memorySource(typeof content === 'function' ? content() : content)));
  afterEach(() => setContentSource(undefined));
}

export interface MarkdownOptions {
  locale?: Locale;
  title?: string;
  summary?: string;
  section?: string;
  tags?: string[];
  publishedAt?: string;
  updatedAt?: string;
  image?: string | null;
  translationOf?: number;
  body?: string;
}

/** An article as the newsroom's Markdown import format writes it. */
export function markdownArticle(id: number, options: MarkdownOptions = {}): string {
  const {
    locale = 'ar',
    title = `خبر ${id}`,
    summary = `ملخص ${id}`,
    section = 'news',
    tags = ['وسم'],
    publishedAt = '2026-11-20T09:00:00+02:00',
    updatedAt = publishedAt,
    image = '/images/articles/fixture.webp',
    translationOf,
    body = 'نص.',
  } = options;
  // JSON strings are valid YAML double-quoted scalars, so any title survives the trip verbatim.
  return [
    '---',
    `id: ${id}`,
    `locale: ${locale}`,
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(summary)}`,
    `section: ${section}`,
    `tags: ${JSON.stringify(tags)}`,
    'byline: "desk"',
    `publishedAt: "${publishedAt}"`,
    `updatedAt: "${updatedAt}"`,
    ...(image ? [`image: { src: ${image}, alt: "a", caption: "c", width: 1600, height: 900 }`] : []),
    ...(translationOf ? [`translationOf: ${translationOf}`] : []),
    '---',
    '',
    body,
  ].join('\n');
}
