import { useTranslations } from 'next-intl';
import type { Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { homePath, sectionPath } from '@/lib/routes';

/** `current` is a section slug, or 'home' on the front page: that link is marked as the current page. */
export function SectionNav({ locale, current, sections }: { locale: Locale; current?: string; sections: readonly Section[] }) {
  const layout = useTranslations('Layout');
  // The strip scrolls sideways on phones, which clips anything drawn outside a link: the focus ring goes inside.
  const link =
    'block whitespace-nowrap px-3 py-2 focus-visible:-outline-offset-3 hover:text-brand aria-[current=page]:text-brand aria-[current=page]:underline';
  return (
    <nav aria-label={layout('sectionsNav')} className="border-y border-rule print:hidden">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-3 text-[1.05rem] font-bold">
        <li>
          <a
            href={homePath(locale)}
            aria-current={current === 'home' ? 'page' : undefined}
            className={link}
          >
            {layout('home')}
          </a>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <a
              href={sectionPath(locale, section.slug)}
              aria-current={current === section.slug ? 'page' : undefined}
              className={link}
            >
              {section.name[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
