import { useLocale } from 'next-intl';
import { NotFoundView } from '@/components/layout/NotFoundView';
import { PageShell } from '@/components/layout/PageShell';
import { homePath } from '@/lib/routes';
import { defaultLocale, isLocale, otherLocale } from '@/lib/site';

export default function LocaleNotFound() {
  const current = useLocale();
  const locale = isLocale(current) ? current : defaultLocale;
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} alternate={{ locale: other, href: homePath(other) }}>
      <NotFoundView locale={locale} />
    </PageShell>
  );
}
