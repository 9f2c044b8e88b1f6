import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { PageShell } from '@/components/layout/PageShell';
import { getSiteFrame } from '@/lib/content';
import { errorPageMetadata } from '@/lib/metadata';
import { homePath } from '@/lib/routes';
import { defaultLocale, isLocale, otherLocale } from '@/lib/site';

async function editionLocale() {
  const current = await getLocale();
  return isLocale(current) ? current : defaultLocale;
}

/**
 * Titled like /missing: the proxy's 404s are served from that page, and when Next renders it again
 * (its five minutes are up) under the 404 status it renders this boundary in its place — whose title
 * was the paper's name alone. Next marks the boundary noindex itself, always (errorPageMetadata).
 */
export async function generateMetadata({ params }: { params: Promise<{ locale?: string }> }): Promise<Metadata> {
  return errorPageMetadata((await params).locale, 'NotFound', { boundary: true });
}

export default async function LocaleNotFound() {
  const locale = await editionLocale();
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={await getSiteFrame()} alternate={{ locale: other, href: homePath(other) }}>
      <NotFoundView locale={locale} />
    </PageShell>
  );
}
