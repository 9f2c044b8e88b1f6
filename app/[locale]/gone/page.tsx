import type { Metadata } from 'next';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSiteFrame } from '@/lib/content';
import { homePath } from '@/lib/routes';
import { errorPageMetadata } from '@/lib/metadata';
import { otherLocale } from '@/lib/site';

/**
 * "This story has been removed", prerendered in full. The proxy answers the URL of a story the
 * newsroom unpublished with this page and status 410 Gone (search engines and aggregators drop it).
 */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return errorPageMetadata((await params).locale, 'Gone');
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
