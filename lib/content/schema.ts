import { z } from 'zod';
import { locales, site } from '@/lib/site';

/** ISO-8601 with an explicit offset (Cairo time is +02:00 or +03:00): "2026-11-24T10:15:00+02:00". */
const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:\d{2}$/, 'must be ISO-8601 with an offset, e.g. 2026-11-24T10:15:00+02:00')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

const imagePath = z
  .string()
  .regex(/^\/images\/[a-z0-9][a-z0-9/_-]*\.(webp|avif|png|jpe?g)$/, 'must be a file under /images/ (webp, avif, png or jpg)');

export const ArticleImageSchema = z.object({
  src: imagePath,
  alt: z.string().trim().min(1),
  caption: z.string().trim().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const sectionIds = site.sections as [string, ...string[]];

export const ArticleFrontMatterSchema = z
  .object({
    id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    locale: z.enum(locales),
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1).max(400),
    section: z.enum(sectionIds, { error: `must be one of: ${sectionIds.join(', ')}` }),
    tags: z.array(z.string().trim().min(1).max(60).regex(/^[^/?#%\\]+$/, 'must not contain / ? # % or \\')).min(1).max(12),
    byline: z.string().trim().min(1).max(120),
    /** A desk ("قسم الاقتصاد") is an organization to search engines; a columnist is a person. */
    bylineType: z.enum(['desk', 'person']).default('desk'),
    publishedAt: isoWithOffset,
    updatedAt: isoWithOffset,
    image: ArticleImageSchema,
    translationOf: z.number().int().positive().optional(),
    sample: z.boolean().default(false),
  })
  .strict()
  .refine((a) => Date.parse(a.updatedAt) >= Date.parse(a.publishedAt), {
    path: ['updatedAt'],
    message: 'must not be before publishedAt',
  });

export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;
