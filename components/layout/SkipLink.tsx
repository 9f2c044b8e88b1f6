import { useTranslations } from 'next-intl';
import { MAIN_CONTENT_ID } from '@/lib/anchors';

/** First stop for keyboard and screen-reader users: jumps past the masthead and navigation. */
export function SkipLink() {
  const t = useTranslations('Layout');
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:start-3 focus:top-3 focus:z-50 focus:rounded focus:bg-brand focus:px-4 focus:py-2 focus:text-paper"
    >
      {t('skipToContent')}
    </a>
  );
}
