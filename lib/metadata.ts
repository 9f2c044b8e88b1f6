import type { Metadata } from 'next';
import type { Article } from '@/lib/content/types';
import { absoluteUrl, defaultLocale, OG_LOCALE, otherLocale, site, type Locale } from '@/lib/site';
import { articlePath } from '@/lib/routes';

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
  image?: { url: string; width: number; height: number; alt: string; type?: string };
}

/**
 * Metadata for every page, built in one place: canonical and hreflang alternates, Open Graph and
 * X cards, all absolute on the configured site URL.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { locale, title, description, path, languages, image } = input;
  const url = absoluteUrl(path);
  const alternateLanguages: Record<string, string> = {};
  for (const [lang, href] of Object.entries(languages)) alternateLanguages[lang] = absoluteUrl(href);
  const xDefault = languages[defaultLocale] ?? languages[locale];
  if (xDefault) alternateLanguages['x-default'] = absoluteUrl(xDefault);
  const images = image ? [{ ...image, url: absoluteUrl(image.url) }] : undefined;

  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, languages: alternateLanguages },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName: site.name[locale],
      locale: OG_LOCALE[locale],
      alternateLocale: languages[otherLocale(locale)] ? [OG_LOCALE[otherLocale(locale)]] : undefined,
      images,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: images?.map(({ url: src, alt }) => ({ url: src, alt })),
    },
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
  };
}

export function articleMetadata(article: Article, translation?: Article): Metadata {
  const path = articlePath(article);
  const languages: Partial<Record<Locale, string>> = { [article.locale]: path };
  if (translation) languages[translation.locale] = articlePath(translation);
  const base = pageMetadata({
    locale: article.locale,
    title: article.title,
    description: article.summary,
    path,
    languages,
    image: { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt },
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section,
      tags: article.tags,
      authors: [article.byline],
    },
  };
}
