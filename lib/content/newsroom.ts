import { z } from 'zod';
import rawNewsroom from '@/content/newsroom.json';
import { editorText } from './schema';
import type { MastheadEntry, Section } from './types';

/**
 * The newsroom's own lists as files: the sections (in navigation order, named in both editions)
 * and the masthead. The Markdown source serves them; importing seeds the CMS with them.
 */
const Localized = z.object({ ar: editorText(120), en: editorText(120) });

const NewsroomSchema = z.object({
  sections: z
    .array(z.object({ slug: z.string().regex(/^[a-z][a-z-]{0,29}$/, 'must be lowercase latin letters and hyphens'), name: Localized }))
    .min(1)
    .refine((list) => new Set(list.map((s) => s.slug)).size === list.length, 'slugs must be unique'),
  masthead: z.array(z.object({ role: Localized, name: Localized })).min(1),
});

export interface Newsroom {
  sections: Section[];
  masthead: MastheadEntry[];
}

export function parseNewsroom(input: unknown, file = 'content/newsroom.json'): Newsroom {
  const result = NewsroomSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: field "${issue?.path.join('.')}": ${issue?.message}`);
  }
  return result.data;
}

export const newsroom: Newsroom = parseNewsroom(rawNewsroom);
