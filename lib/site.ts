import { z } from 'zod';
import rawSite from '@/content/site.json';

/**
 * The paper's identity, read once from `content/site.json`: its name in both editions, its portal's
 * name (the byline of a story nobody else signed), the public
 * URL's default and the brand colours. Validated here so a typo fails the build. What the newsroom
 * edits day to day — sections, masthead, articles — is content, served by lib/content.
 */
const Localized = z.object({ ar: z.string().trim().min(1), en: z.string().trim().min(1) });

export const SiteConfigSchema = z.object({
  name: Localized,
  /** Who signs a story no writer or desk signed: the paper's news portal (an organization, never a person). */
  desk: Localized,
  url: z.url(),
  /**
   * The earliest date a story may carry (the paper's first year): an earlier one is a slip of the
   * keyboard ("0026" for 2026) or an importer's empty date (0001-01-01), refused naming the field.
   */
  archiveFrom: z.iso.date(),
  brand: z.object({
    primary: z.string().regex(/^#[0-9a-f]{6}$/i),
    ink: z.string().regex(/^#[0-9a-f]{6}$/i),
    paper: z.string().regex(/^#[0-9a-f]{6}$/i),
  }),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
export type { Locale } from './locales';
export { defaultLocale, direction, isLocale, locales, otherLocale, OG_LOCALE } from './locales';

export function parseSiteConfig(input: unknown): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`content/site.json: field "${issue?.path.join('.')}": ${issue?.message}`);
  }
  return result.data;
}

export const site: SiteConfig = parseSiteConfig(rawSite);

/**
 * The public origin every absolute URL (canonical, Open Graph, feeds) is built from.
 * `SITE_URL` wins; on Vercel the production domain is the next best guess; the configured
 * newspaper domain is the default so a shared link never points at localhost.
 */
export function siteUrl(): string {
  const fromEnv =
    process.env.SITE_URL ||
    (process.env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${process.env.VERCEL_PROJECT_PRODUCTION_URL}` : '');
  return (fromEnv || site.url).replace(/\/+$/, '');
}

/** Absolute URL on the configured public origin: canonical links, Open Graph, feeds, share links. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//.test(pathOrUrl)) return pathOrUrl;
  return `${siteUrl()}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}
