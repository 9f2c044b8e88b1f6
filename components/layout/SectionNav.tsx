import { useTranslations } from 'next-intl';
import type { Section } from '@/lib/content/types';
import type { Locale } from '@/lib/site';
import { homePath, sectionPath } from '@/lib/routes';

/**
 * Where a page sits in the sections: a section's slug, or 'home' for the front page. `isPage` when
 * the page is that link's own page (the front page, a section's first page): a screen reader then says
 * "current page"; on a story or a section's later page, the link is marked as the current section only.
 */
export interface CurrentSection {
  slug: string;
  isPage: boolean;
}

export function SectionNav({ locale, current, sections }: { locale: Locale; current?: CurrentSection; sections: readonly Section[] }) {
  const layout = useTranslations('Layout');
  const marked = (slug: string) => (current?.slug !== slug ? undefined : current.isPage ? 'page' : 'true');
  const link = 'block whitespace-nowrap px-3 py-2 hover:text-brand [&[aria-current]]:text-brand [&[aria-current]]:underline';
  return (
    <nav aria-label={layout('sectionsNav')} className="border-y border-rule print:hidden">
      {/* Wraps onto a second line on a phone rather than scrolling sideways: a strip that scrolls hid
          its last sections past the screen's edge, with nothing to show there were more. */}
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-3 text-[1.05rem] font-bold">
        <li>
          <a
            href={homePath(locale)}
            aria-current={marked('home')}
            className={link}
          >
            {layout('home')}
          </a>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <a
              href={sectionPath(locale, section.slug)}
              aria-current={marked(section.slug)}
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
