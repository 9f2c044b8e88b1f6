import { modifiedAt, type Article } from '@/lib/content/types';
import { articleCropPath, CROPS, type Crop } from '@/lib/social-card/names';
import { absoluteUrl, site, type Locale } from '@/lib/site';
import { articlePath, homePath, sectionPath, writerPath } from '@/lib/routes';
import { isOpinion } from '@/lib/content/opinion';
import { withoutBidiControls } from '@/lib/text';

/**
 * schema.org data for search engines and aggregators (Google News, Top Stories). Plain objects;
 * `serializeJsonLd` makes them safe to put inside a <script> element.
 */

type JsonLd = Record<string, unknown>;

/** The square logo Google asks publishers for (also the manifest's large icon). */
export const LOGO_PATH = '/icons/icon-512.png';

/**
 * The paper as each edition names it. One node per edition, each with its own id: the editions give it
 * a different name and home page, and one id for both would merge into one entity with two of each.
 */
const organizationId = (locale: Locale) => `${absoluteUrl(homePath(locale))}#organization`;

export function organizationJsonLd(locale: Locale): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(locale),
    name: site.name[locale],
    alternateName: site.name[locale === 'ar' ? 'en' : 'ar'],
    url: absoluteUrl(homePath(locale)),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH), width: 512, height: 512 },
  };
}

export function homeJsonLd(locale: Locale, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      organizationJsonLd(locale),
      {
        '@type': 'WebSite',
        '@id': `${absoluteUrl(homePath(locale))}#website`,
        name: site.name[locale],
        url: absoluteUrl(homePath(locale)),
        description,
        inLanguage: locale,
        publisher: { '@id': organizationId(locale) },
      },
    ],
  };
}

/**
 * Who signs the story: a columnist is a Person with their page as URL; a desk ("بوابة الوفد",
 * "Al-Wafd Portal") is an Organization, never a person; a person without a writer's page is named only.
 */
function authorJsonLd(article: Article): JsonLd {
  if (article.writer) return { '@type': 'Person', name: article.writer.name, url: absoluteUrl(writerPath(article.locale, article.writer.slug)) };
  if (article.byline.kind === 'person') return { '@type': 'Person', name: article.byline.name };
  return { '@type': 'Organization', name: article.byline.name, url: absoluteUrl(homePath(article.locale)) };
}

export function newsArticleJsonLd(article: Article, names: { home: string }): JsonLd {
  const url = absoluteUrl(articlePath(article));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        // A column is opinion to search engines too (Google's "Opinion" label).
        '@type': isOpinion(article) ? 'OpinionNewsArticle' : 'NewsArticle',
        '@id': `${url}#article`,
        headline: article.title,
        description: article.summary,
        ...(article.image && { image: (Object.keys(CROPS) as Crop[]).map((crop) => absoluteUrl(articleCropPath(article, crop))) }),
        datePublished: article.publishedAt,
        dateModified: modifiedAt(article),
        author: [authorJsonLd(article)],
        publisher: organizationJsonLd(article.locale),
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
        url,
        inLanguage: article.locale,
        articleSection: article.section.name,
        keywords: article.tags.join(', '),
        wordCount: article.wordCount,
        isAccessibleForFree: true,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: names.home, item: absoluteUrl(homePath(article.locale)) },
          { '@type': 'ListItem', position: 2, name: article.section.name, item: absoluteUrl(sectionPath(article.locale, article.section.slug)) },
          { '@type': 'ListItem', position: 3, name: article.title, item: url },
        ],
      },
    ],
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so no content can close the
 * element ("</script>") or open a comment, and U+2028/2029 so the text stays valid JavaScript too.
 */
export function serializeJsonLd(data: JsonLd): string {
  // Bidi controls can only sit inside strings here: dropping them keeps search results readable (lib/text).
  return withoutBidiControls(JSON.stringify(data))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
