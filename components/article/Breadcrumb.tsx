import { useTranslations } from 'next-intl';
import type { SectionRef } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { homePath, sectionPath } from '@/lib/routes';

export function Breadcrumb({ locale, section }: { locale: Locale; section: SectionRef }) {
  const t = useTranslations('Article');
  const layout = useTranslations('Layout');
  return (
    <nav aria-label={t('breadcrumb')} className="mb-3 text-[0.95rem] print:hidden">
      <ol className="flex flex-wrap items-center gap-2 text-muted">
        <li>
          <a href={homePath(locale)} className="hover:text-brand hover:underline">
            {layout('home')}
          </a>
        </li>
        <li aria-hidden="true">›</li>
        <li>
          <a href={sectionPath(locale, section.slug)} className="font-bold text-brand hover:underline">
            {section.name}
          </a>
        </li>
      </ol>
    </nav>
  );
}
