import { z } from 'zod';
import { isRealDate } from '@/cms/calendar';
import { locales } from '@/lib/locales';
import { ARCHIVE_BASE } from '@/lib/routes';
import { site } from '@/lib/site';
import { BYLINE_KINDS } from './types';
import { hasBidiControls } from '@/lib/text';
import { canonicalTagName, TAG_FORM, TAG_MAX_LENGTH } from './tag-name';

/**
 * The front matter of an article written as a Markdown file (the newsroom's import format).
 * Parse, don't validate: what comes out is typed, and every refusal names its field.
 */

/** Text an editor typed: trimmed, bounded, and free of bidi controls that would reverse what readers see. */
export function editorText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasBidiControls(value), 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)');
}

/** ISO-8601 with an explicit offset (Cairo time is +02:00 or +03:00): "2026-11-24T10:15:00+02:00". */
export const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:\d{2}$/, 'must be ISO-8601 with an offset, e.g. 2026-11-24T10:15:00+02:00')
  // JavaScript reads "2026-02-30" as 2 March; the CMS refuses it, mid-import, after the files before it were written.
  .refine(isRealDate, 'is not a real date');

/** When a story went out: not before the archive's first day, which the CMS refuses too (cms/dates). */
const publicationTime = isoWithOffset.refine((value) => Date.parse(value) >= Date.parse(site.archiveFrom), `must not be before the archive's first day, ${site.archiveFrom}`);

export const imagePath = z
  .string()
  .regex(/^\/images\/[a-z0-9][a-z0-9/_-]*\.(webp|avif|png|jpe?g)$/, 'must be a file under /images/ (webp, avif, png or jpg)');

export const ArticleImageSchema = z.object({
  src: imagePath,
  alt: editorText(300),
  caption: editorText(300),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** A tag is a word or a name: it becomes a URL segment — the CMS's own rule (lib/content/tag-name), so a folder the check passes imports whole. */
export const tagSchema = editorText(TAG_MAX_LENGTH).refine((name) => TAG_FORM.test(canonicalTagName(name)), 'must not contain / ? # % or \\, nor be dots alone');

export function articleFrontMatterSchema(sections: readonly string[], writers: readonly string[] = []) {
  return z
    .object({
      // A real story's number: ids from ARCHIVE_BASE up are the generated archive's (lib/routes).
      id: z.number().int().positive().max(ARCHIVE_BASE - 1, `must be below ${ARCHIVE_BASE}: ids from there on are the generated archive's`),
      locale: z.enum(locales),
      title: editorText(200),
      summary: editorText(400),
      section: z.string().refine((s) => sections.includes(s), `must be one of: ${sections.join(', ')}`),
      tags: z.array(tagSchema).min(1).max(12),
      /** Who signs it: a desk ("قسم الاقتصاد"), or a person; a writer's piece is signed by the writer. */
      byline: editorText(120).optional(),
      /** A desk ("قسم الاقتصاد") is an organization to search engines; a columnist is a person. */
      bylineType: z.enum(BYLINE_KINDS).default('desk'),
      /** A columnist of content/newsroom.json (their slug): the piece is opinion, under their column. */
      writer: z
        .string()
        .refine((w) => writers.includes(w), writers.length ? `must be one of: ${writers.join(', ')}` : 'no writers are defined in content/newsroom.json')
        .optional(),
      publishedAt: publicationTime,
      updatedAt: isoWithOffset,
      image: ArticleImageSchema.optional(),
      translationOf: z.number().int().positive().optional(),
      sample: z.boolean().default(false),
    })
    .strict()
    .refine((a) => Date.parse(a.updatedAt) >= Date.parse(a.publishedAt), {
      path: ['updatedAt'],
      message: 'must not be before publishedAt',
    })
    .refine((a) => a.byline !== undefined || a.writer !== undefined, { path: ['byline'], message: 'is required unless the piece has a writer' })
    .refine((a) => a.byline === undefined || a.writer === undefined, { path: ['byline'], message: 'must not be given with a writer: the writer signs the piece' });
}

export type ArticleFrontMatter = z.infer<ReturnType<typeof articleFrontMatterSchema>>;
