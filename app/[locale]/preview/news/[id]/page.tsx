import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleView } from '@/components/article/ArticleView';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getArticle, getDraftArticle, getSiteFrame } from '@/lib/content';
import { leavingThePage } from '@/lib/metadata';
import { mayPreview } from '@/lib/publishing/preview';
import { articlePath, homePath, parseArticleId } from '@/lib/routes';
import { absoluteUrl, otherLocale } from '@/lib/site';

/**
 * An editor's preview of a story's latest version, draft or not, at the story's own URL: the proxy
 * rewrites here when Next's draft mode is on with a newsroom session (app/api/preview turns it on).
 * Whether this person may see the latest version is asked again on every request (mayPreview):
 * whoever may not — another writer, a session that has ended, a draft-mode cookie Next no longer
 * takes — gets the story as readers see it.
 * Rendered for each request, never cached, never indexed.
 */
export const dynamic = 'force-dynamic';

type Params = Promise<{ locale: string; id: string }>;

/**
 * The version this request is shown, asked once for the page and its title. The proxy sees only that
 * the cookies are there: one left from before a deploy (Next no longer takes it) or a session that has
 * ended is shown the story as readers see it, not a 404.
 */
const shownVersion = cache(async (articleId: number) => {
  const previewing = (await draftMode()).isEnabled && (await mayPreview(articleId));
  return { previewing, article: previewing ? await getDraftArticle(articleId) : await getArticle(articleId) };
});

/** The headline in the browser's tab, as on the story's own page: an editor keeps several open. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const articleId = parseArticleId((await params).id);
  const article = articleId === undefined ? undefined : (await shownVersion(articleId)).article;
  return { ...(article && { title: leavingThePage(article.title, article.locale) }), robots: { index: false, follow: false } };
}

export default async function PreviewPage({ params }: { params: Params }) {
  const { locale: segment, id } = await params;
  const locale = resolvePageLocale(segment);
  const articleId = parseArticleId(id);
  if (articleId === undefined) notFound();
  const { previewing, article } = await shownVersion(articleId);
  if (!article || article.locale !== locale) notFound();
  const [frame, t] = await Promise.all([getSiteFrame(), getTranslations('Preview')]);
  const other = otherLocale(locale);
  // A story is shown within its section (breadcrumb, navigation, card): a draft without one yet is told so.
  if (!article.section.slug) {
    return (
      <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: homePath(other) }}>
        <p role="status" className="rounded border-s-4 border-brand bg-wash px-4 py-2 font-bold">
          {t('noSection')}
        </p>
      </PageShell>
    );
  }
  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: homePath(other) }} current={{ slug: article.section.slug, isPage: false }}>
      {previewing && (
        <p role="status" className="mb-4 rounded border-s-4 border-brand bg-wash px-4 py-2 font-bold">
          {t('notice')}
        </p>
      )}
      <ArticleView article={article} url={absoluteUrl(articlePath(article))} related={[]} />
    </PageShell>
  );
}
