import { useTranslations } from 'next-intl';
import { homePath } from '@/lib/routes';
import { site, type Locale } from '@/lib/site';

/**
 * The paper's name as its wordmark: its Arabic name (site.json) set in the site's Arabic face at its
 * boldest, in the paper's red, over the motto. Text rather than a drawing: it costs no bytes, stays crisp at any
 * size, follows the colour scheme and prints. The English edition keeps the Arabic wordmark, as
 * the paper's mark, and names the paper in English under it.
 */
export function Wordmark({ locale, variant = 'header' }: { locale: Locale; variant?: 'header' | 'footer' }) {
  const t = useTranslations('Layout');
  const footer = variant === 'footer';
  return (
    <a href={homePath(locale)} className="flex flex-col items-start">
      <span lang="ar" dir="rtl" className={`wordmark ${footer ? 'text-[2.5rem]' : 'text-brand'}`}>
        {site.name.ar}
      </span>
      {locale !== 'ar' && <span className="text-sm font-bold tracking-wide">{site.name[locale]}</span>}
      <span className={`text-sm ${footer ? 'text-on-footer/85' : 'text-muted'}`}>{t('motto')}</span>
    </a>
  );
}
