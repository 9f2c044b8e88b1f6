import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleView } from '@/components/article/ArticleView';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getDraftArticle, getSiteFrame } from '@/lib/content';
import { articlePath, homePath, parseArticleId } from '@/lib/routes';
import { absoluteUrl, otherLocale } from '@/lib/site';

/**
 * An editor's preview of a story's latest version, draft or not, at the story's own URL: the proxy
 * rewrites here when Next's draft mode is on (app/api/preview turns it on for a logged-in editor).
 * Rendered for each request, never cached, never indexed.
 */
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: segment, id } = await params;
  const locale = resolvePageLocale(segment);
  const articleId = parseArticleId(id);
  if (!(await draftMode()).isEnabled || articleId === undefined) notFound();
  const article = await getDraftArticle(articleId);
  if (!article || article.locale !== locale) notFound();
  const [frame, t] = await Promise.all([getSiteFrame(), getTranslations('Preview')]);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={frame} alternate={{ locale: other, href: homePath(other) }} current={article.section.slug}>
      <p role="status" className="mb-4 rounded border-s-4 border-brand bg-wash px-4 py-2 font-bold">
        {t('notice')}
      </p>
      <ArticleView article={article} url={absoluteUrl(articlePath(article))} related={[]} />
    </PageShell>
  );
}
