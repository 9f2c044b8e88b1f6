import { useTranslations } from 'next-intl';
import type { MastheadEntry, MastheadRecord } from '@/lib/content';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/site';

function Entries({ locale, entries }: { locale: Locale; entries: readonly MastheadEntry[] }) {
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {entries.map((entry) => (
        // One block per role on a phone; a two-column table of roles and names from sm up.
        <div key={entry.role.en} className="sm:contents">
          <dt className="text-muted">{entry.role[locale]}</dt>
          <dd className="font-bold">{entry.name[locale]}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * /masthead (titled by MastheadPage.title in messages/): who leads the paper now, from when, and who
 * did before — exactly as the newsroom recorded it (cms/globals/Masthead.ts). A term with no known
 * start says so by saying nothing; nothing is filled in.
 */
export function MastheadRecordView({ locale, record }: { locale: Locale; record: MastheadRecord | undefined }) {
  const t = useTranslations('MastheadPage');
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, locale)}</time>;
  return (
    <div className="max-w-[68ch]">
      <h1 className="page-title">{t('title')}</h1>
      <p className="mt-3 text-lg text-muted">{t('description')}</p>
      <section aria-labelledby="masthead-current" className="mt-8">
        <h2 id="masthead-current" className="border-b-2 border-brand pb-1 text-xl font-bold">
          {t('current')}
        </h2>
        {record?.current.effectiveFrom && <p className="mt-2 text-muted">{t.rich('since', { date: () => date(record.current.effectiveFrom!) })}</p>}
        {record && <Entries locale={locale} entries={record.current.entries} />}
      </section>
      <section aria-labelledby="masthead-history" className="mt-10">
        <h2 id="masthead-history" className="border-b-2 border-brand pb-1 text-xl font-bold">
          {t('history')}
        </h2>
        {record?.past.length ? (
          <ol className="mt-2">
            {record.past.map((term) => (
              <li key={term.until} className="border-b border-rule py-4">
                <h3 className="font-bold">
                  {term.effectiveFrom
                    ? t.rich('period', { from: () => date(term.effectiveFrom!), until: () => date(term.until) })
                    : t.rich('until', { until: () => date(term.until) })}
                </h3>
                <Entries locale={locale} entries={term.entries} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-muted">{t('noHistory')}</p>
        )}
      </section>
    </div>
  );
}
