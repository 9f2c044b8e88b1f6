import { useTranslations } from 'next-intl';
import type { MastheadEntry } from '@/lib/content/types';
import type { Locale } from '@/lib/site';

interface MastheadProps {
  locale: Locale;
  /** The paper's leadership in force, as the newsroom keeps it (lib/content getSiteFrame). */
  entries: readonly MastheadEntry[];
  /** The footer repeats the masthead, as the printed page does, in a quieter style. */
  variant?: 'header' | 'footer';
}

export function Masthead({ locale, entries, variant = 'header' }: MastheadProps) {
  const t = useTranslations('Masthead');
  const quiet = variant === 'footer';
  // On a phone each role and its name share one line, so the three of them do not push the news below the fold.
  return (
    <dl
      aria-label={t('label')}
      className={`grid grid-cols-1 gap-x-6 gap-y-1 text-center text-sm sm:grid-cols-3 sm:gap-y-2 ${quiet ? '' : 'sm:text-[0.95rem]'}`}
    >
      {entries.map((entry) => (
        <div key={entry.role.en} className="flex flex-wrap justify-center gap-x-2 sm:flex-col">
          <dt className={quiet ? 'text-on-footer/85' : 'text-muted'}>{entry.role[locale]}</dt>
          <dd className={`font-bold ${quiet ? 'text-on-footer' : 'text-ink'}`}>{entry.name[locale]}</dd>
        </div>
      ))}
    </dl>
  );
}
