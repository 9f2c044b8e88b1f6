import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { PageShell } from '@/components/layout/PageShell';
import { getSiteFrame } from '@/lib/content';
import { homePath } from '@/lib/routes';
import { defaultLocale, isLocale, otherLocale } from '@/lib/site';

export default async function LocaleNotFound() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : defaultLocale;
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} frame={await getSiteFrame()} alternate={{ locale: other, href: homePath(other) }}>
      <NotFoundView locale={locale} />
    </PageShell>
  );
}
