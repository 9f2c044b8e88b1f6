import { useTranslations } from 'next-intl';
import { site, type Locale } from '@/lib/site';
import { homePath } from '@/lib/routes';
import { LogoMark } from './LogoMark';
import { Masthead } from './Masthead';

export function SiteFooter({ locale, year }: { locale: Locale; year: number }) {
  const t = useTranslations('Footer');
  return (
    <footer className="mt-12 bg-ink text-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8">
        <a href={homePath(locale)} className="flex items-center gap-3 self-start">
          <LogoMark size={36} />
          <span className="text-2xl font-bold">{site.name[locale]}</span>
        </a>
        <Masthead locale={locale} variant="footer" />
        <p className="text-sm text-white/85">{t('rights', { year })}</p>
      </div>
    </footer>
  );
}
