import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSiteFrame } from '@/lib/content';
import { homePath } from '@/lib/routes';
import { otherLocale } from '@/lib/site';

/**
 * "This story has been removed", prerendered in full. The proxy answers the URL of a story the
 * newsroom unpublished with this page and status 410 Gone (search engines and aggregators drop it).
 */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: resolvePageLocale((await params).locale), namespace: 'Gone' });
  // Named in the tab, the history and by screen readers: not just the paper's name.
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default async function GonePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={await getSiteFrame()} alternate={{ locale: other, href: homePath(other) }}>
      <NotFoundView locale={locale} gone />
    </PageShell>
  );
}
