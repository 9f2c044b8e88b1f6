import { useTranslations } from 'next-intl';
import type { SectionRef } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { homePath, sectionPath } from '@/lib/routes';

/** A crumb is a short word: its target is made 32 px tall, the line's height, without moving the text. */
const crumb = 'inline-block py-1';

/**
 * Points from a crumb to the next, deeper one: toward the line's end, so left in Arabic. Drawn, not
 * the character "›": whether a font mirrors that character in right-to-left text is up to the font
 * (the Latin fallback that drew it on Arabic pages did not).
 */
function Chevron() {
  return (
    <svg viewBox="0 0 8 12" className="h-3 w-2 rtl:-scale-x-100" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      <path d="M2 1.5 6.5 6 2 10.5" />
    </svg>
  );
}

export function Breadcrumb({ locale, section }: { locale: Locale; section: SectionRef }) {
  const t = useTranslations('Article');
  const layout = useTranslations('Layout');
  return (
    <nav aria-label={t('breadcrumb')} className="mb-3 text-[0.95rem] print:hidden">
      <ol className="flex flex-wrap items-center gap-2 text-muted">
        <li>
          <a href={homePath(locale)} className={`${crumb} hover:text-brand hover:underline`}>
            {layout('home')}
          </a>
        </li>
        <li aria-hidden="true">
          <Chevron />
        </li>
        <li>
          <a href={sectionPath(locale, section.slug)} className={`${crumb} font-bold text-brand hover:underline`}>
            {section.name}
          </a>
        </li>
      </ol>
    </nav>
  );
}
