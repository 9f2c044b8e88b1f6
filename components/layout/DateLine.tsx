import { useTranslations } from 'next-intl';
import type { Today } from '@/lib/content';
import { formatDay } from '@/lib/format';
import type { Locale } from '@/lib/site';

/**
 * Today's date under the masthead, as the printed paper carries it: the Gregorian date with the
 * weekday, then the Hijri date as Egypt keeps it (lib/hijri), in Western digits like every date
 * the site prints.
 */
export function DateLine({ locale, today }: { locale: Locale; today: Today }) {
  const t = useTranslations('DateLine');
  const { day, month, year } = today.hijri;
  const hijri = t('hijri', { day, month: t(`months.${month}`), year });
  return (
    <p className="text-center text-sm text-muted print:hidden">
      <time dateTime={today.day}>
        {/* Each date stays whole on its line where it fits: a narrow screen breaks the line at the dash
            (a date wider than the screen itself, at 200% zoom, still wraps rather than run off it). */}
        {t.rich('line', { gregorian: formatDay(today.day, locale), hijri, part: (chunks) => <span className="inline-block">{chunks}</span> })}
      </time>
    </p>
  );
}
