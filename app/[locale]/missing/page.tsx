import type { Metadata } from 'next';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { PageShell } from '@/components/layout/PageShell';
import { resolvePageLocale } from '@/i18n/page-locale';
import { homePath } from '@/lib/routes';
import { getSiteFrame } from '@/lib/content';
import { errorPageMetadata } from '@/lib/metadata';
import { otherLocale } from '@/lib/site';

/**
 * The edition's "page not found", prerendered in full (masthead, words, link home). The proxy
 * answers every URL that names nothing with this page and status 404: Next 16.4 sends 404s thrown
 * with notFound() as an empty shell filled in only by JavaScript (vercel/next.js#62228), which
 * crawlers and readers without JavaScript would see blank.
 */
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return errorPageMetadata((await params).locale, 'NotFound');
}


export default async function MissingPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = resolvePageLocale((await params).locale);
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={await getSiteFrame()} alternate={{ locale: other, href: homePath(other) }}>
      <NotFoundView locale={locale} />
    </PageShell>
  );
}
