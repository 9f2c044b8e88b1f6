import type { Metadata } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { getTranslations } from 'next-intl/server';
import { modifiedAt, type Article } from '@/lib/content/types';
import { articleCardPath, CARD_HEIGHT, CARD_TYPE, CARD_WIDTH } from '@/lib/social-card/names';
import { absoluteUrl, defaultLocale, isLocale, OG_LOCALE, otherLocale, site, type Locale } from '@/lib/site';
import { articlePath } from '@/lib/routes';
import { rightToLeftLine, withoutBidiControls } from '@/lib/text';

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

export interface PageMetadataInput {
  locale: Locale;
  /** Shown through the layout's template: "title | الوفد". */
  title: string;
  /** Use as the whole title (the home page names the paper itself). */
  absoluteTitle?: boolean;
  description: string;
  path: string;
  /** The same page in each edition that has it, by locale. */
  languages: Partial<Record<Locale, string>>;
  /** The preview image: a social card path (1200×630 JPEG). */
  card: string;
  cardAlt: string;
  /** RSS feeds to advertise with <link rel="alternate">. */
  feeds?: AlternateTypes;
  /** A list's page number: past the first, the page has no counterpart in the other edition. */
  page?: number;
}

/** A list's title, with its page number past the first (Listing.pagedTitle): page 40 is no duplicate of page 1. */
export async function numberedTitle(locale: Locale, title: string, page: number): Promise<string> {
  if (page <= 1) return title;
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return t('pagedTitle', { title, page });
}

/**
 * A title or description as it leaves the page (tabs, previews, search results): no bidi controls, and
 * an Arabic one that opens with a Latin word with an RLM (lib/text).
 */
export function leavingThePage(text: string, locale: Locale): string {
  return rightToLeftLine(withoutBidiControls(text), locale);
}

/**
 * Metadata for every page, built in one place: canonical and hreflang alternates, Open Graph and
 * X cards with a 1200×630 image, robots — all absolute on the configured site URL.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { locale, path, card, feeds } = input;
  // A list's later pages are its own edition's: page 40 of a section need not exist in the other one.
  const languages = (input.page ?? 1) > 1 ? { [locale]: input.path } : input.languages;
  const [title, description] = [input.title, input.description].map((text) => leavingThePage(text, locale)) as [string, string];
  const cardAlt = withoutBidiControls(input.cardAlt);
  const url = absoluteUrl(path);
  const alternateLanguages: Record<string, string> = {};
  for (const [lang, href] of Object.entries(languages)) alternateLanguages[lang] = absoluteUrl(href);
  const xDefault = languages[defaultLocale] ?? languages[locale];
  if (xDefault) alternateLanguages['x-default'] = absoluteUrl(xDefault);
  const image = { url: absoluteUrl(card), width: CARD_WIDTH, height: CARD_HEIGHT, alt: cardAlt, type: CARD_TYPE };
  const other = otherLocale(locale);

  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, languages: alternateLanguages, ...(feeds && { types: feeds }) },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName: site.name[locale],
      locale: OG_LOCALE[locale],
      alternateLocale: languages[other] ? [OG_LOCALE[other]] : undefined,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: image.url, alt: image.alt }],
    },
    robots: { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
  };
}

/** An article's metadata: the page set above plus Open Graph's article fields. */
export function articleMetadata(
  article: Article,
  { translation, feeds }: { translation?: Article; feeds?: AlternateTypes },
): Metadata {
  const path = articlePath(article);
  const languages: Partial<Record<Locale, string>> = { [article.locale]: path };
  if (translation) languages[translation.locale] = articlePath(translation);
  const base = pageMetadata({
    locale: article.locale,
    title: article.title,
    description: article.summary,
    path,
    languages,
    card: articleCardPath(article),
    cardAlt: article.title,
    feeds,
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: modifiedAt(article),
      section: article.section.name,
      tags: article.tags.map(withoutBidiControls),
      authors: [withoutBidiControls(article.byline.name)],
    },
  };
}

/** A page's title in the tab: its own words, then the paper's name (`%s` is the page's). */
export function titleTemplate(locale: Locale): string {
  return `%s | ${site.name[locale]}`;
}

/**
 * A page that names nothing (404) or a story taken down (410): titled by what happened — in the tab,
 * the history and by screen readers, not just the paper's name — in the edition its URL names, and
 * never indexed. The edition comes from the segment, not from next-intl's request locale: asking
 * that in the not-found boundary reads the request's headers, which a prerendered page may not.
 *
 * Next writes <meta name="robots" content="noindex"> into every page it renders under an error
 * status, and nothing turns it off: its not-found boundary always, and /missing and /gone whenever
 * they are rendered while the site runs — the proxy's rewrites carry the 404 or 410, and Next
 * renders them again under it once their cached copy is stale. A robots entry here made a second
 * tag beside Next's. Ours agrees with it instead: `noindex` alone is `noindex, follow` (following
 * links is every crawler's default). The one render with no error status is the build's prerender
 * of /missing and /gone (served until they are first rendered again): only there is the tag ours.
 */
export async function errorPageMetadata(segment: string | undefined, page: 'NotFound' | 'Gone', { boundary = false } = {}): Promise<Metadata> {
  const t = await getTranslations({ locale: isLocale(segment) ? segment : defaultLocale, namespace: page });
  const unmarked = !boundary && process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
  return { title: t('title'), ...(unmarked && { robots: { index: false, follow: true } }) };
}

/**
 * The 404 Next renders itself, outside every edition (app/not-found.tsx: a path under /_next it
 * answers before the proxy): in the Arabic edition's words, titled as the editions' 404 pages are —
 * no layout above it writes the paper's name.
 */
export async function rootNotFoundMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'NotFound' });
  return { title: { absolute: titleTemplate(defaultLocale).replace('%s', t('title')) } };
}
