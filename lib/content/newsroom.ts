import { z } from 'zod';
import { SECTION_SLUG, WRITER_SLUG } from '@/lib/routes';
import { MAX_OFFSET_DAYS } from '@/lib/hijri';
import { LATIN_NAME_MAX_LENGTH, MAX_SPELLINGS, SPELLING_MAX_LENGTH } from '@/lib/search/latin-names';
import { editorText, imagePath } from './schema';
import type { HijriOffset, MastheadEntry, Section, Writer } from './types';

/**
 * The newsroom's own lists as files: the sections (in navigation order, named in both editions),
 * the masthead, the columnists and the Hijri months Egypt began on another day than Umm al-Qura. The
 * Markdown source serves them; importing seeds the CMS with them.
 */
const Localized = z.object({ ar: editorText(120), en: editorText(120) });

/** A columnist: names in both editions, a column name and a short bio where they have them, a portrait described in both. */
const WriterSchema = z
  .object({
    slug: z.string().regex(WRITER_SLUG, 'must be lowercase latin letters, digits and hyphens'),
    name: Localized,
    column: z.object({ ar: editorText(120), en: editorText(120) }).partial().default({}),
    bio: z.object({ ar: editorText(600), en: editorText(600) }).partial().default({}),
    photo: z
      .object({
        src: imagePath,
        alt: z.object({ ar: editorText(300), en: editorText(300) }),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
      })
      .strict()
      .optional(),
  })
  .strict();

const NewsroomSchema = z.object({
  sections: z
    .array(
      z.object({
        slug: z.string().regex(SECTION_SLUG, 'must be lowercase latin letters and hyphens'),
        name: Localized,
        /** How the name reads inside a sentence, where the rule (lib/content/section-name) would get it wrong. */
        inSentence: z.object({ ar: editorText(60).optional(), en: editorText(60).optional() }).strict().optional(),
      }),
    )
    .min(1)
    .refine((list) => new Set(list.map((s) => s.slug)).size === list.length, 'slugs must be unique'),
  masthead: z.array(z.object({ role: Localized, name: Localized })).min(1),
  writers: z
    .array(WriterSchema)
    .default([])
    .refine((list) => new Set(list.map((w) => w.slug)).size === list.length, 'slugs must be unique'),
  hijriOffsets: z
    .array(
      z.object({
        year: z.number().int().min(1400).max(1600),
        month: z.number().int().min(1).max(12),
        days: z.number().int().min(-MAX_OFFSET_DAYS).max(MAX_OFFSET_DAYS).refine((days) => days !== 0, 'a correction is never 0'),
        source: editorText(120),
      }),
    )
    .default([]),
  /** Names the stories write in Latin letters, with the spellings readers type them in (lib/search/latin-names). */
  latinNames: z
    .array(z.object({ name: editorText(LATIN_NAME_MAX_LENGTH), spellings: z.array(editorText(SPELLING_MAX_LENGTH)).min(1).max(MAX_SPELLINGS) }).strict())
    .default([])
    .refine((list) => new Set(list.map((n) => n.name)).size === list.length, 'names must be unique'),
});

/** A writer as the file gives them: the domain's Writer. */
export type NewsroomWriter = Writer;

export interface Newsroom {
  sections: Section[];
  masthead: MastheadEntry[];
  writers: NewsroomWriter[];
  /** Each with who announced it (Dar al-Ifta). */
  hijriOffsets: (HijriOffset & { source: string })[];
  latinNames: { name: string; spellings: string[] }[];
}

export function parseNewsroom(input: unknown, file = 'content/newsroom.json'): Newsroom {
  const result = NewsroomSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: field "${issue?.path.join('.')}": ${issue?.message}`);
  }
  return result.data;
}

