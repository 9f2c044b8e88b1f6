import { useTranslations } from 'next-intl';

/**
 * Previous/next links for a paginated listing; `href(page)` comes from the route table. No
 * "page N of M": counting every story of a section in a large archive is work no reader needs.
 */
export function Pagination({ page, hasNext, href }: { page: number; hasNext: boolean; href: (page: number) => string }) {
  const t = useTranslations('Listing');
  if (page === 1 && !hasNext) return null;
  const link = 'rounded border border-rule px-4 py-2 font-bold hover:border-brand hover:text-brand';
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={link}>
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <p className="text-muted">{t('page', { page })}</p>
      {hasNext ? (
        <a href={href(page + 1)} rel="next" className={link}>
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
